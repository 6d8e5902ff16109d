#pragma once

#include "app/sync/syncsummary.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

#include <memory>

namespace cv::api {
class ApiClient;
}
namespace cv::store {
class CacheDatabase;
class ConflictStore;
class ObjectRepository;
class Outbox;
struct OutboxEntry;
class SyncStateStore;
} // namespace cv::store

namespace cv::sync {

class Puller;
class Pusher;

/// One account's sync: push the outbox (local edits, in order), then pull what changed. Runs on the
/// caller's event loop in small steps (one HTTP page, one short transaction at a time), so the UI never
/// blocks. A run can be cancelled; a killed run resumes where it stopped.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    enum class State { Idle, Pushing, Pulling };
    Q_ENUM(State)

    struct Options
    {
        bool full = false; ///< ignore incremental cursors
        bool push = true;
        bool pull = true;
        QStringList collections; ///< pull only these (empty: all)
    };

    SyncEngine(api::ApiClient &client, store::CacheDatabase &db, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_state != State::Idle; }
    State state() const { return m_state; }
    /// Starts a run; ignored while one is running.
    void start(const Options &options);
    void cancel();

    store::ObjectRepository &objects() { return *m_objects; }
    store::Outbox &outbox() { return *m_outbox; }
    store::ConflictStore &conflicts() { return *m_conflicts; }
    store::SyncStateStore &syncState() { return *m_syncState; }
    /// See Pusher::setSecretSource().
    void setSecretSource(std::function<QJsonObject(const store::OutboxEntry &)> source);

Q_SIGNALS:
    void stateChanged(cv::sync::SyncEngine::State state);
    /// Pull progress of one collection (done/total from Content-Range) and push progress ("outbox").
    void progress(const QString &collection, qint64 done, qint64 total);
    void finished(const cv::sync::SyncSummary &summary);

private:
    void setState(State state);
    void pull();
    void finish(bool ok);

    api::ApiClient &m_client;
    store::CacheDatabase &m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::ConflictStore> m_conflicts;
    std::unique_ptr<store::SyncStateStore> m_syncState;
    Pusher *m_pusher;
    Puller *m_puller;
    Options m_options;
    SyncSummary m_summary;
    State m_state = State::Idle;
    bool m_cancelled = false;
};

} // namespace cv::sync
