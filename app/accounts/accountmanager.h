#pragma once

#include "app/accounts/accountvalidator.h"
#include "app/accounts/keystore.h"

#include <QObject>

namespace cv::accounts {

class AccountRegistry;

/// Outcome of adding an account: first the key is validated against the endpoint, then stored in the
/// keychain, then the account is recorded. A failure at any step leaves nothing half-saved.
struct AddAccountResult
{
    ValidationResult validation;
    KeyStoreResult keyStore;
    bool ok() const { return validation.status == ValidationStatus::Ok && keyStore.ok(); }
};

/// Adds, switches and signs out accounts: the one place where the registry and the keychain change
/// together.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    AccountManager(
        AccountRegistry *registry, KeyStore *keyStore, QNetworkAccessManager *network, QObject *parent = nullptr);

    AccountRegistry *registry() const { return m_registry; }
    KeyStore *keyStore() const { return m_keyStore; }

    /// Validates the key against the endpoint, stores it in the keychain and records the account.
    /// `sandbox` marks the embedded sandbox's account (keyed without its run-to-run endpoint).
    void addAccount(const QString &endpoint, const QByteArray &apiKey, QObject *context,
        std::function<void(const AddAccountResult &)> done, bool sandbox = false);
    /// Removes the account's key from the keychain and the account from the registry. A key that is
    /// already gone is not an error; an unavailable keychain is, and the account then stays listed.
    void signOut(const QString &keychainKey, QObject *context, std::function<void(const KeyStoreResult &)> done);

private:
    AccountRegistry *m_registry;
    KeyStore *m_keyStore;
    AccountValidator m_validator;
};

} // namespace cv::accounts
