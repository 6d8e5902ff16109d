// API tokens (/auth/tokens, REFERENCE §3.22) and the integration seed. Webhooks live in webhooksapi.cpp.
//
// A token's secret ("SU-xxx-xxx-xxx:<32 hex>") is shown once, in the answer to its creation; lists and
// gets never carry it, as on Connect. SandboxServer::authorized() accepts a key while its token is active,
// so deactivating or deleting a token locks its key out at once. The demo key (handle "demo") is what the
// sandbox prints at start: deleting or deactivating it through the API is refused, so that the sandbox
// cannot lock its only user out.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/webhooksapi.h"
#include "sandbox/seed/demoseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace cv::sandbox {

namespace {

const QString kTokens = QStringLiteral("tokens");
const QString kPermissions = QStringLiteral("token_permissions");
const QString kCustomExtension = QStringLiteral("EX-000-000");

/// Lists and gets never show the secret (nor a renewed one).
QJsonObject withoutSecret(QJsonObject token)
{
    token.remove(QStringLiteral("token"));
    token.remove(QStringLiteral("renewed_token"));
    return token;
}

bool isDemo(const QJsonObject &token)
{
    return token.value(QStringLiteral("handle")).toString() == QLatin1String("demo");
}

QString newSecret(const QString &tokenId)
{
    auto *random = QRandomGenerator::system();
    return QStringLiteral("%1:%2%3")
        .arg(tokenId)
        .arg(random->generate64(), 16, 16, QLatin1Char('0'))
        .arg(random->generate64(), 16, 16, QLatin1Char('0'));
}

/// Checks an optional string field of the body: type and length. Appends "field: message" on failure.
void checkString(const QJsonObject &body, const QString &field, int maxLength, bool required, QStringList &errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors << QStringLiteral("%1: This field is required.").arg(field);
        return;
    }
    if (!value.isString()) {
        errors << QStringLiteral("%1: Not a valid string.").arg(field);
        return;
    }
    if (required && value.toString().trimmed().isEmpty())
        errors << QStringLiteral("%1: This field may not be blank.").arg(field);
    else if (value.toString().size() > maxLength)
        errors << QStringLiteral("%1: Ensure this field has no more than %2 characters.").arg(field).arg(maxLength);
}

/// The extension a token belongs to, from {id} or {name}. Extensions are not a sandbox collection: an
/// id is known when some token already uses it (or it is the built-in "custom" one); a new lowercase
/// name gets a fresh id that later tokens of the same name share.
std::optional<QJsonObject> resolveExtension(SandboxContext &context, const QJsonValue &value, QStringList &errors)
{
    const QJsonObject given = value.toObject();
    const QString id = given.value(QStringLiteral("id")).toString().trimmed();
    const QString name = given.value(QStringLiteral("name")).toString().trimmed().toLower();
    if (!value.isObject() || (id.isEmpty() && name.isEmpty())) {
        errors << QStringLiteral("extension: This field is required (give {\"id\": ...} or {\"name\": ...}).");
        return std::nullopt;
    }
    auto known = [&context](const QString &path, const QString &v) -> std::optional<QJsonObject> {
        for (const QJsonObject &token : context.store().findBy(kTokens, path, v))
            return token.value(QStringLiteral("extension")).toObject();
        return std::nullopt;
    };
    if (!id.isEmpty()) {
        if (id == kCustomExtension)
            return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("custom") },
                { QStringLiteral("revision"), 1 } };
        if (auto extension = known(QStringLiteral("extension.id"), id))
            return extension;
        errors << QStringLiteral("extension: Extension %1 does not exist.").arg(id);
        return std::nullopt;
    }
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9_.-]{1,50}$"));
    if (!nameShape.match(name).hasMatch()) {
        errors << QStringLiteral(
            "extension.name: Use up to 50 lowercase letters, digits, '.', '_' or '-', without whitespace.");
        return std::nullopt;
    }
    if (name == QLatin1String("custom"))
        return QJsonObject { { QStringLiteral("id"), kCustomExtension }, { QStringLiteral("name"), name },
            { QStringLiteral("revision"), 1 } };
    if (auto extension = known(QStringLiteral("extension.name"), name))
        return extension;
    return QJsonObject { { QStringLiteral("id"),
                             context.store().newId(QStringLiteral("extensions"), QStringLiteral("EX-###-###")) },
        { QStringLiteral("name"), name }, { QStringLiteral("revision"), 1 } };
}

