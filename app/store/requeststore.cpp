#include "app/store/requeststore.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace cv::store {

namespace {

/// Numbers the stores of this process: each has its own temporary table of search hits.
QAtomicInteger<quint64> s_stores;

constexpr qsizetype kTrigram = 3; // the shortest text the FTS5 trigram index can look up

using Where = RequestStore::Query;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

/// `text` as one FTS5 phrase: quoted, so no FTS syntax in it is interpreted.
QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + phrase + u"\""_s;
}

/// Every way of writing `text` in lower and upper case ("ab": ab, aB, Ab, AB); for texts of a few characters.
QStringList caseVariants(const QString &text)
{
    QStringList variants { QString() };
    for (const QChar c : text) {
        QStringList next;
        for (const QString &prefix : std::as_const(variants)) {
            next << prefix + c.toLower();
            if (c.toUpper() != c.toLower())
                next << prefix + c.toUpper();
        }
        variants = next;
    }
    return variants;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        // An index named by INDEXED BY may be missing for a while (a first load may build indexes after the
        // rows): the same query without the hints is slower but right.
        static const QRegularExpression hint(u" INDEXED BY \\w+"_s);
        if (!sql.contains(hint) || !query.prepare(QString(sql).remove(hint))) {
            qWarning("RequestStore: %s", qPrintable(query.lastError().text()));
            return false;
        }
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

/// For a search too short for the trigram index (and a character or two is in almost every id): the rowids of
/// the requests whose id, customer or product name starts with `search`, any case, as one SELECT. One range of
/// each column's index per way of writing the text (at most 4), never a pass over the rows. Appends bindings.
QString prefixRanges(const QString &search, QVariantList &bindings)
{
    QStringList ranges;
    for (const QString &variant : caseVariants(search)) {
        QString end = variant;
        end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
        for (RequestField field : { RequestField::Id, RequestField::Customer, RequestField::Product }) {
            ranges << u"SELECT rowid FROM requests INDEXED BY requests_live_%1 WHERE deleted = 0 AND %1 >= ? "
                      "AND %1 < ?"_s.arg(col(field));
            bindings << variant << end;
        }
    }
    return ranges.join(u" UNION ALL "_s);
}

/// What a filter is compiled against: the requests rows, or the requests_counts table (live groups: n > 0;
/// no NULLs there, '' stands for them).
enum class Target { Rows, Counts };

/// `hits`: the temporary table holding the rowids the filter's search matches (RequestStore::matchSearch), or ""
/// to look them up in the FTS index within the statement.
Where compile(const RequestFilter &filter, bool withStatus, Target target = Target::Rows, const QString &hits = {})
{
    Where where;
    QStringList parts { target == Target::Rows ? u"deleted = 0"_s : u"n > 0"_s };
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
        parts << (target == Target::Rows ? u"(%1 IS NULL OR %1 = '')"_s : u"%1 = ''"_s).arg(assignee);
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
    if (search.size() >= kTrigram) {
        // The FTS5 trigram index (schema v4): any part of 3 characters or more of the id, customer or product
        // name, case-insensitive, as one quoted phrase (so no FTS syntax in the text is interpreted).
        if (!hits.isEmpty()) {
            parts << u"rowid IN (SELECT rowid FROM temp.%1)"_s.arg(hits);
        } else {
            parts << u"rowid IN (SELECT rowid FROM requests_search WHERE requests_search MATCH ?)"_s;
            where.bindings << ftsPhrase(search);
        }
    } else if (!search.isEmpty()) {
        parts << u"rowid IN (%1)"_s.arg(prefixRanges(search, where.bindings));
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

/// True when requests_counts can answer the counts of `filter`: it keeps every column but dates and text.
bool countsKept(const RequestFilter &filter)
{
    return !filter.createdFrom.isValid() && !filter.createdTo.isValid() && filter.search.trimmed().isEmpty();
}

/// `fewMatches`: the search matches few rows (the FTS index says), so they are counted one by one rather than
/// over a whole index.
Where countsQuery(const RequestFilter &filter, bool fewMatches, const QString &hits)
{
    if (countsKept(filter)) {
        // requests_counts (kept by triggers, schema v4) holds one row per (status, type, environment, product,
        // assignee) with NULL stored as '': a few hundred rows to add up instead of 100,000 to count.
        Where where = compile(filter, false, Target::Counts);
        where.sql = u"SELECT status, SUM(n) FROM requests_counts WHERE %1 GROUP BY status"_s.arg(where.sql);
        return where;
    }
    Where where = compile(filter, false, Target::Rows, hits);
    // Counted over an index that holds the status (no row read): a created range over (created, status); a
    // search's matches over the status index, one pass over it at most however many rows match.
    const bool dates = filter.createdFrom.isValid() || filter.createdTo.isValid();
    if (!dates && fewMatches) {
        where.sql = u"SELECT status, COUNT(*) FROM requests WHERE %1 GROUP BY status"_s.arg(where.sql);
        return where;
    }
    where.sql = u"SELECT status, COUNT(*) FROM requests INDEXED BY %1 WHERE %2 GROUP BY status"_s.arg(
        dates ? u"requests_live_created_status"_s : u"requests_live_status"_s, where.sql);
    return where;
}

Where pageQuery(const RequestFilter &filter, RequestOrder order, int offset, int limit,
    const RequestStore::PagePlan &plan, const QString &hits)
{
    Where where = compile(filter, true, Target::Rows, hits);
    QStringList columns;
    for (int c = 0; c < RequestFieldCount; ++c)
        columns << col(RequestField(c));
    const QString source = plan.index.isEmpty() ? u"requests"_s : u"requests INDEXED BY %1"_s.arg(plan.index);
    QString sort = orderBy(order);
    if (plan.sortMatches) // '+' keeps the sort column's indexes out of the plan: the filter's index finds the rows
        sort = u"+"_s + sort.replace(u", rowid"_s, u", +rowid"_s);
    where.sql = u"SELECT %1, product_id, dirty FROM %2 WHERE %3 ORDER BY %4 LIMIT %5 OFFSET %6"_s
                    .arg(columns.join(u", "_s), source, where.sql, sort)
                    .arg(limit)
                    .arg(offset);
    return where;
}

const QString kProducts = u"SELECT product_id, MAX(product_name) FROM requests_counts WHERE n > 0 AND product_id <> '' "
                          "GROUP BY product_id ORDER BY 2"_s;
const QString kAssignees = u"SELECT DISTINCT assignee FROM requests_counts WHERE n > 0 AND assignee <> '' ORDER BY 1"_s;

} // namespace

bool RequestRow::operator==(const RequestRow &other) const
{
    return std::equal(std::begin(values), std::end(values), std::begin(other.values)) && productId == other.productId
        && dirty == other.dirty;
}

RequestStore::RequestStore(CacheDatabase &db)
    : m_db(db)
    , m_hitsTable(u"requests_hits_%1"_s.arg(s_stores.fetchAndAddRelaxed(1)))
{ }

RequestStore::~RequestStore()
{
    if (m_hitsMade)
        m_db.exec(u"DROP TABLE IF EXISTS temp.%1"_s.arg(m_hitsTable));
}

std::optional<QPair<qint64, qint64>> RequestStore::cacheState() const
{
    // A commit of another connection moves data_version, one of this connection total_changes().
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT (SELECT data_version FROM pragma_data_version), total_changes()"_s, {}) || !query.next())
        return std::nullopt;
    return QPair<qint64, qint64> { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

bool RequestStore::searchFiltersNothing(const QString &search) const
{
    if (search.size() < kTrigram)
        return false; // 1-2 characters match the start of a field, not any part
    const auto state = cacheState();
    if (!state)
        return false;
    if (search == m_coverSearch && state->first == m_coverDataVersion && state->second == m_coverChanges)
        return m_coversAll;
    // The FTS5 trigram index matches any part, case folded: so does QString::contains without case.
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT product_name, SUM(n) FROM requests_counts WHERE n > 0 GROUP BY product_name"_s, {}))
        return false;
    qint64 live = 0;
    qint64 named = 0;
    while (query.next()) {
        const qint64 n = query.value(1).toLongLong();
        live += n;
        if (query.value(0).toString().contains(search, Qt::CaseInsensitive))
            named += n;
    }
    m_coverSearch = search;
    m_coverDataVersion = state->first;
    m_coverChanges = state->second;
    m_coversAll = live > 0 && named == live;
    return m_coversAll;
}

RequestFilter RequestStore::effective(const RequestFilter &filter) const
{
    if (filter.search.isEmpty() || !searchFiltersNothing(filter.search.trimmed()))
        return filter;
    RequestFilter all = filter;
    all.search.clear();
    return all;
}

qint64 RequestStore::matchSearch(const QString &search) const
{
    // The cache changed since the hits were found.
    const auto state = cacheState();
    if (!state)
        return -1;
    const qint64 dataVersion = state->first;
    const qint64 changes = state->second;
    QSqlQuery query(m_db.db());
    if (m_hitsMade && search == m_hitsSearch && dataVersion == m_hitsDataVersion && changes == m_hitsChanges)
        return m_hitCount;
    m_hitsSearch.clear();
    if (!m_hitsMade) {
        if (!exec(query, u"CREATE TEMP TABLE IF NOT EXISTS %1 (rowid INTEGER PRIMARY KEY)"_s.arg(m_hitsTable), {}))
            return -1;
        m_hitsMade = true;
    }
    if (!exec(query, u"DELETE FROM temp.%1"_s.arg(m_hitsTable), {})
        || !exec(query,
            u"INSERT INTO temp.%1 (rowid) SELECT rowid FROM requests_search WHERE requests_search MATCH ?"_s.arg(
                m_hitsTable),
            { ftsPhrase(search) }))
        return -1;
    m_hitCount = query.numRowsAffected();
    if (!exec(query, u"SELECT total_changes()"_s, {}) || !query.next())
        return -1;
    m_hitsChanges = query.value(0).toLongLong();
    m_hitsDataVersion = dataVersion;
    m_hitsSearch = search;
    return m_hitCount;
}

QString RequestStore::hitsFor(const RequestFilter &filter) const
{
    const QString search = filter.search.trimmed();
    if (search.size() < kTrigram)
        return {};
    return matchSearch(search) >= 0 ? m_hitsTable : QString();
}

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

QHash<QString, qint64> RequestStore::statusCounts(const RequestFilter &requested) const
{
    const RequestFilter filter = effective(requested);
    QHash<QString, qint64> counts;
    QSqlQuery query(m_db.db());
    const Where counted = countsQuery(filter, searchMatchesFew(filter), hitsFor(filter));
    if (exec(query, counted.sql, counted.bindings)) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counts;
}

bool RequestStore::searchMatchesFew(const RequestFilter &requested) const
{
    const RequestFilter filter = effective(requested);
    // Reading each match's row costs about 10 times an index entry: below a tenth of the rows, read the rows.
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return false;
    const qint64 live = liveCount({});
    if (search.size() < kTrigram) {
        // Counted in the prefix ranges' indexes, stopping at a tenth of the rows: a character no id, customer or
        // product starts with then costs nothing, where counting by status walked the whole status index
        // (24 ms for no match at 300,000 requests).
        QVariantList bindings;
        QSqlQuery query(m_db.db());
        if (!exec(query, u"SELECT COUNT(*) FROM (%1 LIMIT %2)"_s.arg(prefixRanges(search, bindings)).arg(live / 10 + 1),
                bindings)
            || !query.next())
            return false;
        return query.value(0).toLongLong() * 10 < live;
    }
    const qint64 matches = matchSearch(search);
    return matches >= 0 && matches * 10 < live;
}

qint64 RequestStore::liveCount(const RequestFilter &requested) const
{
    const RequestFilter filter = effective(requested);
    if (!countsKept(filter))
        return -1;
    const Where counted = compile(filter, true, Target::Counts);
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT coalesce(SUM(n), 0) FROM requests_counts WHERE %1"_s.arg(counted.sql), counted.bindings)
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

RequestStore::PagePlan RequestStore::planPage(
    const RequestFilter &requested, RequestOrder order, qint64 matching, int offset, int limit) const
{
    const RequestFilter filter = effective(requested);
    // Without ANALYZE statistics SQLite takes any equality for selective (it sorted 64,000 rows for "type =
    // purchase"); the counts table gives the real sizes, so the store picks the cheapest way to the page:
    // - walk an index in the list's order, testing each row against the filter: about (offset + limit) * (rows
    //   in that index range) / matching rows read. The sort column's index, or in the default order the
    //   (column, updated) index of one of the filter's values;
    // - or find the matching rows through the filter's index and sort them: `matching` rows read.
    if (matching < 0)
        matching = liveCount(filter);
    const qint64 total = liveCount({});
    if (matching < 0 || total <= 0)
        return {};
    if (matching == 0)
        return { QString(), true };
    const double wanted = double(offset + limit);
    PagePlan best { u"requests_live_"_s + col(order.field), false };
    double cost = wanted * double(total) / double(matching);
    if (order.field == RequestField::Updated) {
        auto consider = [&](const char *column, const RequestFilter &only) {
            const qint64 range = liveCount(only);
            const double walked = wanted * double(range) / double(matching);
            if (range >= 0 && walked < cost) {
                cost = walked;
                best = { u"requests_live_%1_updated"_s.arg(QLatin1String(column)), false };
            }
        };
        RequestFilter only;
        if (filter.statuses.size() == 1) {
            only.statuses = filter.statuses;
            consider("status", only);
        }
        if (filter.types.size() == 1) {
            only = {};
            only.types = filter.types;
            consider("type", only);
        }
        if (filter.environments.size() == 1) {
            only = {};
            only.environments = filter.environments;
            consider("environment", only);
        }
        if (!filter.productId.isEmpty()) {
            only = {};
            only.productId = filter.productId;
            consider("product_id", only);
        }
        if (!filter.assignee.isEmpty() && filter.assignee != RequestFilter::unassigned()) {
            only = {};
            only.assignee = filter.assignee;
            consider("assignee", only);
        }
    }
    if (double(matching) < cost)
        return { QString(), true };
    return best;
}

QList<RequestRow> RequestStore::rows(
    const RequestFilter &requested, RequestOrder order, int offset, int limit, qint64 matching) const
{
    const RequestFilter filter = effective(requested);
    QList<RequestRow> rows;
    const Where page
        = pageQuery(filter, order, offset, limit, planPage(filter, order, matching, offset, limit), hitsFor(filter));
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

QList<QStringList> RequestStore::queryPlans(const RequestFilter &requested, RequestOrder order) const
{
    const RequestFilter filter = effective(requested);
    // rowOf and adjacent, built as they are for a request in the middle of the list (any key will do for a plan).
    const SortKey key { QVariant(u"m"_s), 1 };
    const QString hits = hitsFor(filter);
    Where position = rowOfQuery(filter, order, key, hits);
    Where next = adjacentQuery(filter, order, key, true, u"pending"_s, hits);
    // The page as rows() reads it, with the filter's real size.
    qint64 matching = 0;
    const QHash<QString, qint64> counts = statusCounts(filter);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (filter.statuses.isEmpty() || filter.statuses.contains(it.key()))
            matching += it.value();
    }
    const Where page = pageQuery(filter, order, 0, 200, planPage(filter, order, matching, 0, 200), hits);
    QList<QStringList> plans;
    for (const Where &where : { countsQuery(filter, searchMatchesFew(filter), hits), page, Where { kProducts, {} },
             Where { kAssignees, {} }, position, next }) {
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

int RequestStore::rowOf(const RequestFilter &requested, RequestOrder order, const QString &id) const
{
    const RequestFilter filter = effective(requested);
    if (id.isEmpty())
        return -1;
    const std::optional<SortKey> key = sortKeyOf(order.field, id);
    if (!key)
        return -1;
    // The row is the number of rows of the filter that come before it: one count over the sort column's index
    // (no numbering of the whole set); -1 if the filter excludes it.
    const QString hits = hitsFor(filter);
    const Where where = compile(filter, true, Target::Rows, hits);
    QVariantList bindings = where.bindings;
    bindings << id;
    QSqlQuery query(m_db.db());
    if (!exec(query, u"SELECT EXISTS (SELECT 1 FROM requests WHERE %1 AND id = ?)"_s.arg(where.sql), bindings)
        || !query.next() || !query.value(0).toBool())
        return -1;
    const Where before = rowOfQuery(filter, order, *key, hits);
    if (!exec(query, before.sql, before.bindings) || !query.next())
        return -1;
    return query.value(0).toInt();
}

RequestStore::Query RequestStore::rowOfQuery(
    const RequestFilter &filter, RequestOrder order, const SortKey &key, const QString &hits)
{
    // The rows of the filter that come before `key`: those "after" it walking the other way.
    Where where = compile(filter, true, Target::Rows, hits);
    where.sql += u" AND "_s + after(order.field, key, !order.ascending, where.bindings);
    return { u"SELECT COUNT(*) FROM requests WHERE %1"_s.arg(where.sql), where.bindings };
}

RequestStore::Query RequestStore::adjacentQuery(const RequestFilter &filter, RequestOrder order, const SortKey &key,
    bool forward, const QString &status, const QString &hits)
{
    const bool ascending = order.ascending == forward;
    Where where = compile(filter, true, Target::Rows, hits);
    if (!status.isEmpty()) {
        where.sql += u" AND status = ?"_s;
        where.bindings << status;
    }
    where.sql += u" AND "_s + after(order.field, key, ascending, where.bindings);
    const QString walk = orderBy({ order.field, ascending });
    return { u"SELECT id FROM requests WHERE %1 ORDER BY %2 LIMIT 1"_s.arg(where.sql, walk), where.bindings };
}

QString RequestStore::adjacent(
    const RequestFilter &requested, RequestOrder order, const QString &id, bool forward, const QString &status) const
{
    const RequestFilter filter = effective(requested);
    const std::optional<SortKey> key = sortKeyOf(order.field, id);
    if (!key)
        return {};
    const Where next = adjacentQuery(filter, order, *key, forward, status, hitsFor(filter));
    QSqlQuery query(m_db.db());
    if (!exec(query, next.sql, next.bindings) || !query.next())
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
