// Product localizations as gettext catalogs (REFERENCE §3.13, legacy product-level API): a locale per
// product, its .po download (text/x-gettext-translation) and upload.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "app/content/pofile.h"
#include "app/inventory/producttexts.h"
#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/http/multipart.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cv::sandbox {

namespace {

const QString kProductPid = QStringLiteral("product_product_id");

/// Every translatable text of a product, keyed as Connect keys translation attributes
/// (`product.<PRD>.name`, `product.<PRD>.items.<item>.name`, ...), in a stable order. The key scheme is the
/// definition shared with the app (app/inventory/producttexts.h).
QList<inventory::ProductText> translatableTexts(SandboxContext &context, const QJsonObject &product)
{
    const QString id = product.value(QStringLiteral("id")).toString();
    inventory::ProductContent content;
    content.product = product;
    content.items = context.store().all(QStringLiteral("items"), id);
    content.parameters = context.store().all(QStringLiteral("parameters"), id);
    content.templates = context.store().all(QStringLiteral("templates"), id);
    content.actions = context.store().all(QStringLiteral("actions"), id);
    return inventory::productTexts(content);
}

QList<std::pair<QString, QString>> translatableAttributes(SandboxContext &context, const QJsonObject &product)
{
    QList<std::pair<QString, QString>> attributes;
    for (const inventory::ProductText &text : translatableTexts(context, product))
        attributes.append({ text.key, text.source });
    return attributes;
}

QJsonObject localeById(const QString &localeId)
{
    for (const QJsonValue &value : productfactory::locales()) {
        if (value.toObject().value(QStringLiteral("id")).toString().compare(localeId, Qt::CaseInsensitive) == 0)
            return value.toObject();
    }
    return {};
}

QString localizationKey(const QString &productId, const QString &localeId)
{
    return productId + QLatin1Char(':') + localeId.toUpper();
}

/// Public view: the stored translations are the server's business; show the counts.
QJsonObject localizationView(SandboxContext &context, const QJsonObject &stored)
{
    QJsonObject view = stored;
    const QJsonObject translations = stored.value(QStringLiteral("translations")).toObject();
    const auto product = context.store().get(QStringLiteral("products"),
        stored.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString());
    const auto attributes = product ? translatableAttributes(context, *product) : QList<std::pair<QString, QString>>();
    int translated = 0;
    for (const auto &[key, source] : attributes) {
        Q_UNUSED(source)
        if (!translations.value(key).toString().isEmpty())
            ++translated;
    }
    // The translations ride along so a client's cache holds them for offline work (the legacy API's
    // response schema is empty in the spec; the .po download stays the translators' format).
    view.insert(QStringLiteral("id"), stored.value(QStringLiteral("locale")).toObject().value(QStringLiteral("id")));
    view.insert(QStringLiteral("stats"),
        QJsonObject {
            { QStringLiteral("total"), int(attributes.size()) }, { QStringLiteral("translated"), translated } });
    return view;
}

/// Creates or updates a localization; with `po` data, applies its translations after checking every
/// entry, so that a bad file changes nothing.
ApiReply upsertLocalization(
    SandboxContext &context, const QJsonObject &product, const QString &localeId, const QByteArray &po)
{
    const QJsonObject locale = localeById(localeId);
    if (locale.isEmpty())
        return ApiReply::validation({ QStringLiteral("locale: Unknown locale \"%1\".").arg(localeId) });
    const QString productId = product.value(QStringLiteral("id")).toString();
    const QString key = localizationKey(productId, locale.value(QStringLiteral("id")).toString());
    QJsonObject stored = context.store()
                             .get(QStringLiteral("localizations"), key)
                             .value_or(QJsonObject { { QStringLiteral("id"), key },
                                 { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), productId } } },
                                 { QStringLiteral("locale"),
                                     QJsonObject { { QStringLiteral("id"), locale.value(QStringLiteral("id")) },
                                         { QStringLiteral("name"), locale.value(QStringLiteral("name")) } } },
                                 { QStringLiteral("translations"), QJsonObject() } });
    const bool created = !stored.contains(QStringLiteral("events"));
    if (!po.isEmpty()) {
        const auto catalog = content::parsePo(po, QStringLiteral("uploaded .po file"));
        if (!catalog)
            return ApiReply::validation({ QStringLiteral("file: %1").arg(catalog.error()) });
        QHash<QString, QString> known;
        for (const auto &[attribute, source] : translatableAttributes(context, product))
            known.insert(attribute, source);
        QStringList errors;
        QJsonObject translations = stored.value(QStringLiteral("translations")).toObject();
        for (const content::PoEntry &entry : catalog.value().entries) {
            const QString at = QStringLiteral("file: line %1: ").arg(entry.line);
            if (!known.contains(entry.context)) {
                errors << at
                        + QStringLiteral("msgctxt \"%1\" (msgid \"%2\") is not a translatable attribute of %3.")
                              .arg(entry.context, entry.msgid.left(40), productId);
                continue;
            }
            // A plural entry carries no msgstr: taking it would erase the field's translation.
            if (!entry.msgidPlural.isEmpty()) {
                errors << at
                        + QStringLiteral("msgctxt \"%1\" has plural forms, but the attribute has no plural.")
                              .arg(entry.context);
                continue;
            }
            if (entry.msgid != known.value(entry.context)) {
                errors << at
                        + QStringLiteral("msgctxt \"%1\" is outdated: its msgid \"%2\" is no longer the source text "
                                         "\"%3\".")
                              .arg(entry.context, entry.msgid.left(60), known.value(entry.context).left(60));
                continue;
            }
            // Fuzzy entries are not translations yet; an empty msgstr is "not translated", never an erase.
            if (!entry.fuzzy && !entry.msgstr.isEmpty())
                translations.insert(entry.context, entry.msgstr);
        }
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        stored.insert(QStringLiteral("translations"), translations);
    }
    context.stamp(stored, created ? QStringLiteral("created") : QStringLiteral("updated"));
    context.store().put(QStringLiteral("localizations"), stored, productId);
    return ApiReply::json(localizationView(context, stored), created ? 201 : 200);
}

