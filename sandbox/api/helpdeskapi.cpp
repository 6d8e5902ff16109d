// Helpdesk cases (/helpdesk/cases, REFERENCE §3.26): the vendor opens support cases to its distributor.
// Each case has a conversation (instance_id = case id) for its replies, read and written through
// /conversations/{conversation_id}/messages like any other conversation.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/conversations.h"
#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/http/multipart.h"
#include "sandbox/seed/demoseed.h"

#include <QJsonArray>

namespace cv::sandbox {

namespace {

const QString kCases = QStringLiteral("cases");
const QString kAttachments = QStringLiteral("case_attachments");

/// The largest file the sandbox takes as a case attachment. Connect documents none (REFERENCE §3.26); this is the
/// figure the client refuses above too (app/helpdesk/caserules.h), kept apart on purpose so that the sandbox checks
/// the client rather than sharing its mistakes; tests/unit/tst_rulesagreement.cpp compares the two.
constexpr qint64 kMaxCaseAttachmentBytes = 25LL * 1024 * 1024;
const QString kAccounts = QStringLiteral("accounts");

QJsonObject accountRef(const QJsonObject &account)
{
    return { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
        { QStringLiteral("name"), account.value(QStringLiteral("name")) },
        { QStringLiteral("icon"), account.value(QStringLiteral("icon")).toString() } };
}

/// The distributor a case goes to when the body names none: the sandbox's first provider account,
/// created ("Connect Lab Provider") the first time a case needs one.
QJsonObject defaultProvider(SandboxContext &context)
{
    for (const QJsonObject &account : context.store().all(kAccounts)) {
        if (account.value(QStringLiteral("type")).toString() == QLatin1String("provider"))
            return account;
    }
    QJsonObject provider { { QStringLiteral("id"), context.store().newId(kAccounts, QStringLiteral("PA-###-###")) },
        { QStringLiteral("name"), QStringLiteral("Connect Lab Provider") },
        { QStringLiteral("type"), QStringLiteral("provider") },
        { QStringLiteral("role"), QStringLiteral("distributor") }, { QStringLiteral("icon"), QString() },
        { QStringLiteral("description"), QStringLiteral("The distributor of the Connect hands-on lab.") },
        { QStringLiteral("public"), false }, { QStringLiteral("sourcing"), false },
        { QStringLiteral("countries"), QJsonArray { QStringLiteral("US") } } };
    provider.insert(QStringLiteral("external_id"), provider.value(QStringLiteral("id")));
    context.stamp(provider, QStringLiteral("created"));
    context.store().put(kAccounts, provider);
    return provider;
}

void textField(const QJsonObject &body, QJsonObject &kase, const QString &field, int maxLength, QStringList &errors)
{
    const QJsonValue value = body.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        errors << QStringLiteral("%1: This field is required.").arg(field);
    else if (value.toString().size() > maxLength)
        errors << QStringLiteral("%1: Ensure this field has no more than %2 characters.").arg(field).arg(maxLength);
    else
        kase.insert(field, value.toString());
}

/// Applies the editable fields of `body` (subject, description, priority, type, product) to `kase`.
/// On create the required ones must be there; on update only those present change.
QStringList applyFields(SandboxContext &context, const QJsonObject &body, QJsonObject &kase, bool creating)
{
    QStringList errors;
    for (const auto &[field, limit] :
        { std::pair { QStringLiteral("subject"), 300 }, std::pair { QStringLiteral("description"), 10000 } }) {
        if (creating || body.contains(field))
            textField(body, kase, field, limit, errors);
    }
    if (body.contains(QStringLiteral("priority"))) {
        // The spec types the enum as strings of digits; clients send numbers. Accept both.
        const QJsonValue value = body.value(QStringLiteral("priority"));
        bool ok = value.isDouble() && value.toDouble() == value.toInt();
        int priority = value.toInt();
        if (value.isString())
            priority = value.toString().toInt(&ok);
        if (!ok || priority < 0 || priority > 3)
            errors << QStringLiteral("priority: \"%1\" is not a valid choice (0 low, 1 medium, 2 high, 3 urgent).")
                          .arg(value.isString() ? value.toString() : QString::number(value.toDouble()));
        else
            kase.insert(QStringLiteral("priority"), priority);
    } else if (creating) {
        kase.insert(QStringLiteral("priority"), 0);
    }
    if (body.contains(QStringLiteral("type"))) {
        const QString type = body.value(QStringLiteral("type")).toString().toLower();
        if (type != QLatin1String("technical") && type != QLatin1String("business"))
            errors << QStringLiteral("type: \"%1\" is not a valid choice ('technical', 'business').")
                          .arg(body.value(QStringLiteral("type")).toString());
        else
            kase.insert(QStringLiteral("type"), type);
    } else if (creating) {
        kase.insert(QStringLiteral("type"), QStringLiteral("technical"));
    }
    if (body.contains(QStringLiteral("product"))) {
        const QJsonValue value = body.value(QStringLiteral("product"));
        const QString productId = value.toObject().value(QStringLiteral("id")).toString();
        const auto product
            = productId.isEmpty() ? std::nullopt : context.store().get(QStringLiteral("products"), productId);
        if (value.isNull()) {
            kase.remove(QStringLiteral("product")); // a case about no product has no product section
        } else if (!product) {
            errors << QStringLiteral("product.id: Product %1 does not exist.").arg(productId);
        } else {
            kase.insert(QStringLiteral("product"),
                QJsonObject { { QStringLiteral("id"), productId },
                    { QStringLiteral("name"), product->value(QStringLiteral("name")) },
                    { QStringLiteral("icon"), product->value(QStringLiteral("icon")) } });
        }
    }
    return errors;
}

/// Users of the sandbox account named in issuer.recipients, as {id, name}.
QJsonArray recipients(SandboxContext &context, const QJsonValue &given, QStringList &errors)
{
    QJsonArray result;
    for (const QJsonValue &entry : given.toArray()) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        const auto user = context.store().get(QStringLiteral("users"), id);
        if (!user) {
            errors << QStringLiteral("issuer.recipients: User %1 does not exist.").arg(id);
            continue;
        }
        result.append(QJsonObject {
            { QStringLiteral("id"), id }, { QStringLiteral("name"), user->value(QStringLiteral("name")) } });
    }
    return result;
}

std::optional<QJsonObject> createCase(SandboxContext &context, const QJsonObject &body, QStringList &errors)
{
    QJsonObject kase;
    errors = applyFields(context, body, kase, true);
    const QString state = body.value(QStringLiteral("state")).toString(QStringLiteral("pending")).toLower();
    if (state != QLatin1String("pending"))
        errors << QStringLiteral("state: A new case starts in the 'pending' state.");
    const QJsonArray issuerRecipients = recipients(
        context, body.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("recipients")), errors);
    const QString receiverId = body.value(QStringLiteral("receiver"))
                                   .toObject()
                                   .value(QStringLiteral("account"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    std::optional<QJsonObject> receiver;
    if (receiverId == context.accountId())
        errors << QStringLiteral("receiver.account.id: A case cannot be addressed to your own account.");
    else if (!receiverId.isEmpty() && !(receiver = context.store().get(kAccounts, receiverId)))
        errors << QStringLiteral("receiver.account.id: Account %1 does not exist.").arg(receiverId);
    if (!errors.isEmpty())
        return std::nullopt;
    if (!receiver)
        receiver = defaultProvider(context); // only once the case is sure to be created

    const QString id = context.store().newId(kCases, QStringLiteral("CA-###-###-###"));
    kase.insert(QStringLiteral("id"), id);
    kase.insert(QStringLiteral("state"), QStringLiteral("pending"));
    kase.insert(QStringLiteral("issuer"),
        QJsonObject { { QStringLiteral("account"), accountRef(context.account()) },
            { QStringLiteral("agent"), context.actor() }, { QStringLiteral("recipients"), issuerRecipients } });
    kase.insert(QStringLiteral("receiver"),
        QJsonObject {
            { QStringLiteral("account"), accountRef(*receiver) }, { QStringLiteral("recipients"), QJsonArray() } });
    kase.insert(QStringLiteral("rating"), QJsonValue(QJsonValue::Null));
    kase.insert(QStringLiteral("feedback"), QJsonValue(QJsonValue::Null));
    const QJsonObject created = context.event();
    kase.insert(QStringLiteral("events"),
        QJsonObject { { QStringLiteral("created"), created }, { QStringLiteral("updated"), created },
            { QStringLiteral("pending"), created } });
    context.store().put(kCases, kase);
    createConversation(context, id, QStringLiteral("Case: ") + id,
        { kase.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("account")),
            kase.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("account")) });
    return kase;
}

