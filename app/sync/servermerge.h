#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::store {
class ConflictStore;
class ObjectRepository;
struct CollectionSpec;
} // namespace cv::store

namespace cv::sync {

/// Takes a server version of an object into the cache without losing a local edit:
/// - not cached, or cached without local edits: the server version is stored as is;
/// - deleted locally: only the base moves (the delete waits in the outbox);
/// - edited locally: three-way merge of base, mine and the server's (threewaymerge.h); fields changed on
///   both sides are recorded as conflicts (once) and keep my value; the server version becomes the base.
/// Returns the number of new conflicts. Call inside a transaction.
int mergeServerVersion(store::ObjectRepository &objects, store::ConflictStore &conflicts,
    const store::CollectionSpec &spec, const QString &parentId, const QJsonObject &server);

/// The same for a page of server versions (already in their cached form): the objects with local edits are
/// found in one query (ObjectRepository::editedAmong) and merged one by one; every other object is stored
/// as is, without being read first. Returns the number of new conflicts, or -1 if a write failed (see
/// ObjectRepository::lastError()). Call inside a transaction.
int mergeServerPage(store::ObjectRepository &objects, store::ConflictStore &conflicts,
    const store::CollectionSpec &spec, const QString &parentId, const QList<QJsonObject> &page);

} // namespace cv::sync
