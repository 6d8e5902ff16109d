#include "app/sync/pagewriter.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/sync/servermerge.h"
#include "app/sync/threewaymerge.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPageWriter, "cv.sync.writer")

namespace cv::sync {

using store::SyncCursor;

namespace {

const QString kRequests = QStringLiteral("requests");
const QString kPending = QStringLiteral("pending");

/// The writer connection's page cache, in KiB (negative cache_size = KiB).
constexpr int kBulkCacheKiB = -65536;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

PageWriter::PageWriter(const QString &cacheFile, const Options &options)
    : m_cacheFile(cacheFile)
    , m_options(options)
{ }

PageWriter::~PageWriter()
{
    // Stopped mid-run (the app closes): what is in the batch is consistent with its cursors, so keep it.
    if (m_db && m_db->transactionDepth() > 0 && !m_failed)
        commitBatch();
    if (m_db && !m_failed)
        restoreDeferred();
}

bool PageWriter::open()
{
    if (m_db)
        return true;
    auto opened = store::CacheDatabase::openSecondary(m_cacheFile);
    if (!opened) {
        fail(QStringLiteral("the cache"), opened.error());
        return false;
    }
    m_db = std::move(opened).value();
    // A bulk writer touches every index of the table per row: with SQLite's default 2 MB page cache, a
    // 100,000-request load re-read index pages from the file all the time (68 s instead of seconds).
    m_db->exec(QStringLiteral("PRAGMA cache_size = %1").arg(kBulkCacheKiB));
    m_objects = std::make_unique<store::ObjectRepository>(*m_db);
    m_conflicts = std::make_unique<store::ConflictStore>(*m_db);
    m_state = std::make_unique<store::SyncStateStore>(*m_db);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_db && m_db->transactionDepth() > 0 && !m_failed)
            commitBatch();
    });
    return true;
}

void PageWriter::beginRun()
{
    m_failed = false;
    m_tasks.clear();
    open();
}

bool PageWriter::ensureTransaction()
{
    if (m_db->transactionDepth() > 0)
        return true;
    if (!m_db->transaction())
        return false;
    m_batchAge.start();
    m_batchRows = 0;
    // Pages arriving slowly are still committed about every batchMs.
    m_timer->start(m_options.batchMs);
    return true;
}

void PageWriter::beginTask(int taskId, const QString &collection, const QString &parentId, bool full)
{
    if (m_failed || !m_db)
        return;
    const store::CollectionSpec *spec = store::collection(collection);
    if (!spec) {
        fail(collection, QStringLiteral("unknown collection"));
        return;
    }
    if (!ensureTransaction()) {
        fail(collection, m_db->lastError());
        return;
    }
    SyncCursor cursor = m_state->get(collection, parentId);
    const bool canIncrement = !spec->incrementalField.isEmpty();
    const bool running = cursor.offset > 0;
    if (full && !(running && cursor.phase == QLatin1String("full"))) {
        // A new full pass (unless one was interrupted: then it resumes).
        cursor.phase = QStringLiteral("full");
        cursor.offset = 0;
        cursor.pending.clear();
    }
    const bool incremental = canIncrement && cursor.phase == QLatin1String("incremental") && !cursor.since.isEmpty();
    if (!incremental && !canIncrement)
        cursor.phase = QStringLiteral("full");
    if (cursor.offset == 0) {
        // Pass start, remembered with the cursor so that a resumed full pass still knows what it has seen.
        if (!m_state->markPassStart(collection, parentId, now())) {
            fail(collection, QStringLiteral("cannot save the sync position"));
            return;
        }
        // A first load into an empty table: indexes are built once at the end instead of per row, and the
        // requests read model (counts, search) once from all the rows instead of by a trigger per row.
        const bool deferIndexes = m_options.deferIndexes.contains(collection) && !m_deferred.contains(collection);
        const bool pauseReadModel
            = m_options.pauseReadModel && !m_readModelPaused && collection == store::CacheDatabase::readModelTable();
        if (!incremental && !spec->isSubCollection() && (deferIndexes || pauseReadModel) && isEmpty(collection)) {
            if (deferIndexes) {
                if (!m_db->deferIndexes(collection)) {
                    fail(collection, m_db->lastError());
                    return;
                }
                m_deferred << collection;
            }
            // A pause made by someone else (a killed load resumed by open(), a test) is theirs to resume.
            if (pauseReadModel && !m_db->readModelPaused()) {
                if (const auto paused = m_db->pauseReadModel(); !paused) {
                    fail(collection, paused.error());
                    return;
                }
                m_readModelPaused = true;
            }
        }
    }
    Task task;
    task.spec = spec;
    // `since` is set once a pass has completed: a first load (or one resumed after a kill) brings every pending
    // request at once, which is not news.
    task.watchPending = collection == kRequests && !cursor.since.isEmpty();
    task.cursor = cursor;
    task.stored = cursor.offset;
    task.inBatch = true; // the cursor (phase, offset) is saved with the batch
    m_tasks.insert(taskId, task);
    Q_EMIT begun(taskId, cursor.offset, incremental, cursor.since);
}

