// Tier accounts (REFERENCE §3.17) and tier configuration requests / tier configs (§3.16), compact: list,
// get, parameter updates and the transitions approve/fail/inquire/pend/assign/unassign.
#include "sandbox/api/fulfilmentroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/requestfactory.h"
#include "sandbox/api/requesttransitions.h"
#include "sandbox/api/sandboxcontext.h"

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

const QString kTcr = u"tier_config_requests"_s;

struct TierTransition
{
    QString action;
    QString done;
    QStringList from;
    QString to; // empty: unchanged
};

// Connect's tier configuration request life cycle, in one place.
const QList<TierTransition> &tierTable()
{
    static const QList<TierTransition> table {
        { u"approve"_s, u"approved"_s, { u"pending"_s, u"inquiring"_s }, u"approved"_s },
        { u"fail"_s, u"failed"_s, { u"pending"_s, u"inquiring"_s }, u"failed"_s },
        { u"inquire"_s, u"inquired"_s, { u"pending"_s }, u"inquiring"_s },
        { u"pend"_s, u"pended"_s, { u"inquiring"_s }, u"pending"_s },
        { u"assign"_s, u"assigned"_s, { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s }, QString() },
        { u"unassign"_s, u"unassigned"_s, { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s }, QString() },
    };
    return table;
}

void saveConfig(SandboxContext &context, QJsonObject &request, const QString &configStatus, const QJsonObject &templ)
{
    QJsonObject config = request.value(u"configuration"_s).toObject();
    QJsonObject stored = context.store().get(u"tier_configs"_s, config.value(u"id"_s).toString()).value_or(config);
    for (QJsonObject *target : { &config, &stored }) {
        target->insert(u"status"_s, configStatus);
        target->remove(u"open_request"_s);
        if (!templ.isEmpty())
            target->insert(u"template"_s, templ);
        target->insert(u"params"_s, request.value(u"params"_s));
    }
    stored.insert(u"updated"_s, context.now());
    context.store().put(u"tier_configs"_s, stored);
    request.insert(u"configuration"_s, config);
}

ApiReply runTier(SandboxContext &context, const TierTransition &transition, const QString &id, const QJsonObject &body)
{
    auto stored = context.store().get(kTcr, id);
    if (!stored)
        return ApiReply::notFound(u"Tier config request"_s, id);
    QJsonObject request = *stored;
    const QString status = request.value(u"status"_s).toString();
    if (!transition.from.contains(status))
        return ApiReply::badTransition(u"TC_003"_s, u"Tier config request "_s + id, transition.done, status);
    const QJsonObject config = request.value(u"configuration"_s).toObject();
    const QString productId = config.value(u"product"_s).toObject().value(u"id"_s).toString();
    QJsonObject answer;
    QString note;
    if (transition.action == QLatin1String("approve")) {
        const QJsonObject given = body.value(u"template"_s).toObject();
        const QString templateId = given.value(u"id"_s).toString();
        QJsonObject templ;
        if (!templateId.isEmpty()) {
            QString error;
            const QString scope = u"tier%1"_s.arg(config.value(u"tier_level"_s).toInt(1));
            const QJsonObject rendered
                = requesttransitions::renderFor(context, productId, templateId, scope, QString(), request, error);
            if (rendered.isEmpty())
                return ApiReply::validation({ error });
            templ = { { u"id"_s, templateId }, { u"name"_s, rendered.value(u"name"_s) },
                { u"representation"_s, rendered.value(u"message"_s) } };
        } else if (given.contains(u"representation"_s)) {
            templ = { { u"representation"_s, given.value(u"representation"_s).toString() } };
        } else {
            return ApiReply::validation({ u"template.id: This field is required."_s });
        }
        request.insert(u"template"_s, templ);
        request.insert(u"effective_date"_s, body.value(u"effective_date"_s).toString(context.now()));
        saveConfig(context, request, u"active"_s,
            QJsonObject { { u"id"_s, templ.value(u"id"_s) }, { u"name"_s, templ.value(u"name"_s) } });
        answer = { { u"template"_s,
                       QJsonObject { { u"id"_s, templ.value(u"id"_s) },
                           { u"representation"_s, templ.value(u"representation"_s) } } },
            { u"effective_date"_s, request.value(u"effective_date"_s) } };
        note = u"Tier config request was approved."_s;
    } else if (transition.action == QLatin1String("fail")) {
        const QString reason = body.value(u"reason"_s).toString().trimmed();
        if (reason.isEmpty())
            return ApiReply::validation({ u"reason: This field is required."_s });
        request.insert(u"reason"_s, reason);
        saveConfig(context, request, config.value(u"status"_s).toString(u"processing"_s), {});
        note = u"Tier config request was failed: "_s + reason;
    } else if (transition.action == QLatin1String("assign")) {
        const QString userId = body.value(u"id"_s).toString();
        const QString email = body.value(u"email"_s).toString();
        std::optional<QJsonObject> user;
        for (const QJsonObject &candidate : context.store().all(u"users"_s, context.accountId())) {
            if ((!userId.isEmpty() && candidate.value(u"id"_s).toString() == userId)
                || (!email.isEmpty()
                    && candidate.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0))
                user = candidate;
        }
        if (!user)
            return ApiReply::validation({ u"id: No such user (give the id or the email of a user of the account)."_s });
        request.insert(
            u"assignee"_s, QJsonObject { { u"id"_s, user->value(u"id"_s) }, { u"name"_s, user->value(u"name"_s) } });
        note = u"Tier config request was assigned to %1."_s.arg(user->value(u"name"_s).toString());
    } else if (transition.action == QLatin1String("unassign")) {
        request.insert(u"assignee"_s, QString());
        note = u"Tier config request was unassigned."_s;
    } else {
        note = u"Tier config request was moved to the %1 status."_s.arg(transition.to);
    }
    if (!transition.to.isEmpty())
        request.insert(u"status"_s, transition.to);
    if (transition.action == QLatin1String("inquire") || transition.action == QLatin1String("pend"))
        context.stamp(request, transition.action == QLatin1String("inquire") ? u"inquired"_s : u"pended"_s);
    else
        context.stamp(request, transition.to.isEmpty() ? u"updated"_s : transition.to);
    request.insert(u"updated"_s, context.now());
    context.store().put(kTcr, request);
    requestfactory::noteStateChange(context, id, note);
    context.changed(u"tier_config_request"_s, request, productId);
    return answer.isEmpty() ? ApiReply::noContent() : ApiReply::json(answer);
}

