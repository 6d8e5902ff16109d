#include "app/reports/reportdefinitions.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cv::reports {

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (QStringView part : QStringView(path).split(u'.')) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    return value;
}

QString parametersText(const QJsonArray &params)
{
    QStringList parts;
    for (const QJsonValue &entry : params) {
        const QJsonObject param = entry.toObject();
        QString value = param.value(u"value"_s).toString();
        if (value.isEmpty() && param.value(u"structured_value"_s).isObject()) {
            QStringList fields;
            const QJsonObject structured = param.value(u"structured_value"_s).toObject();
            for (auto it = structured.constBegin(); it != structured.constEnd(); ++it) {
                if (!it.value().toVariant().toString().isEmpty())
                    fields << it.value().toVariant().toString();
            }
            value = fields.join(u", "_s);
        }
        if (!value.isEmpty())
            parts << param.value(u"id"_s).toString() + u'=' + value;
    }
    return parts.join(u"; "_s);
}

QJsonObject ReportParameters::toJson() const
{
    QJsonObject json;
    if (from.isValid())
        json.insert(u"from"_s, from.toString(Qt::ISODate));
    if (to.isValid())
        json.insert(u"to"_s, to.toString(Qt::ISODate));
    if (!productId.isEmpty())
        json.insert(u"product"_s, productId);
    if (!marketplaceId.isEmpty())
        json.insert(u"marketplace"_s, marketplaceId);
    if (!requesterId.isEmpty())
        json.insert(u"requester"_s, requesterId);
    if (!types.isEmpty())
        json.insert(u"types"_s, QJsonArray::fromStringList(types));
    if (!statuses.isEmpty())
        json.insert(u"statuses"_s, QJsonArray::fromStringList(statuses));
    if (!environment.isEmpty())
        json.insert(u"environment"_s, environment);
    return json;
}

ReportParameters ReportParameters::fromJson(const QJsonObject &json)
{
    ReportParameters params;
    params.from = QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate);
    params.to = QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate);
    params.productId = json.value(u"product"_s).toString();
    params.marketplaceId = json.value(u"marketplace"_s).toString();
    params.requesterId = json.value(u"requester"_s).toString();
    for (const QJsonValue &value : json.value(u"types"_s).toArray())
        params.types << value.toString();
    for (const QJsonValue &value : json.value(u"statuses"_s).toArray())
        params.statuses << value.toString();
    params.environment = json.value(u"environment"_s).toString();
    return params;
}

qsizetype ReportDefinition::columnIndex(const QString &title) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).title == title)
            return i;
    }
    return -1;
}

QStringList ReportDefinition::pickedPaths() const
{
    QStringList paths;
    const QString lines = linesPath.isEmpty() ? QString() : linesPath + u"[]"_s;
    if (!lines.isEmpty())
        paths << lines;
    const auto addLinePaths = [&](const QStringList &linePaths) {
        for (const QString &path : linePaths)
            paths << lines + u'.' + path;
    };
    for (const ReportColumn &column : columns) {
        paths << column.paths;
        addLinePaths(column.linePaths);
    }
    for (const FilterBinding &binding : filters) {
        if (!binding.path.isEmpty())
            paths << binding.path;
    }
    paths << acceptPaths;
    addLinePaths(acceptLinePaths);
    paths.removeDuplicates();
    return paths;
}

QStringList ReportDefinition::headers() const
{
    QStringList list;
    for (const ReportColumn &column : columns)
        list << column.title;
    return list;
}

namespace {

// Column makers. `text` reads a path of the object, `lineText` of the line; numbers are doubles (quantities
// are decimal strings in requests, numbers in billing requests).
/// A path split once, when the report is defined: a report over 100,000 objects reads each column's path for
/// every row, and splitting it again each time was a measurable part of the run.
struct Path
{
    explicit Path(const QString &dotted)
        : parts(dotted.split(u'.'))
    { }
    QJsonValue in(const QJsonObject &object) const
    {
        if (parts.size() == 1)
            return object.value(parts.first());
        QJsonObject current = object;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const QJsonValue next = current.value(parts.at(i));
            if (!next.isObject())
                return {};
            current = next.toObject();
        }
        return current.value(parts.last());
    }
    QStringList parts;
};

