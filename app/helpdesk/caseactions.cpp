#include "app/helpdesk/caseactions.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/helpdesk/caserules.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>

#include <algorithm>

namespace cv::helpdesk {

namespace {
const QString kCases = QStringLiteral("cases");
const QString kMessages = QStringLiteral("messages");
const QString kConversations = QStringLiteral("conversations");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
}

QJsonObject createdEvent(const QJsonObject &by)
{
    QJsonObject created { { QStringLiteral("at"), nowIso() } };
    if (!by.isEmpty())
        created.insert(QStringLiteral("by"), by);
    return created;
}

QStringList prefixed(const QString &field, const QString &error)
{
    return { field + QStringLiteral(": ") + error };
}
} // namespace

CaseActions::CaseActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
{ }

core::Result<Attachment, QStringList> CaseActions::readAttachment(const QString &path)
{
    const QFileInfo info(path);
    const QStringList invalid = rules::validateAttachment(info.fileName(), info.size());
    if (!invalid.isEmpty())
        return invalid;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return prefixed(
            QStringLiteral("attachments"), QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    Attachment attachment;
    attachment.name = info.fileName();
    attachment.name.remove(QLatin1Char('|')); // the outbox keeps "<part>|<file name>"
    attachment.data = file.readAll();
    attachment.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.data).name();
    return attachment;
}

std::optional<QJsonObject> CaseActions::caseObject(const QString &caseId) const
{
    const auto cached = m_objects.get(kCases, caseId);
    if (!cached || cached->deleted)
        return std::nullopt;
    return cached->json;
}

core::Result<QString, QStringList> CaseActions::openCase(const QString &subject, const QString &description,
    int priority, const QList<Attachment> &attachments, const QJsonObject &agent)
{
    QStringList invalid = rules::validateCase(subject, description, priority);
    for (const Attachment &attachment : attachments)
        invalid << rules::validateAttachment(attachment.name, attachment.data.size());
    if (!invalid.isEmpty())
        return invalid;
    const QJsonObject body { { QStringLiteral("subject"), subject.trimmed() },
        { QStringLiteral("description"), description }, { QStringLiteral("priority"), priority },
        { QStringLiteral("type"), QStringLiteral("technical") } };
    QJsonObject kase = body;
    kase.insert(QStringLiteral("state"), QStringLiteral("pending"));
    const QJsonObject created = createdEvent(agent);
    kase.insert(QStringLiteral("events"),
        QJsonObject { { QStringLiteral("created"), created }, { QStringLiteral("updated"), created } });
    kase.insert(QStringLiteral("issuer"), QJsonObject { { QStringLiteral("agent"), agent } });

    store::CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return prefixed(QStringLiteral("subject"), QStringLiteral("cannot begin a transaction"));
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    store::OutboxEntry entry;
    entry.body = body;
    const auto made = changes.create(kCases, QString(), kase, entry);
    if (!made)
        return prefixed(QStringLiteral("subject"), made.error());
    const QString id = made.value().id;
    for (const Attachment &attachment : attachments) {
        const auto attached = attach(id, attachment);
        if (!attached)
            return attached.error(); // the transaction rolls the case back too
    }
    if (!transaction.commit())
        return prefixed(QStringLiteral("subject"), QStringLiteral("commit failed"));
    return id;
}

core::Result<bool, QStringList> CaseActions::attach(const QString &caseId, const Attachment &attachment)
{
    const QStringList invalid = rules::validateAttachment(attachment.name, attachment.data.size());
    if (!invalid.isEmpty())
        return invalid;
    if (!caseObject(caseId))
        return prefixed(
            QStringLiteral("attachments"), QStringLiteral("Case %1 is not in the offline data.").arg(caseId));
    // An upload on the case: the pusher holds it back while the case has only its local id, and the case's
    // create rewrites the path to the server id.
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("upload");
    entry.collection = kCases;
    entry.objectId = caseId;
    entry.method = "POST";
    entry.path = store::collection(kCases)->objectPath(caseId) + QStringLiteral("/attachments");
    entry.action = QStringLiteral("attachments");
    entry.blob = attachment.data;
    entry.blobName = QStringLiteral("file|") + attachment.name;
    entry.contentType
        = attachment.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.contentType;
    const auto queued = m_outbox.enqueue(entry);
    if (!queued)
        return prefixed(QStringLiteral("attachments"), queued.error());
    return true;
}

core::Result<QString, QStringList> CaseActions::reply(
    const QString &caseId, const QString &text, const QJsonObject &author)
{
    const QStringList invalid = rules::validateReply(text);
    if (!invalid.isEmpty())
        return invalid;
    const auto kase = caseObject(caseId);
    if (!kase)
        return prefixed(QStringLiteral("text"), QStringLiteral("Case %1 is not in the offline data.").arg(caseId));
    if (kase->value(QStringLiteral("state")).toString() == QLatin1String("closed"))
        return prefixed(QStringLiteral("text"), QStringLiteral("Case %1 is closed.").arg(caseId));
    const QJsonObject message { { QStringLiteral("text"), text }, { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("creator"), author }, { QStringLiteral("created"), nowIso() },
        { QStringLiteral("events"), QJsonObject { { QStringLiteral("created"), createdEvent(author) } } } };
    store::OutboxEntry entry;
    entry.body = QJsonObject { { QStringLiteral("text"), text } };
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    // Filed under the case's id: Connect reads /conversations/{case id}/messages as the case's conversation.
    const auto made = changes.create(kMessages, caseId, message, entry);
    if (!made)
        return prefixed(QStringLiteral("text"), made.error());
    return made.value().id;
}

