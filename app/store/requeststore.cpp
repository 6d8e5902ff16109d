#include "app/store/requeststore.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace cv::store {

namespace {

struct Where
{
    QString sql;
    QVariantList bindings;
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        qWarning("RequestStore: %s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("RequestStore: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

const QString &col(RequestField field)
{
    return RequestStore::column(field);
}

Where compile(const RequestFilter &filter, bool withStatus)
{
    Where where;
    QStringList parts { u"deleted = 0"_s };
    auto inList = [&](RequestField field, const QStringList &values) {
        if (values.isEmpty())
            return;
        parts << u"%1 IN (%2)"_s.arg(col(field), placeholders(values.size()));
        for (const QString &value : values)
            where.bindings << value;
    };
    inList(RequestField::Type, filter.types);
    if (withStatus)
        inList(RequestField::Status, filter.statuses);
    inList(RequestField::Environment, filter.environments);
    const QString &assignee = col(RequestField::Assignee);
    if (filter.assignee == RequestFilter::unassigned()) {
        parts << u"(%1 IS NULL OR %1 = '')"_s.arg(assignee);
    } else if (!filter.assignee.isEmpty()) {
        parts << u"%1 = ?"_s.arg(assignee);
        where.bindings << filter.assignee;
    }
    if (!filter.productId.isEmpty()) {
        parts << u"product_id = ?"_s;
        where.bindings << filter.productId;
    }
    // created is ISO 8601 text in UTC, so dates compare as text.
    const QString &created = col(RequestField::Created);
    if (filter.createdFrom.isValid()) {
        parts << u"%1 >= ?"_s.arg(created);
        where.bindings << filter.createdFrom.toString(Qt::ISODate);
    }
    if (filter.createdTo.isValid()) {
        parts << u"%1 < ?"_s.arg(created);
        where.bindings << filter.createdTo.addDays(1).toString(Qt::ISODate);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        parts << u"(%1 LIKE ? ESCAPE '\\' OR %2 LIKE ? ESCAPE '\\' OR %3 LIKE ? ESCAPE '\\')"_s.arg(
            col(RequestField::Id), col(RequestField::Customer), col(RequestField::Product));
        const QString pattern = likePattern(search);
        where.bindings << pattern << pattern << pattern;
    }
    where.sql = parts.join(u" AND "_s);
    return where;
}

QString orderBy(RequestOrder order)
{
    const QString direction = order.ascending ? u"ASC"_s : u"DESC"_s;
    // rowid is the trailing key of every index, so "column, rowid" still walks the column's index.
    return u"%1 %2, rowid %2"_s.arg(col(order.field), direction);
}

Where countsQuery(const RequestFilter &filter)
{
    Where where = compile(filter, false);
    where.sql = u"SELECT status, COUNT(*) FROM requests WHERE %1 GROUP BY status"_s.arg(where.sql);
    return where;
}

Where pageQuery(const RequestFilter &filter, RequestOrder order, int offset, int limit)
{
    Where where = compile(filter, true);
    QStringList columns;
    for (int c = 0; c < RequestFieldCount; ++c)
        columns << col(RequestField(c));
    where.sql = u"SELECT %1, product_id, dirty FROM requests WHERE %2 ORDER BY %3 LIMIT %4 OFFSET %5"_s
                    .arg(columns.join(u", "_s), where.sql, orderBy(order))
                    .arg(limit)
                    .arg(offset);
    return where;
}

const QString kProducts = u"SELECT product_id, MAX(product_name) FROM requests WHERE deleted = 0 AND product_id IS NOT "
                          "NULL GROUP BY product_id ORDER BY 2"_s;
const QString kAssignees = u"SELECT DISTINCT assignee FROM requests WHERE deleted = 0 AND assignee <> '' ORDER BY 1"_s;

} // namespace

bool RequestRow::operator==(const RequestRow &other) const
{
    return std::equal(std::begin(values), std::end(values), std::begin(other.values)) && productId == other.productId
        && dirty == other.dirty;
}

RequestStore::RequestStore(CacheDatabase &db)
    : m_db(db)
{ }

const QString &RequestStore::column(RequestField field)
{
    // The names of the requests spec's indexed columns (collections.cpp), checked once against it.
    static const QString columns[RequestFieldCount] = { u"id"_s, u"type"_s, u"status"_s, u"product_name"_s,
        u"customer"_s, u"marketplace"_s, u"environment"_s, u"assignee"_s, u"created"_s, u"updated"_s };
    static const bool declared = [] {
        const CollectionSpec *spec = collection(u"requests"_s);
        for (int i = 1; i < RequestFieldCount; ++i) {
            const bool found = spec
                && std::any_of(spec->columns.cbegin(), spec->columns.cend(),
                    [&](const IndexedColumn &c) { return c.column == columns[i]; });
            if (!found)
                qFatal("RequestStore: column %s is not declared by the requests collection", qPrintable(columns[i]));
        }
        return true;
    }();
    Q_UNUSED(declared);
    return columns[int(field)];
}

QHash<QString, qint64> RequestStore::statusCounts(const RequestFilter &filter) const
{
    QHash<QString, qint64> counts;
    QSqlQuery query(m_db.db());
    const Where counted = countsQuery(filter);
    if (exec(query, counted.sql, counted.bindings)) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counts;
}

QList<RequestRow> RequestStore::rows(const RequestFilter &filter, RequestOrder order, int offset, int limit) const
{
    QList<RequestRow> rows;
    const Where page = pageQuery(filter, order, offset, limit);
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    rows.reserve(limit);
    if (exec(query, page.sql, page.bindings)) {
        while (query.next()) {
            RequestRow r;
            for (int c = 0; c < RequestFieldCount; ++c)
                r.values[c] = query.value(c).toString();
            r.productId = query.value(RequestFieldCount).toString();
            r.dirty = query.value(RequestFieldCount + 1).toInt() != 0;
            rows << r;
        }
    }
    return rows;
}

QList<QStringList> RequestStore::queryPlans(const RequestFilter &filter, RequestOrder order) const
{
    QList<QStringList> plans;
    for (const Where &where :
        { countsQuery(filter), pageQuery(filter, order, 0, 200), Where { kProducts, {} }, Where { kAssignees, {} } }) {
        QSqlQuery query(m_db.db());
        QStringList lines;
        if (exec(query, u"EXPLAIN QUERY PLAN "_s + where.sql, where.bindings)) {
            while (query.next())
                lines << query.value(3).toString();
        }
        plans << lines;
    }
    return plans;
}

int RequestStore::rowOf(const RequestFilter &filter, RequestOrder order, const QString &id) const
{
    if (id.isEmpty())
        return -1;
    const std::optional<SortKey> key = sortKeyOf(order.field, id);
    if (!key)
        return -1;
    // The row is the number of rows of the filter that come before it: those "after" it walking the other way.
    // One count over the sort column's index (no numbering of the whole set); -1 if the filter excludes it.
    Where where = compile(filter, true);
    QVariantList bindings = where.bindings;
    bindings << id;
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT EXISTS (SELECT 1 FROM requests WHERE %1 AND id = ?)"_s.arg(where.sql), bindings)
        || !query.next() || !query.value(0).toBool())
        return -1;
    where.sql += u" AND "_s + after(order.field, *key, !order.ascending, where.bindings);
    if (!exec(query, u"SELECT COUNT(*) FROM requests WHERE %1"_s.arg(where.sql), where.bindings) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString RequestStore::adjacent(
    const RequestFilter &filter, RequestOrder order, const QString &id, bool forward, const QString &status) const
{
    const std::optional<SortKey> key = sortKeyOf(order.field, id);
    if (!key)
        return {};
    const bool ascending = order.ascending == forward;
    Where where = compile(filter, true);
    if (!status.isEmpty()) {
        where.sql += u" AND status = ?"_s;
        where.bindings << status;
    }
    where.sql += u" AND "_s + after(order.field, *key, ascending, where.bindings);
    const QString walk = orderBy({ order.field, ascending });
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT id FROM requests WHERE %1 ORDER BY %2 LIMIT 1"_s.arg(where.sql, walk), where.bindings)
        || !query.next())
        return {};
    return query.value(0).toString();
}

std::optional<RequestStore::SortKey> RequestStore::sortKeyOf(RequestField field, const QString &id) const
{
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT %1, rowid FROM requests WHERE id = ?"_s.arg(col(field)), { id }) || !query.next())
        return std::nullopt;
    return SortKey { query.value(0), query.value(1).toLongLong() };
}

QString RequestStore::after(RequestField field, const SortKey &key, bool ascending, QVariantList &bindings)
{
    // "After" in the walking direction of `column, rowid`; SQLite sorts NULL first in ascending order.
    const QString &column = col(field);
    const QString rowidOp = ascending ? u">"_s : u"<"_s;
    if (key.value.isNull()) {
        bindings << key.rowid;
        return ascending ? u"((%1 IS NULL AND rowid > ?) OR %1 IS NOT NULL)"_s.arg(column)
                         : u"(%1 IS NULL AND rowid < ?)"_s.arg(column);
    }
    bindings << key.value << key.value << key.rowid;
    return u"(%1 %2 ? OR (%1 = ? AND rowid %2 ?)%3)"_s.arg(
        column, rowidOp, ascending ? QString() : u" OR %1 IS NULL"_s.arg(column));
}

QList<CachedObject> RequestStore::requestsOfAsset(const QString &assetId, int limit) const
{
    ObjectQuery query = ObjectQuery().where(u"asset_id"_s, assetId).sortBy(u"created"_s, Qt::DescendingOrder);
    query.limit = limit;
    return ObjectRepository(m_db).list(u"requests"_s, QString(), query);
}

QList<QPair<QString, QString>> RequestStore::products() const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery query(m_db.db());
    if (exec(query, kProducts, {})) {
        while (query.next())
            list.append({ query.value(0).toString(), query.value(1).toString() });
    }
    return list;
}

QStringList RequestStore::assignees() const
{
    QStringList names;
    QSqlQuery query(m_db.db());
    if (exec(query, kAssignees, {})) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

} // namespace cv::store
