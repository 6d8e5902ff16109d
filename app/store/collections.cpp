#include "app/store/collections.h"

#include "app/store/cachedatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cv::store {

namespace {

IndexedColumn text(const QString &column, const QString &path = {})
{
    return { column, path.isEmpty() ? column : path, IndexedColumn::Text, 1 };
}

IndexedColumn integer(const QString &column, const QString &path = {})
{
    return { column, path.isEmpty() ? column : path, IndexedColumn::Integer, 1 };
}

CollectionSpec spec(const char *name, const char *listPath, const char *parent, const char *incremental,
    const char *naturalKey, QList<IndexedColumn> columns)
{
    CollectionSpec s;
    s.name = QString::fromLatin1(name);
    s.listPath = QString::fromLatin1(listPath);
    s.parentCollection = QString::fromLatin1(parent);
    s.incrementalField = QString::fromLatin1(incremental);
    s.naturalKey = QString::fromLatin1(naturalKey);
    s.columns = std::move(columns);
    return s;
}

QList<CollectionSpec> buildCollections()
{
    const QString s_name = QStringLiteral("name");
    const QString s_status = QStringLiteral("status");
    const QString s_type = QStringLiteral("type");
    const QString s_scope = QStringLiteral("scope");
    const QString s_updated = QStringLiteral("updated");

    QList<CollectionSpec> list;
    // Products and their sub-collections (REFERENCE §3.1-§3.13).
    {
        CollectionSpec products = spec("products", "/products", "", "events.updated.at", "name",
            { text(s_name), text(s_status), integer(QStringLiteral("version")),
                text(s_updated, QStringLiteral("events.updated.at")) });
        // The action SSO secret (legacy place) is shown on demand from the server, never kept on disk.
        products.secretFields = { QStringLiteral("customer_ui_settings.action.jwt_secret") };
        list << products;
    }
    list << spec("items", "/products/{parent}/items", "products", "events.updated.at", "mpn",
        { text(QStringLiteral("mpn")), text(s_name), text(s_status), text(s_type), text(QStringLiteral("period")) });
    list << spec("parameters", "/products/{parent}/parameters", "products", "", "name",
        { text(s_name), text(QStringLiteral("phase")), text(s_scope), text(s_type),
            integer(QStringLiteral("position")) });
    list << spec("templates", "/products/{parent}/templates", "products", "", "name",
        { text(s_name), text(s_scope), text(s_type) });
    list << spec("actions", "/products/{parent}/actions", "products", "", "action",
        { text(QStringLiteral("action")), text(s_scope) });
    list << spec("media", "/products/{parent}/media", "products", "", "", {});
    {
        // A localization's id is its locale ("DE"), the same under every product: cached as "PRD-...:DE".
        CollectionSpec localizations
            = spec("localizations", "/products/{parent}/localizations", "products", "", "", {});
        localizations.scopedBy = QStringLiteral("product.id");
        list << localizations;
    }
    {
        // Every version of a product carries the product's id (REFERENCE §3.3): rows are told apart by number.
        CollectionSpec versions = spec("versions", "/products/{parent}/versions", "products", "", "version",
            { integer(QStringLiteral("version")) });
        versions.distinctBy = QStringLiteral("version");
        list << versions;
    }
    // Fulfillment (§3.14-§3.17).
    list << spec("requests", "/requests", "", "updated", "",
        { text(s_status), text(s_type), text(QStringLiteral("product_id"), QStringLiteral("asset.product.id")),
            text(QStringLiteral("product_name"), QStringLiteral("asset.product.name")),
            text(QStringLiteral("customer"), QStringLiteral("asset.tiers.customer.name")),
            text(QStringLiteral("marketplace"), QStringLiteral("marketplace.name")),
            text(QStringLiteral("environment"), QStringLiteral("asset.connection.type")),
            text(QStringLiteral("assignee"), QStringLiteral("assignee.name")), text(QStringLiteral("created")),
            text(s_updated), text(QStringLiteral("asset_id"), QStringLiteral("asset.id")) });
    list << spec("assets", "/assets", "", "updated", "",
        { text(s_status), text(QStringLiteral("product_id"), QStringLiteral("product.id")),
            text(QStringLiteral("customer"), QStringLiteral("tiers.customer.name")), text(s_updated) });
    // Tier accounts only expose events.created.at, so updates cannot be pulled incrementally.
    // Tier accounts and conversations only filter on their creation time (REFERENCE §2.3): incremental
    // pulls fetch new ones; changes to existing ones arrive with a full sync (`sync --full`).
    {
        // The customer's e-mail (the command palette finds customers by it): a column from v6, when the JSON is
        // stored compressed and SQL can no longer look into it.
        IndexedColumn email = text(QStringLiteral("email"), QStringLiteral("contact_info.contact.email"));
        email.sinceSchema = CacheDatabase::kCompressedJsonSchema;
        list << spec("tier_accounts", "/tier/accounts", "", "events.created.at", "",
            { text(s_name), text(QStringLiteral("environment")), email });
    }
    list << spec("tier_config_requests", "/tier/config-requests", "", "updated", "", { text(s_status), text(s_type) });
    // Conversations only filter on creation; their messages also on events.updated.at (§2.3).
    list << spec("conversations", "/conversations", "", "created", "", { text(QStringLiteral("instance_id")) });
    list << spec("messages", "/conversations/{parent}/messages", "conversations", "events.updated.at", "", {});
    // Marketplaces, agreements, listings (§3.18-§3.20).
    list << spec("marketplaces", "/marketplaces", "", "", "", { text(s_name) });
    list << spec("hubs", "/hubs", "", "", "", { text(s_name) });
    list << spec("agreements", "/agreements", "", "updated", "name", { text(s_type), text(s_name) });
    list << spec("contracts", "/contracts", "", "", "", { text(s_type), text(s_status) });
    list << spec("listings", "/listings", "", "updated", "",
        { text(s_status), text(QStringLiteral("product_id"), QStringLiteral("product.id")),
            text(QStringLiteral("marketplace"), QStringLiteral("contract.marketplace.name")) });
    list << spec(
        "listing_requests", "/listing-requests", "", "updated", "", { text(QStringLiteral("state")), text(s_type) });
    // Usage (§3.21): files only filter on created.at, yet their status changes -> refetch.
    list << spec("usage_files", "/usage/files", "", "", "",
        { text(s_status), text(QStringLiteral("product_id"), QStringLiteral("product.id")) });
    {
        CollectionSpec drafts = spec("usage_drafts", "", "", "", "", {});
        drafts.localOnly = true;
        list << drafts;
    }
    {
        // A file's records (GET /usage/records, filter usage_file; issue 15): the table of a file and the usage
        // reports. They only filter on created_time and their status changes, so they are refetched whole.
        CollectionSpec records = spec("usage_records", "/usage/records", "", "", "",
            { text(s_status), text(QStringLiteral("usage_file_id"), QStringLiteral("usagefile.id")),
                text(QStringLiteral("asset_id"), QStringLiteral("asset.id")),
                text(QStringLiteral("product_id"), QStringLiteral("product.id")) });
        records.sinceSchema = 5;
        for (IndexedColumn &column : records.columns)
            column.sinceSchema = 5;
        list << records;
    }
    // Integrations (§3.22-§3.23). A token's secret is returned once by the API and never cached.
    {
        CollectionSpec tokens = spec("tokens", "/auth/tokens", "", "", "name", { text(s_name), text(s_status) });
        tokens.secretFields = { QStringLiteral("token"), QStringLiteral("renewed_token") };
        list << tokens;
    }
    {
        // JWT secrets are shown on demand from the server, never kept on disk.
        CollectionSpec webhooks = spec("webhooks", "/notifications/webhooks", "", "", "label",
            { text(QStringLiteral("label")), text(QStringLiteral("object_class")), integer(QStringLiteral("active")) });
        webhooks.secretFields = { QStringLiteral("jwt_secret") };
        list << webhooks;
    }
    // What the reports read (issue 15, point 3; schema v5). Billing requests (§3.15, "Billing-side view") change
    // their events.updated.at; tier account requests only filter on creation (§3.17 and Appendix B), so status
    // changes arrive with a full sync; tier configs only filter `updated` with ge/le, not gt: refetched whole.
    {
        CollectionSpec billing = spec("billing_requests", "/subscriptions/requests", "", "events.updated.at", "",
            { text(s_type), text(QStringLiteral("asset_id"), QStringLiteral("asset.id")),
                text(QStringLiteral("product_id"), QStringLiteral("asset.product.id")),
                text(QStringLiteral("environment"), QStringLiteral("asset.connection.type")),
                text(QStringLiteral("period_from"), QStringLiteral("period.from")),
                text(QStringLiteral("created"), QStringLiteral("events.created.at")) });
        CollectionSpec accountRequests
            = spec("tier_account_requests", "/tier/account-requests", "", "events.created.at", "",
                { text(s_status), text(QStringLiteral("product_id"), QStringLiteral("product.id")),
                    text(QStringLiteral("created"), QStringLiteral("events.created.at")) });
        CollectionSpec tierConfigs = spec("tier_configs", "/tier/configs", "", "", "",
            { text(s_status), text(QStringLiteral("product_id"), QStringLiteral("product.id")) });
        // The reports run on this computer (the Reports page's history): never synced.
        CollectionSpec reportRuns
            = spec("report_runs", "", "", "", "", { text(QStringLiteral("report")), text(QStringLiteral("ran_at")) });
        reportRuns.localOnly = true;
        for (CollectionSpec *added : { &billing, &accountRequests, &tierConfigs, &reportRuns }) {
            added->sinceSchema = 5;
            for (IndexedColumn &column : added->columns)
                column.sinceSchema = 5;
            list << *added;
        }
    }
    // Helpdesk (§3.26), accounts and users (§3.24).
    list << spec("cases", "/helpdesk/cases", "", "events.updated.at", "",
        { text(QStringLiteral("state")), text(QStringLiteral("subject")), integer(QStringLiteral("priority")) });
    list << spec("accounts", "/accounts", "", "", "", { text(s_name) });
    list << spec(
        "users", "/accounts/{parent}/users", "accounts", "", "email", { text(s_name), text(QStringLiteral("email")) });
    return list;
}

} // namespace

