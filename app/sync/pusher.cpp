#include "app/sync/pusher.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/api/contentrange.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/sync/createlookup.h"
#include "app/sync/servermerge.h"
#include "app/sync/syncsummary.h"
#include "app/sync/threewaymerge.h"

#include <algorithm>

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPush, "cv.sync.push")

namespace cv::sync {

using api::ApiError;
using api::ApiJob;
using store::OutboxEntry;

namespace {
QString objectKey(const QString &collection, const QString &id)
{
    return collection + QLatin1Char('/') + id;
}

// Lost answers to one create looked up in one run before the entry waits for the next run.
constexpr int kLookUpsPerRun = 2;

// Objects a new product gets from the server (Connect adds examples); created locally with this flag.
const QString kGenerated = QStringLiteral("_generated");

const QStringList &exampleCollections()
{
    static const QStringList names { QStringLiteral("items"), QStringLiteral("parameters"),
        QStringLiteral("templates") };
    return names;
}

/// How a generated example is matched with the server's copy.
QString exampleKey(const QString &collection, const QJsonObject &object)
{
    if (collection == QLatin1String("items"))
        return object.value(QStringLiteral("mpn")).toString();
    if (collection == QLatin1String("templates"))
        return object.value(QStringLiteral("name")).toString() + QLatin1Char('|')
            + object.value(QStringLiteral("scope")).toString().trimmed().toLower();
    return object.value(QStringLiteral("name")).toString();
}

QList<OutboxEntry> entriesFor(const QList<OutboxEntry> &entries, const QString &objectId, qint64 exceptSeq = -1)
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : entries) {
        if (entry.objectId == objectId && entry.seq != exceptSeq)
            result << entry;
    }
    return result;
}
} // namespace

