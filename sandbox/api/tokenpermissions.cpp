#include "sandbox/api/tokenpermissions.h"

#include "sandbox/store/sandboxstore.h"

#include <QJsonArray>

namespace cv::sandbox {

QString moduleOfPath(const QString &path)
{
    // The sandbox's own table of which module owns a path (kept apart from the client's list of
    // permissions, app/apimodule/integrationrules.cpp: the sandbox is the oracle).
    static const QList<QPair<QString, QString>> prefixes {
        { QStringLiteral("/requests"), QStringLiteral("fulfillment") },
        { QStringLiteral("/assets"), QStringLiteral("fulfillment") },
        { QStringLiteral("/subscriptions"), QStringLiteral("fulfillment") },
        { QStringLiteral("/tier/"), QStringLiteral("fulfillment") },
        { QStringLiteral("/conversations"), QStringLiteral("fulfillment") },
        { QStringLiteral("/products"), QStringLiteral("inventory") },
        { QStringLiteral("/auth/tokens"), QStringLiteral("api") },
        { QStringLiteral("/notifications/webhooks"), QStringLiteral("api") },
        { QStringLiteral("/accounts"), QStringLiteral("account") },
        { QStringLiteral("/users"), QStringLiteral("account") },
        { QStringLiteral("/helpdesk"), QStringLiteral("help-support") },
        { QStringLiteral("/usage"), QStringLiteral("usage") },
        { QStringLiteral("/listings"), QStringLiteral("listings") },
        { QStringLiteral("/listing-requests"), QStringLiteral("listings") },
        { QStringLiteral("/agreements"), QStringLiteral("agreements") },
        { QStringLiteral("/contracts"), QStringLiteral("agreements") },
        { QStringLiteral("/reporting"), QStringLiteral("reports") },
    };
    for (const auto &[prefix, module] : prefixes) {
        if (path.startsWith(prefix))
            return module;
    }
    return {};
}

std::optional<ApiReply> refuseWithoutPermission(const SandboxStore &store, const QString &ownKey,
    const QByteArray &authorization, Method method, const QString &path)
{
    // Reads stay open: a restricted token still lists what it works with (the client's sync reads every
    // collection); the permission guards changes, which is what a vendor grants a token for.
    if (method == Method::Get || method == Method::Head || method == Method::Options)
        return std::nullopt;
    const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
    if (key == ownKey)
        return std::nullopt;
    const QList<QJsonObject> tokens = store.findBy(QStringLiteral("tokens"), QStringLiteral("token"), key);
    if (tokens.isEmpty())
        return std::nullopt; // the sandbox's own key
    const QJsonArray permissions = tokens.first().value(QStringLiteral("permissions")).toArray();
    if (permissions.isEmpty())
        return std::nullopt;
    const QString module = moduleOfPath(path);
    if (module.isEmpty())
        return std::nullopt;
    for (const QJsonValue &permission : permissions) {
        if (permission.toObject().value(QStringLiteral("id")).toString() == module)
            return std::nullopt;
    }
    return ApiReply::error(403, QStringLiteral("AUTH_003"),
        { QStringLiteral("Token %1 has no permission for the %2 module.")
                .arg(tokens.first().value(QStringLiteral("id")).toString(), module) });
}

} // namespace cv::sandbox
