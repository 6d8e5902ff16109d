#include "app/store/objectrepository.h"
#include "app/store/objecttext.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::store {

using detail::notNull;
using detail::nowUtc;
using detail::objectFromText;

namespace {

/// The json column as its UTF-8 bytes: what forEachValues reads for the pseudo column "json_utf8" (objecttext.h).
const QString kJsonBytes = QStringLiteral("CAST(json AS BLOB)");

const QString kSelectColumns = QStringLiteral("id, parent_id, json, base_json, dirty, deleted");

CachedObject rowToObject(const QString &collection, const QSqlQuery &query)
{
    CachedObject object;
    object.collection = collection;
    object.id = query.value(0).toString();
    object.parentId = query.value(1).toString();
    object.json = objectFromText(query.value(2));
    object.dirty = query.value(4).toInt() != 0;
    // A clean row stores no base copy (schema v3): its base is its json. NULL on a dirty row: a local creation.
    if (!query.value(3).isNull())
        object.base = objectFromText(query.value(3));
    else if (!object.dirty)
        object.base = object.json;
    object.deleted = query.value(5).toInt() != 0;
    return object;
}

QString table(const CollectionSpec &spec)
{
    return QLatin1Char('"') + spec.name + QLatin1Char('"');
}

/// The registry columns a table of schema `version` has as plain columns the store fills (v6 on: compressed
/// JSON); none before (SQLite generated them from the JSON text).
QList<const IndexedColumn *> filledColumns(const CollectionSpec &spec, int version)
{
    QList<const IndexedColumn *> filled;
    if (version < CacheDatabase::kCompressedJsonSchema)
        return filled;
    for (const IndexedColumn &column : spec.columns) {
        if (column.sinceSchema <= version)
            filled << &column;
    }
    return filled;
}

/// ", "col1", "col2"..." for an INSERT column list, ", ?, ?..." for its values, ", "col1" = excluded."col1"..." for
/// its ON CONFLICT update.
struct FilledSql
{
    QString names, marks, updates, assignments;
};

FilledSql filledSql(const QList<const IndexedColumn *> &filled)
{
    FilledSql sql;
    for (const IndexedColumn *column : filled) {
        const QString name = QLatin1Char('"') + column->column + QLatin1Char('"');
        sql.names += QStringLiteral(", ") + name;
        sql.marks += QStringLiteral(", ?");
        sql.updates += QStringLiteral(", %1 = excluded.%1").arg(name);
        sql.assignments += QStringLiteral(", %1 = ?").arg(name);
    }
    return sql;
}

/// The JSON as the table stores it: compressed from v6 (a BLOB), else the UTF-8 text (bound as TEXT).
QVariant storedJson(const QByteArray &utf8, int version)
{
    if (version >= CacheDatabase::kCompressedJsonSchema)
        return detail::compressedJson(utf8);
    return QString::fromUtf8(utf8);
}

const QStringList kFixedColumns = { QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("dirty"),
    QStringLiteral("deleted"), QStringLiteral("synced_at") };

/// Whether `column` is one the collection declares (see ObjectQuery): only such names reach the SQL text.
bool isColumnOf(const CollectionSpec &spec, const QString &column)
{
    if (kFixedColumns.contains(column))
        return true;
    return std::any_of(spec.columns.cbegin(), spec.columns.cend(),
        [&](const IndexedColumn &declared) { return declared.column == column; });
}

/// An ObjectQuery as SQL: the WHERE text with its bindings, and the ORDER BY text; or the first unknown column.
struct CompiledQuery
{
    QString where, orderBy, unknownColumn;
    QVariantList bindings;
};

CompiledQuery compile(const CollectionSpec &spec, const QString &parentId, const ObjectQuery &query)
{
    CompiledQuery compiled;
    auto known = [&](const QString &column) {
        if (isColumnOf(spec, column))
            return true;
        if (compiled.unknownColumn.isEmpty())
            compiled.unknownColumn = column;
        return false;
    };
    QStringList parts;
    if (!parentId.isNull()) {
        parts << QStringLiteral("parent_id = ?");
        compiled.bindings << parentId;
    }
    if (!query.includeDeleted)
        parts << QStringLiteral("deleted = 0");
    for (const ObjectQuery::Match &match : query.matches) {
        if (!known(match.column))
            continue;
        if (match.anyOf.isEmpty()) {
            parts << QStringLiteral("0"); // "one of nothing" matches no row
            continue;
        }
        QStringList marks(match.anyOf.size(), QStringLiteral("?"));
        parts << (match.anyOf.size() == 1 ? match.column + QStringLiteral(" = ?")
                                          : match.column + QStringLiteral(" IN (%1)").arg(marks.join(u", ")));
        compiled.bindings << match.anyOf;
    }
    for (const ObjectQuery::Range &range : query.ranges) {
        if (!known(range.column))
            continue;
        if (!range.from.isNull()) {
            parts << range.column + QStringLiteral(" >= ?");
            compiled.bindings << range.from;
        }
        if (!range.until.isNull()) {
            parts << range.column + QStringLiteral(" < ?");
            compiled.bindings << range.until;
        }
    }
    if (!query.containsText.isEmpty() && !query.textColumns.isEmpty()) {
        QStringList terms;
        const QString pattern = detail::likePattern(query.containsText);
        for (const QString &column : query.textColumns) {
            if (!known(column))
                continue;
            terms << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            compiled.bindings << pattern;
        }
        parts << QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    compiled.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    QStringList keys;
    for (const ObjectQuery::SortKey &key : query.sortKeys) {
        if (!known(key.column))
            continue;
        keys << key.column + (key.ignoreCase ? QStringLiteral(" COLLATE NOCASE") : QString())
                + (key.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }
    compiled.orderBy = keys.isEmpty() ? QStringLiteral("rowid") : keys.join(QStringLiteral(", "));
    return compiled;
}

} // namespace

ObjectRepository::ObjectRepository(CacheDatabase &db)
    : m_db(db)
{ }

const CollectionSpec *ObjectRepository::specFor(const QString &collection) const
{
    const CollectionSpec *spec = store::collection(collection);
    if (!spec)
        fail(QStringLiteral("unknown collection \"%1\"").arg(collection));
    return spec;
}

bool ObjectRepository::fail(const QString &message) const
{
    m_lastError = message;
    ++m_failures;
    qCWarning(lcStore).noquote() << message;
    return false;
}

namespace {
/// Removes a dotted path ("customer_ui_settings.action.jwt_secret") from a JSON object.
void removePath(QJsonObject &object, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path.toString());
        return;
    }
    const QString head = path.left(dot).toString();
    if (!object.value(head).isObject())
        return;
    QJsonObject child = object.value(head).toObject();
    removePath(child, path.mid(dot + 1));
    object.insert(head, child);
}

/// Field names that hold a secret wherever they appear (a version snapshot repeats the product's
/// customer_ui_settings.action.jwt_secret, a webhook's copy in another object its jwt_secret...).
bool isSecretName(const QString &key)
{
    static const QStringList names { QStringLiteral("jwt_secret"), QStringLiteral("secret"),
        QStringLiteral("client_secret"), QStringLiteral("api_key"), QStringLiteral("renewed_token") };
    return names.contains(key);
}

QJsonValue withoutSecretNames(const QJsonValue &value);

/// Read-only look for a secret name at any depth: most objects have none, and rebuilding every nested object
/// (what withoutSecretNames does) was a large part of storing a page.
bool hasSecretName(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (isSecretName(it.key()) || hasSecretName(it.value()))
                return true;
        }
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (hasSecretName(item))
                return true;
        }
    }
    return false;
}