/// expiration_date: null or an ISO-8601 date-time in the future; stored as Connect writes times.
std::optional<QJsonValue> parseExpiration(const QJsonValue &value, QStringList &errors)
{
    if (value.isUndefined() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !when.isValid()) {
        errors << QStringLiteral(
            "expiration_date: Datetime has wrong format. Use ISO 8601, e.g. 2030-01-31T00:00:00+00:00.");
        return std::nullopt;
    }
    if (when <= QDateTime::currentDateTimeUtc()) {
        errors << QStringLiteral("expiration_date: The expiration date must be in the future.");
        return std::nullopt;
    }
    return QJsonValue(when.toUTC().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00")));
}

/// Creates a token from a TokenWrite body; the answer carries the secret (the only time it is shown).
std::optional<QJsonObject> createToken(SandboxContext &context, const QJsonObject &body, QStringList &errors)
{
    checkString(body, QStringLiteral("name"), 128, true, errors);
    checkString(body, QStringLiteral("description"), 255, false, errors);
    checkString(body, QStringLiteral("external_id"), 128, false, errors);
    const auto extension = resolveExtension(context, body.value(QStringLiteral("extension")), errors);
    const auto expiration = parseExpiration(body.value(QStringLiteral("expiration_date")), errors);
    const QJsonObject account = context.account();
    const QString ownerId = body.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString();
    if (!ownerId.isEmpty() && ownerId != account.value(QStringLiteral("id")).toString())
        errors << QStringLiteral("owner: A token can only be owned by your own account (%1).")
                      .arg(account.value(QStringLiteral("id")).toString());
    if (!errors.isEmpty())
        return std::nullopt;
    const QString id = context.store().newId(kTokens, QStringLiteral("SU-###-###-###"));
    QJsonObject token {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), body.value(QStringLiteral("name")).toString().trimmed() },
        { QStringLiteral("description"), body.value(QStringLiteral("description")).toString() },
        { QStringLiteral("external_id"), body.value(QStringLiteral("external_id")) },
        { QStringLiteral("owner"),
            QJsonObject { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
                { QStringLiteral("name"), account.value(QStringLiteral("name")) } } },
        { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("extension"), *extension },
        { QStringLiteral("handle"),
            QStringLiteral("%1-%2").arg(extension->value(QStringLiteral("name")).toString(), id.mid(3)) },
        { QStringLiteral("token"), newSecret(id) },
        { QStringLiteral("permissions"), QJsonArray() },
        { QStringLiteral("expiration_date"), *expiration },
        { QStringLiteral("renewed_expiration_date"), QJsonValue(QJsonValue::Null) },
    };
    if (token.value(QStringLiteral("external_id")).isUndefined())
        token.insert(QStringLiteral("external_id"), QJsonValue(QJsonValue::Null));
    context.stamp(token, QStringLiteral("created"));
    context.store().put(kTokens, token);
    return token;
}

/// Shared frame of the token routes: look the token up, hand it to `body`, 404 if unknown.
template<typename F> Router::Handler withToken(SandboxContext &context, const QString &param, F body)
{
    return [&context, param, body](ApiRequest &request) {
        auto token = context.store().get(kTokens, request.param(param));
        if (!token)
            return ApiReply::notFound(QStringLiteral("Token"), request.param(param));
        return body(request, *token);
    };
}

ApiReply setStatus(SandboxContext &context, QJsonObject &token, const QString &target)
{
    const QString id = token.value(QStringLiteral("id")).toString();
    const QString status = token.value(QStringLiteral("status")).toString();
    const bool activating = target == QLatin1String("active");
    if (!activating && isDemo(token))
        return ApiReply::error(400, QStringLiteral("AUTH_011"),
            { QStringLiteral("Token %1 is the sandbox's demo key and cannot be deactivated: the sandbox would "
                             "lock its own user out. Create another token to try deactivation.")
                    .arg(id) });
    const QStringList from = activating
        ? QStringList { QStringLiteral("inactive"), QStringLiteral("pending") }
        : QStringList { QStringLiteral("active"), QStringLiteral("expiring"), QStringLiteral("revitalised") };
    if (!from.contains(status))
        return ApiReply::badTransition(QStringLiteral("AUTH_012"), QStringLiteral("Token ") + id,
            activating ? QStringLiteral("activated") : QStringLiteral("deactivated"), status);
    token.insert(QStringLiteral("status"), target);
    context.stamp(token, activating ? QStringLiteral("activated") : QStringLiteral("deactivated"));
    context.store().put(kTokens, token);
    return ApiReply::json(withoutSecret(token));
}

