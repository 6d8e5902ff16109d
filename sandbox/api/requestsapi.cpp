// Fulfilment requests and assets (REFERENCE §3.14, §3.15): list/get/create/update, the transitions of
// requesttransitions.h, rendering of the linked templates. Tier accounts, tier configuration and
// conversations are registered from here too (tierapi.cpp, conversationsapi.cpp).
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/fakedata.h"
#include "sandbox/api/fulfilmentroutes.h"
#include "sandbox/api/notificationemails.h"
#include "sandbox/api/requestfactory.h"
#include "sandbox/api/requesttransitions.h"
#include "sandbox/api/sandboxcontext.h"

#include <QRandomGenerator>

#include <memory>

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

namespace rf = requestfactory;

const QStringList kTypes { u"purchase"_s, u"change"_s, u"suspend"_s, u"resume"_s, u"cancel"_s, u"adjustment"_s,
    u"renew"_s };

/// A tier of a purchase body: an existing account by id, or a new one from the given fields.
QJsonObject resolveTier(SandboxContext &context, const QJsonObject &given, const QString &scope, const QString &field,
    const rf::Placement &placement, const QJsonObject &parent, QStringList &errors)
{
    const QString id = given.value(u"id"_s).toString();
    if (!id.isEmpty()) {
        if (const auto stored = context.store().get(u"tier_accounts"_s, id))
            return *stored;
        if (given.value(u"name"_s).toString().isEmpty()) {
            errors << u"%1.id: Tier account %2 does not exist."_s.arg(field, id);
            return {};
        }
    }
    if (given.value(u"name"_s).toString().trimmed().isEmpty()) {
        errors << u"%1.name: This field is required."_s.arg(field);
        return {};
    }
    QJsonObject details = given;
    details.remove(u"id"_s);
    return rf::newTierAccount(
        context, details, scope, placement.environment, placement.connection.value(u"hub"_s).toObject(), parent);
}

bool quantityOf(const QJsonValue &value, qint64 &quantity)
{
    bool ok = value.isDouble();
    quantity = ok ? qint64(value.toDouble()) : value.toString().toLongLong(&ok);
    return ok && quantity >= 0;
}

