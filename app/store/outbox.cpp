#include "app/store/outbox.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::store {

using detail::notNull;
using detail::nowUtc;
using detail::objectFromText;
using detail::toJsonText;

namespace {

const QString kColumns = QStringLiteral(
    "seq, operation, collection, object_id, parent_id, method, path, body, natural_key, action, blob, blob_name, "
    "content_type, attempts, last_error, state, created_at");

OutboxEntry rowToEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.operation = query.value(1).toString();
    entry.collection = query.value(2).toString();
    entry.objectId = query.value(3).toString();
    entry.parentId = query.value(4).toString();
    entry.method = query.value(5).toString().toLatin1();
    entry.path = query.value(6).toString();
    entry.body = objectFromText(query.value(7));
    entry.naturalKey = query.value(8).toString();
    entry.action = query.value(9).toString();
    entry.blob = query.value(10).toByteArray();
    entry.blobName = query.value(11).toString();
    entry.contentType = query.value(12).toString();
    entry.attempts = query.value(13).toInt();
    entry.lastError = query.value(14).toString();
    entry.state = query.value(15).toString();
    entry.createdAt = query.value(16).toString();
    return entry;
}

QJsonValue rewriteValue(const QJsonValue &value, const QString &from, const QString &to, bool &changed)
{
    if (value.isString() && value.toString() == from) {
        changed = true;
        return to;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewriteValue(it.value(), from, to, changed);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = rewriteValue(array.at(i), from, to, changed);
        return array;
    }
    return value;
}

// Replaces `from` where it is a whole path segment ("/products/local:x/items"), not inside another id.
QString rewritePath(const QString &path, const QString &from, const QString &to)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (segment == from)
            segment = to;
    }
    return segments.join(QLatin1Char('/'));
}

} // namespace

Outbox::Outbox(CacheDatabase &db)
    : m_db(db)
{ }

