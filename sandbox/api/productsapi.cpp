// /products, their items and parameters, versions (publish) and the logo upload.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "app/inventory/productrules.h"
#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/subcollection.h"
#include "sandbox/http/multipart.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cv::sandbox {

namespace {

const QString kProductId = QStringLiteral("product_id");
const QString kProductPid = QStringLiteral("product_product_id");
const qsizetype kMaxLogoBytes = 1024 * 1024;

bool isPublished(const QJsonObject &product)
{
    return product.value(QStringLiteral("stats")).toObject().value(QStringLiteral("versions")).toInt() > 0;
}

/// Records that a product's definition changed (its updated time moves), so incremental sync sees it.
void touchProduct(SandboxContext &context, const QString &productId)
{
    auto product = context.store().get(QStringLiteral("products"), productId);
    if (!product)
        return;
    context.stamp(*product, QStringLiteral("updated"));
    context.store().put(QStringLiteral("products"), *product);
}

/// Detects PNG and JPEG by their magic bytes; the portal accepts those for logos.
QByteArray imageType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (data.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    return {};
}

// Fields of PUT /products/{id} a vendor may change (REFERENCE §3.1 dp.ProductMasterVersionUpdate).
const QStringList kProductWritable { QStringLiteral("name"), QStringLiteral("external_id"),
    QStringLiteral("short_description"), QStringLiteral("detailed_description"), QStringLiteral("customer_ui_settings"),
    QStringLiteral("capabilities"), QStringLiteral("category"), QStringLiteral("usage_rule"),
    QStringLiteral("configurations"), QStringLiteral("changes_description") };

ApiReply updateProduct(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(kProductId);
    auto before = context.store().get(QStringLiteral("products"), id);
    if (!before)
        return ApiReply::notFound(QStringLiteral("Product"), id);

    QJsonObject patch;
    QByteArray icon;
    if (request.header("content-type").startsWith("multipart/form-data")) {
        // The CLI's logo upload: part "body" (JSON of the product) and file part "icon".
        const auto parts = http::parseMultipart(request.header("content-type"), request.body);
        if (!parts)
            return ApiReply::validation({ QStringLiteral("body: %1").arg(parts.error()) });
        for (const http::MultipartPart &part : parts.value()) {
            if (part.name == "body") {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(part.data, &parseError);
                if (!doc.isObject())
                    return ApiReply::validation({ QStringLiteral("body: invalid JSON at offset %1: %2")
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()) });
                patch = doc.object();
            } else if (part.name == "icon") {
                icon = part.data;
            }
        }
    } else {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        patch = *body;
    }
    // customer_ui_settings may arrive as a JSON string inside the multipart body (as the CLI sends it).
    // Anything but a JSON object there is refused: an empty object would wipe every customer UI setting.
    if (patch.value(QStringLiteral("customer_ui_settings")).isString()) {
        QJsonParseError parseError;
        const QJsonDocument settings = QJsonDocument::fromJson(
            patch.value(QStringLiteral("customer_ui_settings")).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !settings.isObject())
            return ApiReply::validation(
                { QStringLiteral("customer_ui_settings: expected a JSON object (%1 at offset %2).")
                        .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : QStringLiteral("not an object"))
                        .arg(parseError.offset) });
        patch.insert(QStringLiteral("customer_ui_settings"), settings.object());
    } else if (patch.contains(QStringLiteral("customer_ui_settings"))
        && !patch.value(QStringLiteral("customer_ui_settings")).isObject()) {
        return ApiReply::validation({ QStringLiteral("customer_ui_settings: expected a JSON object.") });
    }

    QJsonObject after = *before;
    for (const QString &key : kProductWritable) {
        if (!patch.contains(key))
            continue;
        const QJsonValue value = patch.value(key);
        if (value.isObject() && after.value(key).isObject() && key != QLatin1String("customer_ui_settings"))
            after.insert(key, SandboxContext::merged(after.value(key).toObject(), value.toObject()));
        else
            after.insert(key, value);
    }
    QStringList errors = inventory::rules::validateProductAttributes(after);
    if (isPublished(*before) && after.value(QStringLiteral("name")) != before->value(QStringLiteral("name")))
        errors << QStringLiteral("name: The product name cannot be changed after the first version is published.");
    if (!icon.isEmpty()) {
        const QByteArray type = imageType(icon);
        if (type.isEmpty())
            errors << QStringLiteral("icon: The logo must be a PNG or JPEG image.");
        else if (icon.size() > kMaxLogoBytes)
            errors << QStringLiteral("icon: The logo must not exceed 1 MB (this one has %1 bytes).").arg(icon.size());
        else {
            const QString path = QStringLiteral("/media/%1/%2/media/%2-logo.%3")
                                     .arg(context.accountId(), id,
                                         type == "image/png" ? QStringLiteral("png") : QStringLiteral("jpg"));
            context.store().putBlob(path, type, icon);
            after.insert(QStringLiteral("icon"), path);
        }
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    context.stamp(after, QStringLiteral("updated"));
    context.store().put(QStringLiteral("products"), after);
    return ApiReply::json(after);
}

