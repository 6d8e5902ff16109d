// The lab's "Start Preview" flow and the customer control panel (CCP) data. Neither is in the public spec
// (the routes are registered with an empty spec path); this is the sandbox's own design:
//
// POST /products/{product_id}/preview
//   Body (every part optional):
//     {"customer": {tier account fields: name, external_id, tax_id, contact_info {...}},
//      "reseller": {the same, for the tier-1 reseller},
//      "asset": {"params": [{"id", "value"}], "items": [{"id": item id, local id or MPN, "quantity"}],
//                "external_id": "..."}}
//   Missing details are invented (company, contact name, e-mail under .example, phone, address); missing
//   items default to quantity 1 of every item of the product. The call creates, at once, the reseller and
//   customer tier accounts (environment "preview"), an asset and a `pending` purchase request (`inquiring`
//   when a required ordering parameter was left empty) on the
//   preview connection CT-0000-0000-0000 (hub HB-0000-0000 "Demo hub") with the given ordering values,
//   and answers 201 with a preview object:
//     {"id": "PRV-####-####", "status": "running" | "done", "product": {id, name},
//      "steps": [{"name", "status": pending|running|done|failed}], "request": {"id"}, "asset": {"id"},
//      "customer": {id, name}, "reseller": {id, name}, "notification": null | {e-mail}, "created", "updated"}
//   Invalid items or parameter ids: 400 VAL_001. A product without items cannot be previewed (VAL_001).
//
// GET /products/{product_id}/preview/{preview_id}
//   Steps advance deterministically: the POST answers with the first step running; EACH GET marks the
//   running step done and starts the next, so five polls finish the five steps ("Create customer
//   account", "Create reseller account", "Create subscription", "Create purchase request", "Notify
//   vendor"). The objects themselves exist from the POST on; the steps only pace the lab's progress view.
//   When "Notify vendor" completes, the e-mail the vendor would get is recorded and shown in
//   `notification`, and the preview's status becomes "done".
//
// GET /notifications/emails
//   Recorded e-mails, oldest first (limit/offset paging): {id, type, to [{name, email}], from, subject, body
//   (Markdown), links [{text, url}], request {id}, product {id, name}, created} (notificationemails.h):
//   "New purchase request PR-... for <product>" at the end of a preview (the body ends with the link
//   "Manual processing is required ..."); after an approval through the API, the vendor's "Request PR-...
//   for <product> was approved" and the customer's activation e-mail (the rendered activation template).
//
// GET /assets/{id}/ccp
//   What the customer control panel shows for an asset: {product: {id, name, icon, description
//   (customer_ui_settings.description), getting_started, download_links, documents}, activation:
//   {message: the rendered activation template of the approved request} or null, actions: [asset-scope
//   actions {id, name, title, description}], asset: {id, status, items, params (password values left out)}}.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/fakedata.h"
#include "sandbox/api/notificationemails.h"
#include "sandbox/api/requestfactory.h"
#include "sandbox/api/requesttransitions.h"
#include "sandbox/api/sandboxcontext.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

namespace rf = requestfactory;

const QStringList kSteps { u"Create customer account"_s, u"Create reseller account"_s, u"Create subscription"_s,
    u"Create purchase request"_s, u"Notify vendor"_s };

QJsonObject idName(const QJsonObject &object)
{
    return { { u"id"_s, object.value(u"id"_s) }, { u"name"_s, object.value(u"name"_s) } };
}

