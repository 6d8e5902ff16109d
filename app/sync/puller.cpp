#include "app/sync/puller.h"

#include "app/api/apiclient.h"
#include "app/api/listjob.h"
#include "app/api/rql.h"
#include "app/api/rqlquery.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/sync/pagewriter.h"
#include "app/sync/syncsummary.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPull, "cv.sync.pull")

namespace cv::sync {

using store::CollectionSpec;

namespace {

/// Pages received and not yet in the writer's batch, over all listings: past this the listings wait (a
/// 1,000-object page of requests is about 5 MB of JSON in memory).
constexpr int kMaxQueuedPages = 4;
constexpr int kMaxConnections = 6;

/// Messages are fetched with their conversation when it is opened, not in bulk.
bool pulledInBulk(const CollectionSpec &spec)
{
    return !spec.localOnly && !spec.listPath.isEmpty() && spec.name != QLatin1String("messages");
}

/// What a failed cache write means for the user; a full disk is named as such.
QString describeStoreError(const QString &file, const QString &collection, const QString &error)
{
    if (error.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive))
        return QStringLiteral("the disk is full: %1 could not be stored in %2 (%3). Free some space and sync again; "
                              "nothing was lost and the local changes are kept")
            .arg(collection, file, error);
    return QStringLiteral("%1 could not be stored in %2: %3; the sync stopped there and resumes next time")
        .arg(collection, file, error);
}

} // namespace

Puller::Puller(api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_objects(objects)
{
    m_thread.setObjectName(QStringLiteral("cv-sync-writer"));
    connect(&m_client, &api::ApiClient::throttled, this, [this](int delayMs) {
        if (!m_active || m_limit <= 1)
            return;
        // The server asks for less: no new listing starts until fewer run (each retries after Retry-After).
        m_limit = qMax(1, m_limit / 2);
        qCInfo(lcPull) << "429 from the server: listing" << m_limit << "collections at once from now on; retry in"
                       << delayMs << "ms";
    });
}

Puller::~Puller()
{
    if (m_writer) {
        // Deleted on its own thread (its connection belongs there); it commits a batch still open.
        PageWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { delete writer; }, Qt::BlockingQueuedConnection);
        m_writer = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void Puller::setConnections(int connections)
{
    m_connections = qBound(1, connections, kMaxConnections);
}

QStringList Puller::pulledCollections()
{
    QStringList names;
    for (const CollectionSpec &spec : store::collections()) {
        if (pulledInBulk(spec))
            names << spec.name;
    }
    return names;
}

void Puller::ensureWriter()
{
    if (m_writer)
        return;
    m_writer = new PageWriter(m_db.filePath(), PageWriter::Options());
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &PageWriter::begun, this, &Puller::onBegun);
    connect(m_writer, &PageWriter::pageTaken, this, &Puller::onPageTaken);
    connect(m_writer, &PageWriter::committed, this, &Puller::onCommitted);
    connect(m_writer, &PageWriter::taskFinished, this, &Puller::onTaskFinished);
    connect(m_writer, &PageWriter::failed, this, &Puller::onStoreFailed);
    connect(m_writer, &PageWriter::runEnded, this, &Puller::onRunEnded);
    m_thread.start();
}

void Puller::start(bool full, const QStringList &only, SyncSummary *summary)
{
    ensureWriter();
    m_full = full;
    m_only = only;
    m_summary = summary;
    m_cancelled = false;
    m_failed = false;
    m_ending = false;
    m_active = true;
    m_limit = m_connections;
    m_queuedPages = 0;
    m_tasks.clear();
    m_running.clear();
    m_names.clear();
    QMetaObject::invokeMethod(m_writer, &PageWriter::beginRun, Qt::QueuedConnection);
    for (const CollectionSpec &spec : store::collections()) {
        if (pulledInBulk(spec) && !spec.isSubCollection() && (only.isEmpty() || only.contains(spec.name)))
            m_tasks.append(Task { &spec, QString() });
    }
    next();
}

void Puller::cancel()
{
    if (!m_active)
        return;
    m_cancelled = true;
    stop();
}

void Puller::next()
{
    if (m_ending)
        return;
    if (m_cancelled || m_failed) {
        stop();
        return;
    }
    while (m_running.size() < m_limit && !m_tasks.isEmpty())
        launch(m_tasks.takeFirst());
    if (m_running.isEmpty() && m_tasks.isEmpty())
        endRun();
}

void Puller::launch(const Task &task)
{
    const int id = ++m_nextTaskId;
    m_running.insert(id, Running { task, nullptr });
    m_names.insert(id, task.spec->name);
    const QString name = task.spec->name;
    const QString parentId = task.parentId;
    const bool full = m_full;
    PageWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, id, name, parentId, full] { writer->beginTask(id, name, parentId, full); },
        Qt::QueuedConnection);
}

