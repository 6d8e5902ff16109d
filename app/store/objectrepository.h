#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <qnamespace.h>

#include <functional>
#include <optional>

namespace cv::store {

class CacheDatabase;
struct CollectionSpec;

/// One row of a collection table.
struct CachedObject
{
    QString collection, id, parentId;
    QJsonObject json; ///< the object as shown: server JSON with local edits applied
    std::optional<QJsonObject> base; ///< last synced server version; nullopt for local creations
    bool dirty = false; ///< has local edits not yet confirmed by the server
    bool deleted = false; ///< deleted locally, the delete not yet pushed (a tombstone)
};

/// A typed filter/sort/page over one collection table, compiled to SQL inside the store (no caller writes SQL).
/// Column names are the collection's own: the fixed ones (id, parent_id, dirty, deleted, synced_at) and the
/// IndexedColumns of its CollectionSpec (the one declaration of a collection's columns); the repository refuses
/// any other name with an error naming the column and the collection. Values are always bound, never spliced.
struct ObjectQuery
{
    /// `column` equals one of `anyOf` (one value: "=", several: "IN").
    struct Match
    {
        QString column;
        QVariantList anyOf;
    };
    /// Sort key; a text column may compare case-insensitively (names as a vendor reads them).
    struct SortKey
    {
        QString column;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool ignoreCase = false;
    };

    /// `column` >= `from` and < `until` (a null bound is open): date ranges over ISO-8601 text columns.
    struct Range
    {
        QString column;
        QVariant from, until;
    };

    QList<Match> matches; ///< all must hold
    QList<Range> ranges; ///< all must hold
    QString containsText; ///< "" = no text filter; else one of `textColumns` contains it (case-insensitive)
    QStringList textColumns;
    QList<SortKey> sortKeys; ///< empty = insertion order (rowid)
    int limit = -1; ///< -1 = no limit
    int offset = 0;
    bool includeDeleted = false; ///< tombstones (deleted = 1) are hidden unless set

    ObjectQuery &where(const QString &column, const QVariant &value)
    {
        matches.append({ column, { value } });
        return *this;
    }
    ObjectQuery &whereAnyOf(const QString &column, const QVariantList &values)
    {
        matches.append({ column, values });
        return *this;
    }
    ObjectQuery &within(const QString &column, const QVariant &from, const QVariant &until)
    {
        ranges.append({ column, from, until });
        return *this;
    }
    /// Rows with local edits not yet confirmed by the server.
    ObjectQuery &onlyDirty() { return where(QStringLiteral("dirty"), 1); }
    ObjectQuery &containing(const QString &text, const QStringList &columns)
    {
        containsText = text;
        textColumns = columns;
        return *this;
    }
    ObjectQuery &sortBy(const QString &column, Qt::SortOrder order = Qt::AscendingOrder, bool ignoreCase = false)
    {
        sortKeys.append({ column, order, ignoreCase });
        return *this;
    }
    ObjectQuery &withDeleted()
    {
        includeDeleted = true;
        return *this;
    }
};

/// Reads and writes cached objects. Every method runs against the CacheDatabase's connection, so call it
/// from that thread, and inside a CacheDatabase transaction when several writes must be atomic.
///
/// Invariants kept here:
/// - putServer: json = server, base_json = NULL (a clean row's base is its json: no second copy), dirty = 0,
///   deleted = 0. putLocal: json replaced, dirty = 1; the first edit of a clean row moves its json to base_json
///   (NULL stays for an object created locally). get()/list() give a clean row's json as its base.
/// - A collection's secretFields (tokens: "token", "renewed_token") and, in every collection and at any
///   depth, fields named jwt_secret, secret, client_secret, api_key or renewed_token never reach the file,
///   in json or base_json, whatever the write method.
/// - Objects are keyed by their JSON "id"; an object without an id is refused.
/// - Unknown collection names are refused (they are also the table names, so no SQL is built from them).
class ObjectRepository final
{
public:
    using Query = ObjectQuery;

    explicit ObjectRepository(CacheDatabase &db);

    std::optional<CachedObject> get(const QString &collection, const QString &id) const;

