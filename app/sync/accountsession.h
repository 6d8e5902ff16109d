#pragma once

#include "app/accounts/account.h"
#include "app/sync/syncsummary.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace cv::accounts {
class KeyStore;
}
namespace cv::api {
class ApiClient;
}
namespace cv::store {
class CacheDatabase;
}

namespace cv::sync {

class AccountServices;
class SyncEngine;

/// The working set of the current account: its cache database, an API client holding its key (read from
/// the keychain, kept in memory only) and its sync engine, plus the schedule: sync on demand, every few
/// minutes, and -- after going offline -- again after a short back-off until the service answers.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class Connection {
        NoAccount,
        Opening, ///< reading the key
        NoKey, ///< the keychain has no key (or no keychain): the user must give it
        Online,
        Syncing,
        Offline, ///< the last attempt could not reach the service; retrying
        Error, ///< the service answered with an error (e.g. the key was revoked)
    };
    Q_ENUM(Connection)

    AccountSession(accounts::KeyStore *keyStore, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountSession() override;

    /// Opens `account` (closing the previous one); an invalid account closes.
    void open(const accounts::Account &account);
    /// Uses `key` for this run only (when no keychain is available).
    void setApiKey(const QByteArray &key);
    void syncNow(bool full = false);
    /// Says that the cache was changed outside a sync (emits cacheChanged()).
    void notifyCacheChanged() { Q_EMIT cacheChanged(); }
    void cancelSync();
    void setInterval(int milliseconds);

    accounts::Account account() const { return m_account; }
    Connection connection() const { return m_connection; }
    QString lastError() const { return m_lastError; }
    QString lastSyncAt() const { return m_lastSyncAt; }
    int conflictCount() const;
    qint64 outboxSize() const;

    /// What the modules use of the open account; null while none is open. Replaced on each switch.
    AccountServices *services() const { return m_services.get(); }
    store::CacheDatabase *cache() const;
    SyncEngine *engine() const;
    api::ApiClient *client() const;

Q_SIGNALS:
    void connectionChanged(cv::sync::AccountSession::Connection connection);
    void progress(const QString &collection, qint64 done, qint64 total);
    void synced(const cv::sync::SyncSummary &summary);
    /// The cache of a newly opened account is ready: services() are the new account's (pages attach).
    void cacheOpened();
    /// services() are about to be deleted (switch, sign-out, quit): pages detach now.
    void servicesClosing();
    /// The cache changed outside a sync (a conflict decision): open pages re-read it.
    void cacheChanged();

private:
    void setConnection(Connection connection);
    void close();
    void onFinished(const SyncSummary &summary);

    accounts::KeyStore *m_keyStore;
    QNetworkAccessManager *m_network;
    accounts::Account m_account;
    std::unique_ptr<AccountServices> m_services;
    QTimer m_interval;
    QTimer m_retry;
    Connection m_connection = Connection::NoAccount;
    QString m_lastError;
    QString m_lastSyncAt;
    int m_generation = 0; ///< guards keychain answers that arrive after a switch
};

} // namespace cv::sync