namespace {

enum class Insert { Pending, Done };

/// The one INSERT of enqueue() and recordDone(); sets `lastError` when the database refuses it.
core::Result<qint64, QString> insertEntry(CacheDatabase &db, const OutboxEntry &entry, Insert kind, QString &lastError)
{
    if (entry.operation.isEmpty() || entry.collection.isEmpty())
        return QStringLiteral("outbox: an entry needs an operation and a collection");
    const CollectionSpec *spec = collection(entry.collection);
    if (!spec)
        return QStringLiteral("outbox: unknown collection \"%1\"").arg(entry.collection);
    // A done entry was sent directly (never pushed): one attempt, no blob to keep, updated when the server took it.
    const bool done = kind == Insert::Done;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "INSERT INTO outbox (operation, collection, object_id, parent_id, method, path, body, natural_key, action, "
        "blob, blob_name, content_type, attempts, last_error, state, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)"));
    const QString now = nowUtc();
    const QVariant noBlob(QMetaType::fromType<QByteArray>());
    query.bindValue(0, entry.operation);
    query.bindValue(1, entry.collection);
    query.bindValue(2, notNull(entry.objectId));
    query.bindValue(3, notNull(entry.parentId));
    query.bindValue(4, QString::fromLatin1(entry.method));
    query.bindValue(5, notNull(entry.path));
    query.bindValue(6, toJsonText(ObjectRepository::withoutSecrets(*spec, entry.body)));
    query.bindValue(7, notNull(entry.naturalKey));
    query.bindValue(8, notNull(entry.action));
    query.bindValue(9, done || entry.blob.isNull() ? noBlob : QVariant(entry.blob));
    query.bindValue(10, notNull(done ? QString() : entry.blobName));
    query.bindValue(11, notNull(done ? QString() : entry.contentType));
    query.bindValue(12, done ? 1 : 0);
    query.bindValue(13, done ? QStringLiteral("done") : QStringLiteral("pending"));
    query.bindValue(14, entry.createdAt.isEmpty() ? now : entry.createdAt);
    query.bindValue(15, done ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec()) {
        lastError = QStringLiteral("outbox: cannot %1 %2 %3/%4: %5")
                        .arg(done ? QStringLiteral("record") : QStringLiteral("enqueue"), entry.operation,
                            entry.collection, entry.objectId, query.lastError().text());
        qCWarning(lcStore).noquote() << lastError;
        return lastError;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

core::Result<qint64, QString> Outbox::enqueue(const OutboxEntry &entry)
{
    return insertEntry(m_db, entry, Insert::Pending, m_lastError);
}

core::Result<qint64, QString> Outbox::recordDone(const OutboxEntry &entry)
{
    return insertEntry(m_db, entry, Insert::Done, m_lastError);
}

QList<OutboxEntry> Outbox::pending(int limit) const
{
    QList<OutboxEntry> result;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?").arg(kColumns));
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "outbox: pending:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result << rowToEntry(query);
    return result;
}

QList<OutboxEntry> Outbox::failed() const
{
    QList<OutboxEntry> result;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'failed' ORDER BY seq").arg(kColumns))) {
        qCWarning(lcStore).noquote() << "outbox: failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result << rowToEntry(query);
    return result;
}

QList<OutboxEntry> Outbox::history(
    const QString &collection, const QStringList &objectIds, const QString &pathPrefix) const
{
    QList<OutboxEntry> result;
    QStringList conditions;
    QVariantList values { collection };
    if (!objectIds.isEmpty()) {
        conditions << QStringLiteral("object_id IN (%1)")
                          .arg(QStringList(objectIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &id : objectIds)
            values << id;
    }
    if (!pathPrefix.isEmpty()) {
        // A prefix match without LIKE wildcards (ids may contain '_').
        conditions << QStringLiteral("substr(path, 1, ?) = ?");
        values << int(pathPrefix.size()) << pathPrefix;
    }
    if (conditions.isEmpty())
        return result;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, updated_at FROM outbox WHERE collection = ? AND (%2) ORDER BY seq")
                      .arg(kColumns, conditions.join(QStringLiteral(" OR "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "outbox: history:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        OutboxEntry entry = rowToEntry(query);
        entry.updatedAt = query.value(17).toString();
        result << entry;
    }
    return result;
}

std::optional<OutboxEntry> Outbox::get(qint64 seq) const
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(kColumns));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowToEntry(query);
}

bool Outbox::hasUnpushed(const QString &collection, const QString &objectId) const
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT 1 FROM outbox WHERE collection = ? AND object_id = ? AND state IN ('pending', 'failed') LIMIT 1"));
    query.bindValue(0, collection);
    query.bindValue(1, objectId);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

bool Outbox::hasUnpushedAfter(qint64 seq, const QString &collection, const QString &objectId) const
{
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT 1 FROM outbox WHERE seq > ? AND collection = ? AND object_id = ? "
                                       "AND state IN ('pending', 'failed') LIMIT 1"));
    query.bindValue(0, seq);
    query.bindValue(1, collection);
    query.bindValue(2, objectId);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

bool Outbox::updateState(qint64 seq, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery &query = m_db.prepared(sql);
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    query.bindValue(index, seq);
    if (!query.exec()) {
        m_lastError
            = QStringLiteral("outbox: %1 %2: %3").arg(QLatin1String(what)).arg(seq).arg(query.lastError().text());
        qCWarning(lcStore).noquote() << m_lastError;
        return false;
    }
    if (query.numRowsAffected() == 0) {
        m_lastError = QStringLiteral("outbox: %1 %2: no such entry").arg(QLatin1String(what)).arg(seq);
        return false;
    }
    return true;
}

bool Outbox::markDone(qint64 seq)
{
    return updateState(seq,
        QStringLiteral("UPDATE outbox SET state = 'done', blob = NULL, updated_at = ? WHERE seq = ?"), { nowUtc() },
        "markDone");
}

bool Outbox::markFailed(qint64 seq, const QString &error, bool permanent)
{
    if (!permanent)
        return recordAttempt(seq, error);
    return updateState(seq,
        QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = COALESCE(?, ''), "
                       "updated_at = ? WHERE seq = ?"),
        { error, nowUtc() }, "markFailed");
}