ApiReply startPreview(SandboxContext &context, ApiRequest &apiRequest)
{
    const QString productId = apiRequest.param(u"product_id"_s);
    const auto product = rf::loadProduct(context, productId);
    if (!product)
        return ApiReply::notFound(u"Product"_s, productId);
    ApiReply error;
    const auto body = context.jsonBody(apiRequest, error);
    if (!body)
        return error;
    const QJsonObject assetBody = body->value(u"asset"_s).toObject();
    QStringList errors;
    QJsonArray items;
    if (assetBody.value(u"items"_s).toArray().isEmpty()) {
        for (const QJsonObject &item : product->items)
            items.append(rf::assetItem(item, 1));
    }
    for (const QJsonValue &value : assetBody.value(u"items"_s).toArray()) {
        const QString key = value.toObject().value(u"id"_s).toString();
        const QJsonValue q = value.toObject().value(u"quantity"_s);
        const qint64 quantity = q.isUndefined() ? 1 : q.isDouble() ? qint64(q.toDouble()) : q.toString().toLongLong();
        const QJsonObject *item = rf::findItem(*product, key);
        if (!item)
            errors << u"asset.items: Unknown item '%1' of product %2."_s.arg(key, productId);
        else if (quantity < 0)
            errors << u"asset.items: The quantity of '%1' must be at least 0."_s.arg(key);
        else
            items.append(rf::assetItem(*item, quantity));
    }
    if (items.isEmpty() && errors.isEmpty())
        errors << u"asset.items: Product %1 has no items to preview."_s.arg(productId);
    QJsonArray params = rf::assetParams(product->parameters);
    errors << requesttransitions::applyParamUpdates(params, assetBody.value(u"params"_s).toArray(), u"asset.params"_s);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    QRandomGenerator *random = QRandomGenerator::global();
    const rf::Placement placement = rf::previewPlacement(context);
    const QJsonObject hub = placement.connection.value(u"hub"_s).toObject();
    const QJsonObject resellerDetails
        = SandboxContext::merged(fakedata::company(*random, u"reseller"_s), body->value(u"reseller"_s).toObject());
    const QJsonObject customerDetails
        = SandboxContext::merged(fakedata::company(*random, u"customer"_s), body->value(u"customer"_s).toObject());
    const QJsonObject reseller = rf::newTierAccount(context, resellerDetails, u"tier1"_s, placement.environment, hub);
    const QJsonObject customer
        = rf::newTierAccount(context, customerDetails, u"customer"_s, placement.environment, hub, reseller);
    const QJsonObject tiers { { u"customer"_s, rf::tierReference(customer) },
        { u"tier1"_s, rf::tierReference(reseller) } };
    const QJsonObject asset = rf::newAsset(
        context, *product, placement, tiers, items, params, assetBody.value(u"external_id"_s).toString());
    // As on Connect, an order missing a required ordering parameter waits for the customer: the request
    // is "inquiring" with the parameter's value_error set (the vendor may switch it to pending and fill the
    // value in on the customer's behalf, as the lab does); otherwise it is "pending".
    bool missingRequired = false;
    for (const QJsonValue &value : asset.value(u"params"_s).toArray()) {
        const QJsonObject param = value.toObject();
        if (param.value(u"phase"_s).toString() == QLatin1String("ordering")
            && param.value(u"constraints"_s).toObject().value(u"required"_s).toBool()
            && param.value(u"value"_s).toString().isEmpty())
            missingRequired = true;
    }
    QJsonObject request
        = rf::newRequest(context, asset, u"purchase"_s, missingRequired ? u"inquiring"_s : u"pending"_s);
    if (missingRequired) {
        QJsonObject requestAsset = request.value(u"asset"_s).toObject();
        QJsonArray params = requestAsset.value(u"params"_s).toArray();
        for (qsizetype i = 0; i < params.size(); ++i) {
            QJsonObject param = params.at(i).toObject();
            if (param.value(u"phase"_s).toString() == QLatin1String("ordering")
                && param.value(u"constraints"_s).toObject().value(u"required"_s).toBool()
                && param.value(u"value"_s).toString().isEmpty())
                param.insert(u"value_error"_s, u"This field is required."_s);
            params.replace(i, param);
        }
        requestAsset.insert(u"params"_s, params);
        request.insert(u"asset"_s, requestAsset);
        context.store().put(u"requests"_s, request);
    }
    context.changed(u"fulfillment_request"_s, request, productId);

    QJsonArray steps;
    for (const QString &name : kSteps)
        steps.append(
            QJsonObject { { u"name"_s, name }, { u"status"_s, steps.isEmpty() ? u"running"_s : u"pending"_s } });
    const QString now = context.now();
    QJsonObject preview { { u"id"_s, context.store().newId(u"previews"_s, u"PRV-####-####"_s) },
        { u"status"_s, u"running"_s }, { u"product"_s, idName(product->reference) }, { u"steps"_s, steps },
        { u"request"_s, QJsonObject { { u"id"_s, request.value(u"id"_s) } } },
        { u"asset"_s, QJsonObject { { u"id"_s, asset.value(u"id"_s) } } }, { u"customer"_s, idName(customer) },
        { u"reseller"_s, idName(reseller) }, { u"notification"_s, QJsonValue::Null }, { u"created"_s, now },
        { u"updated"_s, now } };
    context.store().put(u"previews"_s, preview, productId);
    return ApiReply::json(preview, 201);
}