QJsonObject withoutSecretNames(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (isSecretName(it.key())) {
            it = object.erase(it);
            continue;
        }
        if (it.value().isObject() || it.value().isArray())
            it.value() = withoutSecretNames(it.value());
        ++it;
    }
    return object;
}

QJsonValue withoutSecretNames(const QJsonValue &value)
{
    if (value.isObject())
        return withoutSecretNames(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray array = value.toArray();
    for (auto it = array.begin(); it != array.end(); ++it) {
        if ((*it).isObject() || (*it).isArray())
            *it = withoutSecretNames(QJsonValue(*it));
    }
    return array;
}
} // namespace

QJsonObject ObjectRepository::withoutSecrets(const CollectionSpec &spec, QJsonObject json)
{
    for (const QString &field : spec.secretFields)
        removePath(json, field);
    if (!hasSecretName(json))
        return json;
    return withoutSecretNames(std::move(json));
}

std::optional<CachedObject> ObjectRepository::get(const QString &collection, const QString &id) const
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return std::nullopt;
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(kSelectColumns, table(*spec)));
    query.bindValue(0, id);
    if (!query.exec()) {
        fail(QStringLiteral("get %1/%2: %3").arg(collection, id, query.lastError().text()));
        return std::nullopt;
    }
    std::optional<CachedObject> result;
    if (query.next())
        result = rowToObject(collection, query);
    query.finish();
    return result;
}

