#include "sandbox/api/productfactory.h"

#include "app/inventory/productrules.h"
#include "sandbox/api/sandboxcontext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace cv::sandbox::productfactory {

namespace {

QJsonArray embedded(const QString &name)
{
    QFile file(QStringLiteral(":/sandbox/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QString productDigits(const QString &productId)
{
    return productId.mid(4); // "PRD-276-377-545" -> "276-377-545"
}

int nextPosition(SandboxContext &context, const QString &kind, const QString &productId)
{
    int position = 0;
    for (const QJsonObject &object : context.store().all(kind, productId))
        position = std::max(position, object.value(QStringLiteral("position")).toInt());
    return position + 10000;
}

QJsonObject defaultUiSettings()
{
    // What Connect fills a new product's Service UI with (the lab: "the application automatically populates these
    // fields with some examples ... keep the links in the Downloads and Documentation section as is"); texts and
    // links as in samples/product_response.json. The action's JWT secret is made with the product, so the Actions
    // tab can copy it from the first sync on.
    const auto link = [](const char *title, const char *url, bool download) {
        QJsonObject object { { QStringLiteral("title"), QLatin1String(title) },
            { QStringLiteral("url"), QLatin1String(url) } };
        if (download)
            object.insert(QStringLiteral("visible_for"), QStringLiteral("admin"));
        return object;
    };
    return { { QStringLiteral("description"),
                 QStringLiteral(
                     "We are happy to provide you the Cloud Service - an ultimate solution for your company. "
                     "Stop using the legacy on-premises solution on your computer. Move to the cloud with "
                     "our help.") },
        { QStringLiteral("getting_started"),
            QStringLiteral("You are now ready to use the Cloud Service and migrate the files from your local computer "
                           "and mobile devices to the cloud. Download apps for Windows Desktop, Windows Phone, Mac OS "
                           "or Android following one of the links below, or access the service web interface "
                           "directly.") },
        { QStringLiteral("download_links"),
            QJsonArray { link("Windows", "https://example.com/download/windows", true),
                link("macOS", "https://example.com/download/macos", true),
                link("iPhone", "https://example.com/download/iphone", true),
                link("Android", "https://example.com/download/android", true) } },
        { QStringLiteral("documents"), QJsonArray { link("Admin Manual", "https://example.com/manual/admin", false) } },
        { QStringLiteral("languages"), QJsonArray() },
        { QStringLiteral("provisioning_message"),
            QStringLiteral("Please wait while your request is being fulfilled.") },
        { QStringLiteral("action"),
            QJsonObject { { QStringLiteral("url"), QString() }, { QStringLiteral("jwt_secret"), newSecret() } } } };
}

QJsonObject defaultCapabilities()
{
    const auto flag = [](const char *key, bool value) { return QJsonObject { { QLatin1String(key), value } }; };
    return { { QStringLiteral("ppu"), QJsonValue::Null }, { QStringLiteral("reservation"), flag("consumption", false) },
        { QStringLiteral("cart"), flag("validation", false) },
        { QStringLiteral("inquiring"), flag("validation", false) },
        { QStringLiteral("tiers"),
            QJsonObject { { QStringLiteral("configs"), QJsonValue::Null }, { QStringLiteral("updates"), false },
                { QStringLiteral("validation"), false } } },
        { QStringLiteral("subscription"),
            QJsonObject {
                { QStringLiteral("hold"), false }, { QStringLiteral("schema"), QStringLiteral("evergreen") } } } };
}

} // namespace

QString newSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return secret;
}

QJsonArray units()
{
    return embedded(QStringLiteral("units.json"));
}
QJsonArray locales()
{
    return embedded(QStringLiteral("locales.json"));
}
QJsonArray categories()
{
    return embedded(QStringLiteral("categories.json"));
}

void ensureCatalogues(SandboxContext &context)
{
    const std::pair<const char *, QJsonArray> catalogues[]
        = { { "units", units() }, { "locales", locales() }, { "categories", categories() } };
    for (const auto &[kind, entries] : catalogues) {
        if (context.store().count(QLatin1String(kind)) > 0)
            continue;
        for (const QJsonValue &entry : entries) {
            QJsonObject object = entry.toObject();
            // Fields the spec requires that Connect's own captured lists omit.
            if (QLatin1String(kind) == QLatin1String("categories")) {
                for (const char *key : { "parent", "family" }) {
                    if (!object.contains(QLatin1String(key)))
                        object.insert(QLatin1String(key), QJsonValue::Null);
                }
            } else if (QLatin1String(kind) == QLatin1String("locales")
                && !object.contains(QStringLiteral("marketplaces"))) {
                object.insert(QStringLiteral("marketplaces"), QJsonArray());
            }
            context.store().put(QLatin1String(kind), object);
        }
    }
}

QStringList unitIds()
{
    QStringList ids;
    for (const QJsonValue &unit : units())
        ids << unit.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject unitById(const QString &unitId)
{
    for (const QJsonValue &value : units()) {
        const QJsonObject unit = value.toObject();
        if (unit.value(QStringLiteral("id")).toString() == unitId) {
            const QString description = unit.value(QStringLiteral("description")).toString();
            return { { QStringLiteral("id"), unitId }, { QStringLiteral("name"), description },
                { QStringLiteral("title"), description },
                { QStringLiteral("unit"), unit.value(QStringLiteral("unit")).toString() } };
        }
    }
    return {};
}

QJsonObject createProduct(SandboxContext &context, const QJsonObject &body)
{
    const QString id = context.store().newId(QStringLiteral("products"), QStringLiteral("PRD-###-###-###"));
    const QJsonObject account = context.account();
    QJsonObject category = body.value(QStringLiteral("category")).toObject();
    if (category.isEmpty())
        category = categories().at(0).toObject();
    QJsonObject product {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), body.value(QStringLiteral("name")).toString().trimmed() },
        { QStringLiteral("external_id"), body.value(QStringLiteral("external_id")).toString() },
        { QStringLiteral("icon"), QString() },
        { QStringLiteral("status"), QStringLiteral("draft") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("latest"), true },
        { QStringLiteral("published_at"), QJsonValue::Null },
        { QStringLiteral("purchase_model"),
            body.value(QStringLiteral("purchase_model")).toString(QStringLiteral("transactable")) },
        { QStringLiteral("short_description"), QString() },
        { QStringLiteral("detailed_description"), QString() },
        { QStringLiteral("configurations"),
            QJsonObject { { QStringLiteral("suspend_resume_supported"), false },
                { QStringLiteral("requires_reseller_information"), false } } },
        { QStringLiteral("customer_ui_settings"), defaultUiSettings() },
        { QStringLiteral("category"), category },
        { QStringLiteral("owner"),
            QJsonObject { { QStringLiteral("id"), account.value(QStringLiteral("id")) },
                { QStringLiteral("name"), account.value(QStringLiteral("name")) } } },
        { QStringLiteral("capabilities"), defaultCapabilities() },
        { QStringLiteral("visibility"),
            QJsonObject { { QStringLiteral("owner"), true }, { QStringLiteral("listing"), false },
                { QStringLiteral("syndication"), false }, { QStringLiteral("catalog"), false } } },
        { QStringLiteral("usage_rule"), QJsonObject { { QStringLiteral("enabled"), false } } },
        { QStringLiteral("stats"), QJsonObject { { QStringLiteral("versions"), 0 } } },
        { QStringLiteral("changes_description"), QString() },
        { QStringLiteral("public"), false },
    };
    context.stamp(product, QStringLiteral("created"));
    context.store().put(QStringLiteral("products"), product);

    const auto item = [](const char *name, const char *mpn) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
            { QStringLiteral("mpn"), QLatin1String(mpn) },
            { QStringLiteral("description"), QStringLiteral("Example item: rename or delete it.") },
            { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("period"), QStringLiteral("monthly") },
            { QStringLiteral("precision"), QStringLiteral("integer") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("unit") } } } };
    };
    newItem(context, id, item("Sku A", "SKU-A"));
    newItem(context, id, item("Sku B", "SKU-B"));

    const auto parameter = [](const char *name, const char *title, const char *phase) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
            { QStringLiteral("title"), QLatin1String(title) },
            { QStringLiteral("description"), QStringLiteral("Example parameter: edit or delete it.") },
            { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("phase"), QLatin1String(phase) },
            { QStringLiteral("scope"), QStringLiteral("asset") },
            { QStringLiteral("constraints"),
                QJsonObject { { QStringLiteral("required"), false }, { QStringLiteral("hidden"), false },
                    { QStringLiteral("unique"), false } } } };
    };
    newParameter(context, id, parameter("param_a", "Parameter A", "ordering"));
    newParameter(context, id, parameter("param_b", "Parameter B", "fulfillment"));

    const auto templ = [](const QString &name, const char *scope, const QJsonValue &type, const QString &body) {
        return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("title"), name },
            { QStringLiteral("scope"), QLatin1String(scope) }, { QStringLiteral("type"), type },
            { QStringLiteral("body"), body } };
    };
    const QString activation = QStringLiteral("Default Activation Template");
    newTemplate(context, id,
        templ(activation, "asset", QStringLiteral("fulfillment"),
            QStringLiteral("# Welcome to %1\n\nYour subscription is active.\n\n"
                           "The value of **param_a** is **{{ param_a }}**.\n"
                           "The value of **param_b** is **{{ param_b }}**.\n")
                .arg(product.value(QStringLiteral("name")).toString())));
    newTemplate(context, id,
        templ(QStringLiteral("Additional information is required to process your request"), "asset",
            QStringLiteral("inquire"),
            QStringLiteral("Please complete our **[Activation Form]({{ activation_form_url }})** to resume processing "
                           "of your request.")));
    newTemplate(context, id,
        templ(activation, "tier1", QJsonValue::Null,
            QStringLiteral("# Sample Template For Setup of Tier 1\n\nThis template is used to share details of the "
                           "tier 1 setup.")));
    newTemplate(context, id,
        templ(activation, "tier2", QJsonValue::Null,
            QStringLiteral("# Sample Template For Setup of Tier 2\n\nThis template is used to share details of the "
                           "tier 2 setup.")));
    return product;
}