ApiReply pollPreview(SandboxContext &context, ApiRequest &apiRequest)
{
    const QString productId = apiRequest.param(u"product_id"_s);
    const QString id = apiRequest.param(u"preview_id"_s);
    auto stored = context.store().get(u"previews"_s, id);
    if (!stored || stored->value(u"product"_s).toObject().value(u"id"_s).toString() != productId)
        return ApiReply::notFound(u"Preview"_s, id);
    QJsonObject preview = *stored;
    if (preview.value(u"status"_s).toString() != QLatin1String("running"))
        return ApiReply::json(preview);
    QJsonArray steps = preview.value(u"steps"_s).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps.at(i).toObject();
        if (step.value(u"status"_s).toString() != QLatin1String("running"))
            continue;
        step.insert(u"status"_s, u"done"_s);
        steps.replace(i, step);
        if (i + 1 < steps.size()) {
            QJsonObject next = steps.at(i + 1).toObject();
            next.insert(u"status"_s, u"running"_s);
            steps.replace(i + 1, next);
        } else {
            preview.insert(u"notification"_s, notificationemails::recordNewRequest(context, preview));
            preview.insert(u"status"_s, u"done"_s);
        }
        break;
    }
    preview.insert(u"steps"_s, steps);
    preview.insert(u"updated"_s, context.now());
    context.store().put(u"previews"_s, preview, productId);
    return ApiReply::json(preview);
}

ApiReply customerPanel(SandboxContext &context, const QString &assetId)
{
    const auto asset = context.store().get(u"assets"_s, assetId);
    if (!asset)
        return ApiReply::notFound(u"Asset"_s, assetId);
    const QString productId = asset->value(u"product"_s).toObject().value(u"id"_s).toString();
    const QJsonObject product
        = context.store().get(u"products"_s, productId).value_or(asset->value(u"product"_s).toObject());
    const QJsonObject ui = product.value(u"customer_ui_settings"_s).toObject();
    QJsonValue activation = QJsonValue::Null;
    for (const QJsonObject &request : context.store().findBy(u"requests"_s, u"asset.id"_s, assetId)) {
        if (request.value(u"status"_s).toString() != QLatin1String("approved"))
            continue;
        const QString message = request.value(u"template"_s)
                                    .toObject()
                                    .value(u"message"_s)
                                    .toString(request.value(u"activation_key"_s).toString());
        if (!message.isEmpty())
            activation = QJsonObject { { u"message"_s, message },
                { u"request"_s, QJsonObject { { u"id"_s, request.value(u"id"_s) } } } };
    }
    QJsonArray actions;
    for (const QJsonObject &action : context.store().all(u"actions"_s, productId)) {
        if (action.value(u"scope"_s).toString() == QLatin1String("asset"))
            actions.append(QJsonObject { { u"id"_s, action.value(u"id"_s) }, { u"name"_s, action.value(u"name"_s) },
                { u"title"_s, action.value(u"title"_s) },
                { u"description"_s, action.value(u"description"_s).toString() } });
    }
    QJsonArray params;
    for (const QJsonValue &value : asset->value(u"params"_s).toArray()) {
        const QJsonObject param = value.toObject();
        if (param.value(u"type"_s).toString() == QLatin1String("password"))
            continue; // secrets never reach the customer's panel
        QJsonObject shown { { u"id"_s, param.value(u"id"_s) }, { u"title"_s, param.value(u"title"_s) },
            { u"value"_s, param.value(u"value"_s) } };
        if (param.contains(u"structured_value"_s))
            shown.insert(u"structured_value"_s, param.value(u"structured_value"_s));
        params.append(shown);
    }
    return ApiReply::json(
        QJsonObject { { u"product"_s,
                          QJsonObject { { u"id"_s, productId }, { u"name"_s, product.value(u"name"_s) },
                              { u"icon"_s, product.value(u"icon"_s).toString() },
                              { u"description"_s, ui.value(u"description"_s).toString() },
                              { u"getting_started"_s, ui.value(u"getting_started"_s).toString() },
                              { u"download_links"_s, ui.value(u"download_links"_s).toArray() },
                              { u"documents"_s, ui.value(u"documents"_s).toArray() } } },
            { u"activation"_s, activation }, { u"actions"_s, actions },
            { u"asset"_s,
                QJsonObject { { u"id"_s, assetId }, { u"status"_s, asset->value(u"status"_s) },
                    { u"items"_s, asset->value(u"items"_s) }, { u"params"_s, params } } } });
}

} // namespace

void registerPreviewRoutes(Router &router, SandboxContext &context)
{
    router.add(
        Method::Post, u"/products/{product_id}/preview"_s,
        [&context](ApiRequest &request) { return startPreview(context, request); }, QString());
    router.add(
        Method::Get, u"/products/{product_id}/preview/{preview_id}"_s,
        [&context](ApiRequest &request) { return pollPreview(context, request); }, QString());
    router.add(
        Method::Get, u"/notifications/emails"_s,
        [&context](ApiRequest &request) { return context.list(request, u"emails"_s); }, QString());
    router.add(
        Method::Get, u"/assets/{id}/ccp"_s,
        [&context](ApiRequest &request) { return customerPanel(context, request.param(u"id"_s)); }, QString());
}

} // namespace cv::sandbox
