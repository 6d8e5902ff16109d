#include "sandbox/seed/demoseed.h"

#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"

#include <QJsonArray>

namespace cv::sandbox {

void createDemoAccount(SandboxContext &context)
{
    SandboxStore &store = context.store();
    const QString accountId = store.newId(QStringLiteral("accounts"), QStringLiteral("VA-###-###"));
    const QString userId = store.newId(QStringLiteral("users"), QStringLiteral("UR-###-###-###"));
    store.setMeta(QStringLiteral("account_id"), accountId);
    store.setMeta(QStringLiteral("user_id"), userId);
    store.setMeta(QStringLiteral("user_name"), QStringLiteral("Lab Admin"));
    QJsonObject account { { QStringLiteral("id"), accountId },
        { QStringLiteral("name"), QStringLiteral("Connect Lab Vendor") },
        { QStringLiteral("type"), QStringLiteral("vendor") }, { QStringLiteral("role"), QStringLiteral("vendor") },
        { QStringLiteral("brand"), QStringLiteral("BR-%1").arg(accountId.mid(3)) },
        { QStringLiteral("external_id"), accountId },
        { QStringLiteral("description"), QStringLiteral("The vendor account of the Connect hands-on lab.") },
        { QStringLiteral("icon"), QString() }, { QStringLiteral("public"), false },
        { QStringLiteral("sourcing"), false }, { QStringLiteral("countries"), QJsonArray { QStringLiteral("US") } } };
    context.stamp(account, QStringLiteral("created"));
    store.put(QStringLiteral("accounts"), account);
    QJsonObject user { { QStringLiteral("id"), userId }, { QStringLiteral("name"), QStringLiteral("Lab Admin") },
        { QStringLiteral("email"), QStringLiteral("admin@lab-vendor.example") }, { QStringLiteral("active"), true },
        { QStringLiteral("status"), QStringLiteral("active") }, { QStringLiteral("role"), QStringLiteral("admin") } };
    context.stamp(user, QStringLiteral("created"));
    store.put(QStringLiteral("users"), user, accountId);
}

void setDemoApiKey(SandboxContext &context, const QString &key)
{
    SandboxStore &store = context.store();
    const QString tokenId = key.section(QLatin1Char(':'), 0, 0);
    store.setMeta(QStringLiteral("api_key"), key);
    // The key is also a token object, so it shows under API > Tokens like any other.
    for (QJsonObject old : store.findBy(QStringLiteral("tokens"), QStringLiteral("handle"), QStringLiteral("demo"))) {
        if (old.value(QStringLiteral("id")).toString() != tokenId)
            store.remove(QStringLiteral("tokens"), old.value(QStringLiteral("id")).toString());
    }
    const QJsonObject account = context.account();
    QJsonObject token { { QStringLiteral("id"), tokenId },
        { QStringLiteral("name"), QStringLiteral("Sandbox demo key") },
        { QStringLiteral("description"), QStringLiteral("The key connect-sandbox prints at start.") },
        { QStringLiteral("handle"), QStringLiteral("demo") }, { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("token"), key },
        { QStringLiteral("owner"),
            QJsonObject { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
                { QStringLiteral("name"), account.value(QStringLiteral("name")) } } },
        { QStringLiteral("extension"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("EX-000-000") },
                { QStringLiteral("name"), QStringLiteral("custom") } } },
        { QStringLiteral("permissions"), QJsonArray() } };
    context.stamp(token, QStringLiteral("created"));
    store.put(QStringLiteral("tokens"), token);
}

void seedDemo(SandboxContext &context)
{
    const QString productId = seedDemoProduct(context);
    const QJsonObject market = seedMarket(context, productId);
    seedAgreementDocuments(context, market);
    seedRequests(context, productId, market);
    seedUsage(context, productId, market);
    seedIntegration(context, productId);
    seedHelpdesk(context, productId);
    seedBilling(context);
}

} // namespace cv::sandbox