core::Result<QJsonObject, QString> publishProduct(
    SandboxContext &context, const QString &id, const QString &changesDescription)
{
    auto product = context.store().get(QStringLiteral("products"), id);
    if (!product)
        return QStringLiteral("Product %1 not found.").arg(id);
    QList<QJsonObject> items = context.store().all(QStringLiteral("items"), id);
    if (items.isEmpty())
        return QStringLiteral("A product needs at least one item to be published.");
    const int version
        = product->value(QStringLiteral("stats")).toObject().value(QStringLiteral("versions")).toInt() + 1;
    QJsonArray itemSnapshots;
    for (QJsonObject &item : items) {
        if (item.value(QStringLiteral("status")).toString() == QLatin1String("draft")) {
            item.insert(QStringLiteral("status"), QStringLiteral("published"));
            context.stamp(item, QStringLiteral("updated")); // incremental syncs must see the new status
            context.store().put(QStringLiteral("items"), item, id);
        }
        itemSnapshots.append(item);
    }
    product->insert(QStringLiteral("status"), QStringLiteral("published"));
    product->insert(QStringLiteral("version"), version);
    product->insert(QStringLiteral("published_at"), context.now());
    product->insert(QStringLiteral("public"), true);
    product->insert(QStringLiteral("changes_description"), changesDescription);
    QJsonObject stats = product->value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("versions"), version);
    product->insert(QStringLiteral("stats"), stats);
    context.stamp(*product, QStringLiteral("published"));
    context.store().put(QStringLiteral("products"), *product);

    auto snapshot = [&context, &id](const char *kind) {
        QJsonArray array;
        for (const QJsonObject &object : context.store().all(QLatin1String(kind), id))
            array.append(object);
        return array;
    };
    QJsonObject versionObject = *product;
    versionObject.insert(QStringLiteral("id"), QStringLiteral("%1:v%2").arg(id).arg(version));
    versionObject.insert(QStringLiteral("product_id"), id);
    versionObject.insert(QStringLiteral("staging"), false);
    versionObject.insert(QStringLiteral("latest"), true);
    const QJsonObject snapshots { { QStringLiteral("items"), itemSnapshots },
        { QStringLiteral("templates"), snapshot("templates") }, { QStringLiteral("actions"), snapshot("actions") },
        { QStringLiteral("media"), snapshot("media") } };
    // Earlier versions are no longer the latest.
    for (QJsonObject older : context.store().all(QStringLiteral("versions"), id)) {
        older.insert(QStringLiteral("latest"), false);
        context.store().put(QStringLiteral("versions"), older, id);
    }
    context.store().put(QStringLiteral("versions"), versionObject, id);
    context.store().putBlob(QStringLiteral("version-snapshot:%1:%2").arg(id).arg(version), "application/json",
        QJsonDocument(snapshots).toJson(QJsonDocument::Compact));
    return versionObject;
}

