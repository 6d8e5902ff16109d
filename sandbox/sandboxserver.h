#pragma once

#include "app/core/result.h"
#include "sandbox/api/faults.h"
#include "sandbox/api/router.h"
#include "sandbox/sandboxoptions.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace cv::sandbox {

class SandboxContext;
class SandboxStore;
class WebhookDispatcher;

/// connect-sandbox: a local stand-in for the Connect public API v1 on 127.0.0.1, under /public/v1.
/// The same object serves the standalone executable, the tests and `connect-vendor --sandbox`.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens the data file, creates the demo account (and seeds, loads) as asked, and listens.
    /// Returns the port, or an error that says what failed.
    core::Result<quint16, QString> start(const SandboxOptions &options);

    quint16 port() const { return m_port; }
    /// What the server saw (tests assert on it): the most requests it held at once (answered or delayed
    /// by a latency fault) and the most objects one list page carried.
    int maxConcurrentRequests() const { return m_maxInFlight; }
    int largestPage() const { return m_largestPage; }
    /// http://127.0.0.1:<port>/public/v1
    QString baseUrl() const;
    /// The demo account's API key, "SU-xxx-xxx-xxx:<secret>".
    QString apiKey() const;

    SandboxStore &store() { return *m_store; }
    SandboxContext &context() { return *m_context; }
    const Router &router() const { return m_router; }
    WebhookDispatcher &webhooks() { return *m_webhooks; }

    /// The files --load refused, one line each: "<file>: <why>" (the others were loaded).
    const QStringList &loadRejections() const { return m_loadRejections; }

    static QString defaultDataFile();

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool authorized(const QByteArray &authorization) const;
    core::Result<bool, QString> bootstrap(const SandboxOptions &options);

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<QHttpServer> m_http;
    Router m_router;
    Faults m_faults;
    quint16 m_port = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_largestPage = 0;
    QStringList m_loadRejections;
};

} // namespace cv::sandbox
