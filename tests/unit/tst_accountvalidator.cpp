// How an endpoint's answer to GET /accounts is judged. Success against a real server is covered by the
// sandbox integration tests; here: the interpretation table, bad endpoints and a refused connection.
#include "testmain.h"

#include "app/accounts/accountvalidator.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cv::accounts;

namespace {

/// A loopback server answering each request with the next canned reply (the last repeats); none: it accepts
/// and never answers (a stalled endpoint).
class SilentOrCannedServer final : public QObject
{
public:
    explicit SilentOrCannedServer(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_buffer.remove(socket);
                    ++requests;
                    if (m_answers.isEmpty())
                        return;
                    socket->write(m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first());
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1/public/v1").arg(m_server.serverPort()); }
    int requests = 0;

private:
    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TestAccountValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpret_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::newRow("vendor account") << 200
                                        << QByteArray(R"([{"id":"VA-123-456","name":"Lab Vendor","type":"Vendor"}])")
                                        << int(ValidationStatus::Ok);
        QTest::newRow("401") << 401
                             << QByteArray(R"({"error_code":"AUTH_001","errors":["API request is unauthorized."]})")
                             << int(ValidationStatus::Unauthorized);
        QTest::newRow("403") << 403 << QByteArray() << int(ValidationStatus::Unauthorized);
        QTest::newRow("html page") << 200 << QByteArray("<html><body>Welcome</body></html>")
                                   << int(ValidationStatus::NotConnectApi);
        QTest::newRow("object not list") << 200 << QByteArray(R"({"id":"VA-1"})")
                                         << int(ValidationStatus::NotConnectApi);
        QTest::newRow("empty list") << 200 << QByteArray("[]") << int(ValidationStatus::NotConnectApi);
        QTest::newRow("truncated json") << 200 << QByteArray(R"([{"id":"VA-1")")
                                        << int(ValidationStatus::NotConnectApi);
        QTest::newRow("502") << 502 << QByteArray("Bad gateway") << int(ValidationStatus::ServerError);
        QTest::newRow("404") << 404 << QByteArray("Not found") << int(ValidationStatus::ServerError);
    }

    void interpret()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const ValidationResult result
            = AccountValidator::interpret(QStringLiteral("https://x.test/public/v1"), status, body);
        QCOMPARE(int(result.status), expected);
        if (result.status == ValidationStatus::Ok) {
            QCOMPARE(result.account.id, QStringLiteral("VA-123-456"));
            QCOMPARE(result.account.name, QStringLiteral("Lab Vendor"));
            QCOMPARE(result.account.type, QStringLiteral("vendor")); // case-insensitive enum, stored lower
            QCOMPARE(result.account.endpoint, QStringLiteral("https://x.test/public/v1"));
        }
    }

    void normalisesEndpoint()
    {
        QCOMPARE(AccountValidator::normalizedEndpoint(QStringLiteral("  https://a.test/public/v1//  ")),
            QStringLiteral("https://a.test/public/v1"));
    }

    void rejectsNonHttpEndpoint()
    {
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        for (const QString &endpoint : { QStringLiteral("ftp://a.test"), QStringLiteral("not a url"), QString() }) {
            ValidationResult result;
            result.status = ValidationStatus::Ok;
            validator.validate(endpoint, "SU-1:x", [&](const ValidationResult &r) { result = r; });
            QCOMPARE(result.status, ValidationStatus::InvalidEndpoint);
        }
    }

    void refusedConnectionIsUnreachable()
    {
        // Reserve a loopback port, then close it so that the connection is refused.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        bool done = false;
        ValidationResult result;
        validator.validate(
            QStringLiteral("http://127.0.0.1:%1/public/v1").arg(port), "SU-1:x", [&](const ValidationResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.status, ValidationStatus::Unreachable);
        QVERIFY(!result.detail.isEmpty());
    }

    // Issue 17, point 3: a stalled endpoint said "Operation canceled"; it must say it timed out, where and after
    // how long.
    void stalledEndpointSaysItTimedOut()
    {
        SilentOrCannedServer server({}); // accepts and never answers
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        validator.setTimeout(300);
        bool done = false;
        ValidationResult result;
        validator.validate(server.endpoint(), "SU-1:x", [&](const ValidationResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.status, ValidationStatus::Unreachable);
        QVERIFY2(!result.detail.contains(QStringLiteral("canceled"), Qt::CaseInsensitive), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QStringLiteral("timed out")), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(server.endpoint() + QStringLiteral("/accounts")), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QStringLiteral("0.3 s")), qPrintable(result.detail));
    }

    // Issue 17, point 3: one transient 502/503/429 made `account add` give up.
    void transientErrorIsRetried_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("502") << QByteArray("502 Bad Gateway");
        QTest::newRow("503") << QByteArray("503 Service Unavailable");
        QTest::newRow("429") << QByteArray("429 Too Many Requests");
    }

    void transientErrorIsRetried()
    {
        QFETCH(QByteArray, status);
        const QByteArray accounts = R"([{"id": "VA-000-001", "name": "Vendor", "type": "vendor"}])";
        SilentOrCannedServer server({ "HTTP/1.1 " + status + "\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(accounts.size()) + "\r\n\r\n" + accounts });
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        bool done = false;
        ValidationResult result;
        validator.validate(server.endpoint(), "SU-1:x", [&](const ValidationResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(result.status == ValidationStatus::Ok, qPrintable(result.detail));
        QCOMPARE(result.account.id, QStringLiteral("VA-000-001"));
        QCOMPARE(server.requests, 2);
    }

    void persistentErrorGivesUpAfterRetries()
    {
        SilentOrCannedServer server({ "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n" });
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        bool done = false;
        ValidationResult result;
        validator.validate(server.endpoint(), "SU-1:x", [&](const ValidationResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(result.status, ValidationStatus::ServerError);
        QCOMPARE(result.httpStatus, 503);
        QVERIFY2(server.requests >= 3, qPrintable(QString::number(server.requests)));
        QVERIFY2(result.detail.contains(QStringLiteral("attempts")), qPrintable(result.detail));
    }
};

CV_TEST_CORE_MAIN(TestAccountValidator)
#include "tst_accountvalidator.moc"
