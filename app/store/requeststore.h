#pragma once

#include "app/store/objectrepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cv::store {

class CacheDatabase;

/// What the Fulfillment table shows, as a typed value: the store compiles it to SQL (like qBittorrent's
/// base/torrentfilter.h), so no caller writes SQL. Empty lists and strings mean "any".
struct RequestFilter
{
    QStringList types, statuses, environments;
    QString assignee; ///< assignee name; unassigned() for requests without one
    QString productId;
    QDate createdFrom, createdTo; ///< inclusive, UTC dates
    QString search; ///< part of the id, customer name or product name

    bool operator==(const RequestFilter &other) const = default;
    /// The assignee value meaning "no assignee".
    static QString unassigned() { return QStringLiteral("\x01unassigned"); }
};

/// The fields a request list shows and sorts by, in column order.
enum class RequestField { Id, Type, Status, Product, Customer, Marketplace, Environment, Assignee, Created, Updated };
inline constexpr int RequestFieldCount = int(RequestField::Updated) + 1;

struct RequestOrder
{
    RequestField field = RequestField::Updated;
    bool ascending = false;

    bool operator==(const RequestOrder &other) const = default;
};

/// One light row of the requests list (no JSON is parsed).
struct RequestRow
{
    QString values[RequestFieldCount]; ///< raw values by RequestField
    QString productId;
    bool dirty = false;

    bool operator==(const RequestRow &other) const;
};

/// Read-only queries over the cached `requests` table, filtered, counted, sorted and paged by SQLite on the
/// indexed columns declared by the collection spec (collections.cpp). Runs on the CacheDatabase's connection;
/// SQL errors are logged and give empty results (a list never shows half an answer as a whole one).
class RequestStore final
{
public:
    /// One SQL statement and its bindings.
    struct Query
    {
        QString sql;
        QVariantList bindings;
    };

    /// How a page is read: an index forced (INDEXED BY; "" = SQLite's choice), and whether the matches are
    /// sorted (the sort column's indexes kept out of the plan).
    struct PagePlan
    {
        QString index;
        bool sortMatches = false;
    };

    explicit RequestStore(CacheDatabase &db);
    ~RequestStore();
    Q_DISABLE_COPY_MOVE(RequestStore)

    /// Requests per status for `filter` without its status part (one GROUP BY query).
    QHash<QString, qint64> statusCounts(const RequestFilter &filter) const;
    /// Rows [offset, offset + limit) of `filter` in `order` (ties broken by rowid, so paging is stable).
    /// `matching` is the filter's row count when the caller knows it (-1: the store reads it from the counts
    /// table when it can): it decides between walking the sort column's index and sorting the matches.
    QList<RequestRow> rows(
        const RequestFilter &filter, RequestOrder order, int offset, int limit, qint64 matching = -1) const;
    /// The cheapest way to a page, from the filter's real size (`matching`; -1: read from the counts table).
    PagePlan planPage(const RequestFilter &filter, RequestOrder order, qint64 matching, int offset, int limit) const;
    /// True when the filter's search matches under a tenth of the requests (for 1-2 characters: the prefix ranges).
    bool searchMatchesFew(const RequestFilter &filter) const;
    /// Live requests matching `filter` from the counts table, or -1 when it does not keep what the filter
    /// tests (created dates, search).
    qint64 liveCount(const RequestFilter &filter) const;
    /// The position of `id` in `filter` and `order`, or -1.
    int rowOf(const RequestFilter &filter, RequestOrder order, const QString &id) const;
    /// The request after (or before) `id` in `filter` and `order` whose status is `status` ("" = any); "" if none.
    QString adjacent(
        const RequestFilter &filter, RequestOrder order, const QString &id, bool forward, const QString &status) const;
    /// Products seen in the requests: (id, name), by name.
    QList<QPair<QString, QString>> products() const;
    /// Assignee names seen in the requests, sorted.
    QStringList assignees() const;

    /// The cached requests of asset `assetId` (tombstones hidden), newest first, at most `limit`.
    QList<CachedObject> requestsOfAsset(const QString &assetId, int limit = 200) const;

    /// SQLite's plan (EXPLAIN QUERY PLAN detail lines) of each query a list with `filter` and `order` runs:
    /// the counts, a page, the products, the assignees, rowOf's count and adjacent's lookup. For tests and
    /// benchmarks: every line should name an index, none a full scan of the requests.
    QList<QStringList> queryPlans(const RequestFilter &filter, RequestOrder order) const;

    /// The SQL column of `field`, as declared in the requests collection spec.
    static const QString &column(RequestField field);

private:
    /// Where one request sorts: its value in the sort column and its rowid (the tie-breaker of every order).
    struct SortKey
    {
        QVariant value;
        qint64 rowid = 0;
    };
    std::optional<SortKey> sortKeyOf(RequestField field, const QString &id) const;
    static Query rowOfQuery(const RequestFilter &filter, RequestOrder order, const SortKey &key, const QString &hits);
    static Query adjacentQuery(const RequestFilter &filter, RequestOrder order, const SortKey &key, bool forward,
        const QString &status, const QString &hits);
    /// The rows a search (3 characters or more) matches, found once in the FTS index and kept in this store's
    /// temporary table until the search or the cache changes: the counts, each page, rowOf and adjacent read
    /// them there instead of evaluating the FTS query again (a search matching every one of 100,000 requests
    /// ran it three times). Returns how many rows match (tombstones included), -1 on an error.
    qint64 matchSearch(const QString &search) const;
    /// The temporary table holding the matches of the filter's search, "" when it has none (or on an error:
    /// the queries then look in the FTS index themselves).
    QString hitsFor(const RequestFilter &filter) const;
    /// True when `search` (3 characters or more) is part of the product name of every live request: it then
    /// matches every row, and a list with it is the list without it. Told from requests_counts (a row per
    /// product name and the other kept columns), so searching the name of a vendor's only product costs what no
    /// search costs instead of walking the FTS lists of every request (100 ms and more at 300,000 requests).
    bool searchFiltersNothing(const QString &search) const;
    /// `filter` without a search that filters nothing: what every public query runs.
    RequestFilter effective(const RequestFilter &filter) const;
    /// (data_version, total_changes()) of this connection: moves with every commit, here or elsewhere.
    std::optional<QPair<qint64, qint64>> cacheState() const;
    /// The condition "comes after `key` walking `field, rowid` in this direction"; appends its bindings.
    static QString after(RequestField field, const SortKey &key, bool ascending, QVariantList &bindings);

    CacheDatabase &m_db;
    const QString m_hitsTable; ///< temp.requests_hits_<n>, one per store
    mutable bool m_hitsMade = false;
    mutable QString m_hitsSearch; ///< the search whose matches m_hitsTable holds; "" = none
    mutable qint64 m_hitsDataVersion = -1;
    mutable qint64 m_hitsChanges = -1;
    mutable qint64 m_hitCount = -1;
    // Whether a search names the product of every live request (searchFiltersNothing), for one cache state.
    mutable QString m_coverSearch;
    mutable qint64 m_coverDataVersion = -1;
    mutable qint64 m_coverChanges = -1;
    mutable bool m_coversAll = false;
};

} // namespace cv::store
