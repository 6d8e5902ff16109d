#include "sandbox/api/requesttransitions.h"

#include "app/content/templaterender.h"
#include "sandbox/api/requestfactory.h"
#include "sandbox/api/sandboxcontext.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cv::sandbox::requesttransitions {

namespace {

const QString kRequests = u"requests"_s;

QJsonObject &setPath(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

/// The asset's new status when a request of `type` is approved (REFERENCE §3.15 statuses).
QString approvedAssetStatus(const QString &type, const QString &current)
{
    if (type == QLatin1String("suspend"))
        return u"suspended"_s;
    if (type == QLatin1String("cancel"))
        return u"terminated"_s;
    if (type == QLatin1String("purchase") || type == QLatin1String("resume") || type == QLatin1String("renew"))
        return u"active"_s;
    return current == QLatin1String("processing") ? u"active"_s : current; // change, adjustment
}

/// Writes the outcome of a request onto its stored asset (and the request's copy of the asset).
void updateAsset(SandboxContext &context, QJsonObject &request, const QString &status, bool applyLines,
    const QJsonObject &templ = {})
{
    QJsonObject view = request.value(u"asset"_s).toObject();
    const QString assetId = view.value(u"id"_s).toString();
    QJsonObject asset = context.store().get(u"assets"_s, assetId).value_or(view);
    if (applyLines) {
        asset.insert(u"items"_s, view.value(u"items"_s));
        asset.insert(u"params"_s, view.value(u"params"_s));
    }
    asset.insert(u"status"_s, status);
    if (!templ.isEmpty())
        asset.insert(
            u"template"_s, QJsonObject { { u"id"_s, templ.value(u"id"_s) }, { u"name"_s, templ.value(u"name"_s) } });
    const QString now = context.now();
    QJsonObject events = asset.value(u"events"_s).toObject();
    events.insert(u"updated"_s, QJsonObject { { u"at"_s, now } });
    asset.insert(u"events"_s, events);
    asset.insert(u"updated"_s, now);
    context.store().put(u"assets"_s, asset);
    view.insert(u"status"_s, status);
    view.insert(u"events"_s, events);
    request.insert(u"asset"_s, view);
}

QStringList missingRequired(SandboxContext &context, const QJsonObject &request, const QString &phase)
{
    const QString productId
        = request.value(u"asset"_s).toObject().value(u"product"_s).toObject().value(u"id"_s).toString();
    QHash<QString, QJsonObject> lines;
    for (const QJsonValue &value : request.value(u"asset"_s).toObject().value(u"params"_s).toArray())
        lines.insert(value.toObject().value(u"id"_s).toString(), value.toObject());
    QStringList errors;
    for (const QJsonObject &parameter : context.store().all(u"parameters"_s, productId)) {
        if (parameter.value(u"scope"_s).toString() != QLatin1String("asset")
            || parameter.value(u"phase"_s).toString() != phase
            || !parameter.value(u"constraints"_s).toObject().value(u"required"_s).toBool())
            continue;
        const QString name = parameter.value(u"name"_s).toString();
        if (!hasValue(lines.value(name)))
            errors << u"%1: The %2 parameter '%3' is required."_s.arg(
                name, phase, parameter.value(u"title"_s).toString(name));
    }
    return errors;
}

std::optional<QJsonObject> findUser(SandboxContext &context, const QString &id, const QString &email)
{
    for (const QJsonObject &user : context.store().all(u"users"_s, context.accountId())) {
        if ((!id.isEmpty() && user.value(u"id"_s).toString() == id)
            || (!email.isEmpty() && user.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0))
            return user;
    }
    return std::nullopt;
}

} // namespace

const QList<Transition> &table()
{
    static const QList<Transition> transitions {
        { u"purchase"_s, u"purchased"_s, { u"draft"_s }, u"pending"_s },
        { u"submit"_s, u"submitted"_s, { u"draft"_s, u"tiers_setup"_s }, u"pending"_s },
        { u"pend"_s, u"pended"_s, { u"inquiring"_s, u"draft"_s }, u"pending"_s },
        { u"inquire"_s, u"inquired"_s, { u"pending"_s }, u"inquiring"_s },
        { u"approve"_s, u"approved"_s, { u"pending"_s }, u"approved"_s },
        { u"fail"_s, u"failed"_s, { u"pending"_s, u"inquiring"_s }, u"failed"_s },
        { u"schedule"_s, u"scheduled"_s, { u"pending"_s }, u"scheduled"_s },
        { u"revoke"_s, u"revoked"_s, { u"scheduled"_s }, u"revoking"_s },
        { u"confirm"_s, u"confirmed"_s, { u"revoking"_s }, u"revoked"_s },
        { u"assign"_s, u"assigned"_s,
            { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"scheduled"_s, u"revoking"_s }, QString() },
        { u"unassign"_s, u"unassigned"_s,
            { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"scheduled"_s, u"revoking"_s }, QString() },
        { u"validate"_s, u"validated"_s, { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s }, QString() },
    };
    return transitions;
}

const Transition *find(const QString &action)
{
    for (const Transition &transition : table()) {
        if (transition.action == action)
            return &transition;
    }
    return nullptr;
}

QStringList editableStatuses()
{
    return { u"draft"_s, u"pending"_s, u"inquiring"_s };
}

bool hasValue(const QJsonObject &param)
{
    if (!param.value(u"value"_s).toString().isEmpty())
        return true;
    const QJsonValue structured = param.value(u"structured_value"_s);
    return (structured.isObject() && !structured.toObject().isEmpty())
        || (structured.isArray() && !structured.toArray().isEmpty());
}

QStringList applyParamUpdates(QJsonArray &params, const QJsonArray &updates, const QString &field)
{
    QStringList errors;
    for (const QJsonValue &value : updates) {
        const QJsonObject update = value.toObject();
        const QString id = update.value(u"id"_s).toString();
        if (id.isEmpty()) {
            errors << u"%1: Each parameter needs an id."_s.arg(field);
            continue;
        }
        qsizetype index = -1;
        for (qsizetype i = 0; i < params.size() && index < 0; ++i) {
            const QJsonObject line = params.at(i).toObject();
            if (line.value(u"id"_s).toString() == id || line.value(u"name"_s).toString() == id)
                index = i;
        }
        if (index < 0) {
            errors << u"%1: Unknown parameter '%2'."_s.arg(field, id);
            continue;
        }
        QJsonObject line = params.at(index).toObject();
        if (update.contains(u"value"_s)) {
            const QJsonValue v = update.value(u"value"_s);
            line.insert(u"value"_s, v.isString() ? v.toString() : v.isNull() ? QString() : v.toVariant().toString());
        }
        if (update.contains(u"structured_value"_s))
            line.insert(u"structured_value"_s, update.value(u"structured_value"_s));
        if (update.contains(u"value_error"_s))
            line.insert(u"value_error"_s, update.value(u"value_error"_s).toString());
        params.replace(index, line);
    }
    return errors;
}

QJsonObject renderFor(SandboxContext &context, const QString &productId, const QString &templateId,
    const QString &scope, const QString &type, const QJsonObject &request, QString &error)
{
    for (const QJsonObject &templ : context.store().all(u"templates"_s, productId)) {
        if (templ.value(u"id"_s).toString() != templateId)
            continue;
        if (templ.value(u"scope"_s).toString() != scope
            || (!type.isEmpty() && templ.value(u"type"_s).toString() != type)) {
            error = u"template_id: Template %1 is not a%2 template of the %3 scope."_s.arg(
                templateId, type.isEmpty() ? QString() : u" "_s + type, scope);
            return {};
        }
        return { { u"id"_s, templateId }, { u"name"_s, templ.value(u"name"_s) },
            { u"message"_s,
                content::renderTemplate(templ.value(u"body"_s).toString(), content::requestTemplateValues(request)) } };
    }
    error = u"template_id: Template %1 does not belong to product %2."_s.arg(templateId, productId);
    return {};
}

ApiReply run(SandboxContext &context, const QString &action, const QString &id, const QJsonObject &body)
{
    auto stored = context.store().get(kRequests, id);
    if (!stored)
        return ApiReply::notFound(u"Request"_s, id);
    QJsonObject request = *stored;
    const Transition *transition = find(action);
    const QString status = request.value(u"status"_s).toString();
    if (!transition || !transition->from.contains(status))
        return ApiReply::badTransition(
            u"REQ_003"_s, u"Request "_s + id, transition ? transition->done : action, status);
    const QString type = request.value(u"type"_s).toString();
    const QString productId
        = request.value(u"asset"_s).toObject().value(u"product"_s).toObject().value(u"id"_s).toString();
    const QString assetStatus = request.value(u"asset"_s).toObject().value(u"status"_s).toString();
    QString note;

    if (action == QLatin1String("approve")) {
        const QString templateId = body.value(u"template_id"_s).toString();
        const QString tile = body.value(u"activation_tile"_s).toString();
        if (templateId.isEmpty() && tile.isEmpty())
            return ApiReply::validation(
                { u"template_id: This field is required (or the deprecated activation_tile)."_s });
        const QStringList missing = missingRequired(context, request, u"fulfillment"_s);
        if (!missing.isEmpty())
            return ApiReply::validation(missing);
        QJsonObject templ;
        if (!templateId.isEmpty()) {
            QString error;
            templ = renderFor(context, productId, templateId, u"asset"_s, u"fulfillment"_s, request, error);
            if (templ.isEmpty())
                return ApiReply::validation({ error });
            request.insert(u"template"_s, templ);
            request.insert(u"activation_key"_s, templ.value(u"message"_s));
        } else {
            request.insert(u"activation_key"_s, tile);
        }
        request.insert(u"effective_date"_s, body.value(u"effective_date"_s).toString(context.now()));
        updateAsset(context, request, approvedAssetStatus(type, assetStatus),
            type != QLatin1String("suspend") && type != QLatin1String("resume") && type != QLatin1String("cancel"),
            templ);
        note = u"Request was approved."_s;
    } else if (action == QLatin1String("inquire")) {
        const QString templateId = body.value(u"template_id"_s).toString();
        bool flagged = false;
        for (const QJsonValue &value : request.value(u"asset"_s).toObject().value(u"params"_s).toArray())
            flagged = flagged || !value.toObject().value(u"value_error"_s).toString().isEmpty();
        if (!templateId.isEmpty()) {
            QString error;
            const QJsonObject templ
                = renderFor(context, productId, templateId, u"asset"_s, u"inquire"_s, request, error);
            if (templ.isEmpty())
                return ApiReply::validation({ error });
            request.insert(u"template"_s, templ);
        } else if (!flagged) {
            return ApiReply::validation({ u"asset.params: Set value_error on at least one parameter, or give the "
                                          "template_id of an inquire template."_s });
        }
        note = u"Request was moved to the inquiring status: the customer is asked for more information."_s;
    } else if (action == QLatin1String("fail")) {
        const QString reason = body.value(u"reason"_s).toString().trimmed();
        if (reason.isEmpty())
            return ApiReply::validation({ u"reason: This field is required."_s });
        request.insert(u"reason"_s, reason);
        if (type == QLatin1String("purchase"))
            updateAsset(context, request, u"terminated"_s, false);
        note = u"Request was failed: "_s + reason;
    } else if (action == QLatin1String("schedule")) {
        const QString planned = body.value(u"planned_date"_s).toString();
        if (planned.isEmpty())
            return ApiReply::validation({ u"planned_date: This field is required."_s });
        if (!QDateTime::fromString(planned, Qt::ISODateWithMs).isValid()
            && !QDateTime::fromString(planned, Qt::ISODate).isValid())
            return ApiReply::validation({ u"planned_date: Enter a valid date and time in ISO 8601 format."_s });
        request.insert(u"planned_date"_s, planned);
        note = u"Request was scheduled for %1."_s.arg(planned);
    } else if (action == QLatin1String("revoke")) {
        const QString reason = body.value(u"reason"_s).toString();
        if (!reason.isEmpty())
            request.insert(u"reason"_s, reason);
        note = u"Revocation of the request was started."_s + (reason.isEmpty() ? QString() : u" "_s + reason);
    } else if (action == QLatin1String("confirm")) {
        if (type == QLatin1String("purchase"))
            updateAsset(context, request, u"terminated"_s, false);
        note = u"Request was revoked."_s;
    } else if (action == QLatin1String("assign")) {
        const QString userId = body.value(u"id"_s).toString();
        const QString email = body.value(u"email"_s).toString();
        if (userId.isEmpty() && email.isEmpty())
            return ApiReply::validation({ u"id: Give the id or the email of the user to assign."_s });
        const auto user = findUser(context, userId, email);
        if (!user)
            return ApiReply::validation({ userId.isEmpty() ? u"email: No user with the email %1."_s.arg(email)
                                                           : u"id: User %1 does not exist."_s.arg(userId) });
        request.insert(u"assignee"_s,
            QJsonObject { { u"id"_s, user->value(u"id"_s) }, { u"name"_s, user->value(u"name"_s) },
                { u"email"_s, user->value(u"email"_s) } });
        note = u"Request was assigned to %1."_s.arg(user->value(u"name"_s).toString());
    } else if (action == QLatin1String("unassign")) {
        request.insert(u"assignee"_s, QString());
        note = u"Request was unassigned."_s;
    } else if (action == QLatin1String("validate")) {
        // Real-time validation answers with the request as it would be, with problems in value_error;
        // nothing is stored.
        QJsonObject asset = request.value(u"asset"_s).toObject();
        QJsonArray params = asset.value(u"params"_s).toArray();
        const QStringList errors = applyParamUpdates(
            params, body.value(u"asset"_s).toObject().value(u"params"_s).toArray(), u"asset.params"_s);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        for (qsizetype i = 0; i < params.size(); ++i) {
            QJsonObject line = params.at(i).toObject();
            if (line.value(u"phase"_s).toString() == QLatin1String("ordering")
                && line.value(u"constraints"_s).toObject().value(u"required"_s).toBool() && !hasValue(line))
                params.replace(i, setPath(line, u"value_error"_s, u"This parameter is required."_s));
        }
        asset.insert(u"params"_s, params);
        request.insert(u"asset"_s, asset);
        return ApiReply::json(request);
    } else {
        note = u"Request was moved to the %1 status."_s.arg(transition->to); // purchase, submit, pend
    }

    if (!transition->to.isEmpty())
        request.insert(u"status"_s, transition->to);
    request.insert(u"updated"_s, context.now());
    context.store().put(kRequests, request);
    requestfactory::noteStateChange(context, id, note);
    context.changed(u"fulfillment_request"_s, request, productId);
    return ApiReply::json(request);
}

ApiReply updatePending(SandboxContext &context, const QString &id, const QJsonObject &body)
{
    auto stored = context.store().get(kRequests, id);
    if (!stored)
        return ApiReply::notFound(u"Request"_s, id);
    QJsonObject request = *stored;
    const QString status = request.value(u"status"_s).toString();
    if (!editableStatuses().contains(status))
        return ApiReply::badTransition(u"REQ_003"_s, u"Request "_s + id, u"updated"_s, status);
    QStringList errors;
    QJsonObject asset = request.value(u"asset"_s).toObject();
    QJsonArray params = asset.value(u"params"_s).toArray();
    const QJsonValue updates = body.value(u"asset"_s).toObject().value(u"params"_s);
    if (!updates.isUndefined() && !updates.isArray())
        errors << u"asset.params: Expected a list of parameters."_s;
    errors << applyParamUpdates(params, updates.toArray(), u"asset.params"_s);
    if (body.contains(u"note"_s)) {
        if (!body.value(u"note"_s).isString())
            errors << u"note: Expected text."_s;
        else if (body.value(u"note"_s).toString().size() > 2000)
            errors << u"note: Ensure this field has no more than 2000 characters."_s;
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    asset.insert(u"params"_s, params);
    request.insert(u"asset"_s, asset);
    if (body.contains(u"note"_s))
        request.insert(u"note"_s, body.value(u"note"_s).toString());
    request.insert(u"updated"_s, context.now());
    context.store().put(kRequests, request);
    context.changed(u"fulfillment_request"_s, request, asset.value(u"product"_s).toObject().value(u"id"_s).toString());
    return ApiReply::json(request);
}

} // namespace cv::sandbox::requesttransitions