struct Transition
{
    QString action; ///< path segment: inquire, pend, resolve, close
    QString past; ///< for messages: inquired, pended, ...
    QStringList from; ///< states it is allowed from
    QString to; ///< the new state, also the events.<name> it stamps
    QString code; ///< error code when refused
};

const QList<Transition> &transitions()
{
    static const QList<Transition> list {
        { QStringLiteral("inquire"), QStringLiteral("inquired"), { QStringLiteral("pending") },
            QStringLiteral("inquiring"), QStringLiteral("HD_001") },
        { QStringLiteral("pend"), QStringLiteral("pended"), { QStringLiteral("inquiring"), QStringLiteral("resolved") },
            QStringLiteral("pending"), QStringLiteral("HD_002") },
        { QStringLiteral("resolve"), QStringLiteral("resolved"), { QStringLiteral("pending") },
            QStringLiteral("resolved"), QStringLiteral("HD_003") },
        { QStringLiteral("close"), QStringLiteral("closed"), { QStringLiteral("resolved") }, QStringLiteral("closed"),
            QStringLiteral("HD_004") },
    };
    return list;
}

/// Moves `kase` along `transition`, or says why not. `body` matters for close (rating, feedback).
ApiReply move(SandboxContext &context, QJsonObject &kase, const Transition &transition, const QJsonObject &body)
{
    const QString id = kase.value(QStringLiteral("id")).toString();
    const QString state = kase.value(QStringLiteral("state")).toString();
    if (!transition.from.contains(state))
        return ApiReply::error(400, transition.code,
            { QStringLiteral("Case %1 cannot be %2 from the '%3' state (%4 is allowed only from %5).")
                    .arg(
                        id, transition.past, state, transition.action, transition.from.join(QStringLiteral(" or "))) });
    if (transition.action == QLatin1String("close")) {
        const QJsonValue rating = body.value(QStringLiteral("rating"));
        if (!rating.isUndefined() && !rating.isNull()) {
            bool ok = rating.isDouble() && rating.toDouble() == rating.toInt();
            int value = rating.toInt();
            if (rating.isString())
                value = rating.toString().toInt(&ok);
            if (!ok || value < 1 || value > 5)
                return ApiReply::validation(
                    { QStringLiteral("rating: Give a whole number from 1 (very poor) to 5 (very good).") });
            kase.insert(QStringLiteral("rating"), value);
        }
        const QJsonValue feedback = body.value(QStringLiteral("feedback"));
        if (!feedback.isUndefined() && !feedback.isNull() && !feedback.isString())
            return ApiReply::validation({ QStringLiteral("feedback: Not a valid string.") });
        if (feedback.isString())
            kase.insert(QStringLiteral("feedback"), feedback.toString());
    }
    kase.insert(QStringLiteral("state"), transition.to);
    context.stamp(kase, transition.to);
    context.store().put(kCases, kase);
    return ApiReply::json(kase);
}

} // namespace

void registerHelpdeskRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/helpdesk/cases"),
        [&context](ApiRequest &request) { return context.list(request, kCases); });
    router.add(Method::Post, QStringLiteral("/helpdesk/cases"), [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QStringList errors;
        const auto kase = createCase(context, *body, errors);
        return kase ? ApiReply::json(*kase, 201) : ApiReply::validation(errors);
    });
    registerCaseAttachmentRoutes(router, context);
    router.add(Method::Get, QStringLiteral("/helpdesk/cases/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kCases, request.param(QStringLiteral("id")), QStringLiteral("Case"));
    });
    router.add(Method::Put, QStringLiteral("/helpdesk/cases/{id}"), [&context](ApiRequest &request) {
        auto kase = context.store().get(kCases, request.param(QStringLiteral("id")));
        if (!kase)
            return ApiReply::notFound(QStringLiteral("Case"), request.param(QStringLiteral("id")));
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString state = kase->value(QStringLiteral("state")).toString();
        if (state == QLatin1String("closed"))
            return ApiReply::error(400, QStringLiteral("HD_005"),
                { QStringLiteral("Case %1 cannot be updated in the 'closed' state.")
                        .arg(kase->value(QStringLiteral("id")).toString()) });
        // The state moves only through the actions; naming the current one is harmless.
        if (body->contains(QStringLiteral("state"))
            && body->value(QStringLiteral("state")).toString().toLower() != state)
            return ApiReply::validation(
                { QStringLiteral("state: Use the inquire, pend, resolve and close actions to change the state.") });
        const QStringList errors = applyFields(context, *body, *kase, false);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        context.stamp(*kase, QStringLiteral("updated"));
        context.store().put(kCases, *kase);
        return ApiReply::json(*kase);
    });
    for (const Transition &transition : transitions()) {
        router.add(Method::Post, QStringLiteral("/helpdesk/cases/{id}/") + transition.action,
            [&context, transition](ApiRequest &request) {
                auto kase = context.store().get(kCases, request.param(QStringLiteral("id")));
                if (!kase)
                    return ApiReply::notFound(QStringLiteral("Case"), request.param(QStringLiteral("id")));
                ApiReply error;
                const auto body = context.jsonBody(request, error);
                if (!body)
                    return error;
                return move(context, *kase, transition, *body);
            });
    }
}

