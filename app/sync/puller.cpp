#include "app/sync/puller.h"

#include "app/api/apiclient.h"
#include "app/api/listjob.h"
#include "app/api/rql.h"
#include "app/api/rqlquery.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/syncstate.h"
#include "app/sync/servermerge.h"
#include "app/sync/syncsummary.h"
#include "app/sync/threewaymerge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPull, "cv.sync.pull")

namespace cv::sync {

using store::CollectionSpec;
using store::SyncCursor;

namespace {

const int kPageSize = 100;

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

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Puller::Puller(api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects,
    store::SyncStateStore &state, store::ConflictStore &conflicts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_objects(objects)
    , m_state(state)
    , m_conflicts(conflicts)
{ }

QStringList Puller::pulledCollections()
{
    QStringList names;
    for (const CollectionSpec &spec : store::collections()) {
        if (pulledInBulk(spec))
            names << spec.name;
    }
    return names;
}

void Puller::start(bool full, const QStringList &only, SyncSummary *summary)
{
    m_full = full;
    m_only = only;
    m_summary = summary;
    m_cancelled = false;
    m_failed = false;
    m_tasks.clear();
    for (const CollectionSpec &spec : store::collections()) {
        if (pulledInBulk(spec) && !spec.isSubCollection() && (only.isEmpty() || only.contains(spec.name)))
            m_tasks.append(Task { &spec, QString() });
    }
    next();
}

void Puller::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void Puller::next()
{
    if (m_cancelled || m_failed) {
        Q_EMIT finished(false);
        return;
    }
    if (m_tasks.isEmpty()) {
        Q_EMIT finished(true);
        return;
    }
    run(m_tasks.takeFirst());
}

QString Puller::passKey(const Task &task) const
{
    return QStringLiteral("pass:%1:%2").arg(task.spec->name, task.parentId);
}

void Puller::run(const Task &task)
{
    SyncCursor cursor = m_state.get(task.spec->name, task.parentId);
    const bool canIncrement = !task.spec->incrementalField.isEmpty();
    const bool running = cursor.offset > 0;
    if (m_full && !(running && cursor.phase == QLatin1String("full"))) {
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
        QSqlQuery query(m_db.db());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(passKey(task));
        query.addBindValue(now());
        query.exec();
    }
    m_state.save(cursor);

    api::RqlQuery query;
    if (incremental)
        query.filter(api::Rql::gt(task.spec->incrementalField, cursor.since));
    CollectionResult &result = m_summary->collections[task.spec->name];
    result.incremental = incremental;

    api::ListJob *job = m_client.list(task.spec->pathFor(task.parentId), query, kPageSize, cursor.offset);
    m_job = job;
    connect(job, &api::ListJob::pageReceived, this, [this, task](const QJsonArray &page, qint64 offset, qint64 total) {
        if (!storePage(task, page, offset, total) && m_job)
            m_job->cancel(); // storeFailed() said why; finishTask() stops the run
    });
    connect(job, &api::ListJob::finished, this, [this, task](api::ListJob *finished) { finishTask(task, finished); });
}

bool Puller::storePage(const Task &task, const QJsonArray &page, qint64 offset, qint64 total)
{
    SyncCursor cursor = m_state.get(task.spec->name, task.parentId);
    if (!m_db.transaction())
        return storeFailed(task, m_db.lastError());
    const int failuresBefore = m_objects.failureCount();
    // A stamp from the future would become the cursor and hide every later change: it is not trusted.
    const QString latestTrusted = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    for (const QJsonValue &value : page) {
        const QJsonObject object = value.toObject();
        applyObject(task, object);
        if (!task.spec->incrementalField.isEmpty()) {
            const QString stamp = valueAt(object, task.spec->incrementalField).toString();
            if (stamp > latestTrusted)
                qCWarning(lcPull).noquote() << task.spec->name << object.value(QStringLiteral("id")).toString()
                                            << "has a time in the future (" << stamp << "); not used as the cursor";
            else if (stamp > cursor.pending)
                cursor.pending = stamp;
        }
    }
    if (m_objects.failureCount() != failuresBefore) {
        const QString error = m_objects.lastError();
        m_db.rollback();
        return storeFailed(task, error);
    }
    cursor.offset = offset + page.size();
    cursor.total = total;
    // The page and the position after it are committed together: a kill resumes right here.
    if (!m_state.save(cursor)) {
        m_db.rollback();
        return storeFailed(task, QStringLiteral("cannot save the sync position"));
    }
    if (!m_db.commit())
        return storeFailed(task, m_db.lastError());
    CollectionResult &result = m_summary->collections[task.spec->name];
    result.fetched += page.size();
    Q_EMIT progress(task.spec->name, offset + page.size(), total);
    return true;
}

void Puller::applyObject(const Task &task, const QJsonObject &server)
{
    const int added
        = mergeServerVersion(m_objects, m_conflicts, *task.spec, task.parentId, task.spec->cachedForm(server));
    m_summary->collections[task.spec->name].conflicts += added;
    m_summary->newConflicts += added;
}

bool Puller::storeFailed(const Task &task, const QString &error)
{
    m_failed = true;
    if (m_summary->storeError.isEmpty())
        m_summary->storeError = describeStoreError(m_db.filePath(), task.spec->name, error);
    qCWarning(lcPull).noquote() << m_summary->storeError;
    return false;
}

void Puller::finishTask(const Task &task, api::ListJob *job)
{
    if (m_cancelled || m_failed) {
        Q_EMIT finished(false);
        return;
    }
    CollectionResult &result = m_summary->collections[task.spec->name];
    if (!job->ok()) {
        const api::ApiError &error = job->error();
        if (error.isRetryable() || error.kind != api::ApiError::Kind::Http || error.httpStatus == 401) {
            // Offline, cut off or not allowed at all: stop; the cursors keep the place.
            m_summary->offline = error.isRetryable();
            m_summary->error = error;
            m_failed = true;
            next();
            return;
        }
        // This collection is refused (e.g. no permission for the module): note it and go on.
        qCWarning(lcPull).noquote() << task.spec->name << error.summary();
        if (m_summary->error.ok())
            m_summary->error = error;
        next();
        return;
    }
    SyncCursor cursor = m_state.get(task.spec->name, task.parentId);
    m_db.transaction();
    if (cursor.phase == QLatin1String("full")) {
        QSqlQuery query(m_db.db());
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(passKey(task));
        if (query.exec() && query.next())
            result.removed += purgeUnseen(task, query.value(0).toString());
    }
    if (!cursor.pending.isEmpty() && cursor.pending > cursor.since)
        cursor.since = cursor.pending;
    cursor.pending.clear();
    cursor.offset = 0;
    cursor.phase = task.spec->incrementalField.isEmpty() ? QStringLiteral("full") : QStringLiteral("incremental");
    cursor.lastSyncAt = now();
    const bool saved = m_state.save(cursor);
    if (!saved || !m_db.commit()) {
        const QString error = saved ? m_db.lastError() : QStringLiteral("cannot save the sync position");
        if (m_db.transactionDepth() > 0)
            m_db.rollback();
        storeFailed(task, error);
        Q_EMIT finished(false);
        return;
    }
    result.total += job->total();

    // Sub-collections of what was just pulled.
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

qint64 Puller::purgeUnseen(const Task &task, const QString &passStart)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE parent_id = ? AND synced_at < ? AND dirty = 0 AND deleted = 0 "
                                 "AND id NOT LIKE 'local:%'")
                      .arg(task.spec->name));
    query.addBindValue(task.parentId.isNull() ? QStringLiteral("") : task.parentId);
    query.addBindValue(passStart);
    if (!query.exec()) {
        qCWarning(lcPull).noquote() << "purge" << task.spec->name << query.lastError().text();
        return 0;
    }
    return query.numRowsAffected();
}

} // namespace cv::sync