    /// Stores the server's version. Only call when the object has no local edits (the sync engine merges
    /// first); it overwrites json and clears dirty/deleted.
    bool putServer(const QString &collection, const QString &parentId, const QJsonObject &server);
    /// Stores a local edit (or a local creation, with base NULL): json updated, dirty = 1, base unchanged.
    bool putLocal(const QString &collection, const QString &parentId, const QJsonObject &json);
    /// Replaces base_json only (after a merge, the server version the local edits now apply to).
    bool setBase(const QString &collection, const QString &id, const QJsonObject &base);
    /// Clears dirty (the server confirmed the local edits).
    bool markClean(const QString &collection, const QString &id);
    /// Marks a local delete: deleted = 1, dirty = 1; the row stays until the delete is pushed.
    bool markDeleted(const QString &collection, const QString &id);
    /// Removes the row for good (deleted on the server, or its delete was pushed).
    bool remove(const QString &collection, const QString &id);
    /// A local creation got its server id: the row is renamed and takes json = base = serverJson, clean.
    /// Rows of sub-collections whose parent_id was oldId, and pull cursors under oldId, follow. A row that
    /// already holds newId (a pull raced the push) is replaced. If later local edits are still queued for
    /// the object, re-apply them with putLocal afterwards. Returns false if oldId is unknown.
    bool replaceId(
        const QString &collection, const QString &oldId, const QString &newId, const QJsonObject &serverJson);

    /// Rows matching `query`, filtered, ordered and paged by SQLite. A null `parentId` means any parent;
    /// an empty non-null one means top-level rows only.
    QList<CachedObject> list(const QString &collection, const QString &parentId, const Query &query = {}) const;
    /// Streams the rows matching `query` one at a time, without keeping them (reports over 100,000 objects):
    /// `visit(id, json)` is called per row until it returns false. Returns the rows visited, -1 on an error.
    qint64 forEach(const QString &collection, const Query &query,
        const std::function<bool(const QString &id, const QJsonObject &json)> &visit) const;
    /// Streams only some of the collection's columns (no JSON parsed): `visit(values)` gets one value per
    /// name of `columns`, in that order. Returns the rows visited, -1 on an error or an unknown column.
    qint64 forEachValues(const QString &collection, const Query &query, const QStringList &columns,
        const std::function<bool(const QVariantList &values)> &visit) const;
    /// Rows matching `query` (its limit/offset ignored); -1 on an SQL error (see lastError()).
    qint64 count(const QString &collection, const QString &parentId = {}, const Query &query = {}) const;
    /// Every id in the collection (tombstones included), in insertion order; null parentId = any parent.
    QStringList ids(const QString &collection, const QString &parentId = {}) const;
    /// The ids of the rows matching `query`, in its order (no JSON read): e.g. the pending requests, for the
    /// tray to tell new ones after a sync.
    QStringList ids(const QString &collection, const QString &parentId, const Query &query) const;
    /// Rows whose JSON has `field` (a plain top-level key such as "_generated") set to true, tombstones
    /// included; any parent. For marks the app itself puts on objects, which no index covers.
    QList<CachedObject> flagged(const QString &collection, const QString &field) const;
    /// Rows with local edits (dirty = 1), tombstones included.
    QList<CachedObject> dirtyObjects(const QString &collection) const;
    /// Which of `ids` have local edits (dirty = 1, tombstones included), in one query: the pull stores every
    /// other object of a page with putServer without reading it first. Call inside the write transaction, so no
    /// edit can land between this answer and the writes.
    QSet<QString> editedAmong(const QString &collection, const QStringList &ids) const;
    /// Removes rows of (collection, parentId) that a full pass started at `passStart` did not see (synced_at
    /// older), except local edits, tombstones and local creations. Returns the rows removed, -1 on an error.
    qint64 removeUnseen(const QString &collection, const QString &parentId, const QString &passStart);

    /// `json` without the collection's secret fields.
    static QJsonObject withoutSecrets(const CollectionSpec &spec, QJsonObject json);
    /// The SQL error (or refusal reason) of the last failed call.
    QString lastError() const { return m_lastError; }
    /// Failed calls so far: a caller that wrote a batch compares it before and after (no write fails silently).
    int failureCount() const { return m_failures; }

private:
    const CollectionSpec *specFor(const QString &collection) const;
    bool fail(const QString &message) const;

    CacheDatabase &m_db;
    mutable QString m_lastError;
    mutable int m_failures = 0;
};

} // namespace cv::store
