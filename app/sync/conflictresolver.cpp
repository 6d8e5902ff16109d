#include "app/sync/conflictresolver.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/threewaymerge.h"

namespace cv::sync {

ConflictResolver::ConflictResolver(
    store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox, store::ConflictStore &conflicts)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_conflicts(conflicts)
{ }

core::Result<bool, QString> ConflictResolver::resolve(qint64 conflictId, Resolution resolution, const QJsonValue &value)
{
    std::optional<store::Conflict> conflict;
    for (const store::Conflict &open : m_conflicts.open()) {
        if (open.id == conflictId)
            conflict = open;
    }
    if (!conflict)
        return QStringLiteral("conflict %1 is not open").arg(conflictId);
    auto object = m_objects.get(conflict->collection, conflict->objectId);
    if (!object)
        return QStringLiteral("%1 %2 is no longer cached").arg(conflict->collection, conflict->objectId);

    const QJsonValue chosen = resolution == Resolution::KeepMine ? conflict->mine
        : resolution == Resolution::KeepTheirs                   ? conflict->theirs
                                                                 : value;
    QJsonObject json = object->json;
    setValueAt(json, conflict->field, chosen);

    m_db.transaction();
    bool ok = m_objects.putLocal(conflict->collection, object->parentId, json) && m_conflicts.resolve(conflictId);
    if (ok && m_conflicts.forObject(conflict->collection, conflict->objectId).isEmpty())
        ok = requeue(conflict->collection, conflict->objectId);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return QStringLiteral("could not save the decision on %1 of %2").arg(conflict->field, conflict->objectId);
    }
    return true;
}

core::Result<int, QString> ConflictResolver::resolveAll(Resolution resolution)
{
    int settled = 0;
    for (const store::Conflict &conflict : m_conflicts.open()) {
        const auto done = resolve(conflict.id, resolution);
        if (!done)
            return done.error();
        ++settled;
    }
    return settled;
}

bool ConflictResolver::requeue(const QString &collection, const QString &id)
{
    const auto object = m_objects.get(collection, id);
    const store::CollectionSpec *spec = store::collection(collection);
    if (!object || !spec || !object->base)
        return object.has_value();
    for (const store::OutboxEntry &entry : m_outbox.pending()) {
        if (entry.collection == collection && entry.objectId == id && entry.operation == QLatin1String("update"))
            m_outbox.discard(entry.seq);
    }
    const QJsonObject changed = diff(*object->base, object->json);
    if (changed.isEmpty())
        return m_objects.markClean(collection, id);
    // Whole values of the changed top-level fields: Connect's PUT replaces nested objects such as
    // customer_ui_settings, so a nested patch would drop their other fields.
    QJsonObject patch;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        patch.insert(it.key(), object->json.value(it.key()));
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("update");
    entry.collection = collection;
    entry.objectId = id;
    entry.parentId = object->parentId;
    entry.method = "PUT";
    entry.path = spec->objectPath(id, object->parentId);
    entry.body = patch;
    return m_outbox.enqueue(entry).ok();
}

} // namespace cv::sync
