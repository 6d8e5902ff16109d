#include "sandbox/sandboxhost.h"

#include "app/core/datapaths.h"
#include "sandbox/sandboxserver.h"

#include <QDir>

namespace cv::sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    if (m_server) {
        // The server's sockets and database belong to its thread: delete it there.
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

QString SandboxHost::defaultDataFile()
{
    const QString dir = core::DataPaths::dataDir() + QStringLiteral("/sandbox");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sandbox.sqlite");
}

core::Result<bool, QString> SandboxHost::start(const SandboxOptions &options)
{
    if (m_server)
        return true;
    m_thread.start();
    QString error;
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        anchor,
        [this, &options, &error, anchor] {
            auto *server = new SandboxServer;
            const auto started = server->start(options);
            if (started) {
                m_server = server;
                m_baseUrl = server->baseUrl();
                m_apiKey = server->apiKey();
            } else {
                error = started.error();
                delete server;
            }
            delete anchor;
        },
        Qt::BlockingQueuedConnection);
    if (!m_server) {
        m_thread.quit();
        m_thread.wait();
        return error;
    }
    return true;
}

} // namespace cv::sandbox
