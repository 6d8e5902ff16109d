// /notifications/webhooks: the webhook objects of REFERENCE §3.23. Delivery itself is WebhookDispatcher's.
#include "sandbox/api/webhooksapi.h"

#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/webhookdispatcher.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace cv::sandbox {

namespace {

const QString kWebhooks = QStringLiteral("webhooks");

const QStringList kObjectClasses { QStringLiteral("fulfillment_request"), QStringLiteral("tier_config_request"),
    QStringLiteral("tier_account_request"), QStringLiteral("listing_request"), QStringLiteral("billing_request"),
    QStringLiteral("usage_file") };

const QStringList kTypes { QStringLiteral("event"), QStringLiteral("validator"), QStringLiteral("inquiring_validator"),
    QStringLiteral("change_validator"), QStringLiteral("change_inquiring_validator"), QStringLiteral("renew_validator"),
    QStringLiteral("renew_inquiring_validator"), QStringLiteral("transfer_validator"),
    QStringLiteral("transfer_inquiring_validator"), QStringLiteral("draft_tcr_t1_val"),
    QStringLiteral("draft_tcr_t2_val"), QStringLiteral("tcr_setup_t1_inq_val"), QStringLiteral("tcr_setup_t2_inq_val"),
    QStringLiteral("tcr_update_t1_validator"), QStringLiteral("tcr_update_t2_validator"),
    QStringLiteral("tcr_update_t1_inq_val"), QStringLiteral("tcr_update_t2_inq_val") };

QString quoted(const QStringList &values)
{
    return QStringLiteral("'") + values.join(QStringLiteral("', '")) + QStringLiteral("'");
}

/// A required-or-optional string field with a length limit; returns the value (trimmed when `trim`).
std::optional<QString> stringField(
    const QJsonObject &body, const QString &field, int maxLength, bool required, QStringList &errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors << QStringLiteral("%1: This field is required.").arg(field);
        return std::nullopt;
    }
    if (!value.isString()) {
        errors << QStringLiteral("%1: Not a valid string.").arg(field);
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty()) {
        errors << QStringLiteral("%1: This field may not be blank.").arg(field);
        return std::nullopt;
    }
    if (maxLength > 0 && text.size() > maxLength) {
        errors << QStringLiteral("%1: Ensure this field has no more than %2 characters.").arg(field).arg(maxLength);
        return std::nullopt;
    }
    return text;
}

/// An enum field, matched case-insensitively and stored lowercase (http_method: uppercase, as the spec).
std::optional<QString> enumField(const QJsonObject &body, const QString &field, const QStringList &allowed,
    bool required, QStringList &errors, bool upper = false)
{
    const auto text = stringField(body, field, 0, required, errors);
    if (!text)
        return std::nullopt;
    const QString value = upper ? text->toUpper() : text->toLower();
    if (!allowed.contains(value)) {
        errors << QStringLiteral("%1: \"%2\" is not a valid choice (%3).").arg(field, *text, quoted(allowed));
        return std::nullopt;
    }
    return value;
}

