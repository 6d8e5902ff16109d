#include "sandbox/sandboxsession.h"

#include "app/accounts/accountregistry.h"

#include <QPointer>

namespace cv::sandbox {

namespace {
/// The keychain cannot be used now (none, or the user declined its prompt): memory it is.
bool keychainUnusable(accounts::KeyStoreStatus status)
{
    return status == accounts::KeyStoreStatus::Unavailable || status == accounts::KeyStoreStatus::Denied;
}

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
{ }

void SandboxSession::open(QObject *context, std::function<void(const SandboxOpenResult &)> done)
{
    const accounts::Account existing = findSandboxAccount(*m_accounts->registry());
    if (!existing.isValid()) {
        startWith({}, context, std::move(done));
        return;
    }
    // Known account: the key in the keychain is the one the sandbox must accept.
    QPointer<QObject> guard(context);
    m_accounts->keyStore()->read(
        existing.keychainKey(), this, [this, guard, done](const accounts::KeyStoreResult &read) {
            if (!guard)
                return;
            // Not found for a known account: the keyring was locked and its unlock prompt cancelled (libsecret
            // then answers "not found"), or the key never went there. Storing it now would prompt once more.
            if (keychainUnusable(read.status) || read.status == accounts::KeyStoreStatus::NotFound) {
                // The data file knows the demo key: the sandbox starts with it, the app keeps it in memory.
                const accounts::Account account = findSandboxAccount(*m_accounts->registry());
                m_accounts->keyStore()->keepInMemory(account.keychainKey());
                SandboxOpenResult fallback;
                fallback.memoryOnlyKey = true;
                fallback.keychain = read;
                startWith({}, guard, done, fallback);
                return;
            }
            if (!read.ok()) {
                done({ SandboxOpenResult::Status::KeychainFailed, read.detail, {}, false, {} });
                return;
            }
            startWith(QString::fromUtf8(read.secret), guard, done);
        });
}

void SandboxSession::startWith(const QString &apiKey, QObject *context,
    std::function<void(const SandboxOpenResult &)> done, SandboxOpenResult fallback)
{
    if (!m_host.isRunning()) {
        SandboxOptions options;
        options.dataFile = m_dataFile;
        options.seed = QStringLiteral("demo");
        options.apiKey = apiKey;
        const auto started = m_host.start(options);
        if (!started) {
            done({ SandboxOpenResult::Status::ServerFailed, started.error(), {}, false, {} });
            return;
        }
    }
    // Validate the key over real HTTP and (re)record the account with this run's endpoint.
    QPointer<QObject> guard(context);
    m_accounts->addAccount(
        m_host.baseUrl(), m_host.apiKey().toUtf8(), context,
        [this, guard, done, fallback](const accounts::AddAccountResult &added) {
            if (added.ok()) {
                done(fallback);
                return;
            }
            accounts::Account account = added.validation.account;
            account.sandbox = true; // its key is scoped as the sandbox's
            const QString key = account.keychainKey();
            if (added.validation.status == accounts::ValidationStatus::Ok && keychainUnusable(added.keyStore.status)
                && !m_accounts->keyStore()->isInMemory(key) && guard) {
                // No keychain to store it in: keep this local key in memory and add again.
                m_accounts->keyStore()->keepInMemory(key);
                SandboxOpenResult memory;
                memory.memoryOnlyKey = true;
                memory.keychain = added.keyStore;
                startWith(m_host.apiKey(), guard, done, memory);
                return;
            }
            done({ SandboxOpenResult::Status::AccountFailed, {}, added, false, {} });
        },
        true);
}

} // namespace cv::sandbox