QVariant textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

ReportColumn text(const QString &title, const QString &path)
{
    return { title, [p = Path(path)](const QJsonObject &object, const QJsonObject &) { return textOf(p.in(object)); },
        { path }, {} };
}

ReportColumn lineText(const QString &title, const QString &path)
{
    return { title, [p = Path(path)](const QJsonObject &, const QJsonObject &line) { return textOf(p.in(line)); }, {},
        { path } };
}

double number(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : value.toString().toDouble();
}

ReportColumn lineNumber(const QString &title, const QString &path)
{
    return { title,
        [path](const QJsonObject &, const QJsonObject &line) -> QVariant { return number(valueAt(line, path)); }, {},
        { path } };
}

ReportColumn number(const QString &title, const QString &path)
{
    return { title,
        [path](const QJsonObject &object, const QJsonObject &) -> QVariant { return number(valueAt(object, path)); },
        { path }, {} };
}

ReportColumn params(const QString &title, const QString &path)
{
    return { title,
        [path](const QJsonObject &object, const QJsonObject &) -> QVariant {
            return parametersText(valueAt(object, path).toArray());
        },
        { path }, {} };
}

/// The number of lines and the sum of their quantities (items of a request, an asset, a billing request).
ReportColumn itemCount(const QString &title, const QString &itemsPath)
{
    return { title,
        [itemsPath](const QJsonObject &object, const QJsonObject &) -> QVariant {
            return double(valueAt(object, itemsPath).toArray().size());
        },
        { itemsPath + u"[]"_s }, {} };
}

ReportColumn quantitySum(const QString &title, const QString &itemsPath)
{
    return { title,
        [itemsPath](const QJsonObject &object, const QJsonObject &) -> QVariant {
            double sum = 0;
            for (const QJsonValue &line : valueAt(object, itemsPath).toArray())
                sum += number(line.toObject().value(u"quantity"_s));
            return sum;
        },
        { itemsPath + u"[].quantity"_s }, {} };
}

/// Tier columns of an account at `prefix` (e.g. "asset.tiers.customer").
QList<ReportColumn> tierColumns(const QString &label, const QString &prefix, bool details)
{
    QList<ReportColumn> columns { text(label + u" ID"_s, prefix + u".id"_s),
        text(label + u" Name"_s, prefix + u".name"_s) };
    if (details) {
        columns << text(label + u" External ID"_s, prefix + u".external_id"_s)
                << text(label + u" Tax ID"_s, prefix + u".tax_id"_s)
                << text(label + u" City"_s, prefix + u".contact_info.city"_s)
                << text(label + u" Country"_s, prefix + u".contact_info.country"_s)
                << text(label + u" Email"_s, prefix + u".contact_info.contact.email"_s);
    }
    return columns;
}

const QStringList kRequestTypes { u"purchase"_s, u"change"_s, u"suspend"_s, u"resume"_s, u"cancel"_s, u"adjustment"_s,
    u"renew"_s, u"transfer"_s };
const QStringList kRequestStatuses { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"approved"_s,
    u"failed"_s, u"scheduled"_s, u"revoking"_s, u"revoked"_s };

QHash<Filter, FilterBinding> requestFilters()
{
    return { { Filter::Date, { u"created"_s, {} } }, { Filter::Product, { u"product_id"_s, {} } },
        { Filter::Marketplace, { {}, u"marketplace.id"_s } },
        { Filter::Requester, { {}, u"asset.connection.provider.id"_s } }, { Filter::Type, { u"type"_s, {} } },
        { Filter::Status, { u"status"_s, {} } }, { Filter::Environment, { u"environment"_s, {} } } };
}

