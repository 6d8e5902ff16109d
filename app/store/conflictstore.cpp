#include "app/store/conflictstore.h"

#include "app/store/cachedatabase.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::store {

namespace {

// A value is stored as a one-element JSON array (so scalars and null survive); SQL NULL = undefined.
QVariant encode(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(stored.toString().toUtf8()).array().at(0);
}

} // namespace

ConflictStore::ConflictStore(CacheDatabase &db)
    : m_db(db)
{ }

qint64 ConflictStore::add(const Conflict &conflict)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("INSERT INTO conflicts (collection, object_id, field, base, mine, theirs, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conflict.collection);
    query.addBindValue(conflict.objectId);
    query.addBindValue(detail::notNull(conflict.field));
    query.addBindValue(encode(conflict.base));
    query.addBindValue(encode(conflict.mine));
    query.addBindValue(encode(conflict.theirs));
    query.addBindValue(conflict.createdAt.isEmpty() ? detail::nowUtc() : conflict.createdAt);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "conflicts: add:" << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

QList<Conflict> ConflictStore::select(const QString &where, const QVariantList &bindings) const
{
    QList<Conflict> result;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, collection, object_id, field, base, mine, theirs, created_at "
                                 "FROM conflicts WHERE %1 ORDER BY id")
                      .arg(where));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "conflicts: list:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        Conflict conflict;
        conflict.id = query.value(0).toLongLong();
        conflict.collection = query.value(1).toString();
        conflict.objectId = query.value(2).toString();
        conflict.field = query.value(3).toString();
        conflict.base = decode(query.value(4));
        conflict.mine = decode(query.value(5));
        conflict.theirs = decode(query.value(6));
        conflict.createdAt = query.value(7).toString();
        result << conflict;
    }
    return result;
}

QList<Conflict> ConflictStore::open() const
{
    return select(QStringLiteral("1"), {});
}

int ConflictStore::count() const
{
    QSqlQuery query(m_db.db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM conflicts")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool ConflictStore::resolve(qint64 id)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() > 0;
}

QList<Conflict> ConflictStore::forObject(const QString &collection, const QString &id) const
{
    return select(QStringLiteral("collection = ? AND object_id = ?"), { collection, id });
}

int ConflictStore::clearObject(const QString &collection, const QString &id)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM conflicts WHERE collection = ? AND object_id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    return query.exec() ? query.numRowsAffected() : -1;
}

} // namespace cv::store
