#include "sandbox/seed/demoseed.h"

#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"

#include <QFile>
#include <QJsonArray>

namespace cv::sandbox {

namespace {

QJsonObject item(
    const char *name, const char *mpn, const char *unit, const char *period, int commitment, const char *description)
{
    return { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("mpn"), QLatin1String(mpn) },
        { QStringLiteral("description"), QLatin1String(description) },
        { QStringLiteral("type"), QStringLiteral("reservation") }, { QStringLiteral("period"), QLatin1String(period) },
        { QStringLiteral("precision"), QStringLiteral("integer") },
        { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QLatin1String(unit) } } },
        { QStringLiteral("commitment"), QJsonObject { { QStringLiteral("count"), commitment } } } };
}

QJsonObject parameter(
    const char *name, const char *title, const char *type, const char *phase, bool required, const char *description)
{
    return { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("title"), QLatin1String(title) },
        { QStringLiteral("description"), QLatin1String(description) }, { QStringLiteral("type"), QLatin1String(type) },
        { QStringLiteral("phase"), QLatin1String(phase) }, { QStringLiteral("scope"), QStringLiteral("asset") },
        { QStringLiteral("constraints"),
            QJsonObject { { QStringLiteral("required"), required }, { QStringLiteral("hidden"), false },
                { QStringLiteral("unique"), false } } } };
}

} // namespace

