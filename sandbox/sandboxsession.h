#pragma once

#include "app/accounts/accountmanager.h"
#include "app/core/embeddedserver.h"
#include "sandbox/sandboxhost.h"

#include <QObject>

#include <functional>

namespace cv::sandbox {

/// How opening the embedded sandbox went (the result of the app's EmbeddedServer interface).
using SandboxOpenResult = core::EmbeddedServerResult;

/// "Explore offline with the sandbox" and `connect-vendor --sandbox`: starts the embedded sandbox (its
/// first start seeds the lab's demo world), and makes its demo account an account of the app like any
/// other -- validated over HTTP, key in the keychain -- pointed at this run's endpoint. Without a usable
/// keychain (none, locked and the prompt declined) the sandbox still opens: its key is local and
/// worthless elsewhere, so it is kept in memory for the run (and the sandbox's data file issues it again).
class SandboxSession final : public QObject, public core::EmbeddedServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    explicit SandboxSession(accounts::AccountManager *accounts, QString dataFile = {}, QObject *parent = nullptr);

    void open(QObject *context, std::function<void(const SandboxOpenResult &)> done) override;
    SandboxHost &host() { return m_host; }

private:
    void startWith(const QString &apiKey, QObject *context, std::function<void(const SandboxOpenResult &)> done,
        SandboxOpenResult fallback = {});

    accounts::AccountManager *m_accounts;
    QString m_dataFile;
    SandboxHost m_host;
};

} // namespace cv::sandbox