QList<ReportColumn> requestHead()
{
    return { text(u"Request ID"_s, u"id"_s), text(u"Request Type"_s, u"type"_s), text(u"Request Status"_s, u"status"_s),
        text(u"Created"_s, u"created"_s), text(u"Updated"_s, u"updated"_s),
        text(u"Effective Date"_s, u"effective_date"_s), text(u"Subscription ID"_s, u"asset.id"_s),
        text(u"Subscription External ID"_s, u"asset.external_id"_s), text(u"Product ID"_s, u"asset.product.id"_s),
        text(u"Product Name"_s, u"asset.product.name"_s) };
}

QList<ReportColumn> placementOf(const QString &prefix)
{
    const QString p = prefix.isEmpty() ? QString() : prefix + u'.';
    return { text(u"Marketplace ID"_s, p + u"marketplace.id"_s), text(u"Marketplace Name"_s, p + u"marketplace.name"_s),
        text(u"Hub"_s, p + u"connection.hub.name"_s), text(u"Provider"_s, p + u"connection.provider.name"_s),
        text(u"Connection Type"_s, p + u"connection.type"_s), text(u"Contract ID"_s, p + u"contract.id"_s) };
}

bool hasQuantity(const QJsonObject &line)
{
    return number(line.value(u"quantity"_s)) != 0 || number(line.value(u"old_quantity"_s)) != 0;
}

QList<ReportColumn> itemLineColumns()
{
    return { lineText(u"Item ID"_s, u"global_id"_s), lineText(u"Item MPN"_s, u"mpn"_s),
        lineText(u"Item Name"_s, u"display_name"_s), lineText(u"Item Type"_s, u"item_type"_s),
        lineText(u"Item Period"_s, u"period"_s), lineText(u"Unit"_s, u"type"_s) };
}

/// Days from an ISO time to now (for the SLA report), whole days.
double daysSince(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? double(at.daysTo(QDateTime::currentDateTimeUtc())) : 0.0;
}

ReportDefinition make(const QString &id, const QString &title, const QString &collection, const QString &linesPath = {})
{
    ReportDefinition r;
    r.id = id;
    r.title = title;
    r.collection = collection;
    r.linesPath = linesPath;
    return r;
}