QJsonObject newItem(SandboxContext &context, const QString &productId, const QJsonObject &body)
{
    const qint64 number = context.store().nextCounter(QStringLiteral("item:") + productId);
    const QString digits = productDigits(productId);
    const QString suffix = QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
    QJsonObject item = body;
    item.insert(QStringLiteral("id"), QStringLiteral("PRD-%1-%2").arg(digits, suffix));
    item.insert(QStringLiteral("local_id"),
        QStringLiteral("PRD_%1_%2").arg(QString(digits).replace(QLatin1Char('-'), QLatin1Char('_')), suffix));
    item.insert(QStringLiteral("status"), QStringLiteral("draft"));
    item.insert(QStringLiteral("position"), nextPosition(context, QStringLiteral("items"), productId));
    item.insert(QStringLiteral("display_name"), body.value(QStringLiteral("name")));
    for (const char *key : { "type", "period", "precision" }) {
        if (item.contains(QLatin1String(key)))
            item.insert(QLatin1String(key), inventory::rules::canonical(item.value(QLatin1String(key)).toString()));
    }
    const QString unitId = body.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString();
    if (const QJsonObject unit = unitById(unitId); !unit.isEmpty())
        item.insert(QStringLiteral("unit"), unit);
    item.insert(QStringLiteral("commitment"),
        QJsonObject { { QStringLiteral("multiplier"), QStringLiteral("billing_period") },
            { QStringLiteral("count"),
                body.value(QStringLiteral("commitment")).toObject().value(QStringLiteral("count")).toInt(1) } });
    if (!item.contains(QStringLiteral("dynamic")))
        item.insert(QStringLiteral("dynamic"), false);
    const bool visible = body.value(QStringLiteral("ui")).toObject().value(QStringLiteral("visibility")).toBool(true);
    item.insert(QStringLiteral("ui"), QJsonObject { { QStringLiteral("visibility"), visible } });
    item.insert(QStringLiteral("ui_visibility"), visible);
    item.insert(QStringLiteral("depth"), 0);
    // Fields the spec marks required on items, null until used.
    for (const char *key : { "parent", "replacement", "group" }) {
        if (!item.contains(QLatin1String(key)))
            item.insert(QLatin1String(key), QJsonValue::Null);
    }
    for (const char *key : { "external_id", "end_of_sale_notes", "description" }) {
        if (!item.contains(QLatin1String(key)))
            item.insert(QLatin1String(key), QString());
    }
    context.stamp(item, QStringLiteral("created"));
    context.store().put(QStringLiteral("items"), item, productId);
    return item;
}