qint64 maxCaseAttachmentBytes()
{
    return kMaxCaseAttachmentBytes;
}

void registerCaseAttachmentRoutes(Router &router, SandboxContext &context)
{
    const QString list = QStringLiteral("/helpdesk/cases/{cases_id}/attachments");
    router.add(Method::Get, list, [&context](ApiRequest &request) {
        const QString caseId = request.param(QStringLiteral("cases_id"));
        if (!context.store().get(kCases, caseId))
            return ApiReply::notFound(QStringLiteral("Case"), caseId);
        return context.list(request, kAttachments, caseId);
    });
    // helpdesk_cases_attachments_list_createAttachment: multipart/form-data with the file in the part "file".
    router.add(Method::Post, list, [&context](ApiRequest &request) {
        const QString caseId = request.param(QStringLiteral("cases_id"));
        const auto kase = context.store().get(kCases, caseId);
        if (!kase)
            return ApiReply::notFound(QStringLiteral("Case"), caseId);
        if (kase->value(QStringLiteral("state")).toString() == QLatin1String("closed"))
            return ApiReply::error(400, QStringLiteral("HD_005"),
                { QStringLiteral("Case %1 cannot be updated in the 'closed' state.").arg(caseId) });
        if (!request.header("content-type").startsWith("multipart/form-data"))
            return ApiReply::validation(
                { QStringLiteral("file: Send the file as multipart/form-data in the part 'file'.") });
        const auto parts = http::parseMultipart(request.header("content-type"), request.body);
        if (!parts)
            return ApiReply::validation({ QStringLiteral("file: %1").arg(parts.error()) });
        const http::MultipartPart *file = nullptr;
        for (const http::MultipartPart &part : parts.value()) {
            if (part.name == "file")
                file = &part;
        }
        if (!file)
            return ApiReply::validation({ QStringLiteral("file: This field is required.") });
        if (file->data.isEmpty())
            return ApiReply::validation({ QStringLiteral("file: The submitted file is empty.") });
        if (file->data.size() > kMaxCaseAttachmentBytes)
            return ApiReply::validation(
                { QStringLiteral("file: The file has %1 bytes; the largest accepted is %2 bytes.")
                        .arg(file->data.size())
                        .arg(kMaxCaseAttachmentBytes) });
        const QString id = context.store().newId(kAttachments, QStringLiteral("CAAT-###-###-###"));
        const QString name
            = file->fileName.isEmpty() ? QStringLiteral("attachment") : QString::fromUtf8(file->fileName);
        const QByteArray type
            = file->contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : file->contentType;
        context.store().putBlob(QStringLiteral("/media/helpdesk/%1/%2").arg(caseId, id), type, file->data);
        const QString link = QStringLiteral("/public/v1/helpdesk/cases/%1/attachments/%2").arg(caseId, id);
        QJsonObject attachment { { QStringLiteral("id"), id },
            { QStringLiteral("account"), accountRef(context.account()) },
            { QStringLiteral("attachment"), QString(link + QStringLiteral("?format=attachment")) },
            { QStringLiteral("preview"), QString(link + QStringLiteral("?format=preview")) },
            { QStringLiteral("size"), qint64(file->data.size()) }, { QStringLiteral("name"), name },
            { QStringLiteral("type"), QString::fromLatin1(type) } };
        context.stamp(attachment, QStringLiteral("created"));
        context.store().put(kAttachments, attachment, caseId);
        QJsonObject touched = *kase;
        context.stamp(touched, QStringLiteral("updated"));
        context.store().put(kCases, touched);
        return ApiReply::json(attachment, 201);
    });
    const QString one = QStringLiteral("/helpdesk/cases/{cases_id}/attachments/{id}");
    router.add(Method::Get, one, [&context](ApiRequest &request) {
        return context.getOr404(kAttachments, request.param(QStringLiteral("id")), QStringLiteral("Attachment"));
    });
    router.add(Method::Delete, one, [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        return context.store().remove(kAttachments, id) ? ApiReply::noContent()
                                                        : ApiReply::notFound(QStringLiteral("Attachment"), id);
    });
}

