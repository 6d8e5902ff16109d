#include "app/accounts/accountmanager.h"

#include "app/accounts/accountregistry.h"

#include <QPointer>

namespace cv::accounts {

AccountManager::AccountManager(
    AccountRegistry *registry, KeyStore *keyStore, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_keyStore(keyStore)
    , m_validator(network)
{ }

void AccountManager::addAccount(const QString &endpoint, const QByteArray &apiKey, QObject *context,
    std::function<void(const AddAccountResult &)> done, bool sandbox)
{
    QPointer<QObject> guard(context);
    m_validator.validate(endpoint, apiKey, [this, guard, apiKey, done, sandbox](const ValidationResult &validation) {
        if (!guard)
            return;
        AddAccountResult result;
        result.validation = validation;
        if (validation.status != ValidationStatus::Ok) {
            done(result);
            return;
        }
        Account account = validation.account;
        account.sandbox = sandbox;
        m_keyStore->write(account.keychainKey(), apiKey.trimmed(), this,
            [this, guard, result, account, done](const KeyStoreResult &stored) mutable {
                result.keyStore = stored;
                if (stored.ok())
                    m_registry->addOrUpdate(account);
                if (guard)
                    done(result);
            });
    });
}

void AccountManager::signOut(
    const QString &keychainKey, QObject *context, std::function<void(const KeyStoreResult &)> done)
{
    QPointer<QObject> guard(context);
    m_keyStore->remove(keychainKey, this, [this, guard, keychainKey, done](const KeyStoreResult &removed) {
        KeyStoreResult result = removed;
        if (result.status == KeyStoreStatus::NotFound)
            result.status = KeyStoreStatus::Ok;
        if (result.ok())
            m_registry->remove(keychainKey);
        if (guard)
            done(result);
    });
}

} // namespace cv::accounts