/// Connect makes a localization context for every product; the sandbox makes them when first asked for,
/// reusing the context a seeded translation already names.
void ensureContexts(SandboxContext &context)
{
    QHash<QString, QJsonObject> byProduct;
    for (const QJsonObject &existing : context.store().all(QStringLiteral("localization_contexts")))
        byProduct.insert(existing.value(QStringLiteral("instance_id")).toString(), existing);
    for (const QJsonObject &translation : context.store().all(QStringLiteral("translations"))) {
        const QJsonObject named = translation.value(QStringLiteral("context")).toObject();
        const QString product = named.value(QStringLiteral("instance_id")).toString();
        if (!product.isEmpty() && !byProduct.contains(product)) {
            context.store().put(QStringLiteral("localization_contexts"), named);
            byProduct.insert(product, named);
        }
    }
    for (const QJsonObject &product : context.store().all(QStringLiteral("products"))) {
        const QString id = product.value(QStringLiteral("id")).toString();
        if (byProduct.contains(id))
            continue;
        const QJsonObject created {
            { QStringLiteral("id"),
                context.store().newId(QStringLiteral("localization_contexts"), QStringLiteral("LCX-####-####-####")) },
            { QStringLiteral("instance_id"), id }, { QStringLiteral("name"), product.value(QStringLiteral("name")) },
            { QStringLiteral("icon"), product.value(QStringLiteral("icon")) },
            { QStringLiteral("type"), QStringLiteral("product") }
        };
        context.store().put(QStringLiteral("localization_contexts"), created);
        byProduct.insert(id, created);
    }
}

/// A context as the spec shows it: with the references of its translations (required) and the primary locale.
QJsonObject contextView(SandboxContext &context, const QJsonObject &stored)
{
    QJsonArray translations;
    for (const QJsonObject &translation : context.store().all(QStringLiteral("translations"))) {
        if (translation.value(QStringLiteral("context")).toObject().value(QStringLiteral("instance_id"))
            != stored.value(QStringLiteral("instance_id")))
            continue;
        translations.append(QJsonObject { { QStringLiteral("id"), translation.value(QStringLiteral("id")) },
            { QStringLiteral("locale"), translation.value(QStringLiteral("locale")) },
            { QStringLiteral("primary"), translation.value(QStringLiteral("primary")) },
            { QStringLiteral("status"), translation.value(QStringLiteral("status")) },
            { QStringLiteral("owner"), translation.value(QStringLiteral("owner")) } });
    }
    QJsonObject view = stored;
    view.insert(QStringLiteral("translations"), translations);
    view.insert(QStringLiteral("primary_locale"),
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("EN") }, { QStringLiteral("name"), QStringLiteral("English") } });
    return view;
}

} // namespace

