// Templates (with preview/render), actions (with JWT secret and action links), media, and the
// catalogues a product definition picks from (units, categories).
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "app/content/templaterender.h"
#include "app/inventory/productrules.h"
#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/subcollection.h"
#include "sandbox/http/jwt.h"
#include "sandbox/http/multipart.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cv::sandbox {

namespace {

const QString kProductPid = QStringLiteral("product_product_id");

/// Renders a product template: against a request or asset when one is named, else with example values.
ApiReply renderProductTemplate(SandboxContext &context, const ApiRequest &request)
{
    const QString productId = request.param(kProductPid);
    const auto templ = context.store().get(QStringLiteral("templates"), request.param(QStringLiteral("id")));
    if (!templ)
        return ApiReply::notFound(QStringLiteral("Template"), request.param(QStringLiteral("id")));
    QHash<QString, QString> values;
    const QString requestId = request.queryValue(QStringLiteral("request_id"));
    const QString assetId = request.queryValue(QStringLiteral("asset_id"));
    if (!requestId.isEmpty()) {
        const auto source = context.store().get(QStringLiteral("requests"), requestId);
        if (!source)
            return ApiReply::notFound(QStringLiteral("Request"), requestId);
        values = content::requestTemplateValues(*source);
    } else if (!assetId.isEmpty()) {
        const auto asset = context.store().get(QStringLiteral("assets"), assetId);
        if (!asset)
            return ApiReply::notFound(QStringLiteral("Asset"), assetId);
        values = content::requestTemplateValues(
            QJsonObject { { QStringLiteral("id"), assetId }, { QStringLiteral("asset"), *asset } });
    } else {
        values = content::exampleTemplateValues(context.store().all(QStringLiteral("parameters"), productId));
    }
    const QString rendered = content::renderTemplate(templ->value(QStringLiteral("body")).toString(), values);
    // Connect answers these with a JSON string.
    return ApiReply::raw(
        QJsonDocument(QJsonArray { rendered }).toJson(QJsonDocument::Compact).mid(1).chopped(1), "application/json");
}

QJsonObject actionSettings(const QJsonObject &product)
{
    return product.value(QStringLiteral("customer_ui_settings")).toObject().value(QStringLiteral("action")).toObject();
}

void registerTemplates(Router &router, SandboxContext &context)
{
    SubCollection templates
        = SubCollection::underProduct(QStringLiteral("templates"), QStringLiteral("Template"), QStringLiteral("id"));
    templates.validate = [](const QJsonObject &candidate, const QList<QJsonObject> &siblings) {
        QJsonObject normalized = candidate;
        if (!normalized.contains(QStringLiteral("scope")))
            normalized.insert(QStringLiteral("scope"), QStringLiteral("asset"));
        if (inventory::rules::canonical(normalized.value(QStringLiteral("scope")).toString()) == QLatin1String("asset")
            && normalized.value(QStringLiteral("type")).toString().isEmpty())
            normalized.insert(QStringLiteral("type"), QStringLiteral("fulfillment"));
        return inventory::rules::validateTemplate(normalized, siblings);
    };
    templates.create = productfactory::newTemplate;
    templates.checkUpdate = [](const QJsonObject &before, QJsonObject &after) {
        // Connect's PUT takes only name and body: scope and type are fixed at creation.
        after.insert(QStringLiteral("scope"), before.value(QStringLiteral("scope")));
        after.insert(QStringLiteral("type"), before.value(QStringLiteral("type")));
        return QStringList();
    };
    registerSubCollection(router, context, templates);
    for (const char *verb : { "preview", "render" }) {
        router.add(Method::Get, QStringLiteral("/products/{product_product_id}/templates/{id}/") + QLatin1String(verb),
            [&context](ApiRequest &request) { return renderProductTemplate(context, request); });
    }
}

void registerActions(Router &router, SandboxContext &context)
{
    SubCollection actions
        = SubCollection::underProduct(QStringLiteral("actions"), QStringLiteral("Action"), QStringLiteral("id"));
    actions.validate = [](const QJsonObject &candidate, const QList<QJsonObject> &siblings) {
        QJsonObject normalized = candidate;
        if (!normalized.contains(QStringLiteral("scope")))
            normalized.insert(QStringLiteral("scope"), QStringLiteral("asset"));
        return inventory::rules::validateAction(normalized, siblings);
    };
    actions.create = productfactory::newAction;
    registerSubCollection(router, context, actions);

    router.add(Method::Post, QStringLiteral("/products/{product_product_id}/actions/regeneratesecret"),
        [&context](ApiRequest &request) {
            auto product = context.store().get(QStringLiteral("products"), request.param(kProductPid));
            if (!product)
                return ApiReply::notFound(QStringLiteral("Product"), request.param(kProductPid));
            const QString secret = productfactory::newSecret();
            QJsonObject ui = product->value(QStringLiteral("customer_ui_settings")).toObject();
            QJsonObject action = ui.value(QStringLiteral("action")).toObject();
            action.insert(QStringLiteral("jwt_secret"), secret);
            ui.insert(QStringLiteral("action"), action);
            product->insert(QStringLiteral("customer_ui_settings"), ui);
            context.stamp(*product, QStringLiteral("updated"));
            context.store().put(QStringLiteral("products"), *product);
            return ApiReply::json(QJsonObject { { QStringLiteral("jwt_secret"), secret } });
        });

    router.add(Method::Get, QStringLiteral("/products/{product_product_id}/actions/{id}/actionLink"),
        [&context](ApiRequest &request) {
            const auto product = context.store().get(QStringLiteral("products"), request.param(kProductPid));
            if (!product)
                return ApiReply::notFound(QStringLiteral("Product"), request.param(kProductPid));
            const auto action = context.store().get(QStringLiteral("actions"), request.param(QStringLiteral("id")));
            if (!action)
                return ApiReply::notFound(QStringLiteral("Action"), request.param(QStringLiteral("id")));
            const QString assetId = request.queryValue(QStringLiteral("asset_id"));
            const QString tierConfigId = request.queryValue(QStringLiteral("tier_config_id"));
            if (assetId.isEmpty() && tierConfigId.isEmpty())
                return ApiReply::validation(
                    { QStringLiteral("asset_id: Either asset_id or tier_config_id is required.") });
            const QJsonObject settings = actionSettings(*product);
            const QString url = settings.value(QStringLiteral("url")).toString();
            if (url.isEmpty())
                return ApiReply::validation(
                    { QStringLiteral("url: The product has no action URL (customer_ui_settings.action.url).") });
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QJsonObject claims { { QStringLiteral("action_id"), action->value(QStringLiteral("id")) },
                { QStringLiteral("action"), action->value(QStringLiteral("action")) },
                { QStringLiteral("product_id"), request.param(kProductPid) }, { QStringLiteral("iat"), now },
                { QStringLiteral("exp"), now + 300 } };
            if (!assetId.isEmpty())
                claims.insert(QStringLiteral("asset_id"), assetId);
            else
                claims.insert(QStringLiteral("tier_config_id"), tierConfigId);
            const QByteArray jwt
                = http::signHs256(claims, settings.value(QStringLiteral("jwt_secret")).toString().toUtf8());
            QUrl link(url);
            QUrlQuery query(link);
            query.addQueryItem(QStringLiteral("jwt"), QString::fromLatin1(jwt));
            link.setQuery(query);
            return ApiReply::json(QJsonObject { { QStringLiteral("link"), link.toString() } });
        });
}

ApiReply createMedia(SandboxContext &context, ApiRequest &request)
{
    const QString productId = request.param(kProductPid);
    if (!context.store().get(QStringLiteral("products"), productId))
        return ApiReply::notFound(QStringLiteral("Product"), productId);
    QJsonObject body;
    QByteArray thumbnail;
    if (request.header("content-type").startsWith("multipart/form-data")) {
        const auto parts = http::parseMultipart(request.header("content-type"), request.body);
        if (!parts)
            return ApiReply::validation({ QStringLiteral("body: %1").arg(parts.error()) });
        for (const http::MultipartPart &part : parts.value()) {
            if (part.name == "body")
                body = QJsonDocument::fromJson(part.data).object();
            else if (part.name == "thumbnail")
                thumbnail = part.data;
        }
    } else {
        ApiReply error;
        const auto json = context.jsonBody(request, error);
        if (!json)
            return error;
        body = *json;
    }
    QStringList errors;
    const QString type = inventory::rules::canonical(body.value(QStringLiteral("type")).toString());
    if (type != QLatin1String("image") && type != QLatin1String("video"))
        errors << QStringLiteral("type: \"%1\" is not a valid choice (image, video).").arg(type);
    const int position = body.value(QStringLiteral("position")).toVariant().toInt();
    if (position < 1 || position > 8)
        errors << QStringLiteral("position: Ensure this value is between 1 and 8.");
    const QString url = body.value(QStringLiteral("url")).toString();
    if (type == QLatin1String("video") && !url.startsWith(QLatin1String("https://")))
        errors << QStringLiteral("url: Videos must be https YouTube or Vimeo links.");
    if (thumbnail.isEmpty() && type == QLatin1String("image"))
        errors << QStringLiteral("thumbnail: This field is required.");
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    const QString id = QStringLiteral("PRDM-%1-%2")
                           .arg(productId.mid(4))
                           .arg(context.store().nextCounter(QStringLiteral("media")) + 10000);
    QJsonObject media { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("position"), position } };
    if (!thumbnail.isEmpty()) {
        const QString path = QStringLiteral("/media/%1/%2/media/%3.png").arg(context.accountId(), productId, id);
        context.store().putBlob(path, "image/png", thumbnail);
        media.insert(QStringLiteral("thumbnail"), path);
        media.insert(QStringLiteral("url"), type == QLatin1String("image") ? path : url);
    } else {
        media.insert(QStringLiteral("thumbnail"), QString());
        media.insert(QStringLiteral("url"), url);
    }
    context.store().put(QStringLiteral("media"), media, productId);
    return ApiReply::json(media, 201);
}

void registerMedia(Router &router, SandboxContext &context)
{
    SubCollection media
        = SubCollection::underProduct(QStringLiteral("media"), QStringLiteral("Media"), QStringLiteral("media_id"));
    media.create = [](SandboxContext &, const QString &, const QJsonObject &) { return QJsonObject(); };
    registerSubCollection(router, context, media);
    // Creating media takes a multipart upload: this replaces the generic POST.
    router.add(Method::Post, media.listPath, [&context](ApiRequest &request) { return createMedia(context, request); });
}

} // namespace

void registerProductContentRoutes(Router &router, SandboxContext &context)
{
    registerTemplates(router, context);
    registerActions(router, context);
    registerMedia(router, context);
    // Not in the public spec but used by the CLI (REFERENCE §3.4): Connect's unit catalogue.
    router.add(
        Method::Get, QStringLiteral("/settings/units"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("units")); }, QString());
    router.add(Method::Get, QStringLiteral("/categories"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("categories")); });
    router.add(Method::Get, QStringLiteral("/categories/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("categories"), request.param(QStringLiteral("id")), QStringLiteral("Category"));
    });
    router.add(Method::Get, QStringLiteral("/localization/locales"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("locales")); });
}

} // namespace cv::sandbox
