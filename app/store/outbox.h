#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace cv::store {

class CacheDatabase;

/// One local change waiting to be pushed to the server.
struct OutboxEntry
{
    qint64 seq = 0; ///< assigned by enqueue(); pushes happen in seq order
    QString operation; ///< create|update|delete|action|upload
    QString collection;
    QString objectId; ///< "local:<uuid>" until a create is pushed (then rewriteId())
    QString parentId;
    QByteArray method; ///< HTTP method
    QString path; ///< API path relative to /public/v1
    QJsonObject body;
    QString naturalKey; ///< value of the collection's natural key, for idempotent creates
    QString action; ///< e.g. "approve"
    QByteArray blob; ///< upload payload (media, usage file); cleared when done
    QString blobName;
    QString contentType;
    int attempts = 0;
    QString lastError;
    QString state; ///< pending|failed|done
    QString createdAt;
    QString updatedAt; ///< last change of state (for a done entry: when the server accepted it); history() only
};

/// The queue of local edits, in the cache file so it survives restarts.
///
/// Invariants: entries keep the order they were enqueued in (seq grows); only "pending" entries are
/// pushed; "failed" ones wait for the user (retry() or discard()); "done" ones keep their row (without the
/// blob) until purgeDone(). A collection's secret fields never reach the body stored here.
class Outbox final
{
public:
    explicit Outbox(CacheDatabase &db);

    /// Stores `entry` as pending (its seq, attempts, state and createdAt are set here); returns its seq.
    core::Result<qint64, QString> enqueue(const OutboxEntry &entry);
    /// Records a call that was sent to the server directly, not queued (signing an agreement needs Connect at once):
    /// stored as done, created at `entry.createdAt` (when it was sent), updated now (when the server took it), so
    /// history() shows it like a pushed change. Never pushed. Returns its seq.
    core::Result<qint64, QString> recordDone(const OutboxEntry &entry);
    /// Pending entries, oldest first; limit -1 = all.
    QList<OutboxEntry> pending(int limit = -1) const;
    /// Entries that failed permanently, oldest first.
    QList<OutboxEntry> failed() const;
    std::optional<OutboxEntry> get(qint64 seq) const;
    /// Every entry (pending, failed and done, until purgeDone()) of `collection` whose object is one of
    /// `objectIds` or whose path starts with `pathPrefix` (if given), oldest first, with updatedAt: what this app
    /// did to those objects and when the server took it (the audit trail).
    QList<OutboxEntry> history(
        const QString &collection, const QStringList &objectIds, const QString &pathPrefix = {}) const;
    /// True if a pending or failed entry touches (collection, objectId): the pull must not overwrite it.
    bool hasUnpushed(const QString &collection, const QString &objectId) const;
    /// True if an entry queued after `seq` still has to change the same object.
    bool hasUnpushedAfter(qint64 seq, const QString &collection, const QString &objectId) const;

    /// The server accepted the entry: state done, blob dropped.
    bool markDone(qint64 seq);
    /// Counts an attempt and records `error`; `permanent` moves the entry to failed (it will not be retried),
    /// otherwise it stays pending, like recordAttempt().
    bool markFailed(qint64 seq, const QString &error, bool permanent);
    /// Counts a transient failed attempt; the entry stays pending.
    bool recordAttempt(qint64 seq, const QString &error);
    /// Puts a failed entry back in the queue (attempts reset).
    bool retry(qint64 seq);
    /// Drops an entry (the user discarded the change).
    bool discard(qint64 seq);
    /// Deletes done entries; returns how many.
    int purgeDone();

    /// A create got its server id: replaces `localId` in the path (as a path segment), objectId, parentId and
    /// anywhere in the body (string values equal to it) of pending and failed entries. Returns how many
    /// entries changed.
    int rewriteId(const QString &localId, const QString &serverId);
    /// Entries not yet done (pending + failed).
    qint64 size() const;
    struct Counts
    {
        qint64 pending = 0; ///< will be sent by the next sync
        qint64 refused = 0; ///< "failed": Connect refused them; they wait for the user (retry or discard)
    };
    Counts counts() const;
    QString lastError() const { return m_lastError; }

private:
    bool updateState(qint64 seq, const QString &sql, const QVariantList &values, const char *what);

    CacheDatabase &m_db;
    QString m_lastError;
};

} // namespace cv::store
