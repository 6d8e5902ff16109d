#include "app/sync/servermerge.h"

#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/sync/threewaymerge.h"

namespace cv::sync {

int mergeServerVersion(store::ObjectRepository &objects, store::ConflictStore &conflicts,
    const store::CollectionSpec &spec, const QString &parentId, const QJsonObject &server)
{
    const QString collection = spec.name;
    const QString id = server.value(QStringLiteral("id")).toString();
    const auto local = objects.get(collection, id);
    if (!local || (!local->dirty && !local->deleted)) {
        objects.putServer(collection, parentId, server);
        return 0;
    }
    const QJsonObject theirs = store::ObjectRepository::withoutSecrets(spec, server);
    const QJsonObject base = local->base.value_or(QJsonObject());
    if (base == theirs) // the server did not change it since the last sync
        return 0;
    if (local->deleted) {
        objects.setBase(collection, id, server);
        return 0;
    }
    const MergeResult merge = threeWayMerge(base, local->json, theirs);
    objects.putLocal(collection, parentId, merge.merged);
    objects.setBase(collection, id, server);
    const QList<store::Conflict> known = conflicts.forObject(collection, id);
    int added = 0;
    for (const FieldConflict &field : merge.conflicts) {
        const bool recorded = std::any_of(known.begin(), known.end(), [&](const store::Conflict &c) {
            return c.field == field.field && c.theirs == field.theirs && c.mine == field.mine;
        });
        if (recorded)
            continue;
        store::Conflict conflict;
        conflict.collection = collection;
        conflict.objectId = id;
        conflict.field = field.field;
        conflict.base = field.base;
        conflict.mine = field.mine;
        conflict.theirs = field.theirs;
        conflicts.add(conflict);
        ++added;
    }
    return added;
}

int mergeServerPage(store::ObjectRepository &objects, store::ConflictStore &conflicts,
    const store::CollectionSpec &spec, const QString &parentId, const QList<QJsonObject> &page)
{
    const int failuresBefore = objects.failureCount();
    QStringList ids;
    ids.reserve(page.size());
    for (const QJsonObject &server : page)
        ids << server.value(QStringLiteral("id")).toString();
    const QSet<QString> edited = objects.editedAmong(spec.name, ids);
    if (objects.failureCount() != failuresBefore)
        return -1;
    int added = 0;
    for (const QJsonObject &server : page) {
        if (edited.contains(server.value(QStringLiteral("id")).toString()))
            added += mergeServerVersion(objects, conflicts, spec, parentId, server);
        else
            objects.putServer(spec.name, parentId, server);
        if (objects.failureCount() != failuresBefore)
            return -1;
    }
    return added;
}

} // namespace cv::sync