void Puller::onBegun(int taskId, qint64 offset, bool incremental, const QString &since)
{
    const auto it = m_running.find(taskId);
    if (it == m_running.end() || m_ending)
        return;
    const Task task = it->task;
    api::RqlQuery query;
    if (incremental)
        query.filter(api::Rql::gt(task.spec->incrementalField, since));
    m_summary->collections[task.spec->name].incremental = incremental;

    api::ListJob *job = m_client.list(task.spec->pathFor(task.parentId), query, kPageSize, offset);
    it->job = job;
    if (m_queuedPages >= kMaxQueuedPages)
        job->hold();
    connect(job, &api::ListJob::pageReceived, this,
        [this, taskId](const QJsonArray &page, qint64 first, qint64 total) { onPage(taskId, page, first, total); });
    connect(job, &api::ListJob::finished, this, [this, taskId](api::ListJob *finished) { onListed(taskId, finished); });
}

void Puller::onPage(int taskId, const QJsonArray &page, qint64 offset, qint64 total)
{
    if (m_ending)
        return;
    ++m_queuedPages;
    PageWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, taskId, page, offset, total] { writer->store(taskId, page, offset, total); },
        Qt::QueuedConnection);
    if (m_queuedPages >= kMaxQueuedPages)
        holdListings(true);
}

void Puller::onPageTaken(int)
{
    m_queuedPages = qMax(0, m_queuedPages - 1);
    if (m_queuedPages < kMaxQueuedPages && !m_ending)
        holdListings(false);
}

void Puller::holdListings(bool hold)
{
    for (const Running &running : std::as_const(m_running)) {
        if (!running.job)
            continue;
        if (hold)
            running.job->hold();
        else if (running.job->isHeld())
            running.job->release();
    }
}

void Puller::onListed(int taskId, api::ListJob *job)
{
    const auto it = m_running.find(taskId);
    if (it == m_running.end() || m_ending)
        return;
    const Task task = it->task;
    it->job.clear();
    if (!job->ok()) {
        m_running.erase(it);
        const api::ApiError &error = job->error();
        if (error.isRetryable() || error.kind != api::ApiError::Kind::Http || error.httpStatus == 401) {
            // Offline, cut off or not allowed at all: stop; the cursors keep the place.
            m_summary->offline = error.isRetryable();
            m_summary->error = error;
            m_failed = true;
            stop();
            return;
        }
        // This collection is refused (e.g. no permission for the module): note it and go on.
        qCWarning(lcPull).noquote() << task.spec->name << error.summary();
        if (m_summary->error.ok())
            m_summary->error = error;
        next();
        return;
    }
    // The writer purges what a full pass did not see and moves the cursor; onTaskFinished() goes on.
    PageWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, taskId] { writer->finishTask(taskId); }, Qt::QueuedConnection);
}

void Puller::onCommitted(
    int taskId, qint64 rows, int conflicts, qint64 offset, qint64 total, const QStringList &becamePending)
{
    const QString name = m_names.value(taskId);
    if (name.isEmpty() || !m_summary)
        return;
    CollectionResult &result = m_summary->collections[name];
    result.fetched += rows;
    result.conflicts += conflicts;
    m_summary->newConflicts += conflicts;
    m_summary->newPendingRequests << becamePending;
    if (rows > 0)
        Q_EMIT progress(name, offset, total);
}

void Puller::onTaskFinished(int taskId, qint64 removed, qint64 total)
{
    const auto it = m_running.find(taskId);
    if (it == m_running.end())
        return;
    const Task task = it->task;
    m_running.erase(it);
    CollectionResult &result = m_summary->collections[task.spec->name];
    result.removed += removed;
    result.total += qMax<qint64>(0, total);
    if (m_ending)
        return;
    // Sub-collections of what was just pulled (read on this thread's connection: the writer has committed).
    for (const CollectionSpec &child : store::collections()) {
        if (child.parentCollection != task.spec->name || !pulledInBulk(child))
            continue;
        if (!m_only.isEmpty() && !m_only.contains(child.name) && !m_only.contains(task.spec->name))
            continue;
        for (const QString &parentId : m_objects.ids(task.spec->name))
            m_tasks.append(Task { &child, parentId });
    }
    next();
}

void Puller::onStoreFailed(const QString &collection, const QString &error)
{
    if (!m_summary)
        return;
    m_failed = true;
    if (m_summary->storeError.isEmpty())
        m_summary->storeError = describeStoreError(m_db.filePath(), collection, error);
    qCWarning(lcPull).noquote() << m_summary->storeError;
    stop();
}

void Puller::stop()
{
    if (m_ending || !m_active)
        return;
    const QList<Running> running = m_running.values();
    m_running.clear();
    m_tasks.clear();
    for (const Running &entry : running) {
        if (entry.job) {
            entry.job->disconnect(this);
            entry.job->cancel();
        }
    }
    endRun();
}

void Puller::endRun()
{
    if (m_ending)
        return;
    m_ending = true;
    QMetaObject::invokeMethod(m_writer, &PageWriter::endRun, Qt::QueuedConnection);
}

void Puller::onRunEnded()
{
    if (!m_active)
        return;
    m_active = false;
    m_queuedPages = 0;
    Q_EMIT finished(!m_cancelled && !m_failed);
}

} // namespace cv::sync
