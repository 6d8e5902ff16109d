#pragma once
// Shared by the UI tests that take the app offline and back: one relay instead of a copy per test.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace cv::test {

/// A TCP relay to the sandbox that can be "unplugged": the network between the app and Connect. Point the
/// account at endpoint(); setUp(false) aborts open connections and refuses new ones (connection reset).
class UnpluggableNetwork final : public QTcpServer
{
public:
    explicit UnpluggableNetwork(quint16 target)
        : m_target(target)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection()) {
                if (!m_up) {
                    client->abort(); // connection refused/reset: the network is down
                    client->deleteLater();
                    continue;
                }
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    void setUp(bool up)
    {
        m_up = up;
        if (!up) {
            for (QTcpSocket *socket : findChildren<QTcpSocket *>())
                socket->abort();
        }
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1/public/v1").arg(serverPort()); }

private:
    quint16 m_target;
    bool m_up = true;
};

} // namespace cv::test