bool ObjectRepository::putServer(const QString &collection, const QString &parentId, const QJsonObject &server)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    const QString id = server.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(QStringLiteral("putServer %1: the object has no id").arg(collection));
    const int version = m_db.schemaVersion();
    const QJsonObject stored = withoutSecrets(*spec, server);
    const QByteArray text = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    const QList<const IndexedColumn *> filled = filledColumns(*spec, version);
    const FilledSql columns = filledSql(filled);
    // Before v6: UTF-8 bytes bound as a BLOB and cast to TEXT by SQLite (no UTF-8 -> UTF-16 -> UTF-8 round trip;
    // a TEXT value is what json_extract() and the generated columns need). From v6 the compressed bytes.
    const QString jsonMark
        = version >= CacheDatabase::kCompressedJsonSchema ? QStringLiteral("?") : QStringLiteral("CAST(? AS TEXT)");
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO %1 (id, parent_id%2, json, base_json, dirty, deleted, synced_at) "
        "VALUES (?, ?%3, %4, ?, 0, 0, ?) ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id%5, "
        "json = excluded.json, base_json = excluded.base_json, dirty = 0, deleted = 0, "
        "synced_at = excluded.synced_at")
                                         .arg(table(*spec), columns.names, columns.marks, jsonMark, columns.updates));
    int at = 0;
    query.bindValue(at++, id);
    query.bindValue(at++, notNull(parentId));
    for (const IndexedColumn *column : filled)
        query.bindValue(at++, column->valueIn(stored));
    query.bindValue(at++, version >= CacheDatabase::kCompressedJsonSchema ? detail::compressedJson(text) : text);
    query.bindValue(at++, QVariant(QMetaType::fromType<QString>())); // clean: no base copy (its base is its json)
    query.bindValue(at++, nowUtc());
    if (!query.exec())
        return fail(QStringLiteral("putServer %1/%2: %3").arg(collection, id, query.lastError().text()));
    return true;
}

bool ObjectRepository::putLocal(const QString &collection, const QString &parentId, const QJsonObject &json)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    const QString id = json.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(QStringLiteral("putLocal %1: the object has no id").arg(collection));
    const int version = m_db.schemaVersion();
    const QJsonObject stored = withoutSecrets(*spec, json);
    const QList<const IndexedColumn *> filled = filledColumns(*spec, version);
    const FilledSql columns = filledSql(filled);
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO %1 (id, parent_id%2, json, base_json, dirty, deleted) VALUES (?, ?%3, ?, NULL, 1, 0) "
        "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id%4, json = excluded.json, dirty = 1, "
        // The first local edit of a clean row keeps the server version it applies to as base.
        "base_json = CASE WHEN dirty = 0 AND base_json IS NULL THEN json ELSE base_json END")
                                         .arg(table(*spec), columns.names, columns.marks, columns.updates));
    int at = 0;
    query.bindValue(at++, id);
    query.bindValue(at++, notNull(parentId));
    for (const IndexedColumn *column : filled)
        query.bindValue(at++, column->valueIn(stored));
    query.bindValue(at++, storedJson(QJsonDocument(stored).toJson(QJsonDocument::Compact), version));
    if (!query.exec())
        return fail(QStringLiteral("putLocal %1/%2: %3").arg(collection, id, query.lastError().text()));
    return true;
}

bool ObjectRepository::setBase(const QString &collection, const QString &id, const QJsonObject &base)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("UPDATE %1 SET base_json = ?, synced_at = ? WHERE id = ?").arg(table(*spec)));
    query.bindValue(
        0, storedJson(QJsonDocument(withoutSecrets(*spec, base)).toJson(QJsonDocument::Compact), m_db.schemaVersion()));
    query.bindValue(1, nowUtc());
    query.bindValue(2, id);
    if (!query.exec())
        return fail(QStringLiteral("setBase %1/%2: %3").arg(collection, id, query.lastError().text()));
    return query.numRowsAffected() > 0 || fail(QStringLiteral("setBase %1/%2: no such object").arg(collection, id));
}