QJsonObject newParameter(SandboxContext &context, const QString &productId, const QJsonObject &body)
{
    const qint64 number = context.store().nextCounter(QStringLiteral("parameter:") + productId);
    QJsonObject parameter = body;
    parameter.insert(QStringLiteral("id"),
        QStringLiteral("PRM-%1-%2").arg(productDigits(productId)).arg(number, 4, 10, QLatin1Char('0')));
    for (const char *key : { "type", "phase", "scope" })
        parameter.insert(
            QLatin1String(key), inventory::rules::canonical(parameter.value(QLatin1String(key)).toString()));
    QJsonObject constraints = body.value(QStringLiteral("constraints")).toObject();
    for (const char *flag : { "required", "hidden", "unique" }) {
        if (!constraints.contains(QLatin1String(flag)))
            constraints.insert(QLatin1String(flag), false);
    }
    parameter.insert(QStringLiteral("constraints"), constraints);
    if (!parameter.contains(QStringLiteral("description")))
        parameter.insert(QStringLiteral("description"), QString());
    parameter.insert(QStringLiteral("position"), nextPosition(context, QStringLiteral("parameters"), productId));
    context.stamp(parameter, QStringLiteral("created"));
    context.store().put(QStringLiteral("parameters"), parameter, productId);
    return parameter;
}

