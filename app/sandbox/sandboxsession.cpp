#include "app/sandbox/sandboxsession.h"

#include "app/accounts/accountregistry.h"

#include <QPointer>

namespace cv::sandbox {

namespace {
accounts::Account findSandboxAccount(const accounts::AccountRegistry &registry)
{
    for (const accounts::Account &account : registry.accounts()) {
        if (account.sandbox)
            return account;
    }
    return {};
}
} // namespace

SandboxSession::SandboxSession(accounts::AccountManager *accounts, QString dataFile, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_dataFile(dataFile.isEmpty() ? SandboxHost::defaultDataFile() : std::move(dataFile))
{
}

void SandboxSession::open(QObject *context, std::function<void(const SandboxOpenResult &)> done)
{
    const accounts::Account existing = findSandboxAccount(*m_accounts->registry());
    if (!existing.isValid()) {
        startWith({}, context, std::move(done));
        return;
    }
    // Known account: the key in the keychain is the one the sandbox must accept.
    QPointer<QObject> guard(context);
    m_accounts->keyStore()->read(existing.keychainKey(), this, [this, guard, done](const accounts::KeyStoreResult &read) {
        if (!guard)
            return;
        if (!read.ok() && read.status != accounts::KeyStoreStatus::NotFound) {
            done({SandboxOpenResult::Status::KeychainFailed, read.detail, {}});
            return;
        }
        startWith(QString::fromUtf8(read.secret), guard, done);
    });
}

void SandboxSession::startWith(const QString &apiKey, QObject *context, std::function<void(const SandboxOpenResult &)> done)
{
    if (!m_host.isRunning()) {
        SandboxOptions options;
        options.dataFile = m_dataFile;
        options.seed = QStringLiteral("demo");
        options.apiKey = apiKey;
        const auto started = m_host.start(options);
        if (!started) {
            done({SandboxOpenResult::Status::ServerFailed, started.error(), {}});
            return;
        }
    }
    // Validate the key over real HTTP and (re)record the account with this run's endpoint.
    m_accounts->addAccount(m_host.baseUrl(), m_host.apiKey().toUtf8(), context,
                           [done](const accounts::AddAccountResult &added) {
                               if (added.ok())
                                   done({});
                               else
                                   done({SandboxOpenResult::Status::AccountFailed, {}, added});
                           },
                           true);
}

} // namespace cv::sandbox