ApiReply createPurchase(SandboxContext &context, const QJsonObject &body, const QString &status)
{
    const QJsonObject asset = body.value(u"asset"_s).toObject();
    const QString productId = asset.value(u"product"_s).toObject().value(u"id"_s).toString();
    if (productId.isEmpty())
        return ApiReply::validation({ u"asset.product.id: This field is required."_s });
    const auto product = rf::loadProduct(context, productId);
    if (!product)
        return ApiReply::validation({ u"asset.product.id: Product %1 does not exist."_s.arg(productId) });
    const QJsonObject connection = asset.value(u"connection"_s).toObject();
    std::optional<rf::Placement> placement;
    if (const QString connectionId = connection.value(u"id"_s).toString(); !connectionId.isEmpty()) {
        placement
            = rf::placementOfConnection(context, productId, connectionId, body.value(u"marketplace"_s).toObject());
        if (!placement)
            return ApiReply::validation(
                { u"asset.connection.id: Connection %1 is not a connection of %2."_s.arg(connectionId, productId) });
    } else {
        const QString environment = connection.value(u"type"_s).toString().toLower();
        if (environment != QLatin1String("test") && environment != QLatin1String("production")
            && environment != QLatin1String("preview"))
            return ApiReply::validation({ u"asset.connection.id: This field is required."_s });
        placement = rf::placement(context, productId, environment);
    }

    QStringList errors;
    QJsonArray items;
    for (const QJsonValue &value : asset.value(u"items"_s).toArray()) {
        const QString key = value.toObject().value(u"id"_s).toString();
        const QJsonObject *item = rf::findItem(*product, key);
        qint64 quantity = 0;
        if (!item)
            errors << u"asset.items: Unknown item '%1' of product %2."_s.arg(key, productId);
        else if (!quantityOf(value.toObject().value(u"quantity"_s), quantity))
            errors << u"asset.items: The quantity of '%1' must be a number of at least 0."_s.arg(key);
        else
            items.append(rf::assetItem(*item, quantity));
    }
    if (items.isEmpty() && errors.isEmpty())
        errors << u"asset.items: A purchase needs at least one item."_s;
    QJsonArray params = rf::assetParams(product->parameters);
    errors << requesttransitions::applyParamUpdates(params, asset.value(u"params"_s).toArray(), u"asset.params"_s);
    const QJsonObject tiersBody = asset.value(u"tiers"_s).toObject();
    if (tiersBody.value(u"customer"_s).toObject().isEmpty())
        errors << u"asset.tiers.customer: This field is required."_s;
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    QJsonObject tiers;
    QJsonObject tier1;
    if (const QJsonObject given = tiersBody.value(u"tier1"_s).toObject(); !given.isEmpty())
        tier1 = resolveTier(context, given, u"tier1"_s, u"asset.tiers.tier1"_s, *placement, {}, errors);
    QJsonObject tier2;
    if (const QJsonObject given = tiersBody.value(u"tier2"_s).toObject(); !given.isEmpty())
        tier2 = resolveTier(context, given, u"tier2"_s, u"asset.tiers.tier2"_s, *placement, tier1, errors);
    const QJsonObject customer = resolveTier(context, tiersBody.value(u"customer"_s).toObject(), u"customer"_s,
        u"asset.tiers.customer"_s, *placement, tier2.isEmpty() ? tier1 : tier2, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    tiers.insert(u"customer"_s, rf::tierReference(customer));
    tiers.insert(u"tier1"_s, tier1.isEmpty() ? QJsonObject() : rf::tierReference(tier1));
    if (!tier2.isEmpty())
        tiers.insert(u"tier2"_s, rf::tierReference(tier2));
    QJsonObject stored
        = rf::newAsset(context, *product, *placement, tiers, items, params, asset.value(u"external_id"_s).toString());
    if (const QString uid = asset.value(u"external_uid"_s).toString(); !uid.isEmpty()) {
        stored.insert(u"external_uid"_s, uid);
        context.store().put(u"assets"_s, stored);
    }
    const QJsonObject request = rf::newRequest(context, stored, u"purchase"_s, status);
    context.changed(u"fulfillment_request"_s, request, productId);
    return ApiReply::json(request, 201);
}

ApiReply createFollowUp(SandboxContext &context, const QString &type, const QJsonObject &body, const QString &status)
{
    const QJsonObject given = body.value(u"asset"_s).toObject();
    const QString assetId = given.value(u"id"_s).toString();
    if (assetId.isEmpty())
        return ApiReply::validation({ u"asset.id: This field is required."_s });
    const auto asset = context.store().get(u"assets"_s, assetId);
    if (!asset)
        return ApiReply::validation({ u"asset.id: Asset %1 does not exist."_s.arg(assetId) });
    const QString assetStatus = asset->value(u"status"_s).toString();
    const QStringList allowed = type == QLatin1String("resume") ? QStringList { u"suspended"_s }
        : type == QLatin1String("cancel")                       ? QStringList { u"active"_s, u"suspended"_s }
                                                                : QStringList { u"active"_s };
    if (!allowed.contains(assetStatus))
        return ApiReply::validation({ u"asset.id: A %1 request needs an asset in the status %2; %3 is '%4'."_s.arg(
            type, allowed.join(u" or "_s), assetId, assetStatus) });
    QJsonArray lines;
    if (type == QLatin1String("change") || type == QLatin1String("adjustment")) {
        const QString productId = asset->value(u"product"_s).toObject().value(u"id"_s).toString();
        const auto product = rf::loadProduct(context, productId);
        QHash<QString, qint64> wanted;
        QStringList errors;
        for (const QJsonValue &value : given.value(u"items"_s).toArray()) {
            const QString key = value.toObject().value(u"id"_s).toString();
            const QJsonObject *item = product ? rf::findItem(*product, key) : nullptr;
            qint64 quantity = 0;
            if (!item)
                errors << u"asset.items: Unknown item '%1' of product %2."_s.arg(key, productId);
            else if (!quantityOf(value.toObject().value(u"quantity"_s), quantity))
                errors << u"asset.items: The quantity of '%1' must be a number of at least 0."_s.arg(key);
            else
                wanted.insert(item->value(u"id"_s).toString(), quantity);
        }
        if (wanted.isEmpty() && errors.isEmpty())
            errors << u"asset.items: A %1 request needs at least one item."_s.arg(type);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        for (const QJsonValue &value : asset->value(u"items"_s).toArray()) {
            QJsonObject line = value.toObject();
            const QString globalId = line.value(u"global_id"_s).toString();
            line.insert(u"old_quantity"_s, line.value(u"quantity"_s));
            if (wanted.contains(globalId))
                line.insert(u"quantity"_s, QString::number(wanted.take(globalId)));
            lines.append(line);
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) // items the asset did not have yet
            lines.append(rf::assetItem(*rf::findItem(*product, it.key()), it.value(), 0));
    }
    const QJsonObject request = rf::newRequest(context, *asset, type, status, lines);
    context.changed(u"fulfillment_request"_s, request, asset->value(u"product"_s).toObject().value(u"id"_s).toString());
    return ApiReply::json(request, 201);
}

ApiReply createRequest(SandboxContext &context, ApiRequest &apiRequest)
{
    ApiReply error;
    const auto body = context.jsonBody(apiRequest, error);
    if (!body)
        return error;
    const QString type = body->value(u"type"_s).toString().toLower();
    if (type.isEmpty())
        return ApiReply::validation({ u"type: This field is required."_s });
    if (!kTypes.contains(type))
        return ApiReply::validation({ u"type: '%1' is not one of %2."_s.arg(type, kTypes.join(u", "_s)) });
    const QString status = body->value(u"status"_s).toString(u"pending"_s).toLower();
    if (status != QLatin1String("pending") && status != QLatin1String("draft")
        && status != QLatin1String("tiers_setup"))
        return ApiReply::validation(
            { u"status: A new request is pending, draft or tiers_setup, not '%1'."_s.arg(status) });
    return type == QLatin1String("purchase") ? createPurchase(context, *body, status)
                                             : createFollowUp(context, type, *body, status);
}

ApiReply markdown(const QString &text)
{
    return ApiReply::raw(text.toUtf8(), "text/markdown; charset=utf-8");
}

/// The linked template rendered with the current values (the stored message if the template is gone).
ApiReply renderRequest(SandboxContext &context, const QString &id)
{
    const auto request = context.store().get(u"requests"_s, id);
    if (!request)
        return ApiReply::notFound(u"Request"_s, id);
    const QJsonObject templ = request->value(u"template"_s).toObject();
    if (templ.isEmpty())
        return markdown(request->value(u"activation_key"_s).toString());
    const QString productId
        = request->value(u"asset"_s).toObject().value(u"product"_s).toObject().value(u"id"_s).toString();
    QString ignored;
    const QJsonObject rendered = requesttransitions::renderFor(
        context, productId, templ.value(u"id"_s).toString(), u"asset"_s, QString(), *request, ignored);
    return markdown(
        rendered.isEmpty() ? templ.value(u"message"_s).toString() : rendered.value(u"message"_s).toString());
}

ApiReply renderAsset(SandboxContext &context, const QString &id)
{
    const auto asset = context.store().get(u"assets"_s, id);
    if (!asset)
        return ApiReply::notFound(u"Asset"_s, id);
    const QString templateId = asset->value(u"template"_s).toObject().value(u"id"_s).toString();
    if (templateId.isEmpty())
        return markdown(QString());
    QString ignored;
    const QJsonObject rendered
        = requesttransitions::renderFor(context, asset->value(u"product"_s).toObject().value(u"id"_s).toString(),
            templateId, u"asset"_s, QString(), QJsonObject { { u"id"_s, id }, { u"asset"_s, *asset } }, ignored);
    return markdown(rendered.value(u"message"_s).toString());
}

/// Adds asset.product.capabilities from the stored product (one look-up per product per page).
SandboxContext::View withProductCapabilities(SandboxContext &context)
{
    auto cache = std::make_shared<QHash<QString, QJsonValue>>();
    return [&context, cache](const QJsonObject &request) {
        QJsonObject asset = request.value(u"asset"_s).toObject();
        QJsonObject product = asset.value(u"product"_s).toObject();
        const QString productId = product.value(u"id"_s).toString();
        auto it = cache->constFind(productId);
        if (it == cache->constEnd()) {
            const auto stored = context.store().get(u"products"_s, productId);
            it = cache->insert(productId, stored ? stored->value(u"capabilities"_s) : QJsonValue());
        }
        if (it->isUndefined())
            return request;
        product.insert(u"capabilities"_s, *it);
        asset.insert(u"product"_s, product);
        QJsonObject shown = request;
        shown.insert(u"asset"_s, asset);
        return shown;
    };
}

} // namespace

void registerRequestRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, u"/requests"_s, [&context](ApiRequest &request) {
        // asset.product.capabilities is hidden by default (filters.json); select() adds it from the product.
        // Only then is a view passed: without one the stored texts are served as they are (fast path).
        if (!QByteArray::fromPercentEncoding(request.rawQuery).contains("capabilities"))
            return context.list(request, u"requests"_s);
        return context.list(request, u"requests"_s, {}, withProductCapabilities(context));
    });
    router.add(
        Method::Post, u"/requests"_s, [&context](ApiRequest &request) { return createRequest(context, request); });
    router.add(Method::Get, u"/requests/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(u"requests"_s, request.param(u"id"_s), u"Request"_s);
    });
    router.add(Method::Put, u"/requests/{id}"_s, [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        return body ? requesttransitions::updatePending(context, request.param(u"id"_s), *body) : error;
    });
    for (const requesttransitions::Transition &transition : requesttransitions::table()) {
        const QString action = transition.action;
        router.add(Method::Post, u"/requests/{id}/"_s + action, [&context, action](ApiRequest &request) {
            ApiReply error;
            const auto body = context.jsonBody(request, error);
            if (!body)
                return error;
            ApiReply reply = requesttransitions::run(context, action, request.param(u"id"_s), *body);
            // The service mails an approval to the vendor and the activation to the customer. Only approvals
            // through the API: the seed's history does not mail anyone.
            if (!reply.isError() && action == QLatin1String("approve"))
                notificationemails::recordApproval(
                    context, context.store().get(u"requests"_s, request.param(u"id"_s)).value_or(QJsonObject()));
            return reply;
        });
    }
    router.add(Method::Get, u"/requests/{id}/render"_s,
        [&context](ApiRequest &request) { return renderRequest(context, request.param(u"id"_s)); });

    router.add(
        Method::Get, u"/assets"_s, [&context](ApiRequest &request) { return context.list(request, u"assets"_s); });
    router.add(Method::Get, u"/assets/{id}"_s,
        [&context](ApiRequest &request) { return context.getOr404(u"assets"_s, request.param(u"id"_s), u"Asset"_s); });
    router.add(Method::Get, u"/assets/{id}/render"_s,
        [&context](ApiRequest &request) { return renderAsset(context, request.param(u"id"_s)); });
    router.add(Method::Get, u"/assets/{asset_id}/requests"_s, [&context](ApiRequest &request) {
        const QString assetId = request.param(u"asset_id"_s);
        if (!context.store().get(u"assets"_s, assetId))
            return ApiReply::notFound(u"Asset"_s, assetId);
        // The spec lists no filters for this path; it is /requests narrowed to the asset.
        ApiRequest narrowed = request;
        narrowed.specPath = u"/requests"_s;
        narrowed.rawQuery = (request.rawQuery.isEmpty() ? QByteArray() : request.rawQuery + '&') + "eq(asset.id,"
            + QUrl::toPercentEncoding(assetId) + ')';
        return context.list(narrowed, u"requests"_s);
    });

    registerTierRoutes(router, context);
    registerConversationRoutes(router, context);
}

} // namespace cv::sandbox