bool Outbox::recordAttempt(qint64 seq, const QString &error)
{
    // A null QString binds as NULL: the attempt counted before a send passes no error, and last_error is
    // NOT NULL. Without the COALESCE that count was silently lost, and a create whose answer was lost
    // to a kill was sent again instead of being looked up (tests/integration/tst_sync_kill.cpp).
    return updateState(seq,
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = COALESCE(?, ''), updated_at = ? "
                       "WHERE seq = ?"),
        { error, nowUtc() }, "recordAttempt");
}

bool Outbox::retry(qint64 seq)
{
    return updateState(seq,
        QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, updated_at = ? "
                       "WHERE seq = ? AND state = 'failed'"),
        { nowUtc() }, "retry");
}

bool Outbox::discard(qint64 seq)
{
    return updateState(seq, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {}, "discard");
}

int Outbox::purgeDone()
{
    QSqlQuery query(m_db.db());
    if (!query.exec(QStringLiteral("DELETE FROM outbox WHERE state = 'done'")))
        return 0;
    return query.numRowsAffected();
}

int Outbox::rewriteId(const QString &localId, const QString &serverId)
{
    if (localId.isEmpty() || localId == serverId)
        return 0;
    CacheDatabase::Transaction transaction(m_db);
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    // A cheap pre-filter: the id occurs somewhere in the row as text.
    select.prepare(QStringLiteral("SELECT seq, object_id, parent_id, path, body FROM outbox "
                                  "WHERE state IN ('pending', 'failed') AND (object_id = ? OR parent_id = ? "
                                  "OR instr(path, ?) > 0 OR instr(body, ?) > 0) ORDER BY seq"));
    for (int i = 0; i < 4; ++i)
        select.addBindValue(localId);
    if (!select.exec()) {
        m_lastError = QStringLiteral("outbox: rewriteId: %1").arg(select.lastError().text());
        return 0;
    }
    struct Change
    {
        qint64 seq;
        QString objectId, parentId, path, body;
    };
    QList<Change> changes;
    while (select.next()) {
        Change change { select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
            select.value(3).toString(), {} };
        bool changed = false;
        if (change.objectId == localId) {
            change.objectId = serverId;
            changed = true;
        }
        if (change.parentId == localId) {
            change.parentId = serverId;
            changed = true;
        }
        const QString path = rewritePath(change.path, localId, serverId);
        changed = changed || path != change.path;
        change.path = path;
        const QJsonObject body = rewriteValue(objectFromText(select.value(4)), localId, serverId, changed).toObject();
        change.body = toJsonText(body);
        if (changed)
            changes << change;
    }
    select.finish();
    for (const Change &change : std::as_const(changes)) {
        QSqlQuery update(m_db.db());
        update.prepare(
            QStringLiteral("UPDATE outbox SET object_id = ?, parent_id = ?, path = ?, body = ?, updated_at = ? "
                           "WHERE seq = ?"));
        update.addBindValue(change.objectId);
        update.addBindValue(change.parentId);
        update.addBindValue(change.path);
        update.addBindValue(change.body);
        update.addBindValue(nowUtc());
        update.addBindValue(change.seq);
        if (!update.exec()) {
            m_lastError = QStringLiteral("outbox: rewriteId: %1").arg(update.lastError().text());
            return 0;
        }
    }
    if (!transaction.commit())
        return 0;
    return int(changes.size());
}

qint64 Outbox::size() const
{
    QSqlQuery query(m_db.db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed')"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Outbox::Counts Outbox::counts() const
{
    Counts counts;
    QSqlQuery query(m_db.db());
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE state IN ('pending', 'failed') "
                                   "GROUP BY state"))) {
        qCWarning(lcStore).noquote() << "outbox: counts:" << query.lastError().text();
        return counts;
    }
    while (query.next())
        (query.value(0).toString() == QLatin1String("pending") ? counts.pending : counts.refused)
            = query.value(1).toLongLong();
    return counts;
}

} // namespace cv::store
