#pragma once

#include <QList>
#include <QString>

namespace cv::store {

class CacheDatabase;

/// Where the pull of one (collection, parent) stands, kept so an interrupted pass resumes.
/// Protocol: a pass reads from `offset`, raising `pending` to the largest incremental value it sees and
/// saving offset as pages land; when the pass completes, `since` = `pending`, offset = 0, phase =
/// "incremental", lastSyncAt = now. Only then may the next pass filter gt(field, since).
struct SyncCursor
{
    QString collection;
    QString parentId;
    QString phase = QStringLiteral("full"); ///< "full" | "incremental"
    QString since; ///< incremental lower bound (last seen server updated value); "" = none yet
    QString pending; ///< max updated seen in the running pass, committed as `since` when the pass completes
    qint64 offset = 0; ///< resume position within the running pass
    qint64 total = -1; ///< the server's count for the running pass, -1 = unknown
    QString lastSyncAt;
};

/// The sync_state table.
class SyncStateStore final
{
public:
    explicit SyncStateStore(CacheDatabase &db);

    /// The saved cursor, or a fresh "full" cursor for (collection, parentId) when none is saved.
    SyncCursor get(const QString &collection, const QString &parentId = {}) const;
    bool save(const SyncCursor &cursor);
    /// Forgets every cursor of `collection` (all parents): its next pull is full.
    bool reset(const QString &collection);
    /// Forgets every cursor (a full resync of the account).
    bool resetAll();
    QList<SyncCursor> all() const;

    /// When the running full pass of (collection, parentId) began (UTC, ISO 8601), kept beside the cursor so
    /// that a resumed pass still knows which rows it has not seen yet; "" if none was marked.
    QString passStart(const QString &collection, const QString &parentId) const;
    bool markPassStart(const QString &collection, const QString &parentId, const QString &stamp);

private:
    CacheDatabase &m_db;
};

} // namespace cv::store
