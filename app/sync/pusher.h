#pragma once

#include "app/api/apierror.h"
#include "app/store/outbox.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace cv::api {
class ApiClient;
class ApiJob;
} // namespace cv::api
namespace cv::store {
class CacheDatabase;
class ConflictStore;
class ObjectRepository;
} // namespace cv::store

namespace cv::sync {

struct SyncSummary;

/// Sends the outbox in order. Every operation is safe to retry after a timeout or a kill:
/// - create: a POST is never repeated blindly (ApiJob stops after a lost answer); once an attempt may have
///   reached the server, the object is looked up (CreateLookUp: all values sent + created after the change
///   was saved) and adopted, or created if it is not there; when that cannot be told, the entry fails with
///   "needs attention" and waits for the user - nothing is created twice or taken from someone else;
/// - update (PUT) is idempotent; delete treats 404 as done;
/// - action (a request transition): a refusal is checked against the object's current status, so an
///   action that did go through the first time counts as done.
/// - a product created offline: the server makes its own example items, parameters and templates; the
///   local examples (marked "_generated") are matched to them by natural key and take their ids, so
///   queued edits and deletes of the examples reach the server's objects (resumed by the next run if
///   interrupted). Edits queued after any create are shown again on top of the server's version.
/// Objects with open conflicts are held back until the user resolves them. Network errors stop the run
/// (the rest waits); a 4xx marks that entry failed with the server's reason and the run goes on.
class Pusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pusher)

public:
    Pusher(api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox,
        store::ConflictStore &conflicts, QObject *parent = nullptr);

    void start(SyncSummary *summary);
    void cancel();

    /// Secret fields to add to an entry's body when it is sent (the outbox never holds them, see
    /// store::Outbox); e.g. the jwt_secret of a webhook created offline (apimodule::IntegrationActions).
    using SecretSource = std::function<QJsonObject(const store::OutboxEntry &)>;
    void setSecretSource(SecretSource source) { m_secrets = std::move(source); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok);

private:
    void next();
    void sendCreate(const store::OutboxEntry &entry);
    void lookUpThenCreate(const store::OutboxEntry &entry);
    void send(const store::OutboxEntry &entry);
    QJsonObject updateBody(const store::OutboxEntry &entry) const;
    void checkThenUpdate(const store::OutboxEntry &entry);
    void onSent(const store::OutboxEntry &entry, api::ApiJob *job);
    void adoptCreated(const store::OutboxEntry &entry, const QJsonObject &server);
    /// Local edits queued for an object that just took its server version (replaceId) are shown again:
    /// update bodies re-applied over `server` (values equal to the create's body `createdFrom` skipped),
    /// a queued delete keeps the tombstone.
    void reapplyQueuedEdits(const QString &collection, const QString &parentId, const QString &id,
        const QJsonObject &server, const QList<store::OutboxEntry> &queued, bool deleted,
        const QJsonObject &createdFrom = {});
    /// Server products whose locally generated examples (items, parameters, templates marked
    /// "_generated") still wait to be matched with the copies the server made.
    QStringList productsToReconcile() const;
    void fetchServerExamples(const QString &productId, std::shared_ptr<QHash<QString, QJsonArray>> fetched, int index);
    void adoptServerExamples(const QString &productId, const QHash<QString, QJsonArray> &server);
    void confirmAction(const store::OutboxEntry &entry, const api::ApiError &refusal);
    void refused(const store::OutboxEntry &entry, const api::ApiError &error);
    /// The entry fails for good with `reason` and waits for the user (retry or discard).
    void refused(const store::OutboxEntry &entry, const QString &reason);
    void stopOffline(const store::OutboxEntry &entry, const api::ApiError &error);
    void watch(api::ApiJob *job, std::function<void(api::ApiJob *)> handler);
    QJsonObject withSecrets(const store::OutboxEntry &entry, QJsonObject body) const;

    api::ApiClient &m_client;
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    store::ConflictStore &m_conflicts;
    SyncSummary *m_summary = nullptr;
    QList<store::OutboxEntry> m_queue;
    QStringList m_unreconciled; ///< products whose examples are matched before the queue goes on
    QSet<QString> m_heldBack; ///< collection/id of objects with conflicts or failed dependencies
    QHash<qint64, int> m_lostCreates; ///< outbox seq -> answers lost in this run
    QPointer<api::ApiJob> m_job;
    SecretSource m_secrets;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace cv::sync
