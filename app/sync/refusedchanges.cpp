#include "app/sync/refusedchanges.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"

namespace cv::sync {

RefusedChanges::RefusedChanges(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
{ }

QList<store::OutboxEntry> RefusedChanges::of(const QString &collection, const QString &id) const
{
    QList<store::OutboxEntry> refused;
    for (const store::OutboxEntry &entry : m_outbox.failed()) {
        if (entry.collection == collection && entry.objectId == id)
            refused << entry;
    }
    return refused;
}

int RefusedChanges::retry(const QString &collection, const QString &id)
{
    int count = 0;
    for (const store::OutboxEntry &entry : of(collection, id))
        count += m_outbox.retry(entry.seq) ? 1 : 0;
    return count;
}

core::Result<bool, QString> RefusedChanges::discard(const QString &collection, const QString &id)
{
    const bool created = store::LocalChanges::isLocalId(id);
    store::CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return QStringLiteral("cannot begin a transaction");
    QList<store::OutboxEntry> unsent = m_outbox.failed();
    unsent << m_outbox.pending();
    for (const store::OutboxEntry &entry : std::as_const(unsent)) {
        // The object's own changes, and for an object created here what was queued under it (replies, files).
        const bool own = entry.collection == collection && entry.objectId == id;
        const bool under = created && entry.parentId == id;
        if ((own || under) && !m_outbox.discard(entry.seq))
            return m_outbox.lastError();
        if (under && !entry.objectId.isEmpty() && entry.collection != collection)
            m_objects.remove(entry.collection, entry.objectId);
    }
    const auto current = m_objects.get(collection, id);
    if (current) {
        const bool restored = created ? m_objects.remove(collection, id)
            : current->base           ? m_objects.putServer(collection, current->parentId, *current->base)
                                      : m_objects.markClean(collection, id);
        if (!restored)
            return m_objects.lastError();
    }
    if (!transaction.commit())
        return QStringLiteral("commit failed");
    return true;
}

} // namespace cv::sync