void seedHelpdesk(SandboxContext &context, const QString &productId)
{
    auto open = [&context](const QJsonObject &body, const QStringList &messages) {
        QStringList errors;
        auto kase = createCase(context, body, errors);
        if (!kase)
            return QJsonObject();
        if (const auto conversation = conversationOf(context, kase->value(QStringLiteral("id")).toString())) {
            for (const QString &text : messages)
                addMessage(context, conversation->value(QStringLiteral("id")).toString(), text);
        }
        return *kase;
    };
    const QJsonObject product { { QStringLiteral("id"), productId } };
    open({ { QStringLiteral("subject"), QStringLiteral("Activation link expires before customers open it") },
             { QStringLiteral("description"),
                 QStringLiteral(
                     "Several customers report that the activation link in the welcome e-mail "
                     "has expired by the time they click it. Can the marketplace extend the link lifetime?") },
             { QStringLiteral("priority"), 2 }, { QStringLiteral("type"), QStringLiteral("technical") },
             { QStringLiteral("product"), product } },
        { QStringLiteral("Hello, we see this for about one order in ten since last week."),
            QStringLiteral("Example: request PR-0000-0000-0000-001, link sent at 09:00, opened at 17:30.") });
    QJsonObject inquiring
        = open({ { QStringLiteral("subject"), QStringLiteral("Price list for the EU marketplace") },
                   { QStringLiteral("description"),
                       QStringLiteral("Please confirm the date from which the new EU price list applies.") },
                   { QStringLiteral("priority"), 1 }, { QStringLiteral("type"), QStringLiteral("business") } },
            { QStringLiteral("Which marketplace do you mean: EU West or EU Central?") });
    if (!inquiring.isEmpty())
        move(context, inquiring, transitions().at(0), {});
    QJsonObject closed
        = open({ { QStringLiteral("subject"), QStringLiteral("Usage file rejected: unknown item MPN") },
                   { QStringLiteral("description"),
                       QStringLiteral("The usage file for last month was rejected with 'item not found'.") },
                   { QStringLiteral("priority"), 3 }, { QStringLiteral("type"), QStringLiteral("technical") },
                   { QStringLiteral("product"), product } },
            { QStringLiteral("The item MPN in the file had a trailing space; a corrected file was accepted."),
                QStringLiteral("Thanks, confirmed on our side.") });
    if (!closed.isEmpty()) {
        move(context, closed, transitions().at(2), {});
        move(context, closed, transitions().at(3),
            { { QStringLiteral("rating"), 5 },
                { QStringLiteral("feedback"), QStringLiteral("Quick and precise, thank you.") } });
    }
}

} // namespace cv::sandbox
