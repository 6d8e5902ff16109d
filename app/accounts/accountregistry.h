#pragma once

#include "app/accounts/account.h"

#include <QObject>

namespace cv::accounts {

/// The accounts the user has added and which one is current, kept in `accounts.json` in the config
/// directory. It is also the index of the keys held in the keychain (one per account), so that sign-out
/// can clear every key. It never holds a secret.
class AccountRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRegistry)

public:
    /// Loads from `filePath`; an empty path means `<configDir>/accounts.json`.
    explicit AccountRegistry(const QString &filePath = {}, QObject *parent = nullptr);

    AccountList accounts() const { return m_accounts; }
    bool isEmpty() const { return m_accounts.isEmpty(); }
    /// The current account, or an invalid Account when there is none.
    Account current() const;
    QString currentKey() const { return m_currentKey; }
    Account find(const QString &keychainKey) const;
    /// The problem met while loading (unreadable or malformed file), empty if none. A bad file is kept
    /// aside as `accounts.json.bad` rather than overwritten, so nothing the user had is lost.
    QString loadError() const { return m_loadError; }
    /// Entries of the file that could not be read and were left out (the file is kept as .bad); empty if none.
    QString loadWarning() const { return m_loadWarning; }

    /// Adds or updates (same keychain key) an account and makes it current.
    bool addOrUpdate(const Account &account);
    bool setCurrent(const QString &keychainKey);
    /// Removes the account; if it was current, the first remaining account becomes current.
    bool remove(const QString &keychainKey);
    /// Records the name Connect now reports for the account (renamed in the Account module, or on the portal).
    /// Only accountsChanged() follows: the account stays open, its session is not restarted. False if unknown.
    bool setName(const QString &keychainKey, const QString &name);

Q_SIGNALS:
    void accountsChanged();
    void currentChanged(const cv::accounts::Account &account);

private:
    void load();
    bool save();

    QString m_filePath;
    AccountList m_accounts;
    QString m_currentKey;
    QString m_loadError;
    QString m_loadWarning;
};

} // namespace cv::accounts