void PageWriter::store(int taskId, const QJsonArray &page, qint64 offset, qint64 total)
{
    const auto it = m_tasks.find(taskId);
    if (m_failed || it == m_tasks.end()) {
        Q_EMIT pageTaken(taskId);
        return;
    }
    Task &task = *it;
    const store::CollectionSpec &spec = *task.spec;
    if (!ensureTransaction()) {
        fail(spec.name, m_db->lastError());
        Q_EMIT pageTaken(taskId);
        return;
    }
    // A stamp from the future would become the cursor and hide every later change: it is not trusted.
    const QString latestTrusted = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    QList<QJsonObject> objects;
    objects.reserve(page.size());
    for (const QJsonValue &value : page) {
        const QJsonObject object = value.toObject();
        objects << spec.cachedForm(object);
        if (!spec.incrementalField.isEmpty()) {
            const QString stamp = valueAt(object, spec.incrementalField).toString();
            if (stamp > latestTrusted)
                qCWarning(lcPageWriter).noquote()
                    << spec.name << object.value(QStringLiteral("id")).toString() << "has a time in the future ("
                    << stamp << "); not used as the cursor";
            else if (stamp > task.cursor.pending)
                task.cursor.pending = stamp;
        }
    }
    if (task.watchPending)
        task.batchBecamePending << becomingPending(task.cursor.parentId, objects);
    const int added = mergeServerPage(*m_objects, *m_conflicts, spec, task.cursor.parentId, objects);
    if (added < 0) {
        fail(spec.name, m_objects->lastError());
        Q_EMIT pageTaken(taskId);
        return;
    }
    task.cursor.offset = offset + page.size();
    task.cursor.total = total;
    task.stored = task.cursor.offset;
    task.batchRows += page.size();
    task.batchConflicts += added;
    task.inBatch = true;
    m_batchRows += page.size();
    Q_EMIT pageTaken(taskId);
    if (m_batchRows >= m_options.batchRows || m_batchAge.elapsed() >= m_options.batchMs)
        commitBatch();
}

bool PageWriter::commitBatch()
{
    m_timer->stop();
    if (m_db->transactionDepth() == 0)
        return true;
    // The pages and the positions after them are committed together: a kill resumes right here.
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->inBatch && !m_state->save(it->cursor)) {
            fail(it->spec->name, QStringLiteral("cannot save the sync position"));
            return false;
        }
    }
    if (!m_db->commit()) {
        // commit() ended the transaction; report which collection was being written.
        QString collection;
        for (const Task &task : std::as_const(m_tasks)) {
            if (task.batchRows > 0)
                collection = task.spec->name;
        }
        fail(collection.isEmpty() ? QStringLiteral("the sync position") : collection, m_db->lastError());
        return false;
    }
    m_batchRows = 0;
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (!it->inBatch)
            continue;
        Q_EMIT committed(
            it.key(), it->batchRows, it->batchConflicts, it->stored, it->cursor.total, it->batchBecamePending);
        it->batchRows = 0;
        it->batchConflicts = 0;
        it->batchBecamePending.clear();
        it->inBatch = false;
    }
    return true;
}