QString seedDemoProduct(SandboxContext &context)
{
    SandboxStore &store = context.store();
    QJsonObject product = productfactory::createProduct(
        context, { { QStringLiteral("name"), QStringLiteral("Connect Cloud Storage") } });
    const QString id = product.value(QStringLiteral("id")).toString();

    // Replace the example items and parameters by the product's own.
    for (const char *kind : { "items", "parameters" }) {
        for (const QJsonObject &example : store.all(QLatin1String(kind), id))
            store.remove(QLatin1String(kind), example.value(QStringLiteral("id")).toString());
    }
    productfactory::newItem(context, id,
        item("Storage 100 GB", "CCS-100GB-M", "gb", "monthly", 1, "100 GB of cloud storage, billed monthly."));
    productfactory::newItem(context, id,
        item("Storage 1 TB", "CCS-1TB-M", "gb", "monthly", 12, "1 TB of cloud storage with a one-year commitment."));
    productfactory::newItem(context, id,
        item("Storage 1 TB yearly", "CCS-1TB-Y", "gb", "yearly", 1, "1 TB of cloud storage, billed yearly."));
    productfactory::newItem(
        context, id, item("Backup seat", "CCS-BACKUP-USER", "users", "monthly", 1, "Backup of one user's devices."));
    productfactory::newParameter(context, id,
        parameter("param_admin_email", "Administrator e-mail", "email", "ordering", true,
            "The e-mail address of the customer's storage administrator."));
    productfactory::newParameter(context, id,
        parameter("param_company_domain", "Company domain", "domain", "ordering", false,
            "Used to sign in with the company's identity provider."));
    productfactory::newParameter(context, id,
        parameter("param_tenant_id", "Tenant ID", "text", "fulfillment", true, "The tenant created for the customer."));
    productfactory::newParameter(context, id,
        parameter("param_activation_code", "Activation code", "password", "fulfillment", false,
            "One-time code the administrator uses to sign in first."));
    for (QJsonObject templ : store.all(QStringLiteral("templates"), id)) {
        if (templ.value(QStringLiteral("type")).toString() != QLatin1String("fulfillment"))
            continue;
        templ.insert(QStringLiteral("body"),
            QStringLiteral(
                "# Welcome to Connect Cloud Storage\n\nYour storage tenant **{{ param_tenant_id }}** is ready.\n\n"
                "Sign in as **{{ param_admin_email }}** at https://storage.example.com and follow the getting started "
                "guide."));
        store.put(QStringLiteral("templates"), templ, id);
    }
    productfactory::newAction(context, id,
        { { QStringLiteral("action"), QStringLiteral("open_console") },
            { QStringLiteral("name"), QStringLiteral("Open storage console") },
            { QStringLiteral("description"), QStringLiteral("Sign in to the storage console.") },
            { QStringLiteral("scope"), QStringLiteral("asset") } });

    QFile logo(QStringLiteral(":/sandbox/demo-logo.png"));
    logo.open(QIODevice::ReadOnly);
    const QByteArray png = logo.readAll();
    const QString icon = QStringLiteral("/media/%1/%2/media/%2-logo.png").arg(context.accountId(), id);
    store.putBlob(icon, "image/png", png);
    const QString mediaId = QStringLiteral("PRDM-%1-%2").arg(id.mid(4)).arg(10001);
    const QString mediaPath = QStringLiteral("/media/%1/%2/media/%3.png").arg(context.accountId(), id, mediaId);
    store.putBlob(mediaPath, "image/png", png);
    store.put(QStringLiteral("media"),
        QJsonObject { { QStringLiteral("id"), mediaId }, { QStringLiteral("type"), QStringLiteral("image") },
            { QStringLiteral("position"), 1 }, { QStringLiteral("thumbnail"), mediaPath },
            { QStringLiteral("url"), mediaPath } },
        id);

    product.insert(QStringLiteral("icon"), icon);
    product.insert(QStringLiteral("short_description"),
        QStringLiteral("Secure cloud storage and backup for teams of every size."));
    product.insert(QStringLiteral("detailed_description"),
        QStringLiteral("## Storage your team will actually use\n\n* Unlimited devices per user\n* Versioning and "
                       "ransomware protection\n"
                       "* Data centres in the US and the EU\n\nConnect Cloud Storage replaces file servers and USB "
                       "drives with one "
                       "secure place for every file."));
    product.insert(QStringLiteral("customer_ui_settings"),
        QJsonObject { { QStringLiteral("description"), QStringLiteral("Your files, safe and everywhere.") },
            { QStringLiteral("getting_started"),
                QStringLiteral(
                    "Install the desktop app, sign in with your administrator e-mail and invite your team.") },
            { QStringLiteral("download_links"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("title"), QStringLiteral("Windows") },
                        { QStringLiteral("url"), QStringLiteral("https://storage.example.com/download/windows") },
                        { QStringLiteral("visible_for"), QStringLiteral("admin") } },
                    QJsonObject { { QStringLiteral("title"), QStringLiteral("macOS") },
                        { QStringLiteral("url"), QStringLiteral("https://storage.example.com/download/macos") },
                        { QStringLiteral("visible_for"), QStringLiteral("admin") } } } },
            { QStringLiteral("documents"),
                QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Administrator guide") },
                    { QStringLiteral("url"), QStringLiteral("https://storage.example.com/docs/admin") } } } },
            { QStringLiteral("languages"), QJsonArray() },
            { QStringLiteral("provisioning_message"), QStringLiteral("Your storage tenant is being created.") },
            { QStringLiteral("action"),
                QJsonObject { { QStringLiteral("url"), QStringLiteral("https://storage.example.com/sso") },
                    { QStringLiteral("jwt_secret"), productfactory::newSecret() } } } });
    product.insert(QStringLiteral("configurations"),
        QJsonObject { { QStringLiteral("suspend_resume_supported"), true },
            { QStringLiteral("requires_reseller_information"), true } });
    store.put(QStringLiteral("products"), product);

    QJsonObject localization { { QStringLiteral("id"), QString(id + QStringLiteral(":DE")) },
        { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), id } } },
        { QStringLiteral("locale"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("DE") },
                { QStringLiteral("name"), QStringLiteral("German") } } } };
    QJsonObject translations;
    translations.insert(QStringLiteral("product.%1.name").arg(id), QStringLiteral("Connect Cloud-Speicher"));
    localization.insert(QStringLiteral("translations"), translations);
    context.stamp(localization, QStringLiteral("created"));
    store.put(QStringLiteral("localizations"), localization, id);
    QJsonObject translation { { QStringLiteral("id"),
                                  store.newId(QStringLiteral("translations"), QStringLiteral("TRN-####-####-####")) },
        { QStringLiteral("context"),
            QJsonObject {
                { QStringLiteral("id"),
                    store.newId(QStringLiteral("localization_contexts"), QStringLiteral("LCX-####-####-####")) },
                { QStringLiteral("instance_id"), id },
                { QStringLiteral("name"), product.value(QStringLiteral("name")) }, { QStringLiteral("icon"), icon },
                { QStringLiteral("type"), QStringLiteral("product") } } },
        { QStringLiteral("owner"),
            QJsonObject { { QStringLiteral("id"), context.accountId() },
                { QStringLiteral("name"), context.account().value(QStringLiteral("name")) } } },
        { QStringLiteral("locale"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("DE") },
                { QStringLiteral("name"), QStringLiteral("German") } } },
        { QStringLiteral("description"), QStringLiteral("German translation") },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("total"), 12 }, { QStringLiteral("translated"), 1 } } },
        { QStringLiteral("auto"),
            QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("status"), QStringLiteral("off") } } },
        { QStringLiteral("status"), QStringLiteral("active") }, { QStringLiteral("primary"), false } };
    context.stamp(translation, QStringLiteral("created"));
    store.put(QStringLiteral("translations"), translation);

    productfactory::publishProduct(context, id, QStringLiteral("First version for the lab."));
    return id;
}

} // namespace cv::sandbox
