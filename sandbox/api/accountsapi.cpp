// /accounts (the key's own account first) and account users (list, invite, remove).
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"

#include <QRegularExpression>

namespace cv::sandbox {

void registerAccountRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/accounts"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("accounts")); });
    router.add(Method::Get, QStringLiteral("/accounts/{pk}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("accounts"), request.param(QStringLiteral("pk")), QStringLiteral("Account"));
    });
    router.add(Method::Put, QStringLiteral("/accounts/{pk}"), [&context](ApiRequest &request) {
        auto account = context.store().get(QStringLiteral("accounts"), request.param(QStringLiteral("pk")));
        if (!account)
            return ApiReply::notFound(QStringLiteral("Account"), request.param(QStringLiteral("pk")));
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QStringList errors;
        for (const char *key : { "name", "description", "external_id" }) {
            if (!body->contains(QLatin1String(key)))
                continue;
            const QString value = body->value(QLatin1String(key)).toString();
            if (QLatin1String(key) == QLatin1String("name") && value.trimmed().isEmpty())
                errors << QStringLiteral("name: This field is required.");
            else if (QLatin1String(key) == QLatin1String("name") && value.size() > 64)
                errors << QStringLiteral("name: Ensure this field has no more than 64 characters.");
            account->insert(QLatin1String(key), value);
        }
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        context.stamp(*account, QStringLiteral("updated"));
        context.store().put(QStringLiteral("accounts"), *account);
        return ApiReply::json(*account);
    });
    router.add(Method::Get, QStringLiteral("/accounts/{account_pk}/users"), [&context](ApiRequest &request) {
        if (!context.store().get(QStringLiteral("accounts"), request.param(QStringLiteral("account_pk"))))
            return ApiReply::notFound(QStringLiteral("Account"), request.param(QStringLiteral("account_pk")));
        return context.list(request, QStringLiteral("users"), request.param(QStringLiteral("account_pk")));
    });
    // Inviting a user: e-mail required; the name comes when the user registers (lab: "Add User").
    router.add(Method::Post, QStringLiteral("/accounts/{account_pk}/users"), [&context](ApiRequest &request) {
        const QString accountId = request.param(QStringLiteral("account_pk"));
        if (!context.store().get(QStringLiteral("accounts"), accountId))
            return ApiReply::notFound(QStringLiteral("Account"), accountId);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString email = body->value(QStringLiteral("email")).toString().trimmed();
        static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (email.isEmpty())
            return ApiReply::validation({ QStringLiteral("email: This field is required.") });
        if (!emailShape.match(email).hasMatch())
            return ApiReply::validation({ QStringLiteral("email: Enter a valid email address.") });
        if (!context.store().findBy(QStringLiteral("users"), QStringLiteral("email"), email, accountId).isEmpty())
            return ApiReply::validation(
                { QStringLiteral("email: A user with this email already exists in the account.") });
        QJsonObject user { { QStringLiteral("id"),
                               context.store().newId(QStringLiteral("users"), QStringLiteral("UR-###-###-###")) },
            { QStringLiteral("email"), email },
            { QStringLiteral("name"), body->value(QStringLiteral("name")).toString() },
            { QStringLiteral("active"), false }, { QStringLiteral("status"), QStringLiteral("invited") },
            { QStringLiteral("role"), QStringLiteral("admin") } };
        context.stamp(user, QStringLiteral("invited"));
        QJsonObject events = user.value(QStringLiteral("events")).toObject();
        events.insert(QStringLiteral("created"), events.value(QStringLiteral("invited")));
        user.insert(QStringLiteral("events"), events);
        context.store().put(QStringLiteral("users"), user, accountId);
        return ApiReply::json(user, 201);
    });
    router.add(Method::Get, QStringLiteral("/accounts/{account_pk}/users/{pk}"), [&context](ApiRequest &request) {
        return context.getOr404(QStringLiteral("users"), request.param(QStringLiteral("pk")), QStringLiteral("User"));
    });
    router.add(Method::Delete, QStringLiteral("/accounts/{account_pk}/users/{pk}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("pk"));
        if (id == context.actor().value(QStringLiteral("id")).toString())
            return ApiReply::error(
                400, QStringLiteral("AUTH_010"), { QStringLiteral("You cannot remove yourself from the account.") });
        return context.store().remove(QStringLiteral("users"), id) ? ApiReply::noContent()
                                                                   : ApiReply::notFound(QStringLiteral("User"), id);
    });
}

} // namespace cv::sandbox
