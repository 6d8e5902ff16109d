#pragma once

#include <QJsonObject>
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

} // namespace cv::sync
