#pragma once

#include "app/api/apierror.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cv::sync {

/// What one collection's pull did.
struct CollectionResult
{
    qint64 fetched = 0; ///< objects received in this run
    qint64 total = 0; ///< the server's count for the last pass (Content-Range), summed over parents
    qint64 removed = 0; ///< cached objects the server no longer has (full passes)
    int conflicts = 0; ///< fields that changed on both sides
    bool incremental = false;
};

/// The outcome of a sync run (push, then pull).
struct SyncSummary
{
    bool ok = false;
    bool cancelled = false;
    bool offline = false; ///< stopped by network errors: the work left is kept for next time
    api::ApiError error; ///< the error that stopped the run, if any
    /// The cache could not be written (disk full, damaged file...): the run stopped there, nothing it had
    /// not stored counts as fetched, cursors did not move past it, the outbox is kept.
    QString storeError;
    int pushed = 0; ///< outbox entries sent and confirmed
    int pushFailed = 0; ///< refused by the server (kept as failed, with the reason)
    int pushSkipped = 0; ///< held back by open conflicts
    int needsAttention = 0; ///< creates whose lost answer was not matched: the user decides (in pushFailed too)
    QMap<QString, CollectionResult> collections;
    int newConflicts = 0;
    /// Requests that became pending in this run (new ones, or moved to pending), as the server lists them;
    /// none on a first load. The tray announces these.
    QStringList newPendingRequests;
    /// Objects created here that took their server id in this run: local id -> server id. Open pages and
    /// dialogs follow the new id in place instead of being reopened.
    QHash<QString, QString> renamedIds;
};

} // namespace cv::sync
