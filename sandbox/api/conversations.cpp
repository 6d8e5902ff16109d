#include "sandbox/api/conversations.h"

#include "sandbox/api/sandboxcontext.h"

namespace cv::sandbox {

namespace {

const QString kConversations = QStringLiteral("conversations");
const QString kMessages = QStringLiteral("messages");

QJsonObject accountRef(const QJsonObject &account)
{
    return { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
        { QStringLiteral("name"), account.value(QStringLiteral("name")) } };
}

} // namespace

QJsonObject createConversation(
    SandboxContext &context, const QString &instanceId, const QString &topic, const QJsonArray &accounts)
{
    const QJsonObject created = context.event();
    const QString at = created.value(QStringLiteral("at")).toString();
    QJsonObject conversation {
        { QStringLiteral("id"), context.store().newId(kConversations, QStringLiteral("CO-###-###-###-###-###-###")) },
        { QStringLiteral("instance_id"), instanceId },
        { QStringLiteral("topic"), topic.left(100) }, // the spec's limit
        { QStringLiteral("type"), QStringLiteral("conversation") },
        { QStringLiteral("status"), QStringLiteral("open") },
        { QStringLiteral("accounts"), accounts.isEmpty() ? QJsonArray { accountRef(context.account()) } : accounts },
        { QStringLiteral("creator"), context.actor() },
        { QStringLiteral("created"), at },
        { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("created"), created }, { QStringLiteral("updated"), created } } },
    };
    context.store().put(kConversations, conversation);
    return conversation;
}

std::optional<QJsonObject> conversationOf(SandboxContext &context, const QString &instanceId)
{
    const QList<QJsonObject> found = context.store().findBy(kConversations, QStringLiteral("instance_id"), instanceId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QJsonObject addMessage(SandboxContext &context, const QString &conversationId, const QString &text, const QString &type)
{
    const QJsonObject created = context.event();
    const QString at = created.value(QStringLiteral("at")).toString();
    QJsonObject message {
        { QStringLiteral("id"), context.store().newId(kMessages, QStringLiteral("ME-###-###-###-###-###-###")) },
        { QStringLiteral("conversation"), conversationId },
        { QStringLiteral("account"), accountRef(context.account()) },
        { QStringLiteral("creator"), context.actor() },
        { QStringLiteral("created"), at },
        { QStringLiteral("text"), text },
        { QStringLiteral("type"), type },
        { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("created"), created },
                { QStringLiteral("updated"), QJsonObject { { QStringLiteral("at"), at } } } } },
    };
    context.store().put(kMessages, message, conversationId);
    if (auto conversation = context.store().get(kConversations, conversationId)) {
        QJsonObject events = conversation->value(QStringLiteral("events")).toObject();
        events.insert(QStringLiteral("updated"), created);
        conversation->insert(QStringLiteral("events"), events);
        context.store().put(kConversations, *conversation);
    }
    return message;
}

} // namespace cv::sandbox
