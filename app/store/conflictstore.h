#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

namespace cv::store {

class CacheDatabase;

/// A field changed both locally and on the server since the common base. Values are JSON values;
/// an undefined QJsonValue means "the field is absent" on that side (and round-trips as such).
struct Conflict
{
    qint64 id = 0;
    QString collection, objectId, field; ///< field is a dotted path
    QJsonValue base, mine, theirs;
    QString createdAt;
};

/// Conflicts waiting for the user, kept until resolved.
class ConflictStore final
{
public:
    explicit ConflictStore(CacheDatabase &db);

    /// Stores `conflict` (its id and, if empty, createdAt are assigned); returns the id, or -1 on failure.
    qint64 add(const Conflict &conflict);
    /// All open conflicts, oldest first.
    QList<Conflict> open() const;
    int count() const;
    /// The user chose a side (the caller applied it): the conflict is removed.
    bool resolve(qint64 id);
    QList<Conflict> forObject(const QString &collection, const QString &id) const;
    /// Removes every conflict of an object (it was deleted, or resolved as a whole).
    int clearObject(const QString &collection, const QString &id);

private:
    QList<Conflict> select(const QString &where, const QVariantList &bindings) const;

    CacheDatabase &m_db;
};

} // namespace cv::store
