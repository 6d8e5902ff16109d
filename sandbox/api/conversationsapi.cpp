// Conversations and their messages (REFERENCE §3.25). The platform creates a conversation for each
// request (requestfactory::newConversation); clients list them, read them by id or by the owning
// object's id, and post messages.
#include "sandbox/api/fulfilmentroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/requestfactory.h"
#include "sandbox/api/sandboxcontext.h"

using namespace Qt::StringLiterals;

namespace cv::sandbox {

void registerConversationRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, u"/conversations"_s,
        [&context](ApiRequest &request) { return context.list(request, u"conversations"_s); });
    router.add(Method::Get, u"/conversations/{id}"_s, [&context](ApiRequest &request) {
        const QString id = request.param(u"id"_s);
        const auto conversation = requestfactory::findConversation(context, id);
        return conversation ? ApiReply::json(*conversation) : ApiReply::notFound(u"Conversation"_s, id);
    });
    router.add(Method::Get, u"/conversations/{conversation_id}/messages"_s, [&context](ApiRequest &request) {
        const QString id = request.param(u"conversation_id"_s);
        const auto conversation = requestfactory::findConversation(context, id);
        if (!conversation)
            return ApiReply::notFound(u"Conversation"_s, id);
        return context.list(request, u"messages"_s, conversation->value(u"id"_s).toString());
    });
    router.add(Method::Post, u"/conversations/{conversation_id}/messages"_s, [&context](ApiRequest &request) {
        const QString id = request.param(u"conversation_id"_s);
        const auto conversation = requestfactory::findConversation(context, id);
        if (!conversation)
            return ApiReply::notFound(u"Conversation"_s, id);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString text = body->value(u"text"_s).toString();
        const QString type = body->value(u"type"_s).toString(u"message"_s).toLower();
        QStringList errors;
        if (text.trimmed().isEmpty())
            errors << u"text: This field is required."_s;
        if (type != QLatin1String("message") && type != QLatin1String("private")
            && type != QLatin1String("state_change"))
            errors << u"type: '%1' is not one of message, private, state_change."_s.arg(type);
        if (conversation->value(u"status"_s).toString() == QLatin1String("closed"))
            errors << u"conversation: The conversation is closed."_s;
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        const QString conversationId = conversation->value(u"id"_s).toString();
        const QJsonObject message = requestfactory::addMessage(context, conversationId, text, type);
        return ApiReply::json(message, 201);
    });
    // conversations_conversation_messages_detail_updateMessage: the text of a message can be corrected.
    router.add(Method::Put, u"/conversations/{conversation_id}/messages/{id}"_s, [&context](ApiRequest &request) {
        const QString id = request.param(u"conversation_id"_s);
        const auto conversation = requestfactory::findConversation(context, id);
        if (!conversation)
            return ApiReply::notFound(u"Conversation"_s, id);
        const QString conversationId = conversation->value(u"id"_s).toString();
        const QString messageId = request.param(u"id"_s);
        auto message = context.store().get(u"messages"_s, messageId);
        if (!message || message->value(u"conversation"_s).toString() != conversationId)
            return ApiReply::notFound(u"Message"_s, messageId);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        if (body->contains(u"text"_s)) {
            const QString text = body->value(u"text"_s).toString();
            if (text.trimmed().isEmpty())
                return ApiReply::validation({ u"text: This field may not be blank."_s });
            message->insert(u"text"_s, text);
        }
        QJsonObject events = message->value(u"events"_s).toObject();
        events.insert(u"updated"_s, context.event());
        message->insert(u"events"_s, events);
        context.store().put(u"messages"_s, *message, conversationId);
        return ApiReply::json(*message);
    });
}

} // namespace cv::sandbox