bool ObjectRepository::markClean(const QString &collection, const QString &id)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE %1 SET dirty = 0 WHERE id = ?").arg(table(*spec)));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(QStringLiteral("markClean %1/%2: %3").arg(collection, id, query.lastError().text()));
    return query.numRowsAffected() > 0 || fail(QStringLiteral("markClean %1/%2: no such object").arg(collection, id));
}

bool ObjectRepository::markDeleted(const QString &collection, const QString &id)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("UPDATE %1 SET deleted = 1, dirty = 1 WHERE id = ?").arg(table(*spec)));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(QStringLiteral("markDeleted %1/%2: %3").arg(collection, id, query.lastError().text()));
    return query.numRowsAffected() > 0 || fail(QStringLiteral("markDeleted %1/%2: no such object").arg(collection, id));
}

bool ObjectRepository::remove(const QString &collection, const QString &id)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    QSqlQuery &query = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(*spec)));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(QStringLiteral("remove %1/%2: %3").arg(collection, id, query.lastError().text()));
    return query.numRowsAffected() > 0 || fail(QStringLiteral("remove %1/%2: no such object").arg(collection, id));
}

bool ObjectRepository::replaceId(
    const QString &collection, const QString &oldId, const QString &newId, const QJsonObject &serverJson)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return false;
    if (newId.isEmpty())
        return fail(QStringLiteral("replaceId %1/%2: empty new id").arg(collection, oldId));
    QJsonObject server = withoutSecrets(*spec, serverJson);
    server.insert(QStringLiteral("id"), newId);
    const int version = m_db.schemaVersion();
    const QVariant text = storedJson(QJsonDocument(server).toJson(QJsonDocument::Compact), version);
    const QList<const IndexedColumn *> filled = filledColumns(*spec, version);

    CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(QStringLiteral("replaceId %1/%2: cannot begin a transaction").arg(collection, oldId));
    auto run = [&](const QString &sql, const QVariantList &values) -> int {
        QSqlQuery query(m_db.db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            fail(QStringLiteral("replaceId %1/%2: %3").arg(collection, oldId, query.lastError().text()));
            return -1;
        }
        return query.numRowsAffected();
    };
    if (newId != oldId && run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(*spec)), { newId }) < 0)
        return false;
    QVariantList values { newId };
    for (const IndexedColumn *column : filled)
        values << column->valueIn(server);
    values << text << QVariant(QMetaType::fromType<QString>()) << nowUtc() << oldId;
    const int renamed = run(QStringLiteral("UPDATE %1 SET id = ?%2, json = ?, base_json = ?, dirty = 0, deleted = 0, "
                                           "synced_at = ? WHERE id = ?")
                                .arg(table(*spec), filledSql(filled).assignments),
        values);
    if (renamed < 0)
        return false;
    if (renamed == 0)
        return fail(QStringLiteral("replaceId %1/%2: no such object").arg(collection, oldId));
    for (const CollectionSpec &child : collections()) {
        if (child.parentCollection != collection)
            continue;
        if (run(QStringLiteral("UPDATE %1 SET parent_id = ? WHERE parent_id = ?").arg(table(child)), { newId, oldId })
            < 0)
            return false;
        if (run(QStringLiteral("UPDATE sync_state SET parent_id = ? WHERE collection = ? AND parent_id = ?"),
                { newId, child.name, oldId })
            < 0)
            return false;
    }
    return transaction.commit() || fail(QStringLiteral("replaceId %1/%2: commit failed").arg(collection, oldId));
}