QVariant IndexedColumn::valueIn(const QJsonObject &object) const
{
    QJsonValue value = object;
    for (const QStringView key : QStringView(jsonPath).split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QVariant(QMetaType::fromType<QString>());
        value = value.toObject().value(key);
    }
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return qint64(value.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            return qint64(number);
        return number;
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

QString CollectionSpec::pathFor(const QString &parentId) const
{
    QString path = listPath;
    path.replace(QStringLiteral("{parent}"), parentId);
    return path;
}

QJsonObject CollectionSpec::cachedForm(const QJsonObject &server) const
{
    if (!scopedBy.isEmpty()) {
        QString scope = server.value(scopedBy.section(QLatin1Char('.'), 0, 0))
                            .toObject()
                            .value(scopedBy.section(QLatin1Char('.'), 1))
                            .toString();
        const QString id = server.value(QStringLiteral("id")).toString();
        if (scope.isEmpty() || id.startsWith(scope + QLatin1Char(':')))
            return server;
        QJsonObject cached = server;
        cached.insert(QStringLiteral("id"), QString(scope + QLatin1Char(':') + id));
        return cached;
    }
    if (distinctBy.isEmpty() || !server.contains(distinctBy))
        return server;
    QJsonObject cached = server;
    const QString id = server.value(QStringLiteral("id")).toString();
    const QString suffix = QStringLiteral(":v") + server.value(distinctBy).toVariant().toString();
    if (id.endsWith(suffix))
        return cached;
    cached.insert(parentCollection.isEmpty() ? QStringLiteral("object_id")
                                             : QString(parentCollection.chopped(1) + QStringLiteral("_id")),
        id);
    cached.insert(QStringLiteral("id"), QString(id + suffix));
    return cached;
}

QString CollectionSpec::objectPath(const QString &id, const QString &parentId) const
{
    return pathFor(parentId) + QLatin1Char('/') + id;
}

const QList<CollectionSpec> &collections()
{
    static const QList<CollectionSpec> all = buildCollections();
    return all;
}

const CollectionSpec *collection(const QString &name)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> map;
        const QList<CollectionSpec> &all = collections();
        for (qsizetype i = 0; i < all.size(); ++i)
            map.insert(all.at(i).name, i);
        return map;
    }();
    const auto it = index.constFind(name);
    return it == index.constEnd() ? nullptr : &collections().at(*it);
}

} // namespace cv::store
