#pragma once

#include "app/core/result.h"
#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QThread>

namespace cv::sandbox {

class SandboxServer;

/// Runs a SandboxServer on a thread of its own, so that an app using the embedded sandbox keeps a
/// responsive UI while the server works (seeding, large lists). start() waits for the server to listen
/// (milliseconds; the first start also seeds the demo data) without spinning a nested event loop.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    /// Starts the server (see baseUrl()), or returns what failed.
    core::Result<bool, QString> start(const SandboxOptions &options);
    bool isRunning() const { return m_server != nullptr; }
    QString baseUrl() const { return m_baseUrl; }
    /// The demo account's API key; hand it to the keychain, never to a file.
    QString apiKey() const { return m_apiKey; }

    /// Where the app keeps its embedded sandbox's data.
    static QString defaultDataFile();

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QString m_baseUrl;
    QString m_apiKey;
};

} // namespace cv::sandbox
