#include "app/sync/accountsession.h"

#include "app/accounts/keystore.h"
#include "app/api/apiclient.h"
#include "app/core/datapaths.h"
#include "app/store/cachedatabase.h"
#include "app/store/conflictstore.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/syncengine.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "cv.sync.session")

namespace cv::sync {

namespace {
const int kDefaultIntervalMs = 5 * 60 * 1000;
const int kRetryMs = 30 * 1000;
} // namespace

AccountSession::AccountSession(accounts::KeyStore *keyStore, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_keyStore(keyStore)
    , m_network(network)
{
    m_interval.setInterval(kDefaultIntervalMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_interval, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_retry, &QTimer::timeout, this, [this] { syncNow(); });
}

AccountSession::~AccountSession()
{
    close();
}

void AccountSession::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void AccountSession::close()
{
    ++m_generation;
    m_interval.stop();
    m_retry.stop();
    if (m_services) {
        Q_EMIT servicesClosing();
        m_services->engine().cancel();
        m_services.reset();
    }
}

store::CacheDatabase *AccountSession::cache() const
{
    return m_services ? &m_services->cache() : nullptr;
}

SyncEngine *AccountSession::engine() const
{
    return m_services ? &m_services->engine() : nullptr;
}

api::ApiClient *AccountSession::client() const
{
    return m_services ? &m_services->client() : nullptr;
}

void AccountSession::open(const accounts::Account &account)
{
    close();
    m_account = account;
    m_lastError.clear();
    m_lastSyncAt.clear();
    if (!account.isValid()) {
        setConnection(Connection::NoAccount);
        return;
    }
    auto cache = store::CacheDatabase::open(core::DataPaths::cacheFileFor(account.keychainKey()));
    if (!cache) {
        m_lastError = cache.error();
        setConnection(Connection::Error);
        return;
    }
    auto client = std::make_unique<api::ApiClient>(m_network);
    client->setEndpoint(QUrl(account.endpoint));
    m_services = std::make_unique<AccountServices>(this, account, std::move(cache).value(), std::move(client));
    connect(&m_services->engine(), &SyncEngine::progress, this, &AccountSession::progress);
    connect(&m_services->engine(), &SyncEngine::finished, this, &AccountSession::onFinished);
    Q_EMIT cacheOpened();

    setConnection(Connection::Opening);
    const int generation = m_generation;
    m_keyStore->read(account.keychainKey(), this, [this, generation](const accounts::KeyStoreResult &key) {
        if (generation != m_generation)
            return; // another account was opened meanwhile
        if (!key.ok()) {
            m_lastError = key.detail;
            setConnection(Connection::NoKey);
            return;
        }
        setApiKey(key.secret);
    });
}

void AccountSession::setApiKey(const QByteArray &key)
{
    if (!m_services)
        return;
    m_services->client().setApiKey(key); // memory only
    setConnection(Connection::Online);
    if (m_automatic)
        m_interval.start();
    if (m_syncOnOpen)
        syncNow();
}

void AccountSession::syncNow(bool full)
{
    if (!m_services || !m_services->client().hasApiKey() || m_services->engine().isRunning())
        return;
    m_retry.stop();
    setConnection(Connection::Syncing);
    SyncEngine::Options options;
    options.full = full;
    m_services->engine().start(options);
}

void AccountSession::cancelSync()
{
    if (m_services)
        m_services->engine().cancel();
}

void AccountSession::setInterval(int milliseconds)
{
    m_interval.setInterval(milliseconds);
}

void AccountSession::setSchedule(bool automatic, int intervalMs, bool syncOnOpen)
{
    m_automatic = automatic;
    m_syncOnOpen = syncOnOpen;
    if (m_interval.interval() != intervalMs)
        m_interval.setInterval(intervalMs); // an active timer restarts with the new interval
    const bool hasKey = m_services && m_services->client().hasApiKey();
    if (!automatic) {
        m_interval.stop();
        m_retry.stop();
    } else if (hasKey && !m_interval.isActive()) {
        m_interval.start();
    }
}

bool AccountSession::clearOfflineData(const QString &keychainKey)
{
    const accounts::Account account = m_account;
    const bool isOpen = m_services && account.keychainKey() == keychainKey;
    if (isOpen)
        open({}); // the cache file must be closed before it is deleted
    const bool removed = AccountServices::deleteOfflineData(keychainKey);
    if (isOpen)
        open(account);
    return removed;
}

int AccountSession::conflictCount() const
{
    return m_services ? store::ConflictStore(m_services->cache()).count() : 0;
}

qint64 AccountSession::outboxSize() const
{
    return m_services ? store::Outbox(m_services->cache()).size() : 0;
}

store::Outbox::Counts AccountSession::outboxCounts() const
{
    return m_services ? store::Outbox(m_services->cache()).counts() : store::Outbox::Counts {};
}

void AccountSession::onFinished(const SyncSummary &summary)
{
    if (summary.ok || (summary.error.ok() && !summary.offline)) {
        m_lastSyncAt = QDateTime::currentDateTime().toString(Qt::ISODate);
        m_lastError.clear();
        setConnection(Connection::Online);
    } else if (summary.offline) {
        m_lastError = summary.error.summary();
        setConnection(Connection::Offline);
        if (m_automatic)
            m_retry.start(); // come back by itself when the service answers again
    } else if (summary.cancelled) {
        setConnection(Connection::Online);
    } else {
        m_lastError = summary.error.ok() ? QString() : summary.error.summary();
        setConnection(summary.error.ok() ? Connection::Online : Connection::Error);
    }
    qCInfo(lcSession).noquote() << "sync finished:" << (summary.ok ? "ok" : "not ok") << m_lastError;
    Q_EMIT synced(summary);
}

} // namespace cv::sync
