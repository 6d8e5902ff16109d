#pragma once

#include "app/core/result.h"

#include <QJsonValue>
#include <QString>

namespace cv::store {
class CacheDatabase;
class ConflictStore;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::sync {

/// How the user settles a field changed on both sides.
enum class Resolution {
    KeepMine, ///< my value stands and is sent to the server
    KeepTheirs, ///< the server's value stands; my change of that field is dropped
    UseValue, ///< a value the user edited from both
};

/// Applies the user's decisions on conflicts. When the last conflict of an object is settled, the
/// object's queued updates are replaced by one update carrying exactly what still differs from the
/// server's version (so a "keep theirs" field is never sent), or the object is clean again.
class ConflictResolver final
{
public:
    ConflictResolver(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox,
        store::ConflictStore &conflicts);

    core::Result<bool, QString> resolve(qint64 conflictId, Resolution resolution, const QJsonValue &value = {});
    /// The same decision for every open conflict; returns how many were settled.
    core::Result<int, QString> resolveAll(Resolution resolution);

private:
    bool requeue(const QString &collection, const QString &id);

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    store::ConflictStore &m_conflicts;
};

} // namespace cv::sync
