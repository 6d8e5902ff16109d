#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cv::store {

/// A column of a collection's table taken from the cached object, with an index, so lists can filter and sort
/// SQL-side without copying objects into memory. Up to schema v5 SQLite extracted it from the JSON text
/// (generated columns); from v6 the JSON is stored compressed and the store fills a real column from the parsed
/// object on every write (valueIn()), with the value json_extract() gave.
struct IndexedColumn
{
    enum Type { Text, Integer, Real };

    QString column; ///< SQL column name; usable in ObjectQuery matches, text search and sort keys
    QString jsonPath; ///< dotted path into the object, e.g. "asset.product.id"
    Type type = Text;
    /// The schema version whose migration adds this column. Released migrations never change, so a column
    /// added later gets the next version number here and is added by that migration (ALTER TABLE).
    int sinceSchema = 1;

    /// The value at jsonPath in `object`, as json_extract() gives it: text, an integer (a JSON number without a
    /// fraction, true = 1, false = 0), a real, the compact JSON of an object or array, or NULL when absent or null.
    QVariant valueIn(const QJsonObject &object) const;
};

/// One cached collection of the Connect API (e.g. GET /products), stored in a table of the same name.
/// Invariants: `name` is a valid SQL identifier and unique; `parentCollection` names another spec (or is
/// empty); `listPath` contains "{parent}" exactly when `parentCollection` is set.
struct CollectionSpec
{
    QString name; ///< table name
    QString listPath; ///< API path; "{parent}" is the parent's id, e.g. "/products/{parent}/items"
    QString parentCollection; ///< "" or e.g. "products"
    /// RQL field for gt(field, since) incremental pulls; "" = refetch the whole collection (REFERENCE §2.3).
    QString incrementalField;
    /// Dotted JSON path of a value identifying an object before it has a server id, used to make a
    /// create idempotent (look the object up after a lost response); "" if none.
    QString naturalKey;
    QList<IndexedColumn> columns;
    bool localOnly = false; ///< never synced (drafts); listPath is empty
    /// Fields never written to the cache or the outbox (secrets the API returns once), e.g. tokens' "token".
    QStringList secretFields;
    int sinceSchema = 1; ///< the schema version whose migration creates the table
    /// For collections whose objects share the parent's id (versions: every version of PRD-1 has "id":
    /// "PRD-1"), the field that tells them apart: the cached id becomes "<id>:v<value>" (the server's id is
    /// kept in "<parent>_id"), so each version is its own row. "" = the server's id is unique.
    QString distinctBy;
    /// For collections whose server ids are unique only under their parent (a product's localization is
    /// "DE"), the dotted path of the parent's id in the object: the cached id becomes "<parent>:<id>".
    QString scopedBy;

    bool isSubCollection() const { return !parentCollection.isEmpty(); }
    /// listPath with "{parent}" replaced by `parentId`.
    QString pathFor(const QString &parentId = {}) const;
    /// The object as cached: with distinctBy set, "id" made unique (see distinctBy); else unchanged.
    QJsonObject cachedForm(const QJsonObject &server) const;
    /// The path of one object: pathFor(parentId) + "/" + id.
    QString objectPath(const QString &id, const QString &parentId = {}) const;
};

/// Every cached collection, in a fixed order (parents before their sub-collections).
const QList<CollectionSpec> &collections();
/// The spec named `name`, or nullptr for an unknown collection.
const CollectionSpec *collection(const QString &name);

} // namespace cv::store