/// Applies `body` to `webhook`, validating each field as Connect does. On create the required fields
/// must be there; on update only what the body names changes. Returns the errors ("field: message").
QStringList apply(SandboxContext &context, const QJsonObject &body, QJsonObject &webhook, bool creating)
{
    QStringList errors;
    auto given = [&body, creating](const char *field) { return creating || body.contains(QLatin1String(field)); };

    if (given("label")) {
        if (const auto label = stringField(body, QStringLiteral("label"), 100, true, errors))
            webhook.insert(QStringLiteral("label"), *label);
    }
    if (given("object_class")) {
        if (const auto objectClass = enumField(body, QStringLiteral("object_class"), kObjectClasses, true, errors))
            webhook.insert(QStringLiteral("object_class"), *objectClass);
    }
    if (body.contains(QStringLiteral("type")) || creating) {
        const auto type = enumField(body, QStringLiteral("type"), kTypes, false, errors);
        if (type)
            webhook.insert(QStringLiteral("type"), *type);
        else if (creating && !webhook.contains(QStringLiteral("type")))
            webhook.insert(QStringLiteral("type"), QStringLiteral("event"));
    }
    if (given("external_url")) {
        if (const auto url = stringField(body, QStringLiteral("external_url"), 4096, true, errors)) {
            const QUrl parsed(*url, QUrl::StrictMode);
            const QString scheme = parsed.scheme().toLower();
            if (!parsed.isValid() || parsed.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                errors << QStringLiteral("external_url: Enter a valid URL (http:// or https://).");
            else
                webhook.insert(QStringLiteral("external_url"), *url);
        }
    }
    if (body.contains(QStringLiteral("jwt_secret")) && !body.value(QStringLiteral("jwt_secret")).isNull()) {
        // An empty key would make the signature forgeable by anyone: refuse it.
        if (const auto secret = stringField(body, QStringLiteral("jwt_secret"), 100, true, errors))
            webhook.insert(QStringLiteral("jwt_secret"), *secret);
    } else if (creating) {
        webhook.insert(QStringLiteral("jwt_secret"),
            QString(QStringLiteral("JWT-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    if (body.contains(QStringLiteral("active"))) {
        if (!body.value(QStringLiteral("active")).isBool())
            errors << QStringLiteral("active: Must be a valid boolean.");
        else
            webhook.insert(QStringLiteral("active"), body.value(QStringLiteral("active")).toBool());
    } else if (creating) {
        webhook.insert(QStringLiteral("active"), true);
    }
    if (body.contains(QStringLiteral("description"))) {
        const QJsonValue description = body.value(QStringLiteral("description"));
        if (!description.isNull() && !description.isString())
            errors << QStringLiteral("description: Not a valid string.");
        else
            webhook.insert(QStringLiteral("description"), description);
    } else if (creating) {
        webhook.insert(QStringLiteral("description"), QString());
    }
    if (body.contains(QStringLiteral("http_method")) || creating) {
        // Creation allows POST only (spec); an update may switch to GET.
        const QStringList methods = creating ? QStringList { QStringLiteral("POST") }
                                             : QStringList { QStringLiteral("GET"), QStringLiteral("POST") };
        const auto method = enumField(body, QStringLiteral("http_method"), methods, false, errors, true);
        webhook.insert(QStringLiteral("http_method"),
            method.value_or(webhook.value(QStringLiteral("http_method")).toString(QStringLiteral("POST"))));
    }
    const bool productGiven = body.contains(QStringLiteral("product")) || body.contains(QStringLiteral("product_id"));
    if (productGiven || creating) {
        const QString productId = body.contains(QStringLiteral("product_id"))
            ? body.value(QStringLiteral("product_id")).toString().trimmed()
            : body.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString().trimmed();
        const auto product
            = productId.isEmpty() ? std::nullopt : context.store().get(QStringLiteral("products"), productId);
        if (productId.isEmpty())
            errors << QStringLiteral("product_id: This field is required.");
        else if (!product)
            errors << QStringLiteral("product_id: Product %1 does not exist.").arg(productId);
        else
            webhook.insert(QStringLiteral("product"),
                QJsonObject { { QStringLiteral("id"), productId },
                    { QStringLiteral("name"), product->value(QStringLiteral("name")) },
                    { QStringLiteral("icon"), product->value(QStringLiteral("icon")) } });
    }
    if (body.contains(QStringLiteral("data"))) {
        if (!body.value(QStringLiteral("data")).isObject())
            errors << QStringLiteral("data: Expected a JSON object.");
        else
            webhook.insert(QStringLiteral("data"), body.value(QStringLiteral("data")));
    } else if (creating) {
        webhook.insert(QStringLiteral("data"), QJsonObject());
    }
    if (body.contains(QStringLiteral("headers"))) {
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        const QJsonValue headers = body.value(QStringLiteral("headers"));
        bool valid = headers.isObject();
        const QJsonObject object = headers.toObject();
        for (auto it = object.begin(); valid && it != object.end(); ++it)
            valid = token.match(it.key()).hasMatch() && it.value().isString()
                && !it.value().toString().contains(QLatin1Char('\n'));
        if (!valid)
            errors << QStringLiteral("headers: Expected an object of header names to string values.");
        else
            webhook.insert(QStringLiteral("headers"), headers);
    } else if (creating) {
        webhook.insert(QStringLiteral("headers"), QJsonObject());
    }
    return errors;
}

QJsonObject userRef(SandboxContext &context)
{
    return context.actor();
}

QJsonObject createWebhook(SandboxContext &context, QJsonObject webhook)
{
    const QJsonObject account = context.account();
    webhook.insert(QStringLiteral("id"), context.store().newId(kWebhooks, QStringLiteral("WH-###-###-###")));
    webhook.insert(QStringLiteral("account"),
        QJsonObject { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
            { QStringLiteral("name"), account.value(QStringLiteral("name")) } });
    webhook.insert(QStringLiteral("created_at"), context.now());
    webhook.insert(QStringLiteral("created_by"), userRef(context));
    webhook.insert(QStringLiteral("modified_at"), QJsonValue(QJsonValue::Null));
    webhook.insert(QStringLiteral("modified_by"), QJsonValue(QJsonValue::Null));
    webhook.insert(QStringLiteral("earliest_possible_trigger"), QJsonValue(QJsonValue::Null));
    webhook.insert(QStringLiteral("stats"),
        QJsonObject { { QStringLiteral("events"), 0 }, { QStringLiteral("triggers"), 0 },
            { QStringLiteral("success_triggers"), 0 }, { QStringLiteral("failure_triggers"), 0 },
            { QStringLiteral("failure_since_last_success"), 0 } });
    webhook.insert(QStringLiteral("last_event"), QJsonValue(QJsonValue::Null));
    webhook.insert(QStringLiteral("last_success"), QJsonValue(QJsonValue::Null));
    webhook.insert(QStringLiteral("last_failure"), QJsonValue(QJsonValue::Null));
    context.store().put(kWebhooks, webhook);
    return webhook;
}

} // namespace

void registerWebhookRoutes(Router &router, SandboxContext &context, WebhookDispatcher &webhooks)
{
    // api_url is where the handler calls back; it is known only once the server listens, so it is
    // filled in when the object is read.
    auto view = [&webhooks](QJsonObject webhook) {
        webhook.insert(QStringLiteral("api_url"), webhooks.apiUrl());
        return webhook;
    };
    router.add(Method::Get, QStringLiteral("/notifications/webhooks"),
        [&context, view](ApiRequest &request) { return context.list(request, kWebhooks, {}, view); });
    router.add(Method::Post, QStringLiteral("/notifications/webhooks"), [&context, view](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QJsonObject webhook;
        const QStringList errors = apply(context, *body, webhook, true);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        return ApiReply::json(view(createWebhook(context, webhook)), 201);
    });
    router.add(Method::Get, QStringLiteral("/notifications/webhooks/{id}"), [&context, view](ApiRequest &request) {
        const auto webhook = context.store().get(kWebhooks, request.param(QStringLiteral("id")));
        return webhook ? ApiReply::json(view(*webhook))
                       : ApiReply::notFound(QStringLiteral("Webhook"), request.param(QStringLiteral("id")));
    });
    router.add(Method::Put, QStringLiteral("/notifications/webhooks/{id}"), [&context, view](ApiRequest &request) {
        auto webhook = context.store().get(kWebhooks, request.param(QStringLiteral("id")));
        if (!webhook)
            return ApiReply::notFound(QStringLiteral("Webhook"), request.param(QStringLiteral("id")));
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QStringList errors = apply(context, *body, *webhook, false);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        webhook->insert(QStringLiteral("modified_at"), context.now());
        webhook->insert(QStringLiteral("modified_by"), userRef(context));
        context.store().put(kWebhooks, *webhook);
        return ApiReply::json(view(*webhook));
    });
    router.add(Method::Delete, QStringLiteral("/notifications/webhooks/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        return context.store().remove(kWebhooks, id) ? ApiReply::noContent()
                                                     : ApiReply::notFound(QStringLiteral("Webhook"), id);
    });
    // Fires the webhook now, active or not (the portal's "Trigger" button is how a handler is tested).
    // The call goes out asynchronously; its outcome shows in stats / last_success / last_failure.
    router.add(Method::Post, QStringLiteral("/notifications/webhooks/{id}/trigger"),
        [&context, &webhooks, view](ApiRequest &request) {
            const auto webhook = context.store().get(kWebhooks, request.param(QStringLiteral("id")));
            if (!webhook)
                return ApiReply::notFound(QStringLiteral("Webhook"), request.param(QStringLiteral("id")));
            webhooks.trigger(
                *webhook, webhook->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString());
            return ApiReply::json(view(*webhook));
        });
}

void seedWebhooks(SandboxContext &context, const QString &productId)
{
    const QJsonObject failing {
        { QStringLiteral("label"), QStringLiteral("New purchase requests to fulfillment bot") },
        { QStringLiteral("object_class"), QStringLiteral("fulfillment_request") },
        { QStringLiteral("external_url"), QStringLiteral("http://127.0.0.1:9/hook") },
        { QStringLiteral("description"),
            QStringLiteral("Nothing listens on port 9: every delivery fails and is recorded as a failure.") },
        { QStringLiteral("product_id"), productId },
        { QStringLiteral("headers"),
            QJsonObject { { QStringLiteral("Content-Type"), QStringLiteral("application/json") } } },
    };
    const QJsonObject inactive {
        { QStringLiteral("label"), QStringLiteral("Listing changes to marketing") },
        { QStringLiteral("object_class"), QStringLiteral("listing_request") },
        { QStringLiteral("external_url"), QStringLiteral("https://hooks.lab-vendor.example/listings") },
        { QStringLiteral("description"), QStringLiteral("Paused while marketing moves to the new CMS.") },
        { QStringLiteral("active"), false },
        { QStringLiteral("product_id"), productId },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("team"), QStringLiteral("marketing") } } },
    };
    for (const QJsonObject &body : { failing, inactive }) {
        QJsonObject webhook;
        if (apply(context, body, webhook, true).isEmpty())
            createWebhook(context, webhook);
    }
}

} // namespace cv::sandbox