void registerLocalizationRoutes(Router &router, SandboxContext &context)
{
    const QString list = QStringLiteral("/products/{product_product_id}/localizations");
    const QString one = list + QStringLiteral("/{locale}");
    router.add(Method::Get, list, [&context](ApiRequest &request) {
        if (!context.store().get(QStringLiteral("products"), request.param(kProductPid)))
            return ApiReply::notFound(QStringLiteral("Product"), request.param(kProductPid));
        return context.list(request, QStringLiteral("localizations"), request.param(kProductPid),
            [&context](const QJsonObject &stored) { return localizationView(context, stored); });
    });
    // Create a locale ({"locale": {"id": "DE"}}), or upload a catalog as multipart: part "locale" (the
    // locale id) and file part "file" (the .po).
    router.add(Method::Post, list, [&context](ApiRequest &request) {
        const auto product = context.store().get(QStringLiteral("products"), request.param(kProductPid));
        if (!product)
            return ApiReply::notFound(QStringLiteral("Product"), request.param(kProductPid));
        QString localeId;
        QByteArray po;
        if (request.header("content-type").startsWith("multipart/form-data")) {
            const auto parts = http::parseMultipart(request.header("content-type"), request.body);
            if (!parts)
                return ApiReply::validation({ QStringLiteral("body: %1").arg(parts.error()) });
            for (const http::MultipartPart &part : parts.value()) {
                if (part.name == "locale")
                    localeId = QString::fromUtf8(part.data).trimmed();
                else if (part.name == "body") // fields as one JSON part, as the app's outbox sends them
                    localeId = QJsonDocument::fromJson(part.data)
                                   .object()
                                   .value(QStringLiteral("locale"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
                else if (part.name == "file")
                    po = part.data;
            }
            if (po.isEmpty())
                return ApiReply::validation({ QStringLiteral("file: This field is required.") });
        } else {
            ApiReply error;
            const auto body = context.jsonBody(request, error);
            if (!body)
                return error;
            localeId = body->value(QStringLiteral("locale")).toObject().value(QStringLiteral("id")).toString();
        }
        if (localeId.isEmpty())
            return ApiReply::validation({ QStringLiteral("locale: This field is required.") });
        return upsertLocalization(context, *product, localeId, po);
    });
    router.add(Method::Get, one, [&context](ApiRequest &request) {
        const auto stored = context.store().get(QStringLiteral("localizations"),
            localizationKey(request.param(kProductPid), request.param(QStringLiteral("locale"))));
        return stored ? ApiReply::json(localizationView(context, *stored))
                      : ApiReply::notFound(QStringLiteral("Localization"), request.param(QStringLiteral("locale")));
    });
    router.add(Method::Delete, one, [&context](ApiRequest &request) {
        return context.store().remove(QStringLiteral("localizations"),
                   localizationKey(request.param(kProductPid), request.param(QStringLiteral("locale"))))
            ? ApiReply::noContent()
            : ApiReply::notFound(QStringLiteral("Localization"), request.param(QStringLiteral("locale")));
    });
    router.add(Method::Get, one + QStringLiteral("/download"), [&context](ApiRequest &request) {
        const QString productId = request.param(kProductPid);
        const auto product = context.store().get(QStringLiteral("products"), productId);
        if (!product)
            return ApiReply::notFound(QStringLiteral("Product"), productId);
        const auto stored = context.store().get(
            QStringLiteral("localizations"), localizationKey(productId, request.param(QStringLiteral("locale"))));
        if (!stored)
            return ApiReply::notFound(QStringLiteral("Localization"), request.param(QStringLiteral("locale")));
        const QJsonObject translations = stored->value(QStringLiteral("translations")).toObject();
        content::PoCatalog catalog;
        catalog.language
            = stored->value(QStringLiteral("locale")).toObject().value(QStringLiteral("id")).toString().toLower();
        catalog.projectIdVersion = productId;
        for (const auto &[key, source] : translatableAttributes(context, *product)) {
            content::PoEntry entry;
            entry.context = key;
            entry.msgid = source;
            entry.msgstr = translations.value(key).toString();
            catalog.entries.append(entry);
        }
        ApiReply reply = ApiReply::raw(content::writePo(catalog), "text/x-gettext-translation");
        reply.headers.append({ "Content-Disposition",
            QStringLiteral("attachment; filename=\"%1-%2.po\"").arg(productId, catalog.language).toUtf8() });
        return reply;
    });

    // Localization contexts (one per product, created by Connect itself): listed and read, never written
    // by external actors (spec: POST/DELETE are platform-only).
    router.add(Method::Get, QStringLiteral("/localization/contexts"), [&context](ApiRequest &request) {
        ensureContexts(context);
        return context.list(request, QStringLiteral("localization_contexts"), {},
            [&context](const QJsonObject &stored) { return contextView(context, stored); });
    });
    router.add(Method::Get, QStringLiteral("/localization/contexts/{id}"), [&context](ApiRequest &request) {
        ensureContexts(context);
        const auto stored
            = context.store().get(QStringLiteral("localization_contexts"), request.param(QStringLiteral("id")));
        return stored ? ApiReply::json(contextView(context, *stored))
                      : ApiReply::notFound(QStringLiteral("LocalizationContext"), request.param(QStringLiteral("id")));
    });

    // The localization module's translations (read side): what --load imports from Connect responses.
    router.add(Method::Get, QStringLiteral("/localization/translations"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("translations")); });
    router.add(Method::Get, QStringLiteral("/localization/translations/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("translations"), request.param(QStringLiteral("id")), QStringLiteral("Translation"));
    });
    router.add(Method::Get, QStringLiteral("/localization/translations/{translation_id}/attributes"),
        [&context](ApiRequest &request) {
            const QString id = request.param(QStringLiteral("translation_id"));
            if (!context.store().get(QStringLiteral("translations"), id))
                return ApiReply::notFound(QStringLiteral("Translation"), id);
            return context.list(request, QStringLiteral("translation_attributes"), id);
        });
    router.add(Method::Get, QStringLiteral("/localization/locales/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("locales"), request.param(QStringLiteral("id")), QStringLiteral("Locale"));
    });
}

} // namespace cv::sandbox