QList<ReportDefinition> build()
{
    QList<ReportDefinition> list;
    {
        ReportDefinition r = make(u"fulfillment_requests"_s, u"Fulfillment requests"_s, u"requests"_s);
        r.columns = requestHead();
        r.columns << tierColumns(u"Customer"_s, u"asset.tiers.customer"_s, true)
                  << tierColumns(u"Tier 1"_s, u"asset.tiers.tier1"_s, false)
                  << tierColumns(u"Tier 2"_s, u"asset.tiers.tier2"_s, false) << placementOf(u"asset"_s)
                  << text(u"Assignee"_s, u"assignee.name"_s) << itemCount(u"Items"_s, u"asset.items"_s)
                  << quantitySum(u"Total Quantity"_s, u"asset.items"_s) << params(u"Parameters"_s, u"asset.params"_s);
        r.filters = requestFilters();
        r.typeChoices = kRequestTypes;
        r.statusChoices = kRequestStatuses;
        r.totalColumn = u"Total Quantity"_s;
        list << r;
    }
    {
        ReportDefinition r
            = make(u"fulfillment_request_lines"_s, u"Fulfillment request lines"_s, u"requests"_s, u"asset.items"_s);
        r.columns = requestHead();
        r.columns << tierColumns(u"Customer"_s, u"asset.tiers.customer"_s, false)
                  << tierColumns(u"Tier 1"_s, u"asset.tiers.tier1"_s, false) << placementOf(u"asset"_s)
                  << itemLineColumns() << lineNumber(u"Quantity"_s, u"quantity"_s)
                  << lineNumber(u"Previous Quantity"_s, u"old_quantity"_s);
        r.filters = requestFilters();
        r.typeChoices = kRequestTypes;
        r.statusChoices = kRequestStatuses;
        r.acceptLine = hasQuantity;
        r.acceptLinePaths = { u"quantity"_s, u"old_quantity"_s };
        r.totalColumn = u"Quantity"_s;
        list << r;
    }
    {
        ReportDefinition r = make(u"failed_requests"_s, u"Requests failed with a vendor reason"_s, u"requests"_s);
        r.columns = requestHead();
        r.columns << tierColumns(u"Customer"_s, u"asset.tiers.customer"_s, true) << placementOf(u"asset"_s)
                  << text(u"Reason"_s, u"reason"_s) << params(u"Parameters"_s, u"asset.params"_s);
        r.filters = requestFilters();
        r.filters.remove(Filter::Status);
        r.onlyStatuses = { u"failed"_s };
        r.typeChoices = kRequestTypes;
        r.accept = [](const QJsonObject &request) {
            return request.value(u"status"_s).toString() == QLatin1String("failed")
                && !request.value(u"reason"_s).toString().trimmed().isEmpty();
        };
        r.acceptPaths = { u"status"_s, u"reason"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"billing_requests"_s, u"Billing requests"_s, u"billing_requests"_s);
        r.columns = { text(u"Billing Request ID"_s, u"id"_s), text(u"Type"_s, u"type"_s),
            text(u"Created"_s, u"events.created.at"_s), text(u"Period From"_s, u"period.from"_s),
            text(u"Period To"_s, u"period.to"_s), text(u"Period"_s, u"period.uom"_s),
            text(u"Subscription ID"_s, u"asset.id"_s), text(u"Subscription External ID"_s, u"asset.external_id"_s),
            text(u"Product ID"_s, u"asset.product.id"_s), text(u"Product Name"_s, u"asset.product.name"_s) };
        r.columns << tierColumns(u"Customer"_s, u"asset.tiers.customer"_s, true)
                  << tierColumns(u"Tier 1"_s, u"asset.tiers.tier1"_s, false) << placementOf(u"asset"_s)
                  << text(u"Vendor Reference"_s, u"attributes.vendor.external_id"_s)
                  << itemCount(u"Items"_s, u"items"_s) << quantitySum(u"Total Quantity"_s, u"items"_s);
        r.filters = { { Filter::Date, { u"period_from"_s, {} } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Marketplace, { {}, u"asset.marketplace.id"_s } }, { Filter::Type, { u"type"_s, {} } },
            { Filter::Environment, { u"environment"_s, {} } } };
        r.typeChoices = { u"vendor"_s, u"provider"_s };
        r.totalColumn = u"Total Quantity"_s;
        list << r;
    }
    {
        ReportDefinition r
            = make(u"billing_request_lines"_s, u"Billing request lines"_s, u"billing_requests"_s, u"items"_s);
        r.columns = { text(u"Billing Request ID"_s, u"id"_s), text(u"Period From"_s, u"period.from"_s),
            text(u"Period To"_s, u"period.to"_s), lineNumber(u"Billing Cycle"_s, u"billing.cycle_number"_s),
            text(u"Subscription ID"_s, u"asset.id"_s), text(u"Product ID"_s, u"asset.product.id"_s),
            text(u"Product Name"_s, u"asset.product.name"_s) };
        r.columns << tierColumns(u"Customer"_s, u"asset.tiers.customer"_s, false) << placementOf(u"asset"_s)
                  << itemLineColumns() << lineNumber(u"Quantity"_s, u"quantity"_s);
        r.filters = { { Filter::Date, { u"period_from"_s, {} } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Marketplace, { {}, u"asset.marketplace.id"_s } }, { Filter::Type, { u"type"_s, {} } },
            { Filter::Environment, { u"environment"_s, {} } } };
        r.typeChoices = { u"vendor"_s, u"provider"_s };
        r.totalColumn = u"Quantity"_s;
        list << r;
    }
    {
        ReportDefinition r = make(u"subscriptions"_s, u"Subscriptions"_s, u"assets"_s);
        r.columns = { text(u"Subscription ID"_s, u"id"_s), text(u"Status"_s, u"status"_s),
            text(u"External ID"_s, u"external_id"_s), text(u"External UID"_s, u"external_uid"_s),
            text(u"Created"_s, u"events.created.at"_s), text(u"Updated"_s, u"events.updated.at"_s),
            text(u"Product ID"_s, u"product.id"_s), text(u"Product Name"_s, u"product.name"_s) };
        r.columns << tierColumns(u"Customer"_s, u"tiers.customer"_s, true)
                  << tierColumns(u"Tier 1"_s, u"tiers.tier1"_s, false) << placementOf({})
                  << text(u"Billing Period"_s, u"billing.period.uom"_s)
                  << text(u"Next Billing Date"_s, u"billing.next_date"_s) << itemCount(u"Items"_s, u"items"_s)
                  << quantitySum(u"Total Quantity"_s, u"items"_s) << params(u"Parameters"_s, u"params"_s);
        r.filters = { { Filter::Date, { {}, u"events.created.at"_s } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Marketplace, { {}, u"marketplace.id"_s } }, { Filter::Status, { u"status"_s, {} } },
            { Filter::Environment, { {}, u"connection.type"_s } } };
        r.statusChoices
            = { u"draft"_s, u"processing"_s, u"active"_s, u"terminating"_s, u"suspended"_s, u"terminated"_s };
        r.totalColumn = u"Total Quantity"_s;
        list << r;
    }
    {
        ReportDefinition r
            = make(u"tier_config_requests"_s, u"Tier configuration requests"_s, u"tier_config_requests"_s);
        r.columns = { text(u"Request ID"_s, u"id"_s), text(u"Type"_s, u"type"_s), text(u"Status"_s, u"status"_s),
            text(u"Created"_s, u"created"_s), text(u"Updated"_s, u"updated"_s),
            text(u"Configuration ID"_s, u"configuration.id"_s),
            number(u"Tier Level"_s, u"configuration.tier_level"_s) };
        r.columns << tierColumns(u"Account"_s, u"configuration.account"_s, true)
                  << text(u"Product ID"_s, u"configuration.product.id"_s) << placementOf(u"configuration"_s)
                  << text(u"Environment"_s, u"environment"_s) << text(u"Reason"_s, u"reason"_s)
                  << text(u"Assignee"_s, u"assignee.name"_s) << params(u"Parameters"_s, u"params"_s);
        r.filters
            = { { Filter::Date, { {}, u"created"_s } }, { Filter::Product, { {}, u"configuration.product.id"_s } },
                  { Filter::Marketplace, { {}, u"configuration.marketplace.id"_s } },
                  { Filter::Type, { u"type"_s, {} } }, { Filter::Status, { u"status"_s, {} } },
                  { Filter::Environment, { {}, u"configuration.connection.type"_s } } };
        r.typeChoices = { u"setup"_s, u"update"_s, u"adjustment"_s };
        r.statusChoices = { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"approved"_s, u"failed"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"tier_configs"_s, u"Tier configurations"_s, u"tier_configs"_s);
        r.columns = { text(u"Configuration ID"_s, u"id"_s), text(u"Name"_s, u"name"_s), text(u"Status"_s, u"status"_s),
            number(u"Tier Level"_s, u"tier_level"_s) };
        r.columns << tierColumns(u"Account"_s, u"account"_s, true) << text(u"Product ID"_s, u"product.id"_s)
                  << placementOf({}) << text(u"Open Request"_s, u"open_request.id"_s)
                  << text(u"Created"_s, u"created"_s) << text(u"Updated"_s, u"updated"_s)
                  << params(u"Parameters"_s, u"params"_s);
        r.filters = { { Filter::Date, { {}, u"created"_s } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Marketplace, { {}, u"marketplace.id"_s } }, { Filter::Status, { u"status"_s, {} } },
            { Filter::Environment, { {}, u"connection.type"_s } } };
        r.statusChoices = { u"active"_s, u"processing"_s };
        list << r;
    }
    {
        // Changes of a customer's or reseller's data that reach the vendor to accept or ignore (REFERENCE §3.17).
        ReportDefinition r = make(u"tier_account_requests"_s, u"Tier account requests"_s, u"tier_account_requests"_s);
        r.columns = { text(u"Request ID"_s, u"id"_s), text(u"Type"_s, u"type"_s), text(u"Status"_s, u"status"_s),
            text(u"Created"_s, u"events.created.at"_s), text(u"Updated"_s, u"events.updated.at"_s) };
        r.columns << tierColumns(u"Account"_s, u"account"_s, true) << text(u"Account Type"_s, u"account.type"_s)
                  << number(u"Account Version"_s, u"account.version"_s)
                  << text(u"Account Environment"_s, u"account.environment"_s) << text(u"Product ID"_s, u"product.id"_s)
                  << text(u"Product Name"_s, u"product.name"_s) << text(u"Provider"_s, u"provider.name"_s)
                  << text(u"Reason"_s, u"reason"_s);
        r.filters = { { Filter::Date, { u"created"_s, {} } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Status, { u"status"_s, {} } }, { Filter::Environment, { {}, u"account.environment"_s } } };
        r.statusChoices = { u"pending"_s, u"accepted"_s, u"ignored"_s, u"unsupported"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"listing_requests"_s, u"Listing requests"_s, u"listing_requests"_s);
        r.columns = { text(u"Listing Request ID"_s, u"id"_s), text(u"Type"_s, u"type"_s), text(u"State"_s, u"state"_s),
            text(u"Created"_s, u"created"_s), text(u"Updated"_s, u"updated"_s), text(u"Listing ID"_s, u"listing.id"_s),
            text(u"Product ID"_s, u"product.id"_s), text(u"Product Name"_s, u"product.name"_s),
            text(u"Marketplace ID"_s, u"marketplace.id"_s), text(u"Marketplace Name"_s, u"marketplace.name"_s),
            text(u"Provider"_s, u"provider.name"_s), text(u"Contract ID"_s, u"contract.id"_s),
            text(u"Note"_s, u"note"_s) };
        r.filters = { { Filter::Date, { {}, u"created"_s } }, { Filter::Product, { {}, u"product.id"_s } },
            { Filter::Marketplace, { {}, u"marketplace.id"_s } }, { Filter::Type, { u"type"_s, {} } },
            { Filter::Status, { u"state"_s, {} } } };
        r.typeChoices = { u"new"_s, u"update"_s, u"remove"_s };
        r.statusChoices = { u"draft"_s, u"reviewing"_s, u"deploying"_s, u"completed"_s, u"canceled"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"listings"_s, u"Listings"_s, u"listings"_s);
        r.columns
            = { text(u"Listing ID"_s, u"id"_s), text(u"Status"_s, u"status"_s), text(u"Product ID"_s, u"product.id"_s),
                  text(u"Product Name"_s, u"product.name"_s), text(u"Marketplace ID"_s, u"marketplace.id"_s),
                  text(u"Marketplace Name"_s, u"marketplace.name"_s), text(u"Provider"_s, u"provider.name"_s),
                  text(u"Contract ID"_s, u"contract.id"_s), text(u"Pending Request"_s, u"pending_request.id"_s),
                  text(u"Created"_s, u"created"_s), text(u"Updated"_s, u"updated"_s) };
        r.filters = { { Filter::Date, { {}, u"created"_s } }, { Filter::Product, { u"product_id"_s, {} } },
            { Filter::Marketplace, { {}, u"marketplace.id"_s } }, { Filter::Status, { u"status"_s, {} } } };
        r.statusChoices = { u"listed"_s, u"unlisted"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"customers"_s, u"Customers"_s, u"tier_accounts"_s);
        r.columns = { text(u"Account ID"_s, u"id"_s), text(u"Name"_s, u"name"_s), text(u"Type"_s, u"type"_s),
            text(u"External ID"_s, u"external_id"_s), text(u"External UID"_s, u"external_uid"_s),
            text(u"Tax ID"_s, u"tax_id"_s), text(u"Address"_s, u"contact_info.address_line1"_s),
            text(u"City"_s, u"contact_info.city"_s), text(u"State"_s, u"contact_info.state"_s),
            text(u"Postal Code"_s, u"contact_info.postal_code"_s), text(u"Country"_s, u"contact_info.country"_s),
            text(u"Contact First Name"_s, u"contact_info.contact.first_name"_s),
            text(u"Contact Last Name"_s, u"contact_info.contact.last_name"_s),
            text(u"Email"_s, u"contact_info.contact.email"_s),
            text(u"Phone"_s, u"contact_info.contact.phone_number.phone_number"_s), text(u"Parent ID"_s, u"parent.id"_s),
            text(u"Parent Name"_s, u"parent.name"_s), text(u"Hub"_s, u"hub.name"_s),
            text(u"Environment"_s, u"environment"_s), text(u"Created"_s, u"events.created.at"_s) };
        r.filters = { { Filter::Date, { {}, u"events.created.at"_s } }, { Filter::Type, { {}, u"type"_s } },
            { Filter::Environment, { u"environment"_s, {} } } };
        r.typeChoices = { u"customer"_s, u"reseller"_s };
        list << r;
    }
    {
        ReportDefinition r = make(u"contracts"_s, u"Contracts"_s, u"contracts"_s);
        r.columns = { text(u"Contract ID"_s, u"id"_s), text(u"Name"_s, u"name"_s), text(u"Type"_s, u"type"_s),
            text(u"Status"_s, u"status"_s), number(u"Version"_s, u"version"_s),
            text(u"Agreement ID"_s, u"agreement.id"_s), text(u"Agreement Name"_s, u"agreement.name"_s),
            text(u"Marketplace Name"_s, u"marketplace.name"_s), text(u"Issuer"_s, u"issuer.name"_s),
            text(u"Signee"_s, u"signee.name"_s), text(u"Created"_s, u"events.created.at"_s),
            text(u"Signed"_s, u"events.signed.at"_s), text(u"Countersigned"_s, u"events.countersigned.at"_s),
            text(u"Expires"_s, u"expire_at"_s) };
        r.filters = { { Filter::Date, { {}, u"events.created.at"_s } }, { Filter::Type, { u"type"_s, {} } },
            { Filter::Status, { u"status"_s, {} } } };
        r.typeChoices = { u"distribution"_s, u"program"_s, u"service"_s, u"referral"_s };
        r.statusChoices = { u"enrolling"_s, u"pending"_s, u"active"_s, u"terminated"_s, u"rejected"_s };
        list << r;
    }
    {
        // Usage records (REFERENCE §3.21) grouped by subscription: the records are sorted by their asset.
        ReportDefinition r = make(u"usage_per_subscription"_s, u"Usage per subscription"_s, u"usage_records"_s);
        r.columns = { text(u"Subscription ID"_s, u"asset.id"_s),
            text(u"Subscription External ID"_s, u"asset.external_id"_s), text(u"Record ID"_s, u"id"_s),
            text(u"Product ID"_s, u"product_id"_s), text(u"Item MPN"_s, u"item.mpn"_s),
            text(u"Item Name"_s, u"item.name"_s), text(u"Period Start"_s, u"start_date"_s),
            text(u"Period End"_s, u"end_date"_s), number(u"Usage"_s, u"usage"_s), text(u"Status"_s, u"status"_s),
            text(u"Usage File"_s, u"usagefile.id"_s) };
        r.filters = { { Filter::Date, { {}, u"start_date"_s } }, { Filter::Product, { {}, u"product_id"_s } },
            { Filter::Status, { {}, u"status"_s } } };
        r.statusChoices = { u"valid"_s, u"invalid"_s, u"approved"_s, u"closed"_s };
        r.totalColumn = u"Usage"_s;
        r.sortColumn = u"asset_id"_s;
        list << r;
    }
    {
        ReportDefinition r = make(u"pending_sla"_s, u"SLA of pending requests"_s, u"requests"_s);
        r.columns = { text(u"Request ID"_s, u"id"_s), text(u"Request Type"_s, u"type"_s),
            text(u"Request Status"_s, u"status"_s), text(u"Created"_s, u"created"_s),
            { u"Days Open"_s,
                [](const QJsonObject &object, const QJsonObject &) -> QVariant {
                    return daysSince(object.value(u"created"_s).toString());
                },
                { u"created"_s }, {} },
            { u"SLA Zone"_s,
                [](const QJsonObject &object, const QJsonObject &) -> QVariant {
                    // Connect's SLA zones: ok within 2 days, warning within 5, overdue after.
                    const double days = daysSince(object.value(u"created"_s).toString());
                    return days <= 2 ? u"ok"_s : days <= 5 ? u"warning"_s : u"overdue"_s;
                },
                { u"created"_s }, {} },
            text(u"Product ID"_s, u"asset.product.id"_s), text(u"Product Name"_s, u"asset.product.name"_s),
            text(u"Customer ID"_s, u"asset.tiers.customer.id"_s),
            text(u"Customer Name"_s, u"asset.tiers.customer.name"_s),
            text(u"Marketplace Name"_s, u"marketplace.name"_s), text(u"Connection Type"_s, u"asset.connection.type"_s),
            text(u"Assignee"_s, u"assignee.name"_s) };
        r.filters = requestFilters();
        r.typeChoices = kRequestTypes;
        r.statusChoices = { u"pending"_s, u"inquiring"_s, u"tiers_setup"_s, u"draft"_s, u"scheduled"_s };
        r.defaultStatuses = { u"pending"_s, u"inquiring"_s };
        r.totalColumn = u"Days Open"_s;
        r.averageTotal = true;
        list << r;
    }
    {
        ReportDefinition r = make(u"helpdesk_cases"_s, u"Helpdesk cases"_s, u"cases"_s);
        r.columns = { text(u"Case ID"_s, u"id"_s), text(u"Subject"_s, u"subject"_s), text(u"Type"_s, u"type"_s),
            number(u"Priority"_s, u"priority"_s), text(u"State"_s, u"state"_s), text(u"Product ID"_s, u"product.id"_s),
            text(u"Product Name"_s, u"product.name"_s), text(u"Issuer"_s, u"issuer.account.name"_s),
            text(u"Receiver"_s, u"receiver.account.name"_s), text(u"Created"_s, u"events.created.at"_s),
            text(u"Updated"_s, u"events.updated.at"_s), text(u"Resolved"_s, u"events.resolved.at"_s),
            text(u"Closed"_s, u"events.closed.at"_s), text(u"Rating"_s, u"rating"_s) };
        r.filters = { { Filter::Date, { {}, u"events.created.at"_s } }, { Filter::Product, { {}, u"product.id"_s } },
            { Filter::Type, { {}, u"type"_s } }, { Filter::Status, { u"state"_s, {} } } };
        r.typeChoices = { u"technical"_s, u"business"_s };
        r.statusChoices = { u"pending"_s, u"inquiring"_s, u"resolved"_s, u"closed"_s };
        list << r;
    }
    return list;
}

} // namespace

const QList<ReportDefinition> &definitions()
{
    static const QList<ReportDefinition> all = build();
    return all;
}

const ReportDefinition *definition(const QString &id)
{
    const QList<ReportDefinition> &all = definitions();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const ReportDefinition &r) { return r.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace cv::reports
