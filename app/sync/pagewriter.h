#pragma once

#include "app/store/syncstate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace cv::store {
class CacheDatabase;
class ConflictStore;
class ObjectRepository;
class SyncStateStore;
struct CollectionSpec;
} // namespace cv::store

namespace cv::sync {

/// The pull's writer: stores fetched pages on its own thread, over its own connection to the cache file, so
/// fetching and storing overlap and the GUI thread never waits for a page to be written (issue 12).
///
/// Every method runs on the writer's thread: call them through QMetaObject::invokeMethod (queued), in order;
/// the signals report back. Invariants:
/// - Pages accumulate in one open transaction, committed when it holds `batchRows` rows, when `batchMs` have
///   passed since it began, when a task finishes, and at endRun(). The cursor of every task with a page in
///   the batch is saved in the same transaction, so a kill loses at most the uncommitted batch, which the
///   resumable cursor fetches again; nothing is doubled (rows are keyed by id).
/// - Counts reported by committed() are rows that reached the file; a failed write rolls the batch back,
///   reports failed() once and ignores later pages until the next beginRun().
/// - For the tables in Options::deferIndexes, on the first full pass of an empty table its secondary indexes are
///   dropped and rebuilt when the pass ends (or the run stops): bulk insert without per-row index updates
///   (CacheDatabase::deferIndexes).
/// - With Options::pauseReadModel, the first full pass of an empty requests table runs without the read model's
///   triggers; counts and search are rebuilt from the rows when the pass ends or the run stops (a kill: at the
///   next CacheDatabase::open()).
class PageWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageWriter)

public:
    struct Options
    {
        int batchRows = 5000;
        int batchMs = 1000;
        /// Tables whose secondary indexes a first full pass into the empty table drops and builds again at its
        /// end, one sort each, instead of updating 30 of them per row. The requests (100,000 in one sync:
        /// 47 -> 23 s of CPU, 4.7 -> 1.2 GB written, measured with the columns STORED): while they load, the
        /// read model is paused too and the Fulfillment table has nothing to show, so no list waits for a scan.
        QStringList deferIndexes { QStringLiteral("requests") };
        /// Pause the requests read model (CacheDatabase::pauseReadModel) during the first full pass of an empty
        /// requests table and rebuild it when the pass ends (or the run stops).
        bool pauseReadModel = true;
    };

    PageWriter(const QString &cacheFile, const Options &options);
    ~PageWriter() override;

    /// Opens the connection (first call) and clears a previous run's failure.
    void beginRun();
    /// Reads the cursor of a task and starts its pass (`full`: ignore the incremental cursor); reports begun().
    void beginTask(int taskId, const QString &collection, const QString &parentId, bool full);
    /// Merges one page (offset of its first object, the server's total) into the open batch; reports
    /// pageTaken() once it is in the batch (or dropped after a failure).
    void store(int taskId, const QJsonArray &page, qint64 offset, qint64 total);
    /// The task's listing ended: purge what a full pass did not see, move the cursor to "done", commit.
    void finishTask(int taskId);
    /// Commits what is pending and rebuilds deferred indexes; reports runEnded().
    void endRun();

Q_SIGNALS:
    void begun(int taskId, qint64 offset, bool incremental, const QString &since);
    void pageTaken(int taskId);
    /// Rows of a task that reached the file in the last commit, the new conflicts among them, where its cursor
    /// stands now (offset of the next object, the server's total), and the requests among them that became
    /// pending (see Task::watchPending).
    void committed(
        int taskId, qint64 rows, int conflicts, qint64 offset, qint64 total, const QStringList &becamePending);
    void taskFinished(int taskId, qint64 removed, qint64 total);
    /// A write failed (the batch is rolled back): `collection` could not be stored, `error` says why.
    void failed(const QString &collection, const QString &error);
    void runEnded();

private:
    struct Task
    {
        const store::CollectionSpec *spec = nullptr;
        store::SyncCursor cursor;
        qint64 stored = 0; ///< offset after the last page stored (the cursor's offset until the pass ends)
        qint64 batchRows = 0;
        int batchConflicts = 0;
        bool inBatch = false;
        /// Requests after a first complete pass: note those the server says are pending that the cache did
        /// not hold as pending (new, or moved to pending) and that no local edit holds back. The tray's "new
        /// pending request" comes from here, so the GUI never reads every pending id (38,000 at 300,000
        /// requests took 100-200 ms of the GUI thread after each sync).
        bool watchPending = false;
        QStringList batchBecamePending;
    };

    /// The ids of `objects` (a requests page, before it is merged) that become pending with it.
    QStringList becomingPending(const QString &parentId, const QList<QJsonObject> &objects) const;

    bool open();
    bool ensureTransaction();
    bool commitBatch();
    void fail(const QString &collection, const QString &error);
    bool restoreDeferred();
    bool isEmpty(const QString &collection);

    QString m_cacheFile;
    Options m_options;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::ConflictStore> m_conflicts;
    std::unique_ptr<store::SyncStateStore> m_state;
    QHash<int, Task> m_tasks;
    QStringList m_deferred; ///< tables whose indexes this run dropped
    bool m_readModelPaused = false; ///< this run paused the requests read model
    QTimer *m_timer = nullptr;
    QElapsedTimer m_batchAge;
    qint64 m_batchRows = 0;
    bool m_failed = false;
};

} // namespace cv::sync