ApiReply publish(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(kProductPid);
    if (!context.store().get(QStringLiteral("products"), id))
        return ApiReply::notFound(QStringLiteral("Product"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const auto version
        = productfactory::publishProduct(context, id, body->value(QStringLiteral("changes_description")).toString());
    if (!version)
        return ApiReply::error(400, QStringLiteral("PRD_050"), { version.error() });
    return ApiReply::json(version.value(), 201);
}

/// The public face of a stored version object: Connect's id is the product id with a version number.
QJsonObject versionView(const QJsonObject &stored)
{
    QJsonObject view = stored;
    view.insert(QStringLiteral("id"), stored.value(QStringLiteral("product_id")));
    view.remove(QStringLiteral("product_id"));
    return view;
}

/// dp_product_items_endsale_postEndsaleUIItem and dp_product_items_resumesale_postResumesaleUIItem: a
/// published item goes to "endofsale" (with notes and a replacement item of the same product) and back.
void registerItemSale(Router &router, SandboxContext &context)
{
    const auto move = [&context](ApiRequest &request, bool end) {
        const QString productId = request.param(kProductPid);
        const QString itemId = request.param(QStringLiteral("verbose_id"));
        if (!context.store().get(QStringLiteral("products"), productId))
            return ApiReply::notFound(QStringLiteral("Product"), productId);
        auto item = context.store().get(QStringLiteral("items"), itemId);
        if (!item || !itemId.startsWith(productId + QLatin1Char('-')))
            return ApiReply::notFound(QStringLiteral("Item"), itemId);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString status = item->value(QStringLiteral("status")).toString();
        const QString from = end ? QStringLiteral("published") : QStringLiteral("endofsale");
        if (status != from)
            return ApiReply::badTransition(QStringLiteral("PRD_039"), QStringLiteral("Item %1").arg(itemId),
                end ? QStringLiteral("put to end of sale") : QStringLiteral("put back on sale"), status);
        if (end) {
            const QString replacement
                = body->value(QStringLiteral("replacement")).toObject().value(QStringLiteral("id")).toString();
            if (!replacement.isEmpty()) {
                const auto other = context.store().get(QStringLiteral("items"), replacement);
                if (!other || replacement == itemId || !replacement.startsWith(productId + QLatin1Char('-')))
                    return ApiReply::validation({ QStringLiteral("replacement: %1 is not another item of product %2.")
                                                      .arg(replacement, productId) });
                item->insert(QStringLiteral("replacement"),
                    QJsonObject { { QStringLiteral("id"), replacement },
                        { QStringLiteral("name"), other->value(QStringLiteral("name")) } });
            }
            item->insert(QStringLiteral("end_of_sale_notes"), body->value(QStringLiteral("end_of_sale_notes")));
            item->insert(QStringLiteral("status"), QStringLiteral("endofsale"));
            context.stamp(*item, QStringLiteral("endofsale"));
        } else {
            item->remove(QStringLiteral("replacement"));
            item->remove(QStringLiteral("end_of_sale_notes"));
            item->insert(QStringLiteral("status"), QStringLiteral("published"));
            context.stamp(*item, QStringLiteral("updated"));
        }
        context.store().put(QStringLiteral("items"), *item, productId);
        touchProduct(context, productId);
        return ApiReply::json(*item);
    };
    const QString path = QStringLiteral("/products/{product_product_id}/items/{verbose_id}/");
    router.add(Method::Post, path + QStringLiteral("endsale"), [move](ApiRequest &r) { return move(r, true); });
    router.add(Method::Post, path + QStringLiteral("resumesale"), [move](ApiRequest &r) { return move(r, false); });
}

void registerItems(Router &router, SandboxContext &context)
{
    SubCollection items
        = SubCollection::underProduct(QStringLiteral("items"), QStringLiteral("Item"), QStringLiteral("verbose_id"));
    items.validate = [](const QJsonObject &candidate, const QList<QJsonObject> &siblings) {
        // Connect bills items monthly unless told otherwise (the create below fills in the same default).
        QJsonObject normalized = candidate;
        if (!normalized.contains(QStringLiteral("period")))
            normalized.insert(QStringLiteral("period"), QStringLiteral("monthly"));
        return inventory::rules::validateItem(normalized, siblings, productfactory::unitIds());
    };
    items.create = [](SandboxContext &ctx, const QString &productId, const QJsonObject &body) {
        QJsonObject normalized = body;
        if (!normalized.contains(QStringLiteral("period")))
            normalized.insert(QStringLiteral("period"), QStringLiteral("monthly"));
        if (!normalized.contains(QStringLiteral("precision")))
            normalized.insert(QStringLiteral("precision"), QStringLiteral("integer"));
        QJsonObject created = productfactory::newItem(ctx, productId, normalized);
        // dp.ItemCreate, the 201 schema of dp_product_items_list_createItemCreate, requires product_version:
        // the version of the product the item was added to.
        const auto product = ctx.store().get(QStringLiteral("products"), productId);
        created.insert(
            QStringLiteral("product_version"), product ? product->value(QStringLiteral("version")).toInt(1) : 1);
        return created;
    };
    items.checkUpdate = [](const QJsonObject &before, QJsonObject &after) {
        if (before.value(QStringLiteral("status")).toString() == QLatin1String("draft"))
            return QStringList();
        return inventory::rules::validatePublishedItemChange(before, after);
    };
    items.checkDelete = [](const QJsonObject &item) -> std::optional<ApiReply> {
        if (item.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
            return ApiReply::error(
                400, QStringLiteral("PRD_038"), { QStringLiteral("Only draft Item can be deleted.") });
        return std::nullopt;
    };
    items.changed = [&context](const QString &productId) { touchProduct(context, productId); };
    registerSubCollection(router, context, items);
    registerItemSale(router, context);
}

void registerParameters(Router &router, SandboxContext &context)
{
    SubCollection parameters = SubCollection::underProduct(
        QStringLiteral("parameters"), QStringLiteral("Parameter"), QStringLiteral("parameter__verbose_id"));
    parameters.validate = inventory::rules::validateParameter;
    parameters.create = productfactory::newParameter;
    parameters.changed = [&context](const QString &productId) { touchProduct(context, productId); };
    registerSubCollection(router, context, parameters);
}

} // namespace

void registerProductRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/products"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("products")); });
    router.add(Method::Post, QStringLiteral("/products"), [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QStringList errors;
        const QString name = body->value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            errors << QStringLiteral("name: This field is required.");
        else if (name.size() > 255)
            errors << QStringLiteral("name: Ensure this field has no more than 255 characters.");
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        return ApiReply::json(productfactory::createProduct(context, *body), 201);
    });
    router.add(Method::Get, QStringLiteral("/products/{product_id}"), [&context](ApiRequest &request) {
        return context.getOr404(QStringLiteral("products"), request.param(kProductId), QStringLiteral("Product"));
    });
    router.add(Method::Put, QStringLiteral("/products/{product_id}"),
        [&context](ApiRequest &request) { return updateProduct(context, request); });
    router.add(Method::Delete, QStringLiteral("/products/{product_id}"), [&context](ApiRequest &request) {
        const QString id = request.param(kProductId);
        const auto product = context.store().get(QStringLiteral("products"), id);
        if (!product)
            return ApiReply::notFound(QStringLiteral("Product"), id);
        if (isPublished(*product))
            return ApiReply::error(
                400, QStringLiteral("PRD_011"), { QStringLiteral("Only a draft product can be deleted.") });
        for (const char *kind : { "items", "parameters", "templates", "actions", "media", "localizations" }) {
            for (const QJsonObject &child : context.store().all(QLatin1String(kind), id))
                context.store().remove(QLatin1String(kind), child.value(QStringLiteral("id")).toString());
        }
        context.store().remove(QStringLiteral("products"), id);
        return ApiReply::noContent();
    });
    for (const char *action : { "endsale", "resumesale" }) {
        const bool ending = QLatin1String(action) == QLatin1String("endsale");
        router.add(Method::Post, QStringLiteral("/products/{product_id}/") + QLatin1String(action),
            [&context, ending](ApiRequest &request) {
                const QString id = request.param(kProductId);
                auto product = context.store().get(QStringLiteral("products"), id);
                if (!product)
                    return ApiReply::notFound(QStringLiteral("Product"), id);
                const QString status = product->value(QStringLiteral("status")).toString();
                if (ending ? status != QLatin1String("published") : status != QLatin1String("endofsale"))
                    return ApiReply::badTransition(QStringLiteral("PRD_020"), QStringLiteral("Product"),
                        ending ? QStringLiteral("ended") : QStringLiteral("resumed"), status);
                ApiReply error;
                const auto body = context.jsonBody(request, error);
                if (!body)
                    return error;
                product->insert(
                    QStringLiteral("status"), ending ? QStringLiteral("endofsale") : QStringLiteral("published"));
                if (ending)
                    product->insert(QStringLiteral("end_of_sale_notes"),
                        body->value(QStringLiteral("end_of_sale_notes")).toString());
                context.stamp(*product, QStringLiteral("updated"));
                context.store().put(QStringLiteral("products"), *product);
                return ApiReply::json(*product);
            });
    }

    registerItems(router, context);
    registerParameters(router, context);

    router.add(Method::Get, QStringLiteral("/products/{product_product_id}/versions"), [&context](ApiRequest &request) {
        if (!context.store().get(QStringLiteral("products"), request.param(kProductPid)))
            return ApiReply::notFound(QStringLiteral("Product"), request.param(kProductPid));
        return context.list(request, QStringLiteral("versions"), request.param(kProductPid), versionView);
    });
    router.add(
        Method::Post, QStringLiteral("/products/{product_product_id}/versions"), [&context](ApiRequest &request) {
            ApiReply reply = publish(context, request);
            if (!reply.isError())
                reply = ApiReply::json(versionView(QJsonDocument::fromJson(reply.body).object()), 201);
            return reply;
        });
    router.add(Method::Get, QStringLiteral("/products/{product_product_id}/versions/{version}"),
        [&context](ApiRequest &request) {
            const QString key
                = QStringLiteral("%1:v%2").arg(request.param(kProductPid), request.param(QStringLiteral("version")));
            const auto version = context.store().get(QStringLiteral("versions"), key);
            return version ? ApiReply::json(versionView(*version))
                           : ApiReply::notFound(QStringLiteral("Version"), request.param(QStringLiteral("version")));
        });
    // Snapshots of a published version: items, templates, actions, media as they were; parameters are live.
    for (const char *kind : { "items", "templates", "actions", "media", "parameters" }) {
        const QString collection = QLatin1String(kind);
        router.add(Method::Get,
            QStringLiteral("/products/{product_product_id}/versions/{version_version}/") + collection,
            [&context, collection](ApiRequest &request) {
                const QString productId = request.param(kProductPid);
                const QString version = request.param(QStringLiteral("version_version"));
                if (!context.store().get(QStringLiteral("versions"), QStringLiteral("%1:v%2").arg(productId, version)))
                    return ApiReply::notFound(QStringLiteral("Version"), version);
                if (collection == QLatin1String("parameters"))
                    return context.list(request, collection, productId);
                const auto blob
                    = context.store().blob(QStringLiteral("version-snapshot:%1:%2").arg(productId, version));
                const QJsonArray array
                    = blob ? QJsonDocument::fromJson(blob->second).object().value(collection).toArray() : QJsonArray();
                ApiReply reply = ApiReply::json(array);
                reply.headers.append({ "Content-Range",
                    QStringLiteral("items 0-%1/%2")
                        .arg(std::max<qsizetype>(0, array.size() - 1))
                        .arg(array.size())
                        .toLatin1() });
                return reply;
            });
    }
}

} // namespace cv::sandbox