QList<CachedObject> ObjectRepository::list(const QString &collection, const QString &parentId, const Query &query) const
{
    QList<CachedObject> result;
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return result;
    const CompiledQuery compiled = compile(*spec, parentId, query);
    if (!compiled.unknownColumn.isEmpty()) {
        fail(QStringLiteral("list %1: no column %2 in this collection").arg(collection, compiled.unknownColumn));
        return result;
    }
    const QVariantList &bindings = compiled.bindings;
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                      .arg(kSelectColumns, table(*spec), compiled.where, compiled.orderBy);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    if (!select.prepare(sql)) {
        fail(QStringLiteral("list %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    for (const QVariant &value : std::as_const(bindings))
        select.addBindValue(value);
    if (!select.exec()) {
        fail(QStringLiteral("list %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    while (select.next())
        result.append(rowToObject(collection, select));
    return result;
}

qint64 ObjectRepository::forEach(const QString &collection, const Query &query,
    const std::function<bool(const QString &, const QJsonObject &)> &visit) const
{
    return forEachValues(collection, query, { QStringLiteral("id"), QStringLiteral("json") },
        [&](const QVariantList &values) { return visit(values.at(0).toString(), objectFromText(values.at(1))); });
}

qint64 ObjectRepository::forEachValues(const QString &collection, const Query &query, const QStringList &columns,
    const std::function<bool(const QVariantList &)> &visit) const
{
    // "json_utf8": the json column as its UTF-8 bytes (forEachJsonText in objecttext.h), read through kJsonBytes.
    QStringList selected = columns;
    for (QString &column : selected) {
        if (column == QLatin1String("json_utf8"))
            column = kJsonBytes;
    }
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return -1;
    const CompiledQuery compiled = compile(*spec, QString(), query);
    QString unknown = compiled.unknownColumn;
    for (const QString &column : columns) {
        if (unknown.isEmpty() && column != QLatin1String("json") && column != QLatin1String("json_utf8")
            && !isColumnOf(*spec, column))
            unknown = column;
    }
    if (!unknown.isEmpty()) {
        fail(QStringLiteral("read %1: no column %2 in this collection").arg(collection, unknown));
        return -1;
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                      .arg(selected.join(QStringLiteral(", ")), table(*spec), compiled.where, compiled.orderBy);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    if (!select.prepare(sql)) {
        fail(QStringLiteral("read %1: %2").arg(collection, select.lastError().text()));
        return -1;
    }
    for (const QVariant &value : compiled.bindings)
        select.addBindValue(value);
    if (!select.exec()) {
        fail(QStringLiteral("read %1: %2").arg(collection, select.lastError().text()));
        return -1;
    }
    qint64 visited = 0;
    QVariantList values;
    values.reserve(selected.size());
    const qsizetype jsonAt = columns.indexOf(QStringLiteral("json"));
    const qsizetype jsonUtf8At = columns.indexOf(QStringLiteral("json_utf8"));
    while (select.next()) {
        values.clear();
        for (qsizetype i = 0; i < selected.size(); ++i)
            values << select.value(int(i));
        // The JSON as text, whatever form the table stores it in (compressed from v6).
        if (jsonAt >= 0)
            values[jsonAt] = QString::fromUtf8(detail::jsonBytes(values.at(jsonAt)));
        // The UTF-8 bytes: as stored for text, uncompressed for a v6 body (a BLOB either way, from kJsonBytes).
        if (jsonUtf8At >= 0)
            values[jsonUtf8At] = detail::jsonBytes(values.at(jsonUtf8At));
        ++visited;
        if (!visit(values))
            break;
    }
    return visited;
}

qint64 ObjectRepository::count(const QString &collection, const QString &parentId, const Query &query) const
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return -1;
    const CompiledQuery compiled = compile(*spec, parentId, query);
    if (!compiled.unknownColumn.isEmpty()) {
        fail(QStringLiteral("count %1: no column %2 in this collection").arg(collection, compiled.unknownColumn));
        return -1;
    }
    const QVariantList &bindings = compiled.bindings;
    QSqlQuery select(m_db.db());
    if (!select.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table(*spec), compiled.where))) {
        fail(QStringLiteral("count %1: %2").arg(collection, select.lastError().text()));
        return -1;
    }
    for (const QVariant &value : std::as_const(bindings))
        select.addBindValue(value);
    if (!select.exec() || !select.next()) {
        fail(QStringLiteral("count %1: %2").arg(collection, select.lastError().text()));
        return -1;
    }
    return select.value(0).toLongLong();
}

QStringList ObjectRepository::ids(const QString &collection, const QString &parentId) const
{
    QStringList result;
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return result;
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    if (parentId.isNull()) {
        select.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY rowid").arg(table(*spec)));
    } else {
        select.prepare(QStringLiteral("SELECT id FROM %1 WHERE parent_id = ? ORDER BY rowid").arg(table(*spec)));
        select.addBindValue(parentId);
    }
    if (!select.exec()) {
        fail(QStringLiteral("ids %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    while (select.next())
        result << select.value(0).toString();
    return result;
}

QStringList ObjectRepository::ids(const QString &collection, const QString &parentId, const Query &query) const
{
    QStringList result;
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return result;
    const CompiledQuery compiled = compile(*spec, parentId, query);
    if (!compiled.unknownColumn.isEmpty()) {
        fail(QStringLiteral("ids %1: no column %2 in this collection").arg(collection, compiled.unknownColumn));
        return result;
    }
    QString sql
        = QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3").arg(table(*spec), compiled.where, compiled.orderBy);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    if (!select.prepare(sql)) {
        fail(QStringLiteral("ids %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    for (const QVariant &value : std::as_const(compiled.bindings))
        select.addBindValue(value);
    if (!select.exec()) {
        fail(QStringLiteral("ids %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    while (select.next())
        result << select.value(0).toString();
    return result;
}

QList<CachedObject> ObjectRepository::flagged(const QString &collection, const QString &field) const
{
    QList<CachedObject> result;
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return result;
    QSqlQuery select(m_db.db());
    select.setForwardOnly(true);
    if (m_db.schemaVersion() >= CacheDatabase::kCompressedJsonSchema) {
        // SQL cannot look into compressed JSON: every row is read and its mark tested here (the marks are on the
        // examples of a product: items, parameters..., hundreds of rows at most).
        select.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(kSelectColumns, table(*spec)));
    } else {
        // The path is bound, not spliced: '$."<field>"' quotes any key.
        select.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE json_extract(json, ?) = 1 ORDER BY rowid")
                           .arg(kSelectColumns, table(*spec)));
        select.addBindValue(QStringLiteral("$.\"%1\"").arg(QString(field).remove(QLatin1Char('"'))));
    }
    if (!select.exec()) {
        fail(QStringLiteral("flagged %1: %2").arg(collection, select.lastError().text()));
        return result;
    }
    while (select.next()) {
        CachedObject object = rowToObject(collection, select);
        const QJsonValue mark = object.json.value(field);
        if (mark == QJsonValue(true) || mark == QJsonValue(1))
            result.append(std::move(object));
    }
    return result;
}

QList<CachedObject> ObjectRepository::dirtyObjects(const QString &collection) const
{
    return list(collection, QString(), Query().onlyDirty().withDeleted());
}

QSet<QString> ObjectRepository::editedAmong(const QString &collection, const QStringList &ids) const
{
    QSet<QString> edited;
    const CollectionSpec *spec = specFor(collection);
    if (!spec || ids.isEmpty())
        return edited;
    // The ids travel as one JSON array (one bound value, whatever the page size); the lookups go by primary key.
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT id FROM %1 WHERE id IN (SELECT value FROM json_each(?)) AND dirty = 1")
                            .arg(table(*spec)));
    query.bindValue(
        0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        fail(QStringLiteral("editedAmong %1: %2").arg(collection, query.lastError().text()));
        return edited;
    }
    while (query.next())
        edited.insert(query.value(0).toString());
    query.finish();
    return edited;
}

qint64 ObjectRepository::removeUnseen(const QString &collection, const QString &parentId, const QString &passStart)
{
    const CollectionSpec *spec = specFor(collection);
    if (!spec)
        return -1;
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE parent_id = ? AND synced_at < ? AND dirty = 0 "
                                       "AND deleted = 0 AND id NOT LIKE 'local:%'")
                            .arg(table(*spec)));
    query.bindValue(0, notNull(parentId));
    query.bindValue(1, passStart);
    if (!query.exec()) {
        fail(QStringLiteral("removeUnseen %1: %2").arg(collection, query.lastError().text()));
        return -1;
    }
    return query.numRowsAffected();
}

qint64 forEachJsonText(const ObjectRepository &repository, const QString &collection, const ObjectQuery &query,
    const std::function<bool(QByteArrayView json)> &visit)
{
    // Read as a BLOB: SQLite hands over the UTF-8 bytes as stored, where a TEXT value would come as a QString
    // (converted to UTF-16, and back to UTF-8 by whoever parses it).
    return repository.forEachValues(collection, query, { QStringLiteral("json_utf8") },
        [&](const QVariantList &values) { return visit(QByteArrayView(values.at(0).toByteArray())); });
}

} // namespace cv::store