/// Permissions live in their own kind (keyed "<token>/<permission>/<object>") so that the list gets RQL
/// and paging; the token's `permissions` array is kept equal to them.
void syncPermissions(SandboxContext &context, QJsonObject &token)
{
    QJsonArray permissions;
    for (const QJsonObject &permission :
        context.store().all(kPermissions, token.value(QStringLiteral("id")).toString()))
        permissions.append(permission);
    token.insert(QStringLiteral("permissions"), permissions);
    context.stamp(token, QStringLiteral("updated"));
    context.store().put(kTokens, token);
}

QString permissionKey(const QString &tokenId, const QJsonObject &permission)
{
    return QStringLiteral("%1/%2/%3")
        .arg(tokenId, permission.value(QStringLiteral("id")).toString(),
            permission.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString());
}

void registerPermissionRoutes(Router &router, SandboxContext &context)
{
    const QString path = QStringLiteral("/auth/tokens/{token_pk}/permissions");
    const QString param = QStringLiteral("token_pk");
    router.add(Method::Get, path, withToken(context, param, [&context](ApiRequest &request, QJsonObject &token) {
        return context.list(request, kPermissions, token.value(QStringLiteral("id")).toString());
    }));
    // PermissionMerge: granting what is already granted answers the existing grant.
    router.add(Method::Post, path, withToken(context, param, [&context](ApiRequest &request, QJsonObject &token) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString permissionId = body->value(QStringLiteral("id")).toString().trimmed();
        QJsonValue object = body->value(QStringLiteral("object"));
        if (permissionId.isEmpty())
            return ApiReply::validation({ QStringLiteral("id: This field is required.") });
        if (!object.isUndefined() && !object.isNull()
            && (!object.isObject() || object.toObject().value(QStringLiteral("id")).toString().isEmpty()))
            return ApiReply::validation({ QStringLiteral("object.id: This field is required.") });
        if (object.isUndefined() || object.isNull()) // a grant on the token's own account
            object = QJsonObject { { QStringLiteral("id"), context.accountId() } };
        QJsonObject permission { { QStringLiteral("id"), permissionId },
            { QStringLiteral("object"),
                QJsonObject { { QStringLiteral("id"), object.toObject().value(QStringLiteral("id")) } } } };
        const QString tokenId = token.value(QStringLiteral("id")).toString();
        const QString key = permissionKey(tokenId, permission);
        for (const QJsonObject &existing : context.store().all(kPermissions, tokenId)) {
            if (permissionKey(tokenId, existing) == key)
                return ApiReply::json(existing, 201);
        }
        permission.insert(QStringLiteral("events"), QJsonObject { { QStringLiteral("granted"), context.event() } });
        context.store().put(kPermissions, permission, tokenId, key);
        syncPermissions(context, token);
        return ApiReply::json(permission, 201);
    }));
    // The spec's DELETE has no permission in the path: a body {id[, object{id}]} revokes that grant,
    // no body revokes them all.
    router.add(Method::Delete, path, withToken(context, param, [&context](ApiRequest &request, QJsonObject &token) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString tokenId = token.value(QStringLiteral("id")).toString();
        const QString permissionId = body->value(QStringLiteral("id")).toString();
        const QString objectId
            = body->value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString();
        int removed = 0;
        for (const QJsonObject &existing : context.store().all(kPermissions, tokenId)) {
            const bool matches = permissionId.isEmpty()
                || (existing.value(QStringLiteral("id")).toString() == permissionId
                    && (objectId.isEmpty()
                        || existing.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString()
                            == objectId));
            if (matches && context.store().remove(kPermissions, permissionKey(tokenId, existing)))
                ++removed;
        }
        if (!permissionId.isEmpty() && removed == 0)
            return ApiReply::notFound(QStringLiteral("Permission"), permissionId);
        syncPermissions(context, token);
        return ApiReply::noContent();
    }));
}

} // namespace

