#pragma once

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace cv::api {
class ApiClient;
class ListJob;
} // namespace cv::api
namespace cv::store {
class CacheDatabase;
class ObjectRepository;
struct CollectionSpec;
} // namespace cv::store

namespace cv::sync {

class PageWriter;
struct SyncSummary;

/// Pulls every cached collection into the cache (REFERENCE §2.3):
/// - a first pass is full; later passes ask only for what changed (`gt(<updated field>, since)`), except
///   collections without such a filter, which are re-fetched whole;
/// - pages of 1,000 (the API's maximum); independent collections are listed in parallel over up to
///   `connections` connections (fewer after a 429), and the next page of each is requested as soon as one
///   arrives: fetching and storing overlap;
/// - pages are stored by a PageWriter on its own thread and connection, in batches committed together with
///   the collections' cursors (offset, highest timestamp seen), so a sync killed at any moment resumes at the
///   last batch written; the GUI thread only reads;
/// - a full pass ends by removing cached objects the server no longer has (never local edits);
/// - an object edited locally is merged field by field with the server's version (threewaymerge.h):
///   fields changed on both sides become conflicts; nothing local is overwritten.
/// Sub-collections (items of each product, users of each account) follow their parents.
class Puller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Puller)

public:
    /// `db` and `objects`: the caller's connection, only read here (the writer opens its own on db's file).
    Puller(
        api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects, QObject *parent = nullptr);
    ~Puller() override;

    static constexpr int kPageSize = 1000;
    static constexpr int kDefaultConnections = 3;

    /// Collections listed at once (1..6; QNetworkAccessManager opens at most 6 connections per host).
    void setConnections(int connections);
    int connections() const { return m_connections; }

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
    struct Running
    {
        Task task;
        QPointer<api::ListJob> job;
    };

    void ensureWriter();
    void next();
    void launch(const Task &task);
    void onBegun(int taskId, qint64 offset, bool incremental, const QString &since);
    void onPage(int taskId, const QJsonArray &page, qint64 offset, qint64 total);
    void onPageTaken(int taskId);
    void onListed(int taskId, api::ListJob *job);
    void onCommitted(
        int taskId, qint64 rows, int conflicts, qint64 offset, qint64 total, const QStringList &becamePending);
    void onTaskFinished(int taskId, qint64 removed, qint64 total);
    void onStoreFailed(const QString &collection, const QString &error);
    void onRunEnded();
    /// Stops listing and lets the writer commit what it has; finished() follows runEnded.
    void stop();
    void endRun();
    void holdListings(bool hold);

    api::ApiClient &m_client;
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    SyncSummary *m_summary = nullptr;
    QThread m_thread;
    PageWriter *m_writer = nullptr;
    QList<Task> m_tasks;
    QHash<int, Running> m_running;
    QHash<int, QString> m_names; ///< task id -> collection, for the writer's reports
    QStringList m_only;
    int m_nextTaskId = 0;
    int m_connections = kDefaultConnections;
    int m_limit = kDefaultConnections; ///< connections in use now (lowered by a 429)
    int m_queuedPages = 0; ///< handed to the writer, not yet in its batch
    bool m_full = false;
    bool m_cancelled = false;
    bool m_failed = false;
    bool m_ending = false;
    bool m_active = false;
};

} // namespace cv::sync
