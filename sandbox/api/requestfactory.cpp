#include "sandbox/api/requestfactory.h"

#include "sandbox/api/conversations.h"
#include "sandbox/api/sandboxcontext.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cv::sandbox::requestfactory {

namespace {

const QString kPreviewConnection = u"CT-0000-0000-0000"_s;

QJsonObject idName(const QJsonObject &object)
{
    return { { u"id"_s, object.value(u"id"_s) }, { u"name"_s, object.value(u"name"_s) } };
}

// Stand-ins used when the marketplace area has not provided its objects (they are embedded, never stored,
// so they cannot collide with what seedMarket writes).
QJsonObject fallbackProvider()
{
    return { { u"id"_s, u"PA-855-748"_s }, { u"name"_s, u"CB Demo Staging Provider"_s } };
}
QJsonObject fallbackMarketplace()
{
    return { { u"id"_s, u"MP-71206"_s }, { u"name"_s, u"Worldwide Marketplace"_s },
        { u"icon"_s, u"/media/PA-855-748/marketplaces/MP-71206/icon.png"_s } };
}
QJsonObject fallbackContract()
{
    return { { u"id"_s, u"CRD-00000-00000-00000"_s }, { u"name"_s, u"ACME Distribution Contract"_s } };
}

QJsonObject vendorOf(SandboxContext &context)
{
    return idName(context.account());
}

/// A dp.Connection (or anything close) trimmed to the request shape.
QJsonObject connectionView(SandboxContext &context, const QJsonObject &connection)
{
    const QJsonObject provider = connection.value(u"provider"_s).toObject();
    const QJsonObject vendor = connection.value(u"vendor"_s).toObject();
    const QJsonObject hub = connection.value(u"hub"_s).toObject();
    return { { u"id"_s, connection.value(u"id"_s) }, { u"type"_s, connection.value(u"type"_s) },
        { u"provider"_s, provider.isEmpty() ? fallbackProvider() : idName(provider) },
        { u"vendor"_s, vendor.isEmpty() ? vendorOf(context) : idName(vendor) },
        { u"hub"_s,
            hub.isEmpty() ? QJsonObject { { u"id"_s, u"HB-0000-0000"_s }, { u"name"_s, u"Demo hub"_s } }
                          : idName(hub) } };
}

QJsonObject marketplaceView(const QJsonObject &marketplace)
{
    if (marketplace.value(u"id"_s).toString().isEmpty())
        return fallbackMarketplace();
    return { { u"id"_s, marketplace.value(u"id"_s) }, { u"name"_s, marketplace.value(u"name"_s) },
        { u"icon"_s, marketplace.value(u"icon"_s).toString() } };
}

QJsonObject contractView(const QJsonObject &contract)
{
    if (contract.value(u"id"_s).toString().isEmpty())
        return fallbackContract();
    return idName(contract);
}

QJsonObject firstOf(const QJsonObject &market, const QString &key)
{
    return market.value(key).toArray().first().toObject();
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

} // namespace

std::optional<ProductParts> loadProduct(SandboxContext &context, const QString &productId)
{
    const auto product = context.store().get(u"products"_s, productId);
    if (!product)
        return std::nullopt;
    ProductParts parts;
    parts.id = productId;
    parts.reference = { { u"id"_s, productId }, { u"name"_s, product->value(u"name"_s) },
        { u"icon"_s, product->value(u"icon"_s).toString() }, { u"status"_s, product->value(u"status"_s) } };
    parts.items = context.store().all(u"items"_s, productId);
    parts.parameters = context.store().all(u"parameters"_s, productId);
    return parts;
}

Placement previewPlacement(SandboxContext &context, const QJsonObject &market)
{
    Placement result;
    result.environment = u"preview"_s;
    const QJsonObject test = market.value(u"connections"_s).toObject().value(u"test"_s).toObject();
    result.connection = { { u"id"_s, kPreviewConnection }, { u"type"_s, u"preview"_s },
        { u"provider"_s,
            test.contains(u"provider"_s) ? idName(test.value(u"provider"_s).toObject()) : fallbackProvider() },
        { u"vendor"_s, vendorOf(context) },
        { u"hub"_s, QJsonObject { { u"id"_s, u"HB-0000-0000"_s }, { u"name"_s, u"Demo hub"_s } } } };
    result.marketplace = marketplaceView(firstOf(market, u"marketplaces"_s));
    result.contract = contractView(firstOf(market, u"contracts"_s));
    return result;
}

Placement placement(
    SandboxContext &context, const QString &productId, const QString &environment, const QJsonObject &market)
{
    if (environment == QLatin1String("preview"))
        return previewPlacement(context, market);
    Placement result;
    result.environment = environment;
    QJsonObject connection = market.value(u"connections"_s).toObject().value(environment).toObject();
    if (connection.isEmpty()) {
        for (const QJsonObject &stored : context.store().all(u"connections"_s, productId)) {
            if (stored.value(u"type"_s).toString() == environment) {
                connection = stored;
                break;
            }
        }
    }
    if (connection.isEmpty()) {
        // Deterministic per environment, so every seeded request of an environment shares one connection.
        connection = {
            { u"id"_s, environment == QLatin1String("production") ? u"CT-7025-4381-2290"_s : u"CT-3318-6047-1152"_s },
            { u"type"_s, environment },
            { u"hub"_s, QJsonObject { { u"id"_s, u"HB-4617-1826"_s }, { u"name"_s, u"Connect Lab Hub"_s } } }
        };
    }
    result.connection = connectionView(context, connection);
    result.marketplace = marketplaceView(firstOf(market, u"marketplaces"_s));
    result.contract = contractView(firstOf(market, u"contracts"_s));
    return result;
}

std::optional<Placement> placementOfConnection(
    SandboxContext &context, const QString &productId, const QString &connectionId, const QJsonObject &marketplace)
{
    Placement result;
    if (connectionId == kPreviewConnection) {
        result = previewPlacement(context);
    } else {
        const auto stored = context.store().get(u"connections"_s, connectionId);
        if (!stored)
            return std::nullopt;
        const QString productOfConnection = stored->value(u"product"_s).toObject().value(u"id"_s).toString();
        if (!productOfConnection.isEmpty() && productOfConnection != productId)
            return std::nullopt;
        result.environment = stored->value(u"type"_s).toString();
        result.connection = connectionView(context, *stored);
        result.marketplace = fallbackMarketplace();
        result.contract = fallbackContract();
    }
    const QString marketplaceId = marketplace.value(u"id"_s).toString();
    if (const auto stored = context.store().get(u"marketplaces"_s, marketplaceId))
        result.marketplace = marketplaceView(*stored);
    return result;
}

QJsonObject assetItem(const QJsonObject &productItem, qint64 quantity, qint64 oldQuantity)
{
    const QString type = productItem.value(u"type"_s).toString();
    const QJsonObject unit = productItem.value(u"unit"_s).toObject();
    const QString unitName
        = unit.value(u"title"_s).toString(unit.value(u"name"_s).toString(unit.value(u"id"_s).toString()));
    return { { u"id"_s, productItem.value(u"local_id"_s) }, { u"global_id"_s, productItem.value(u"id"_s) },
        { u"mpn"_s, productItem.value(u"mpn"_s) },
        { u"display_name"_s, productItem.value(u"display_name"_s).toString(productItem.value(u"name"_s).toString()) },
        { u"quantity"_s, QString::number(quantity) }, { u"old_quantity"_s, QString::number(oldQuantity) },
        { u"params"_s, QJsonArray() }, { u"item_type"_s, type == QLatin1String("ppu") ? u"PPU"_s : capitalized(type) },
        { u"period"_s, capitalized(productItem.value(u"period"_s).toString(u"monthly"_s)) }, { u"type"_s, unitName } };
}

QJsonArray assetParams(const QList<QJsonObject> &parameters)
{
    QJsonArray lines;
    for (const QJsonObject &parameter : parameters) {
        const QString phase = parameter.value(u"phase"_s).toString();
        if (parameter.value(u"scope"_s).toString() != QLatin1String("asset")
            || (phase != QLatin1String("ordering") && phase != QLatin1String("fulfillment")))
            continue;
        const QString name = parameter.value(u"name"_s).toString();
        lines.append(QJsonObject { { u"id"_s, name }, { u"name"_s, name }, { u"title"_s, parameter.value(u"title"_s) },
            { u"description"_s, parameter.value(u"description"_s).toString() },
            { u"type"_s, parameter.value(u"type"_s) }, { u"phase"_s, phase },
            { u"constraints"_s, parameter.value(u"constraints"_s) }, { u"value"_s, QString() },
            { u"value_error"_s, QString() } });
    }
    return lines;
}

const QJsonObject *findItem(const ProductParts &product, const QString &key)
{
    for (const QJsonObject &item : product.items) {
        if (item.value(u"id"_s).toString() == key || item.value(u"local_id"_s).toString() == key
            || item.value(u"mpn"_s).toString() == key)
            return &item;
    }
    return nullptr;
}

QJsonObject newTierAccount(SandboxContext &context, const QJsonObject &details, const QString &scope,
    const QString &environment, const QJsonObject &hub, const QJsonObject &parent)
{
    const QString pattern = scope == QLatin1String("tier1") ? u"TA-0-####-####-####"_s : u"TA-####-####-####"_s;
    const QString country = details.value(u"contact_info"_s).toObject().value(u"country"_s).toString().toUpper();
    const QString db = country == QLatin1String("AU")                        ? u"AU"_s
        : (country == QLatin1String("US") || country == QLatin1String("CA")) ? u"US"_s
                                                                             : u"EU"_s;
    QJsonObject account = details;
    account.insert(u"id"_s, context.store().newId(u"tier_accounts"_s, pattern));
    account.insert(u"version"_s, 1);
    account.insert(u"type"_s, scope == QLatin1String("customer") ? u"customer"_s : u"reseller"_s);
    account.insert(u"scopes"_s, QJsonArray { scope });
    account.insert(u"db"_s, db);
    account.insert(u"environment"_s, environment);
    account.insert(u"hub"_s, hub);
    // `owner` and `parent` are required by the spec: the owner is the provider the account was created
    // through (the hub's), the parent the reseller above it (null for top-level accounts).
    account.insert(u"owner"_s, QJsonObject { { u"id"_s, hub.value(u"id"_s) }, { u"name"_s, hub.value(u"name"_s) } });
    if (!parent.isEmpty())
        account.insert(u"parent"_s,
            QJsonObject { { u"id"_s, parent.value(u"id"_s) }, { u"name"_s, parent.value(u"name"_s) },
                { u"external_id"_s, parent.value(u"external_id"_s) } });
    else
        account.insert(u"parent"_s, QJsonValue::Null);
    for (const char *key : { "external_id", "external_uid", "tax_id" }) {
        if (!account.contains(QLatin1String(key)))
            account.insert(QLatin1String(key), QString());
    }
    context.stamp(account, u"created"_s);
    context.store().put(u"tier_accounts"_s, account);
    return account;
}

QJsonObject tierReference(const QJsonObject &account)
{
    return { { u"id"_s, account.value(u"id"_s) }, { u"external_id"_s, account.value(u"external_id"_s) },
        { u"name"_s, account.value(u"name"_s) }, { u"contact_info"_s, account.value(u"contact_info"_s) },
        { u"external_uid"_s, account.value(u"external_uid"_s) }, { u"tax_id"_s, account.value(u"tax_id"_s) } };
}

QJsonObject newAsset(SandboxContext &context, const ProductParts &product, const Placement &placement,
    const QJsonObject &tiers, const QJsonArray &items, const QJsonArray &params, const QString &externalId)
{
    QRandomGenerator *random = QRandomGenerator::global();
    const QString now = context.now();
    const QJsonObject at { { u"at"_s, now } };
    QJsonObject asset { { u"id"_s, context.store().newId(u"assets"_s, u"AS-####-####-####"_s) },
        { u"status"_s, u"processing"_s },
        { u"external_id"_s, externalId.isEmpty() ? QString::number(random->bounded(100000, 999999)) : externalId },
        { u"external_uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) }, { u"product"_s, product.reference },
        { u"connection"_s, placement.connection }, { u"contract"_s, placement.contract },
        { u"marketplace"_s, placement.marketplace }, { u"params"_s, params }, { u"tiers"_s, tiers },
        { u"items"_s, items }, { u"configuration"_s, QJsonObject { { u"params"_s, QJsonArray() } } },
        { u"events"_s, QJsonObject { { u"created"_s, at }, { u"updated"_s, at } } }, { u"created"_s, now },
        { u"updated"_s, now } };
    context.store().put(u"assets"_s, asset);
    return asset;
}

QString requestId(SandboxContext &context, const QString &assetId)
{
    // Generated data writes request ids without touching the counters, so skip numbers already taken.
    for (;;) {
        const qint64 number = context.store().nextCounter(u"requests:"_s + assetId);
        const QString id = u"PR-%1-%2"_s.arg(assetId.mid(3)).arg(number, 3, 10, QLatin1Char('0'));
        if (!context.store().get(u"requests"_s, id))
            return id;
    }
}

QJsonObject newRequest(SandboxContext &context, const QJsonObject &asset, const QString &type, const QString &status,
    const QJsonArray &items)
{
    QJsonObject assetView = asset;
    assetView.remove(u"created"_s);
    assetView.remove(u"updated"_s);
    assetView.remove(u"template"_s);
    if (!items.isEmpty()) {
        assetView.insert(u"items"_s, items);
    } else if (type != QLatin1String("purchase")) {
        QJsonArray same;
        for (const QJsonValue &value : asset.value(u"items"_s).toArray()) {
            QJsonObject line = value.toObject();
            line.insert(u"old_quantity"_s, line.value(u"quantity"_s));
            same.append(line);
        }
        assetView.insert(u"items"_s, same);
    }
    const QString id = requestId(context, asset.value(u"id"_s).toString());
    const QString now = context.now();
    QJsonObject request { { u"id"_s, id }, { u"type"_s, type }, { u"created"_s, now }, { u"updated"_s, now },
        { u"status"_s, status }, { u"activation_key"_s, QString() }, { u"reason"_s, QString() },
        { u"note"_s, QString() }, { u"asset"_s, assetView }, { u"contract"_s, asset.value(u"contract"_s) },
        { u"marketplace"_s, asset.value(u"marketplace"_s) }, { u"assignee"_s, QString() } };
    context.store().put(u"requests"_s, request);
    const QJsonObject conversation = newConversation(context, id, u"Request: "_s + id);
    requestfactory::addMessage(context, conversation.value(u"id"_s).toString(),
        u"The %1 request was created with the status '%2'."_s.arg(type, status), u"state_change"_s);
    return request;
}

QJsonObject newConversation(SandboxContext &context, const QString &instanceId, const QString &topic)
{
    // conversations.h is the one writer of conversations (shared with the helpdesk and listings).
    return createConversation(context, instanceId, topic);
}

QJsonObject addMessage(SandboxContext &context, const QString &conversationId, const QString &text, const QString &type)
{
    return sandbox::addMessage(context, conversationId, text, type);
}

std::optional<QJsonObject> findConversation(SandboxContext &context, const QString &id)
{
    if (auto conversation = context.store().get(u"conversations"_s, id))
        return conversation;
    const QList<QJsonObject> found = context.store().findBy(u"conversations"_s, u"instance_id"_s, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void noteStateChange(SandboxContext &context, const QString &instanceId, const QString &text)
{
    if (const auto conversation = findConversation(context, instanceId))
        requestfactory::addMessage(context, conversation->value(u"id"_s).toString(), text, u"state_change"_s);
}

QJsonObject newTierConfigRequest(SandboxContext &context, const ProductParts &product, const Placement &placement,
    const QJsonObject &account, int tierLevel, const QString &status)
{
    const QString scope = u"tier%1"_s.arg(tierLevel);
    QJsonArray params;
    for (const QJsonObject &parameter : product.parameters) {
        if (parameter.value(u"scope"_s).toString() != scope)
            continue;
        QJsonObject line = parameter;
        line.insert(u"id"_s, parameter.value(u"name"_s));
        line.remove(u"position"_s);
        line.remove(u"events"_s);
        line.insert(u"value"_s, QString());
        line.insert(u"value_error"_s, QString());
        params.append(line);
    }
    const QString configId = context.store().newId(u"tier_configs"_s, u"TC-###-###-###"_s);
    const QString requestId = u"TCR-%1-001"_s.arg(configId.mid(3));
    const QString now = context.now();
    const QJsonObject event { { u"at"_s, now }, { u"by"_s, context.actor() } };
    QJsonObject accountView = tierReference(account);
    accountView.insert(u"type"_s, account.value(u"type"_s));
    QJsonObject config { { u"id"_s, configId },
        { u"name"_s, u"Configuration of %1"_s.arg(account.value(u"name"_s).toString()) }, { u"account"_s, accountView },
        { u"product"_s,
            QJsonObject { { u"id"_s, product.id }, { u"status"_s, product.reference.value(u"status"_s) } } },
        { u"tier_level"_s, tierLevel }, { u"connection"_s, placement.connection }, { u"params"_s, params },
        { u"status"_s, status == QLatin1String("approved") ? u"active"_s : u"processing"_s },
        { u"configuration"_s, QJsonObject { { u"params"_s, QJsonArray() } } }, { u"contract"_s, placement.contract },
        { u"marketplace"_s, placement.marketplace },
        { u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } } }, { u"created"_s, now },
        { u"updated"_s, now } };
    if (status != QLatin1String("approved") && status != QLatin1String("failed"))
        config.insert(u"open_request"_s, QJsonObject { { u"id"_s, requestId } });
    context.store().put(u"tier_configs"_s, config);
    QJsonObject configView = config;
    configView.remove(u"created"_s);
    configView.remove(u"updated"_s);
    QJsonObject request { { u"id"_s, requestId }, { u"type"_s, u"setup"_s }, { u"status"_s, status },
        { u"configuration"_s, configView }, { u"params"_s, params }, { u"environment"_s, placement.environment },
        { u"assignee"_s, QString() }, { u"notes"_s, QString() }, { u"reason"_s, QString() },
        { u"tiers"_s, QJsonObject { { scope, tierReference(account) } } },
        // Required by the spec; set by approval (template) and by updates (parent).
        { u"parent_configuration"_s, QJsonValue::Null }, { u"template"_s, QJsonValue::Null },
        { u"sli"_s, QJsonObject { { u"zone"_s, u"ok"_s }, { u"days"_s, 0 } } },
        { u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } } }, { u"created"_s, now },
        { u"updated"_s, now } };
    context.store().put(u"tier_config_requests"_s, request);
    const QJsonObject conversation = newConversation(context, requestId, u"Tier configuration request: "_s + requestId);
    requestfactory::addMessage(context, conversation.value(u"id"_s).toString(),
        u"The setup request was created with the status '%1'."_s.arg(status), u"state_change"_s);
    return request;
}

} // namespace cv::sandbox::requestfactory