void registerIntegrationRoutes(Router &router, SandboxContext &context, WebhookDispatcher &webhooks)
{
    const QString pk = QStringLiteral("pk");
    router.add(Method::Get, QStringLiteral("/auth/tokens"),
        [&context](ApiRequest &request) { return context.list(request, kTokens, {}, withoutSecret); });
    router.add(Method::Post, QStringLiteral("/auth/tokens"), [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QStringList errors;
        const auto token = createToken(context, *body, errors);
        return token ? ApiReply::json(*token, 201) : ApiReply::validation(errors);
    });
    router.add(Method::Get, QStringLiteral("/auth/tokens/{pk}"),
        withToken(context, pk, [](ApiRequest &, QJsonObject &token) { return ApiReply::json(withoutSecret(token)); }));
    router.add(Method::Put, QStringLiteral("/auth/tokens/{pk}"),
        withToken(context, pk, [&context](ApiRequest &request, QJsonObject &token) {
            ApiReply error;
            const auto body = context.jsonBody(request, error);
            if (!body)
                return error;
            QStringList errors;
            checkString(*body, QStringLiteral("name"), 128, body->contains(QStringLiteral("name")), errors);
            checkString(*body, QStringLiteral("description"), 255, false, errors);
            checkString(*body, QStringLiteral("external_id"), 128, false, errors);
            if (!errors.isEmpty())
                return ApiReply::validation(errors);
            for (const QString &field :
                { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("external_id") }) {
                if (body->contains(field))
                    token.insert(field,
                        field == QLatin1String("name") ? QJsonValue(body->value(field).toString().trimmed())
                                                       : body->value(field));
            }
            context.stamp(token, QStringLiteral("updated"));
            context.store().put(kTokens, token);
            return ApiReply::json(withoutSecret(token));
        }));
    router.add(Method::Delete, QStringLiteral("/auth/tokens/{pk}"),
        withToken(context, pk, [&context](ApiRequest &, QJsonObject &token) {
            const QString id = token.value(QStringLiteral("id")).toString();
            if (isDemo(token))
                return ApiReply::error(400, QStringLiteral("AUTH_011"),
                    { QStringLiteral("Token %1 is the sandbox's demo key and cannot be deleted: the sandbox would "
                                     "lock its own user out. Create another token to try deletion.")
                            .arg(id) });
            for (const QJsonObject &permission : context.store().all(kPermissions, id))
                context.store().remove(kPermissions, permissionKey(id, permission));
            context.store().remove(kTokens, id);
            return ApiReply::noContent();
        }));
    router.add(Method::Post, QStringLiteral("/auth/tokens/{pk}/activate"),
        withToken(context, pk, [&context](ApiRequest &, QJsonObject &token) {
            return setStatus(context, token, QStringLiteral("active"));
        }));
    router.add(Method::Post, QStringLiteral("/auth/tokens/{pk}/deactivate"),
        withToken(context, pk, [&context](ApiRequest &, QJsonObject &token) {
            return setStatus(context, token, QStringLiteral("inactive"));
        }));
    registerPermissionRoutes(router, context);
    registerWebhookRoutes(router, context, webhooks);
}

void seedIntegration(SandboxContext &context, const QString &productId)
{
    QStringList errors;
    createToken(context,
        { { QStringLiteral("name"), QStringLiteral("Zapier integration") },
            { QStringLiteral("description"), QStringLiteral("Posts new fulfillment requests to the team's Zap.") },
            { QStringLiteral("extension"), QJsonObject { { QStringLiteral("name"), QStringLiteral("zapier") } } } },
        errors);
    if (auto old = createToken(context,
            { { QStringLiteral("name"), QStringLiteral("Old reporting script") },
                { QStringLiteral("description"), QStringLiteral("Replaced by the reports module; kept inactive.") },
                { QStringLiteral("external_id"), QStringLiteral("reporting-v1") },
                { QStringLiteral("extension"), QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } },
            errors)) {
        old->insert(QStringLiteral("status"), QStringLiteral("inactive"));
        context.stamp(*old, QStringLiteral("deactivated"));
        context.store().put(kTokens, *old);
    }
    seedWebhooks(context, productId);
}

} // namespace cv::sandbox