Pusher::Pusher(api::ApiClient &client, store::CacheDatabase &db, store::ObjectRepository &objects,
    store::Outbox &outbox, store::ConflictStore &conflicts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_conflicts(conflicts)
{ }

void Pusher::start(SyncSummary *summary)
{
    m_summary = summary;
    m_cancelled = false;
    m_heldBack.clear();
    m_lostCreates.clear();
    m_unreconciled = productsToReconcile();
    m_queue = m_outbox.pending();
    m_total = int(m_queue.size());
    m_done = 0;
    next();
}

void Pusher::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void Pusher::watch(ApiJob *job, std::function<void(ApiJob *)> handler)
{
    m_job = job;
    connect(job, &ApiJob::finished, this, [handler = std::move(handler)](ApiJob *finished) { handler(finished); });
}

void Pusher::next()
{
    if (m_cancelled) {
        Q_EMIT finished(false);
        return;
    }
    if (!m_unreconciled.isEmpty()) {
        fetchServerExamples(m_unreconciled.takeFirst(), std::make_shared<QHash<QString, QJsonArray>>(), 0);
        return;
    }
    while (!m_queue.isEmpty()) {
        const OutboxEntry entry = m_queue.takeFirst();
        const QString key = objectKey(entry.collection, entry.objectId);
        // Later edits of an object wait while an earlier one is held back: they build on it.
        if (m_heldBack.contains(key) || !m_conflicts.forObject(entry.collection, entry.objectId).isEmpty()
            || (entry.operation != QLatin1String("create") && store::LocalChanges::isLocalId(entry.objectId))
            // A create under a parent that has no server id yet (its create failed or waits): it would be
            // refused with a 404; it waits for the parent instead (e.g. a reply to a case opened offline).
            || (entry.operation == QLatin1String("create") && store::LocalChanges::isLocalId(entry.parentId))) {
            m_heldBack.insert(key);
            ++m_summary->pushSkipped;
            continue;
        }
        Q_EMIT progress(m_done, m_total);
        // Counted before sending: after a kill or timeout, attempts > 0 tells the next run that this
        // entry may have reached the server.
        m_outbox.recordAttempt(entry.seq, QString());
        if (entry.operation == QLatin1String("create"))
            sendCreate(entry);
        else
            send(entry);
        return;
    }
    Q_EMIT progress(m_done, m_total);
    Q_EMIT finished(true);
}

void Pusher::sendCreate(const OutboxEntry &entry)
{
    // An earlier run counted an attempt: it may have reached the server (even a kill right after sending).
    if (entry.attempts > 0) {
        lookUpThenCreate(entry);
        return;
    }
    send(entry);
}

/// A previous attempt may have created the object and lost the answer: look for exactly this create on
/// the server (CreateLookUp: every value sent, created after the change was saved) before sending it
/// again. When that cannot be told, the entry waits for the user instead of guessing.
void Pusher::lookUpThenCreate(const OutboxEntry &entry)
{
    const store::CollectionSpec *spec = store::collection(entry.collection);
    if (!spec || spec->listPath.isEmpty()) {
        refused(entry,
            QStringLiteral("needs attention: the answer to this create was lost and %1 cannot be listed "
                           "to check it; discard this change or send it again")
                .arg(entry.collection));
        return;
    }
    // Sub-collections are small: read them whole rather than rely on the field being filterable.
    watch(m_client.get(spec->pathFor(entry.parentId), QStringLiteral("limit=1000")), [this, entry, spec](ApiJob *job) {
        if (m_cancelled) {
            Q_EMIT finished(false);
            return;
        }
        if (!job->ok()) {
            if (job->error().isRetryable())
                stopOffline(entry, job->error());
            else
                refused(entry,
                    QStringLiteral("needs attention: the answer to this create was lost and the check "
                                   "failed: %1")
                        .arg(job->error().summary()));
            return;
        }
        const QJsonArray server = job->response().json.array();
        const QDateTime savedAt = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
        const CreateLookUp found = CreateLookUp::find(*spec, entry.body, entry.naturalKey, savedAt, server);
        switch (found.outcome) {
        case CreateLookUp::Outcome::Found:
            qCInfo(lcPush) << "found" << entry.collection << found.object.value(QStringLiteral("id")).toString()
                           << "created by an earlier attempt";
            adoptCreated(entry, found.object);
            return;
        case CreateLookUp::Outcome::Ambiguous:
            ++m_summary->needsAttention;
            refused(entry, found.reason);
            return;
        case CreateLookUp::Outcome::NotCreated: break;
        }
        const auto range = api::ContentRange::parse(job->response().header("Content-Range"));
        if (range && range->total > server.size()) {
            refused(entry,
                QStringLiteral("needs attention: the answer to this create was lost and %1 has more than "
                               "%2 objects to check; discard this change or send it again")
                    .arg(entry.collection)
                    .arg(server.size()));
            return;
        }
        send(entry);
    });
}

/// The body of an update is computed when it is sent, not when it was queued: the fields that differ
/// from the server's last version, as whole top-level values. A field the server changed since the edit
/// (merged in by a pull) is therefore never sent back with its old value.
QJsonObject Pusher::updateBody(const OutboxEntry &entry) const
{
    const auto object = m_objects.get(entry.collection, entry.objectId);
    if (entry.operation != QLatin1String("update") || !object || !object->base)
        return entry.body;
    const QJsonObject changed = diff(*object->base, object->json);
    QJsonObject body;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        body.insert(it.key(), object->json.value(it.key()));
    return body;
}

void Pusher::send(const OutboxEntry &entry)
{
    if (entry.operation == QLatin1String("update") && updateBody(entry).isEmpty()) {
        // Nothing differs from the server any more (an earlier entry sent it, or the user took theirs).
        m_db.transaction();
        if (!m_outbox.hasUnpushedAfter(entry.seq, entry.collection, entry.objectId))
            m_objects.markClean(entry.collection, entry.objectId);
        m_outbox.markDone(entry.seq);
        m_db.commit();
        ++m_done;
        next();
        return;
    }
    ApiJob *job = nullptr;
    if (entry.operation == QLatin1String("upload")) {
        QList<api::MultipartPart> parts;
        if (!entry.body.isEmpty())
            parts.append({ "body", {}, "application/json", QJsonDocument(entry.body).toJson(QJsonDocument::Compact) });
        parts.append({ entry.blobName.section(QLatin1Char('|'), 0, 0).toUtf8(),
            entry.blobName.section(QLatin1Char('|'), 1).toUtf8(), entry.contentType.toUtf8(), entry.blob });
        job = entry.method == "PUT" ? m_client.putMultipart(entry.path, parts)
                                    : m_client.postMultipart(entry.path, parts);
    } else if (entry.method == "DELETE") {
        job = m_client.del(entry.path);
    } else if (entry.method == "PUT") {
        checkThenUpdate(entry);
        return;
    } else {
        job = m_client.post(entry.path, withSecrets(entry, entry.body));
    }
    watch(job, [this, entry](ApiJob *finished) { onSent(entry, finished); });
}

/// Before an update, the server's current version: if it changed since my base, it is merged in first
/// (fields changed on both sides become conflicts and hold the update back), so a PUT never
/// overwrites a change made elsewhere without the user deciding.
void Pusher::checkThenUpdate(const OutboxEntry &entry)
{
    watch(m_client.get(entry.path), [this, entry](ApiJob *job) {
        if (!job->ok()) {
            if (job->error().isRetryable())
                stopOffline(entry, job->error());
            else
                refused(entry, job->error());
            return;
        }
        const store::CollectionSpec *spec = store::collection(entry.collection);
        m_db.transaction();
        const int added
            = mergeServerVersion(m_objects, m_conflicts, *spec, entry.parentId, job->response().json.object());
        m_db.commit();
        m_summary->newConflicts += added;
        if (!m_conflicts.forObject(entry.collection, entry.objectId).isEmpty()) {
            m_heldBack.insert(objectKey(entry.collection, entry.objectId));
            ++m_summary->pushSkipped;
            ++m_done;
            next();
            return;
        }
        const QJsonObject body = updateBody(entry);
        if (body.isEmpty()) {
            send(entry); // nothing left to send: send() settles the entry
            return;
        }
        watch(m_client.put(entry.path, withSecrets(entry, body)),
            [this, entry](ApiJob *finished) { onSent(entry, finished); });
    });
}

QJsonObject Pusher::withSecrets(const OutboxEntry &entry, QJsonObject body) const
{
    if (!m_secrets)
        return body;
    const QJsonObject secrets = m_secrets(entry);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

void Pusher::onSent(const OutboxEntry &entry, ApiJob *job)
{
    if (m_cancelled) {
        Q_EMIT finished(false);
        return;
    }
    const ApiError &error = job->error();
    if (!job->ok()) {
        if (entry.operation == QLatin1String("delete") && error.httpStatus == 404) {
            // Already gone (an earlier attempt, or someone else): the goal is reached.
            m_db.transaction();
            m_objects.remove(entry.collection, entry.objectId);
            m_outbox.markDone(entry.seq);
            m_db.commit();
            ++m_summary->pushed;
            ++m_done;
            next();
            return;
        }
        if (error.isRetryable() && entry.operation == QLatin1String("create") && job->wasSentBefore()
            && m_lostCreates.value(entry.seq) < kLookUpsPerRun) {
            // The answer was lost (ApiJob does not repeat a POST): look before sending again.
            m_lostCreates[entry.seq] += 1;
            m_outbox.recordAttempt(entry.seq, error.summary());
            OutboxEntry again = entry;
            again.attempts = std::max(1, entry.attempts + 1);
            lookUpThenCreate(again);
            return;
        }
        if (error.isRetryable()) {
            stopOffline(entry, error);
            return;
        }
        if (entry.operation == QLatin1String("action") && error.httpStatus == 400) {
            confirmAction(entry, error);
            return;
        }
        refused(entry, error);
        return;
    }
    const store::CollectionSpec *spec = store::collection(entry.collection);
    const QJsonObject answer = job->response().json.object();
    // The answer in the cache's id form (a localization "DE" is cached as "PRD-...:DE").
    const QJsonObject server = spec && entry.operation != QLatin1String("create") ? spec->cachedForm(answer) : answer;
    if (entry.operation == QLatin1String("create")) {
        adoptCreated(entry, server);
        return;
    }
    m_db.transaction();
    if (entry.operation == QLatin1String("delete")) {
        m_objects.remove(entry.collection, entry.objectId);
    } else if (server.value(QStringLiteral("id")).toString() == entry.objectId) {
        // The answer is the object as the server now has it: the new base. Edits queued after this one
        // keep the local view until they are confirmed too.
        if (m_outbox.hasUnpushedAfter(entry.seq, entry.collection, entry.objectId))
            m_objects.setBase(entry.collection, entry.objectId, server);
        else
            m_objects.putServer(entry.collection, entry.parentId, server);
    }
    m_outbox.markDone(entry.seq);
    m_db.commit();
    ++m_summary->pushed;
    ++m_done;
    next();
}

void Pusher::adoptCreated(const OutboxEntry &entry, const QJsonObject &server)
{
    const QString serverId = server.value(QStringLiteral("id")).toString();
    // Edits made offline after the create wait in the queue; the row takes the server's version below,
    // so they are shown again on top of it (and sent as the difference to it).
    const QList<OutboxEntry> later = entriesFor(m_outbox.pending(), entry.objectId, entry.seq);
    const auto local = m_objects.get(entry.collection, entry.objectId);
    m_db.transaction();
    m_objects.replaceId(entry.collection, entry.objectId, serverId, server);
    m_summary->renamedIds.insert(entry.objectId, serverId);
    m_outbox.markDone(entry.seq);
    m_outbox.rewriteId(entry.objectId, serverId);
    reapplyQueuedEdits(entry.collection, local ? local->parentId : entry.parentId, serverId, server, later,
        local && local->deleted, entry.body);
    m_db.commit();
    // The server made its own example items, parameters and templates: match the local ones first.
    if (entry.collection == QLatin1String("products"))
        m_unreconciled.append(serverId);
    m_queue = m_outbox.pending(); // queued entries now name the server id
    ++m_summary->pushed;
    ++m_done;
    next();
}

void Pusher::reapplyQueuedEdits(const QString &collection, const QString &parentId, const QString &id,
    const QJsonObject &server, const QList<OutboxEntry> &queued, bool deleted, const QJsonObject &createdFrom)
{
    if (deleted) {
        m_objects.markDeleted(collection, id); // the queued delete removes it from the server
        return;
    }
    // The net change of the queued updates, field by field (later edits win).
    QJsonObject changes;
    for (const OutboxEntry &edit : queued) {
        if (edit.operation != QLatin1String("update"))
            continue;
        for (auto it = edit.body.begin(); it != edit.body.end(); ++it) {
            if (it.key() != QLatin1String("id") && it.key() != kGenerated)
                changes.insert(it.key(), it.value());
        }
    }
    QJsonObject json = server;
    bool edited = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        // An update queued as the whole object repeats the created values: only real changes count, so
        // values the server normalised on create are not sent back.
        if (createdFrom.contains(it.key()) && createdFrom.value(it.key()) == it.value())
            continue;
        json.insert(it.key(), it.value());
        edited = true;
    }
    if (edited)
        m_objects.putLocal(collection, parentId, json);
}

QStringList Pusher::productsToReconcile() const
{
    QStringList products;
    for (const QString &collection : exampleCollections()) {
        for (const store::CachedObject &object : m_objects.flagged(collection, kGenerated)) {
            if (!store::LocalChanges::isLocalId(object.parentId) && !products.contains(object.parentId))
                products << object.parentId;
        }
    }
    return products;
}

void Pusher::fetchServerExamples(
    const QString &productId, std::shared_ptr<QHash<QString, QJsonArray>> fetched, int index)
{
    if (index == exampleCollections().size()) {
        adoptServerExamples(productId, *fetched);
        return;
    }
    const QString collection = exampleCollections().at(index);
    const QString path = store::collection(collection)->pathFor(productId);
    watch(m_client.get(path, QStringLiteral("limit=1000")), [this, productId, fetched, index, collection](ApiJob *job) {
        if (m_cancelled) {
            Q_EMIT finished(false);
            return;
        }
        if (!job->ok()) {
            if (job->error().isRetryable()) {
                m_summary->offline = true;
                m_summary->error = job->error();
                Q_EMIT finished(false);
                return;
            }
            // E.g. the product is gone: its examples stay as they are; the queue goes on.
            qCWarning(lcPush).noquote() << "cannot read the examples of" << productId << job->error().summary();
            next();
            return;
        }
        fetched->insert(collection, job->response().json.array());
        fetchServerExamples(productId, fetched, index + 1);
    });
}

/// Each local example is matched by natural key with the server's copy: it takes the server's id (so
/// queued edits and deletes of the example reach the server's object) or, without a match, is dropped.
/// Server objects with no local counterpart are stored as they are.
void Pusher::adoptServerExamples(const QString &productId, const QHash<QString, QJsonArray> &server)
{
    const QList<OutboxEntry> queued = m_outbox.pending();
    m_db.transaction();
    for (const QString &collection : exampleCollections()) {
        QList<QJsonObject> serverObjects;
        for (const QJsonValue &value : server.value(collection))
            serverObjects << value.toObject();
        QSet<QString> known;
        store::ObjectQuery all;
        all.includeDeleted = true;
        for (const store::CachedObject &local : m_objects.list(collection, productId, all)) {
            if (!local.json.value(kGenerated).toBool()) {
                known.insert(local.id);
                continue;
            }
            const QString key = exampleKey(collection, local.json);
            const QList<OutboxEntry> edits = entriesFor(queued, local.id);
            auto match = std::find_if(serverObjects.cbegin(), serverObjects.cend(), [&](const QJsonObject &candidate) {
                return !known.contains(candidate.value(QStringLiteral("id")).toString())
                    && exampleKey(collection, candidate) == key;
            });
            if (match == serverObjects.cend()) {
                m_objects.remove(collection, local.id);
                for (const OutboxEntry &edit : edits)
                    m_outbox.discard(edit.seq);
                continue;
            }
            const QString serverId = match->value(QStringLiteral("id")).toString();
            known.insert(serverId);
            m_objects.replaceId(collection, local.id, serverId, *match);
            m_summary->renamedIds.insert(local.id, serverId);
            m_outbox.rewriteId(local.id, serverId);
            reapplyQueuedEdits(collection, productId, serverId, *match, edits, local.deleted);
        }
        for (const QJsonObject &object : std::as_const(serverObjects)) {
            const QString id = object.value(QStringLiteral("id")).toString();
            if (!known.contains(id) && !m_objects.get(collection, id))
                m_objects.putServer(collection, productId, object);
        }
    }
    m_db.commit();
    m_queue = m_outbox.pending();
    next();
}

/// A transition refused with 400 may have gone through on an earlier attempt whose answer was lost:
/// if the object is already where the action leads, it is done; otherwise the refusal stands.
void Pusher::confirmAction(const OutboxEntry &entry, const ApiError &refusal)
{
    const auto local = m_objects.get(entry.collection, entry.objectId);
    const QString expected = local ? local->json.value(QStringLiteral("status")).toString() : QString();
    const QString path = entry.path.section(QLatin1Char('/'), 0, -2); // drop "/<action>"
    watch(m_client.get(path), [this, entry, refusal, expected](ApiJob *job) {
        const QJsonObject server = job->response().json.object();
        if (job->ok() && entry.attempts > 0 && !expected.isEmpty()
            && server.value(QStringLiteral("status")).toString() == expected) {
            m_db.transaction();
            m_objects.putServer(entry.collection, entry.parentId, server);
            m_outbox.markDone(entry.seq);
            m_db.commit();
            ++m_summary->pushed;
            ++m_done;
            next();
            return;
        }
        if (job->ok()) {
            // The server's state stands; the optimistic local status is undone.
            m_objects.putServer(entry.collection, entry.parentId, server);
        }
        refused(entry, refusal);
    });
}

void Pusher::refused(const OutboxEntry &entry, const ApiError &error)
{
    refused(entry, error.summary());
}

void Pusher::refused(const OutboxEntry &entry, const QString &reason)
{
    qCWarning(lcPush).noquote() << "refused:" << reason;
    m_outbox.markFailed(entry.seq, reason, true);
    m_heldBack.insert(objectKey(entry.collection, entry.objectId));
    ++m_summary->pushFailed;
    ++m_done;
    next();
}

void Pusher::stopOffline(const OutboxEntry &entry, const ApiError &error)
{
    m_outbox.recordAttempt(entry.seq, error.summary());
    m_summary->offline = true;
    m_summary->error = error;
    Q_EMIT finished(false);
}

} // namespace cv::sync