QJsonObject newTemplate(SandboxContext &context, const QString &productId, const QJsonObject &body)
{
    QJsonObject templ = body;
    templ.insert(
        QStringLiteral("id"), context.store().newId(QStringLiteral("templates"), QStringLiteral("TL-###-###-###")));
    templ.insert(QStringLiteral("scope"),
        inventory::rules::canonical(body.value(QStringLiteral("scope")).toString(QStringLiteral("asset"))));
    if (templ.value(QStringLiteral("scope")).toString() == QLatin1String("asset"))
        templ.insert(QStringLiteral("type"),
            inventory::rules::canonical(body.value(QStringLiteral("type")).toString(QStringLiteral("fulfillment"))));
    else
        templ.insert(QStringLiteral("type"), QJsonValue::Null);
    if (!templ.contains(QStringLiteral("title")))
        templ.insert(QStringLiteral("title"), body.value(QStringLiteral("name")));
    if (!templ.contains(QStringLiteral("body")))
        templ.insert(QStringLiteral("body"), QString());
    templ.insert(QStringLiteral("position"), nextPosition(context, QStringLiteral("templates"), productId));
    context.stamp(templ, QStringLiteral("created"));
    context.store().put(QStringLiteral("templates"), templ, productId);
    return templ;
}

QJsonObject newAction(SandboxContext &context, const QString &productId, const QJsonObject &body)
{
    const qint64 number = context.store().nextCounter(QStringLiteral("action:") + productId);
    QJsonObject action = body;
    action.insert(QStringLiteral("id"),
        QStringLiteral("ACT-%1-%2").arg(productDigits(productId)).arg(number, 3, 10, QLatin1Char('0')));
    action.insert(QStringLiteral("type"), body.value(QStringLiteral("type")).toString(QStringLiteral("button")));
    action.insert(QStringLiteral("scope"),
        inventory::rules::canonical(body.value(QStringLiteral("scope")).toString(QStringLiteral("asset"))));
    if (!action.contains(QStringLiteral("title")))
        action.insert(QStringLiteral("title"), body.value(QStringLiteral("name")));
    context.stamp(action, QStringLiteral("created"));
    context.store().put(QStringLiteral("actions"), action, productId);
    return action;
}

} // namespace cv::sandbox::productfactory