core::Result<bool, QStringList> CaseActions::act(const QString &caseId, const QString &action)
{
    const auto kase = caseObject(caseId);
    if (!kase)
        return QStringList { QStringLiteral("Case %1 is not in the offline data.").arg(caseId) };
    const QString state = kase->value(QStringLiteral("state")).toString();
    if (!rules::actionsFrom(state).contains(action))
        return QStringList { QStringLiteral("Case %1 cannot %2 from the '%3' state.").arg(caseId, action, state) };
    QJsonObject moved = *kase;
    const QString next = rules::stateAfter(action);
    moved.insert(QStringLiteral("state"), next);
    store::OutboxEntry entry;
    entry.action = action;
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.action(kCases, caseId, moved, entry);
    if (!done)
        return QStringList { done.error() };
    return true;
}

QList<QJsonObject> CaseActions::thread(const QString &caseId) const
{
    QStringList parents { caseId };
    store::ObjectQuery ofCase;
    ofCase.where(QStringLiteral("instance_id"), caseId);
    for (const store::CachedObject &conversation : m_objects.list(kConversations, QString(), ofCase))
        parents << conversation.id;
    QList<QJsonObject> messages;
    QSet<QString> seen;
    for (const QString &parent : parents) {
        for (const store::CachedObject &message : m_objects.list(kMessages, parent)) {
            if (seen.contains(message.id))
                continue;
            seen.insert(message.id);
            QJsonObject json = message.json;
            if (message.dirty)
                json.insert(QStringLiteral("_pending"), true);
            messages << json;
        }
    }
    const auto createdOf = [](const QJsonObject &message) {
        const QString created = message.value(QStringLiteral("created")).toString();
        return created.isEmpty() ? message.value(QStringLiteral("events"))
                                       .toObject()
                                       .value(QStringLiteral("created"))
                                       .toObject()
                                       .value(QStringLiteral("at"))
                                       .toString()
                                 : created;
    };
    std::stable_sort(messages.begin(), messages.end(),
        [&](const QJsonObject &a, const QJsonObject &b) { return createdOf(a) < createdOf(b); });
    return messages;
}

void CaseActions::fetchThread(api::ApiClient &client, const QString &caseId, QObject *context,
    std::function<void(const core::Result<int, api::ApiError> &)> done)
{
    if (store::LocalChanges::isLocalId(caseId)) {
        done(0);
        return;
    }
    // Connect reads a conversation by its owner's id (REFERENCE §3.25), so the case id is enough.
    api::ApiJob *job
        = client.get(QStringLiteral("/conversations/%1/messages").arg(caseId), QStringLiteral("limit=1000"));
    QObject::connect(
        job, &api::ApiJob::finished, context, [this, caseId, done = std::move(done)](api::ApiJob *finished) {
            if (!finished->ok()) {
                done(finished->error());
                return;
            }
            int stored = 0;
            store::CacheDatabase::Transaction transaction(m_db);
            for (const QJsonValue &value : finished->response().json.array()) {
                const QJsonObject message = value.toObject();
                const QString id = message.value(QStringLiteral("id")).toString();
                const auto cached = m_objects.get(kMessages, id);
                if (id.isEmpty() || (cached && cached->dirty))
                    continue; // a reply written here keeps its local version until the sync confirms it
                const QString conversation = message.value(QStringLiteral("conversation")).toString();
                if (m_objects.putServer(kMessages, conversation.isEmpty() ? caseId : conversation, message))
                    ++stored;
            }
            transaction.commit();
            done(stored);
        });
}

void CaseActions::fetchAttachments(api::ApiClient &client, const QString &caseId, QObject *context,
    std::function<void(const core::Result<QJsonArray, api::ApiError> &)> done)
{
    if (store::LocalChanges::isLocalId(caseId)) {
        done(QJsonArray());
        return;
    }
    api::ApiJob *job = client.get(
        store::collection(kCases)->objectPath(caseId) + QStringLiteral("/attachments"), QStringLiteral("limit=1000"));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        if (finished->ok())
            done(finished->response().json.array());
        else
            done(finished->error());
    });
}

QStringList CaseActions::pendingAttachments(const QString &caseId) const
{
    QStringList names;
    for (const store::OutboxEntry &entry : m_outbox.pending()) {
        if (entry.collection == kCases && entry.objectId == caseId && entry.operation == QLatin1String("upload"))
            names << entry.blobName.section(QLatin1Char('|'), 1);
    }
    return names;
}

} // namespace cv::helpdesk