ApiReply updateTier(SandboxContext &context, const QString &id, const QJsonObject &body)
{
    auto stored = context.store().get(kTcr, id);
    if (!stored)
        return ApiReply::notFound(u"Tier config request"_s, id);
    QJsonObject request = *stored;
    const QString status = request.value(u"status"_s).toString();
    if (!QStringList { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s }.contains(status))
        return ApiReply::badTransition(u"TC_003"_s, u"Tier config request "_s + id, u"updated"_s, status);
    QJsonArray params = request.value(u"params"_s).toArray();
    QStringList errors = requesttransitions::applyParamUpdates(params, body.value(u"params"_s).toArray(), u"params"_s);
    if (body.value(u"notes"_s).toString().size() > 2000)
        errors << u"notes: Ensure this field has no more than 2000 characters."_s;
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    request.insert(u"params"_s, params);
    if (body.contains(u"notes"_s))
        request.insert(u"notes"_s, body.value(u"notes"_s).toString());
    context.stamp(request, u"updated"_s);
    request.insert(u"updated"_s, context.now());
    context.store().put(kTcr, request);
    context.changed(u"tier_config_request"_s, request,
        request.value(u"configuration"_s).toObject().value(u"product"_s).toObject().value(u"id"_s).toString());
    return ApiReply::json(request);
}

ApiReply renderTemplateOf(SandboxContext &context, const QString &kind, const QString &id, const QString &what)
{
    const auto object = context.store().get(kind, id);
    if (!object)
        return ApiReply::notFound(what, id);
    QString text = object->value(u"template"_s).toObject().value(u"representation"_s).toString();
    if (text.isEmpty() && kind == QLatin1String("tier_configs")) {
        if (const auto request = context.store().findBy(kTcr, u"configuration.id"_s, id); !request.isEmpty())
            text = request.last().value(u"template"_s).toObject().value(u"representation"_s).toString();
    }
    return ApiReply::raw(text.toUtf8(), "text/markdown; charset=utf-8");
}

} // namespace

void registerTierRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, u"/tier/accounts"_s,
        [&context](ApiRequest &request) { return context.list(request, u"tier_accounts"_s); });
    router.add(Method::Get, u"/tier/accounts/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(u"tier_accounts"_s, request.param(u"id"_s), u"Tier account"_s);
    });

    router.add(Method::Get, u"/tier/config-requests"_s,
        [&context](ApiRequest &request) { return context.list(request, kTcr); });
    router.add(Method::Get, u"/tier/config-requests/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(kTcr, request.param(u"id"_s), u"Tier config request"_s);
    });
    router.add(Method::Put, u"/tier/config-requests/{id}"_s, [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        return body ? updateTier(context, request.param(u"id"_s), *body) : error;
    });
    for (const TierTransition &transition : tierTable()) {
        router.add(Method::Post, u"/tier/config-requests/{id}/"_s + transition.action,
            [&context, transition](ApiRequest &request) {
                ApiReply error;
                const auto body = context.jsonBody(request, error);
                return body ? runTier(context, transition, request.param(u"id"_s), *body) : error;
            });
    }
    router.add(Method::Get, u"/tier/config-requests/{id}/render"_s, [&context](ApiRequest &request) {
        return renderTemplateOf(context, kTcr, request.param(u"id"_s), u"Tier config request"_s);
    });
    router.add(Method::Get, u"/tier/configs"_s,
        [&context](ApiRequest &request) { return context.list(request, u"tier_configs"_s); });
    router.add(Method::Get, u"/tier/configs/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(u"tier_configs"_s, request.param(u"id"_s), u"Tier config"_s);
    });
    router.add(Method::Get, u"/tier/configs/{id}/render"_s, [&context](ApiRequest &request) {
        return renderTemplateOf(context, u"tier_configs"_s, request.param(u"id"_s), u"Tier config"_s);
    });
}

} // namespace cv::sandbox
