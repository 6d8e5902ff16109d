#pragma once

#include "app/core/result.h"
#include "app/store/outbox.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace cv::store {

class CacheDatabase;
class ObjectRepository;

/// The id given to an object created offline ("local:<uuid>"). A struct rather than a bare QString
/// because core::Result<T, E> cannot hold T == E (its two converting constructors would collide).
struct LocalId
{
    QString id;
};

/// The single entry point for user edits: each call changes the cached object and queues the matching
/// outbox entry in ONE transaction, so the cache never shows an edit that will not be pushed and the
/// outbox never holds an edit the cache does not show. If either write fails, both are rolled back.
///
/// The entry passed in is completed from the collection's spec where left empty: operation, collection,
/// objectId, parentId, method (POST/PUT/DELETE/POST), path (list path, object path, or
/// object path + "/" + action), body (the new JSON for create/update) and naturalKey (for create).
class LocalChanges final
{
public:
    LocalChanges(CacheDatabase &db, ObjectRepository &objects, Outbox &outbox);

    /// Prefix of the ids given to objects created offline ("local:<uuid>").
    static QString localIdPrefix();
    static bool isLocalId(const QString &id);

    /// A new object under `parentId` (empty for top-level collections); returns its local id.
    core::Result<LocalId, QString> create(
        const QString &collection, const QString &parentId, const QJsonObject &json, OutboxEntry entry);
    /// Replaces the shown JSON of an existing object (base_json is kept for the later merge).
    core::Result<bool, QString> update(
        const QString &collection, const QString &id, const QJsonObject &newJson, OutboxEntry entry);
    /// Marks the object deleted (a tombstone hidden from lists) and queues the delete.
    core::Result<bool, QString> remove(const QString &collection, const QString &id, OutboxEntry entry);
    /// A server-side action (e.g. approve a request): shows `optimisticJson` at once and queues the action.
    /// entry.action is required.
    core::Result<bool, QString> action(
        const QString &collection, const QString &id, const QJsonObject &optimisticJson, OutboxEntry entry);

private:
    core::Result<bool, QString> commitChange(const QString &what, const std::function<QString()> &change);

    CacheDatabase &m_db;
    ObjectRepository &m_objects;
    Outbox &m_outbox;
};

} // namespace cv::store
