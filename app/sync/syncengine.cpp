#include "app/sync/syncengine.h"

#include "app/api/apiclient.h"
#include "app/store/cachedatabase.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"
#include "app/sync/puller.h"
#include "app/sync/pusher.h"

namespace cv::sync {

SyncEngine::SyncEngine(api::ApiClient &client, store::CacheDatabase &db, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_objects(std::make_unique<store::ObjectRepository>(db))
    , m_outbox(std::make_unique<store::Outbox>(db))
    , m_conflicts(std::make_unique<store::ConflictStore>(db))
    , m_syncState(std::make_unique<store::SyncStateStore>(db))
    , m_pusher(new Pusher(client, db, *m_objects, *m_outbox, *m_conflicts, this))
    , m_puller(new Puller(client, db, *m_objects, *m_syncState, *m_conflicts, this))
{
    connect(m_pusher, &Pusher::progress, this,
        [this](int done, int total) { Q_EMIT progress(QStringLiteral("outbox"), done, total); });
    connect(m_puller, &Puller::progress, this, &SyncEngine::progress);
    connect(m_pusher, &Pusher::finished, this, [this](bool ok) {
        if (!ok || m_cancelled || !m_options.pull) {
            finish(ok && !m_cancelled);
            return;
        }
        pull();
    });
    connect(m_puller, &Puller::finished, this, [this](bool ok) { finish(ok); });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::start(const Options &options)
{
    if (isRunning())
        return;
    m_options = options;
    m_summary = {};
    m_cancelled = false;
    if (options.push) {
        setState(State::Pushing);
        m_pusher->start(&m_summary);
    } else {
        pull();
    }
}

void SyncEngine::pull()
{
    setState(State::Pulling);
    m_puller->start(m_options.full, m_options.collections, &m_summary);
}

void SyncEngine::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_pusher->cancel();
    m_puller->cancel();
}

void SyncEngine::finish(bool ok)
{
    m_summary.cancelled = m_cancelled;
    m_summary.ok
        = ok && !m_cancelled && m_summary.error.ok() && m_summary.storeError.isEmpty() && m_summary.pushFailed == 0;
    setState(State::Idle);
    Q_EMIT finished(m_summary);
}

void SyncEngine::setSecretSource(std::function<QJsonObject(const store::OutboxEntry &)> source)
{
    m_pusher->setSecretSource(std::move(source));
}

} // namespace cv::sync