void PageWriter::finishTask(int taskId)
{
    const auto it = m_tasks.find(taskId);
    if (m_failed || it == m_tasks.end())
        return;
    const store::CollectionSpec &spec = *it->spec;
    if (!ensureTransaction()) {
        fail(spec.name, m_db->lastError());
        return;
    }
    SyncCursor &cursor = it->cursor;
    qint64 removed = 0;
    if (cursor.phase == QLatin1String("full")) {
        if (m_deferred.removeAll(spec.name) > 0 && !m_db->restoreIndexes(spec.name)) {
            fail(spec.name, m_db->lastError());
            return;
        }
        // Before removeUnseen, so that its deletes are counted by the read model's triggers.
        if (m_readModelPaused && spec.name == store::CacheDatabase::readModelTable()) {
            if (const auto resumed = m_db->resumeReadModel(); !resumed) {
                fail(spec.name, resumed.error());
                return;
            }
            m_readModelPaused = false;
        }
        const QString passStart = m_state->passStart(spec.name, cursor.parentId);
        if (!passStart.isEmpty()) {
            removed = m_objects->removeUnseen(spec.name, cursor.parentId, passStart);
            if (removed < 0) {
                fail(spec.name, m_objects->lastError());
                return;
            }
        }
    }
    if (!cursor.pending.isEmpty() && cursor.pending > cursor.since)
        cursor.since = cursor.pending;
    cursor.pending.clear();
    cursor.offset = 0;
    cursor.phase = spec.incrementalField.isEmpty() ? QStringLiteral("full") : QStringLiteral("incremental");
    cursor.lastSyncAt = now();
    const qint64 total = cursor.total;
    it->inBatch = true;
    if (!commitBatch())
        return;
    m_tasks.remove(taskId);
    Q_EMIT taskFinished(taskId, removed, total);
}

QStringList PageWriter::becomingPending(const QString &parentId, const QList<QJsonObject> &objects) const
{
    const QString status = QStringLiteral("status");
    QVariantList candidates;
    for (const QJsonObject &object : objects) {
        if (object.value(status).toString() == kPending)
            candidates << object.value(QStringLiteral("id")).toString();
    }
    if (candidates.isEmpty())
        return {};
    // Two index lookups per page: what the cache already holds as pending, and what a local edit holds (the
    // server may still say pending for a request approved here and not sent yet).
    const QStringList wasPending = m_objects->ids(
        kRequests, parentId, store::ObjectQuery().whereAnyOf(QStringLiteral("id"), candidates).where(status, kPending));
    const QStringList editedHere = m_objects->ids(
        kRequests, parentId, store::ObjectQuery().whereAnyOf(QStringLiteral("id"), candidates).onlyDirty());
    QStringList became;
    for (const QVariant &candidate : std::as_const(candidates)) {
        const QString id = candidate.toString();
        if (!wasPending.contains(id) && !editedHere.contains(id))
            became << id;
    }
    return became;
}

bool PageWriter::isEmpty(const QString &collection)
{
    store::ObjectQuery any;
    any.includeDeleted = true;
    any.limit = 1;
    const int failuresBefore = m_objects->failureCount();
    return m_objects->list(collection, QString(), any).isEmpty() && m_objects->failureCount() == failuresBefore;
}

bool PageWriter::restoreDeferred()
{
    if (m_readModelPaused) {
        // A run stopped mid-pass: counts and search are made from the rows loaded so far; the rest of the pass
        // (resumed later into a table that is no longer empty) goes through the triggers.
        if (const auto resumed = m_db->resumeReadModel(); !resumed) {
            fail(store::CacheDatabase::readModelTable(), resumed.error());
            return false;
        }
        m_readModelPaused = false;
    }
    if (m_deferred.isEmpty())
        return true;
    const QStringList tables = std::exchange(m_deferred, {});
    for (const QString &table : tables) {
        if (!m_db->transaction() || !m_db->restoreIndexes(table) || !m_db->commit()) {
            if (m_db->transactionDepth() > 0)
                m_db->rollback();
            fail(table, m_db->lastError());
            return false;
        }
    }
    return true;
}

void PageWriter::endRun()
{
    if (m_db && !m_failed)
        commitBatch();
    // A run stopped mid-pass (offline, cancelled, failed) leaves no table without its indexes.
    if (m_db && m_db->transactionDepth() == 0) {
        const bool failedBefore = m_failed;
        m_failed = false;
        restoreDeferred();
        m_failed = m_failed || failedBefore;
    }
    m_tasks.clear();
    Q_EMIT runEnded();
}

void PageWriter::fail(const QString &collection, const QString &error)
{
    if (m_db && m_db->transactionDepth() > 0)
        m_db->rollback();
    if (m_timer)
        m_timer->stop();
    m_batchRows = 0;
    const bool first = !m_failed;
    m_failed = true;
    if (first)
        Q_EMIT failed(collection, error);
}

} // namespace cv::sync
