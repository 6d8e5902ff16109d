#include "app/store/localchanges.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/store/storelog.h"

#include <QUuid>

namespace cv::store {

namespace {

// The value at a dotted path ("asset.product.id") as text; "" when absent.
QString valueAt(const QJsonObject &json, const QString &dottedPath)
{
    QJsonValue value = json;
    for (const QString &key : dottedPath.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

void complete(OutboxEntry &entry, const CollectionSpec &spec, const QString &operation, const QString &id,
    const QString &parentId)
{
    if (entry.operation.isEmpty())
        entry.operation = operation;
    entry.collection = spec.name;
    if (entry.objectId.isEmpty())
        entry.objectId = id;
    if (entry.parentId.isEmpty())
        entry.parentId = parentId;
}

} // namespace

LocalChanges::LocalChanges(CacheDatabase &db, ObjectRepository &objects, Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
{ }

QString LocalChanges::localIdPrefix()
{
    return QStringLiteral("local:");
}

bool LocalChanges::isLocalId(const QString &id)
{
    return id.startsWith(localIdPrefix());
}

core::Result<bool, QString> LocalChanges::commitChange(const QString &what, const std::function<QString()> &change)
{
    CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return QStringLiteral("%1: cannot begin a transaction").arg(what);
    const QString error = change();
    if (!error.isEmpty()) {
        qCWarning(lcStore).noquote() << what << "rolled back:" << error;
        return QStringLiteral("%1: %2").arg(what, error); // the Transaction's destructor rolls back
    }
    if (!transaction.commit())
        return QStringLiteral("%1: commit failed").arg(what);
    return true;
}

core::Result<LocalId, QString> LocalChanges::create(
    const QString &collection, const QString &parentId, const QJsonObject &json, OutboxEntry entry)
{
    const CollectionSpec *spec = store::collection(collection);
    if (!spec)
        return QStringLiteral("unknown collection \"%1\"").arg(collection);
    if (spec->isSubCollection() && parentId.isEmpty())
        return QStringLiteral("create in %1: a parent %2 id is needed").arg(collection, spec->parentCollection);
    const QString id = localIdPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject object = json;
    object.insert(QStringLiteral("id"), id);

    complete(entry, *spec, QStringLiteral("create"), id, parentId);
    if (entry.method.isEmpty())
        entry.method = "POST";
    if (entry.path.isEmpty())
        entry.path = spec->pathFor(parentId);
    if (entry.body.isEmpty()) {
        entry.body = json;
        entry.body.remove(QStringLiteral("id")); // the server assigns the id
    }
    if (entry.naturalKey.isEmpty() && !spec->naturalKey.isEmpty())
        entry.naturalKey = valueAt(json, spec->naturalKey);

    const auto done = commitChange(QStringLiteral("create in %1").arg(collection), [&]() -> QString {
        if (!m_objects.putLocal(collection, parentId, object))
            return m_objects.lastError();
        const auto queued = m_outbox.enqueue(entry);
        return queued ? QString() : queued.error();
    });
    if (!done)
        return done.error();
    return LocalId { id };
}

core::Result<bool, QString> LocalChanges::update(
    const QString &collection, const QString &id, const QJsonObject &newJson, OutboxEntry entry)
{
    const CollectionSpec *spec = store::collection(collection);
    if (!spec)
        return QStringLiteral("unknown collection \"%1\"").arg(collection);
    return commitChange(QStringLiteral("update %1/%2").arg(collection, id), [&]() -> QString {
        const std::optional<CachedObject> current = m_objects.get(collection, id);
        if (!current)
            return QStringLiteral("no such object");
        if (current->deleted)
            return QStringLiteral("the object was deleted");
        QJsonObject object = newJson;
        object.insert(QStringLiteral("id"), id);
        complete(entry, *spec, QStringLiteral("update"), id, current->parentId);
        if (entry.method.isEmpty())
            entry.method = "PUT";
        if (entry.path.isEmpty())
            entry.path = spec->objectPath(id, current->parentId);
        if (entry.body.isEmpty())
            entry.body = object;
        if (!m_objects.putLocal(collection, current->parentId, object))
            return m_objects.lastError();
        const auto queued = m_outbox.enqueue(entry);
        return queued ? QString() : queued.error();
    });
}

core::Result<bool, QString> LocalChanges::remove(const QString &collection, const QString &id, OutboxEntry entry)
{
    const CollectionSpec *spec = store::collection(collection);
    if (!spec)
        return QStringLiteral("unknown collection \"%1\"").arg(collection);
    return commitChange(QStringLiteral("remove %1/%2").arg(collection, id), [&]() -> QString {
        const std::optional<CachedObject> current = m_objects.get(collection, id);
        if (!current)
            return QStringLiteral("no such object");
        if (current->deleted)
            return QStringLiteral("the object was already deleted");
        complete(entry, *spec, QStringLiteral("delete"), id, current->parentId);
        if (entry.method.isEmpty())
            entry.method = "DELETE";
        if (entry.path.isEmpty())
            entry.path = spec->objectPath(id, current->parentId);
        if (!m_objects.markDeleted(collection, id))
            return m_objects.lastError();
        const auto queued = m_outbox.enqueue(entry);
        return queued ? QString() : queued.error();
    });
}

core::Result<bool, QString> LocalChanges::action(
    const QString &collection, const QString &id, const QJsonObject &optimisticJson, OutboxEntry entry)
{
    const CollectionSpec *spec = store::collection(collection);
    if (!spec)
        return QStringLiteral("unknown collection \"%1\"").arg(collection);
    if (entry.action.isEmpty())
        return QStringLiteral("action on %1/%2: no action named").arg(collection, id);
    return commitChange(QStringLiteral("%1 %2/%3").arg(entry.action, collection, id), [&]() -> QString {
        const std::optional<CachedObject> current = m_objects.get(collection, id);
        if (!current)
            return QStringLiteral("no such object");
        if (current->deleted)
            return QStringLiteral("the object was deleted");
        QJsonObject object = optimisticJson;
        object.insert(QStringLiteral("id"), id);
        complete(entry, *spec, QStringLiteral("action"), id, current->parentId);
        if (entry.method.isEmpty())
            entry.method = "POST";
        if (entry.path.isEmpty())
            entry.path = spec->objectPath(id, current->parentId) + QLatin1Char('/') + entry.action;
        if (!m_objects.putLocal(collection, current->parentId, object))
            return m_objects.lastError();
        const auto queued = m_outbox.enqueue(entry);
        return queued ? QString() : queued.error();
    });
}

} // namespace cv::store
