#pragma once

#include "app/accounts/account.h"
#include "app/store/outbox.h"
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
    /// The automatic schedule (Settings): `automatic` runs the interval timer and the retry after going offline;
    /// `syncOnOpen` syncs as soon as an account's key is read. An active timer is restarted with a new interval.
    void setSchedule(bool automatic, int intervalMs, bool syncOnOpen);
    bool isAutomatic() const { return m_automatic; }
    bool syncsOnOpen() const { return m_syncOnOpen; }
    int intervalMs() const { return m_interval.interval(); }
    /// The interval timer runs (an account is open with its key and automatic sync is on).
    bool isScheduled() const { return m_interval.isActive(); }
    /// Milliseconds until the next scheduled sync, -1 when none is scheduled.
    int nextSyncInMs() const { return m_interval.isActive() ? m_interval.remainingTime() : -1; }
    /// Deletes the offline data of the account stored under `keychainKey` (AccountServices::deleteOfflineData);
    /// when it is the open account, closes it first and opens it again on an empty cache (which syncs if the
    /// schedule says so). Changes not yet sent are lost: ask first. Returns false if a file stayed.
    bool clearOfflineData(const QString &keychainKey);
    /// A page published a product version (the tray says so).
    void notifyPublished(const QString &productId, int version) { Q_EMIT published(productId, version); }

    accounts::Account account() const { return m_account; }
    Connection connection() const { return m_connection; }
    QString lastError() const { return m_lastError; }
    QString lastSyncAt() const { return m_lastSyncAt; }
    int conflictCount() const;
    qint64 outboxSize() const;
    /// The changes waiting to be sent and those Connect refused (which wait for the user), apart.
    store::Outbox::Counts outboxCounts() const;

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
    void published(const QString &productId, int version);

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
    bool m_automatic = true;
    bool m_syncOnOpen = true;
    int m_generation = 0; ///< guards keychain answers that arrive after a switch
};

} // namespace cv::sync
