#include "app/store/syncstate.h"

#include "app/store/cachedatabase.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cv::store {

using detail::notNull;

namespace {

const QString kColumns
    = QStringLiteral("collection, parent_id, phase, since, pending, resume_offset, total, last_sync_at");

SyncCursor rowToCursor(const QSqlQuery &query)
{
    SyncCursor cursor;
    cursor.collection = query.value(0).toString();
    cursor.parentId = query.value(1).toString();
    cursor.phase = query.value(2).toString();
    cursor.since = query.value(3).toString();
    cursor.pending = query.value(4).toString();
    cursor.offset = query.value(5).toLongLong();
    cursor.total = query.value(6).toLongLong();
    cursor.lastSyncAt = query.value(7).toString();
    return cursor;
}

} // namespace

SyncStateStore::SyncStateStore(CacheDatabase &db)
    : m_db(db)
{ }

SyncCursor SyncStateStore::get(const QString &collection, const QString &parentId) const
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT %1 FROM sync_state WHERE collection = ? AND parent_id = ?").arg(kColumns));
    query.bindValue(0, collection);
    query.bindValue(1, notNull(parentId));
    SyncCursor cursor;
    cursor.collection = collection;
    cursor.parentId = notNull(parentId);
    if (query.exec() && query.next())
        cursor = rowToCursor(query);
    query.finish();
    return cursor;
}

bool SyncStateStore::save(const SyncCursor &cursor)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    query.bindValue(0, cursor.collection);
    query.bindValue(1, notNull(cursor.parentId));
    query.bindValue(2, cursor.phase.isEmpty() ? QStringLiteral("full") : cursor.phase);
    query.bindValue(3, notNull(cursor.since));
    query.bindValue(4, notNull(cursor.pending));
    query.bindValue(5, cursor.offset);
    query.bindValue(6, cursor.total);
    query.bindValue(7, notNull(cursor.lastSyncAt));
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "sync state: save" << cursor.collection << query.lastError().text();
        return false;
    }
    return true;
}

bool SyncStateStore::reset(const QString &collection)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE collection = ?"));
    query.addBindValue(collection);
    return query.exec();
}

bool SyncStateStore::resetAll()
{
    return bool(m_db.exec(QStringLiteral("DELETE FROM sync_state")));
}

namespace {
// Kept in the meta table (schema v2) so that no migration is needed.
QString passKey(const QString &collection, const QString &parentId)
{
    return QStringLiteral("pass:%1:%2").arg(collection, parentId);
}
} // namespace

QString SyncStateStore::passStart(const QString &collection, const QString &parentId) const
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, passKey(collection, parentId));
    QString stamp;
    if (query.exec() && query.next())
        stamp = query.value(0).toString();
    query.finish();
    return stamp;
}

bool SyncStateStore::markPassStart(const QString &collection, const QString &parentId, const QString &stamp)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.bindValue(0, passKey(collection, parentId));
    query.bindValue(1, stamp);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "sync state: pass start" << collection << query.lastError().text();
        return false;
    }
    return true;
}

QList<SyncCursor> SyncStateStore::all() const
{
    QList<SyncCursor> result;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM sync_state ORDER BY collection, parent_id").arg(kColumns)))
        return result;
    while (query.next())
        result << rowToCursor(query);
    return result;
}

} // namespace cv::store
