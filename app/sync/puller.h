#pragma once

#include <QObject>
#include <QPointer>

namespace cv::api {
class ApiClient;
class ListJob;
} // namespace cv::api
namespace cv::store {
class CacheDatabase;
class ConflictStore;
class ObjectRepository;
class SyncStateStore;
struct CollectionSpec;
struct SyncCursor;
} // namespace cv::store

namespace cv::sync {

struct SyncSummary;

/// Pulls every cached collection into the cache (REFERENCE §2.3):
/// - a first pass is full; later passes ask only for what changed (`gt(<updated field>, since)`), except
///   collections without such a filter, which are re-fetched whole;
/// - each page is written in one transaction together with the collection's cursor (offset, highest
///   timestamp seen), so a sync killed at any moment resumes at the last page written;
/// - a full pass ends by removing cached objects the server no longer has (never local edits);
/// - an object edited locally is merged field by field with the server's version (threewaymerge.h):
///   fields changed on both sides become conflicts; nothing local is overwritten.
/// Sub-collections (items of each product, users of each account) follow their parents.
class Puller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Puller)

public:
    Puller(api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects,
        store::SyncStateStore &state, store::ConflictStore &conflicts, QObject *parent = nullptr);

    /// `only`: collection names to pull (empty: all). `full`: ignore the incremental cursors.
    void start(bool full, const QStringList &only, SyncSummary *summary);
    void cancel();

    /// The collections a sync pulls, in order (sub-collections after their parents).
    static QStringList pulledCollections();

Q_SIGNALS:
    void progress(const QString &collection, qint64 done, qint64 total);
    void finished(bool ok);

private:
    struct Task
    {
        const store::CollectionSpec *spec = nullptr;
        QString parentId;
    };

    void next();
    void run(const Task &task);
    bool storePage(const Task &task, const QJsonArray &page, qint64 offset, qint64 total);
    void applyObject(const Task &task, const QJsonObject &object);
    /// A cache write failed: the run stops with SyncSummary::storeError; returns false.
    bool storeFailed(const Task &task, const QString &error);
    void finishTask(const Task &task, api::ListJob *job);
    qint64 purgeUnseen(const Task &task, const QString &passStart);
    QString passKey(const Task &task) const;

    api::ApiClient &m_client;
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::SyncStateStore &m_state;
    store::ConflictStore &m_conflicts;
    SyncSummary *m_summary = nullptr;
    QList<Task> m_tasks;
    QStringList m_only;
    bool m_full = false;
    bool m_cancelled = false;
    bool m_failed = false;
    QPointer<api::ListJob> m_job;
};

} // namespace cv::sync
