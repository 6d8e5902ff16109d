// Marketplaces, hubs and product connections (REFERENCE §3.11, §3.19), the shared builders of the
// marketplace area, and the demo seed of marketplaces, agreements, contracts, connections and listings.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/marketparts.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cv::sandbox {

namespace market {

QJsonObject reference(const QJsonObject &object)
{
    return { { QStringLiteral("id"), object.value(QStringLiteral("id")) },
        { QStringLiteral("name"), object.value(QStringLiteral("name")) } };
}

QJsonObject iconReference(const QJsonObject &object)
{
    QJsonObject ref = reference(object);
    ref.insert(QStringLiteral("icon"), object.value(QStringLiteral("icon")).toString());
    return ref;
}

QString absoluteUrl(const ApiRequest &request, const QString &path)
{
    QString host = QString::fromLatin1(request.header("host"));
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("http://") + host + path;
}

QJsonObject provider(SandboxContext &context)
{
    SandboxStore &store = context.store();
    const QString id = store.meta(QStringLiteral("provider_id"));
    if (!id.isEmpty()) {
        if (const auto existing = store.get(QStringLiteral("providers"), id))
            return *existing;
    }
    // The marketplaces' owner is another party (the distributor); it is not one of the vendor's accounts,
    // so it lives in its own kind and never shows under /accounts.
    QJsonObject account { { QStringLiteral("id"),
                              store.newId(QStringLiteral("providers"), QStringLiteral("PA-###-###")) },
        { QStringLiteral("name"), QStringLiteral("Connect Lab Distributor") }, { QStringLiteral("icon"), QString() } };
    store.put(QStringLiteral("providers"), account);
    store.setMeta(QStringLiteral("provider_id"), account.value(QStringLiteral("id")).toString());
    return account;
}

} // namespace market

namespace {

using market::reference;

const QStringList kZones { QStringLiteral("AF"), QStringLiteral("NA"), QStringLiteral("OC"), QStringLiteral("AS"),
    QStringLiteral("EU"), QStringLiteral("SA") };

QJsonObject hubReference(const QJsonObject &hub)
{
    QJsonObject ref = reference(hub);
    ref.insert(QStringLiteral("instance"), hub.value(QStringLiteral("instance")));
    return ref;
}

QJsonObject newHub(SandboxContext &context, const QString &id, const QString &name, const QString &description)
{
    const QString instance = QStringLiteral("%1").arg(id.mid(3)).replace(QLatin1Char('-'), QString()).toLower();
    QJsonObject hub { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("description"), description },
        { QStringLiteral("company"), reference(market::provider(context)) },
        { QStringLiteral("instance"),
            QJsonObject { { QStringLiteral("id"), instance }, { QStringLiteral("type"), QStringLiteral("API") } } },
        { QStringLiteral("instance_id"), instance }, { QStringLiteral("instance_type"), QStringLiteral("api") },
        { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("extension_version"), QString() },
        { QStringLiteral("last_health_check"), QJsonValue::Null },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("connections"), 0 }, { QStringLiteral("marketplaces"), 0 } } } };
    context.stamp(hub, QStringLiteral("created"));
    context.store().put(QStringLiteral("hubs"), hub);
    return hub;
}

QJsonObject newMarketplace(SandboxContext &context, const QJsonObject &body)
{
    const QString currency = body.value(QStringLiteral("currency")).toString(QStringLiteral("USD")).toUpper();
    QJsonObject mp { { QStringLiteral("id"),
                         context.store().newId(QStringLiteral("marketplaces"), QStringLiteral("MP-#####")) },
        { QStringLiteral("name"), body.value(QStringLiteral("name")).toString().trimmed() },
        { QStringLiteral("description"), body.value(QStringLiteral("description")).toString() },
        { QStringLiteral("owner"), reference(market::provider(context)) },
        { QStringLiteral("icon"), QStringLiteral("/media/PA-000-000/marketplaces/default.png") },
        { QStringLiteral("zone"), body.value(QStringLiteral("zone")).toString(QStringLiteral("NA")).toUpper() },
        { QStringLiteral("hubs"), body.value(QStringLiteral("hubs")).toArray() },
        { QStringLiteral("active_contracts"), 0 },
        { QStringLiteral("countries"), body.value(QStringLiteral("countries")).toArray() },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("capabilities"),
            QJsonObject { { QStringLiteral("listing"), QJsonObject { { QStringLiteral("referral_auto"), false } } } } },
        { QStringLiteral("attributes"), QJsonObject() },
        { QStringLiteral("locales"), body.value(QStringLiteral("locales")).toArray() },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("hubs"), body.value(QStringLiteral("hubs")).toArray().size() },
                { QStringLiteral("contracts"), 0 } } } };
    context.stamp(mp, QStringLiteral("created"));
    context.store().put(QStringLiteral("marketplaces"), mp);
    return mp;
}

QStringList validateMarketplace(const QJsonObject &mp)
{
    QStringList errors;
    const QString name = mp.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        errors << QStringLiteral("name: This field is required.");
    else if (name.size() > 128)
        errors << QStringLiteral("name: Ensure this field has no more than 128 characters.");
    if (!kZones.contains(mp.value(QStringLiteral("zone")).toString()))
        errors
            << QStringLiteral("zone: \"%1\" is not a valid choice.").arg(mp.value(QStringLiteral("zone")).toString());
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(mp.value(QStringLiteral("currency")).toString()).hasMatch())
        errors << QStringLiteral("currency: \"%1\" is not a valid ISO-4217 code.")
                      .arg(mp.value(QStringLiteral("currency")).toString());
    return errors;
}

/// Connections live under their product; a copy under the hub serves /hubs/{hub_id}/connections, so
/// both collections are filtered by the store rather than in memory.
void putConnection(SandboxContext &context, const QJsonObject &connection)
{
    const QString productId
        = connection.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    const QString hubId = connection.value(QStringLiteral("hub")).toObject().value(QStringLiteral("id")).toString();
    context.store().put(QStringLiteral("connections"), connection, productId);
    context.store().put(QStringLiteral("hub_connections"), connection, hubId);
}

QJsonObject newConnection(SandboxContext &context, const QJsonObject &product, const QJsonObject &hub,
    const QString &type, const QString &status, const QString &fixedId = {})
{
    const QString id = fixedId.isEmpty()
        ? context.store().newId(QStringLiteral("connections"), QStringLiteral("CT-####-####-####"))
        : fixedId;
    const QString now = context.now();
    QJsonObject connection { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("status"), status }, { QStringLiteral("provider"), reference(market::provider(context)) },
        { QStringLiteral("vendor"), reference(context.account()) }, { QStringLiteral("hub"), hubReference(hub) },
        { QStringLiteral("product"), market::iconReference(product) }, { QStringLiteral("created_at"), now },
        { QStringLiteral("product_version_type"), QStringLiteral("public") }, { QStringLiteral("note"), QString() } };
    context.stamp(connection, QStringLiteral("created"));
    putConnection(context, connection);
    QJsonObject stored
        = context.store().get(QStringLiteral("hubs"), hub.value(QStringLiteral("id")).toString()).value_or(hub);
    QJsonObject stats = stored.value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("connections"), stats.value(QStringLiteral("connections")).toInt() + 1);
    stored.insert(QStringLiteral("stats"), stats);
    context.store().put(QStringLiteral("hubs"), stored);
    return connection;
}

ApiReply updateConnection(SandboxContext &context, ApiRequest &request)
{
    const QString productId = request.param(QStringLiteral("product_product_id"));
    const QString id = request.param(QStringLiteral("id"));
    auto connection = context.store().get(QStringLiteral("connections"), id);
    if (!connection
        || connection->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString() != productId)
        return ApiReply::notFound(QStringLiteral("Connection"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors;
    if (body->contains(QStringLiteral("note")))
        connection->insert(QStringLiteral("note"), body->value(QStringLiteral("note")).toString());
    if (body->contains(QStringLiteral("product_version_type"))) {
        const QString type = body->value(QStringLiteral("product_version_type")).toString().toLower();
        if (type != QLatin1String("public") && type != QLatin1String("staging"))
            errors << QStringLiteral("product_version_type: \"%1\" is not a valid choice.").arg(type);
        connection->insert(QStringLiteral("product_version_type"), type);
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    context.stamp(*connection, QStringLiteral("updated"));
    putConnection(context, *connection);
    return ApiReply::json(*connection);
}

ApiReply createConnection(SandboxContext &context, ApiRequest &request)
{
    const QString productId = request.param(QStringLiteral("product_product_id"));
    const auto product = context.store().get(QStringLiteral("products"), productId);
    if (!product)
        return ApiReply::notFound(QStringLiteral("Product"), productId);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors;
    const QString type = body->value(QStringLiteral("type")).toString().toLower();
    if (type.isEmpty())
        errors << QStringLiteral("type: This field is required.");
    else if (type != QLatin1String("test") && type != QLatin1String("production"))
        errors << QStringLiteral("type: \"%1\" is not a valid choice.").arg(type);
    const QString hubId = body->value(QStringLiteral("hub")).toObject().value(QStringLiteral("id")).toString();
    const auto hub = context.store().get(QStringLiteral("hubs"), hubId);
    if (hubId.isEmpty())
        errors << QStringLiteral("hub: This field is required.");
    else if (!hub)
        errors << QStringLiteral("hub: Hub %1 does not exist.").arg(hubId);
    if (errors.isEmpty()) {
        for (const QJsonObject &other : context.store().all(QStringLiteral("connections"), productId)) {
            if (other.value(QStringLiteral("type")).toString() == type
                && other.value(QStringLiteral("hub")).toObject().value(QStringLiteral("id")).toString() == hubId)
                errors << QStringLiteral("hub: The product already has a %1 connection to hub %2 (%3).")
                              .arg(type, hubId, other.value(QStringLiteral("id")).toString());
        }
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    // A test connection works at once; a production one waits for the provider's approval.
    return ApiReply::json(newConnection(context, *product, *hub, type,
                              type == QLatin1String("test") ? QStringLiteral("approved") : QStringLiteral("pending")),
        201);
}

void registerMarketplaces(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/marketplaces"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("marketplaces")); });
    router.add(Method::Get, QStringLiteral("/marketplaces/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("marketplaces"), request.param(QStringLiteral("id")), QStringLiteral("Marketplace"));
    });
    router.add(Method::Post, QStringLiteral("/marketplaces"), [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QJsonObject candidate = *body;
        candidate.insert(
            QStringLiteral("zone"), body->value(QStringLiteral("zone")).toString(QStringLiteral("NA")).toUpper());
        candidate.insert(QStringLiteral("currency"),
            body->value(QStringLiteral("currency")).toString(QStringLiteral("USD")).toUpper());
        if (const QStringList errors = validateMarketplace(candidate); !errors.isEmpty())
            return ApiReply::validation(errors);
        return ApiReply::json(newMarketplace(context, candidate), 201);
    });
    router.add(Method::Put, QStringLiteral("/marketplaces/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        auto mp = context.store().get(QStringLiteral("marketplaces"), id);
        if (!mp)
            return ApiReply::notFound(QStringLiteral("Marketplace"), id);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        for (const char *key :
            { "name", "description", "zone", "currency", "alt_currency_1", "alt_currency_2", "attributes" }) {
            const QString k = QLatin1String(key);
            if (!body->contains(k))
                continue;
            const bool upper = k == QLatin1String("zone") || k.contains(QLatin1String("currency"));
            mp->insert(k, upper ? QJsonValue(body->value(k).toString().toUpper()) : body->value(k));
        }
        if (const QStringList errors = validateMarketplace(*mp); !errors.isEmpty())
            return ApiReply::validation(errors);
        context.stamp(*mp, QStringLiteral("updated"));
        context.store().put(QStringLiteral("marketplaces"), *mp);
        return ApiReply::json(*mp);
    });
    router.add(Method::Delete, QStringLiteral("/marketplaces/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        if (!context.store().get(QStringLiteral("marketplaces"), id))
            return ApiReply::notFound(QStringLiteral("Marketplace"), id);
        if (!context.store().findBy(QStringLiteral("contracts"), QStringLiteral("marketplace.id"), id).isEmpty())
            return ApiReply::error(400, QStringLiteral("MKP_001"),
                { QStringLiteral("Marketplace %1 has contracts and cannot be deleted.").arg(id) });
        context.store().remove(QStringLiteral("marketplaces"), id);
        return ApiReply::noContent();
    });
}

void registerHubs(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/hubs"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("hubs")); });
    router.add(Method::Get, QStringLiteral("/hubs/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(QStringLiteral("hubs"), request.param(QStringLiteral("id")), QStringLiteral("Hub"));
    });
    router.add(Method::Post, QStringLiteral("/hubs"), [&context](ApiRequest &request) {
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString name = body->value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return ApiReply::validation({ QStringLiteral("name: This field is required.") });
        const QString id = context.store().newId(QStringLiteral("hubs"), QStringLiteral("HB-####-####"));
        return ApiReply::json(newHub(context, id, name, body->value(QStringLiteral("description")).toString()), 201);
    });
    router.add(Method::Put, QStringLiteral("/hubs/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        auto hub = context.store().get(QStringLiteral("hubs"), id);
        if (!hub)
            return ApiReply::notFound(QStringLiteral("Hub"), id);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        for (const char *key : { "name", "description" }) {
            if (body->contains(QLatin1String(key)))
                hub->insert(QLatin1String(key), body->value(QLatin1String(key)).toString());
        }
        if (hub->value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return ApiReply::validation({ QStringLiteral("name: This field may not be blank.") });
        context.stamp(*hub, QStringLiteral("updated"));
        context.store().put(QStringLiteral("hubs"), *hub);
        return ApiReply::json(*hub);
    });
    router.add(Method::Delete, QStringLiteral("/hubs/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        if (!context.store().get(QStringLiteral("hubs"), id))
            return ApiReply::notFound(QStringLiteral("Hub"), id);
        if (context.store().count(QStringLiteral("hub_connections"), id) > 0)
            return ApiReply::error(400, QStringLiteral("HUB_001"),
                { QStringLiteral("Hub %1 has connections and cannot be deleted.").arg(id) });
        context.store().remove(QStringLiteral("hubs"), id);
        return ApiReply::noContent();
    });
    router.add(Method::Get, QStringLiteral("/hubs/{hub_id}/connections"), [&context](ApiRequest &request) {
        const QString hubId = request.param(QStringLiteral("hub_id"));
        if (!context.store().get(QStringLiteral("hubs"), hubId))
            return ApiReply::notFound(QStringLiteral("Hub"), hubId);
        return context.list(request, QStringLiteral("hub_connections"), hubId);
    });
}

void registerConnections(Router &router, SandboxContext &context)
{
    const QString pid = QStringLiteral("product_product_id");
    router.add(Method::Get, QStringLiteral("/products/{product_product_id}/connections"),
        [&context, pid](ApiRequest &request) {
            if (!context.store().get(QStringLiteral("products"), request.param(pid)))
                return ApiReply::notFound(QStringLiteral("Product"), request.param(pid));
            return context.list(request, QStringLiteral("connections"), request.param(pid));
        });
    router.add(Method::Post, QStringLiteral("/products/{product_product_id}/connections"),
        [&context](ApiRequest &request) { return createConnection(context, request); });
    router.add(Method::Get, QStringLiteral("/products/{product_product_id}/connections/{id}"),
        [&context, pid](ApiRequest &request) {
            const auto connection
                = context.store().get(QStringLiteral("connections"), request.param(QStringLiteral("id")));
            if (!connection
                || connection->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString()
                    != request.param(pid))
                return ApiReply::notFound(QStringLiteral("Connection"), request.param(QStringLiteral("id")));
            return ApiReply::json(*connection);
        });
    router.add(Method::Put, QStringLiteral("/products/{product_product_id}/connections/{id}"),
        [&context](ApiRequest &request) { return updateConnection(context, request); });
}

/// Adds a hub to a marketplace's hubs list and counts it on both sides.
void attachHub(SandboxContext &context, QJsonObject &mp, QJsonObject &hub)
{
    QJsonArray hubs = mp.value(QStringLiteral("hubs")).toArray();
    hubs.append(QJsonObject { { QStringLiteral("hub"), reference(hub) },
        { QStringLiteral("external_id"), hub.value(QStringLiteral("instance_id")) } });
    mp.insert(QStringLiteral("hubs"), hubs);
    QJsonObject stats = mp.value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("hubs"), hubs.size());
    mp.insert(QStringLiteral("stats"), stats);
    context.store().put(QStringLiteral("marketplaces"), mp);
    QJsonObject hubStats = hub.value(QStringLiteral("stats")).toObject();
    hubStats.insert(QStringLiteral("marketplaces"), hubStats.value(QStringLiteral("marketplaces")).toInt() + 1);
    hub.insert(QStringLiteral("stats"), hubStats);
    context.store().put(QStringLiteral("hubs"), hub);
}

} // namespace

QJsonObject market::createMarketplace(SandboxContext &context, const QJsonObject &body)
{
    return newMarketplace(context, body);
}

void registerMarketRoutes(Router &router, SandboxContext &context)
{
    registerMarketplaces(router, context);
    registerHubs(router, context);
    registerConnections(router, context);
    market::registerAgreementRoutes(router, context);
    market::registerContractRoutes(router, context);
    market::registerListingRoutes(router, context);
}

QJsonObject seedMarket(SandboxContext &context, const QString &productId)
{
    const QJsonObject product = context.store().get(QStringLiteral("products"), productId).value_or(QJsonObject {});
    struct Spec
    {
        const char *name;
        const char *currency;
        const char *zone;
        const char *country;
        const char *countryName;
        const char *hubName;
    };
    const Spec specs[] = { { "Cloud Marketplace US", "USD", "NA", "US", "United States", "Lab Hub US" },
        { "Cloud Marketplace EU", "EUR", "EU", "DE", "Germany", "Lab Hub EU" } };

    QJsonObject program = market::newAgreement(context,
        { { QStringLiteral("type"), QStringLiteral("program") },
            { QStringLiteral("name"), QStringLiteral("Connect Lab Vendor Program") },
            { QStringLiteral("description"), QStringLiteral("The distributor's program for cloud vendors.") } });
    QJsonArray contracts { market::newContract(context, program, QStringLiteral("active")) };
    QJsonArray marketplaces;
    QJsonArray hubs;
    QJsonObject firstContract;
    for (const Spec &spec : specs) {
        QJsonObject mp = newMarketplace(context,
            { { QStringLiteral("name"), QLatin1String(spec.name) },
                { QStringLiteral("description"),
                    QStringLiteral("%1: resellers and end customers of the lab.").arg(QLatin1String(spec.name)) },
                { QStringLiteral("currency"), QLatin1String(spec.currency) },
                { QStringLiteral("zone"), QLatin1String(spec.zone) },
                { QStringLiteral("countries"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QLatin1String(spec.country) },
                        { QStringLiteral("name"), QLatin1String(spec.countryName) } } } },
                { QStringLiteral("locales"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("EN") },
                        { QStringLiteral("name"), QStringLiteral("English") } } } } });
        QJsonObject hub = newHub(context, context.store().newId(QStringLiteral("hubs"), QStringLiteral("HB-####-####")),
            QLatin1String(spec.hubName), QStringLiteral("The distributor's commerce hub."));
        attachHub(context, mp, hub);
        const QJsonObject distribution = market::newAgreement(context,
            { { QStringLiteral("type"), QStringLiteral("distribution") },
                { QStringLiteral("name"), QStringLiteral("Distribution Agreement %1").arg(QLatin1String(spec.name)) },
                { QStringLiteral("description"),
                    QStringLiteral("Terms for distributing products on %1.").arg(QLatin1String(spec.name)) },
                { QStringLiteral("marketplace"), market::iconReference(mp) },
                { QStringLiteral("parent"), reference(program) } });
        const QJsonObject contract = market::newContract(context, distribution, QStringLiteral("active"));
        if (firstContract.isEmpty())
            firstContract = contract;
        contracts.append(contract);
        marketplaces.append(mp);
        hubs.append(hub);
    }

    QJsonObject connections;
    if (!product.isEmpty()) {
        const QJsonObject usHub = hubs.at(0).toObject();
        connections.insert(QStringLiteral("test"),
            newConnection(context, product, usHub, QStringLiteral("test"), QStringLiteral("approved")));
        connections.insert(QStringLiteral("production"),
            newConnection(
                context, product, hubs.at(1).toObject(), QStringLiteral("production"), QStringLiteral("approved")));
        QJsonObject demoHub = context.store()
                                  .get(QStringLiteral("hubs"), QStringLiteral("HB-0000-0000"))
                                  .value_or(newHub(context, QStringLiteral("HB-0000-0000"), QStringLiteral("Demo hub"),
                                      QStringLiteral("Connect's hub for previews.")));
        connections.insert(QStringLiteral("preview"),
            newConnection(context, product, demoHub, QStringLiteral("preview"), QStringLiteral("approved"),
                QStringLiteral("CT-0000-0000-0000")));
        hubs.append(context.store().get(QStringLiteral("hubs"), QStringLiteral("HB-0000-0000")).value_or(demoHub));

        // The product is listed on the first marketplace; a request to list it on the second is under review.
        market::newListing(context, product, firstContract, QStringLiteral("listed"));
        const QJsonObject euListing
            = market::newListing(context, product, contracts.at(2).toObject(), QStringLiteral("unlisted"));
        market::newListingRequest(context, QStringLiteral("new"), euListing, QStringLiteral("reviewing"),
            QStringLiteral("Please list the product in Europe."));
    }
    QJsonArray freshHubs;
    for (const QJsonValue &h : hubs)
        freshHubs.append(context.store()
                             .get(QStringLiteral("hubs"), h.toObject().value(QStringLiteral("id")).toString())
                             .value_or(h.toObject()));
    QJsonArray freshMarketplaces;
    for (const QJsonValue &m : marketplaces)
        freshMarketplaces.append(
            context.store()
                .get(QStringLiteral("marketplaces"), m.toObject().value(QStringLiteral("id")).toString())
                .value_or(m.toObject()));
    QJsonArray freshContracts;
    for (const QJsonValue &c : contracts)
        freshContracts.append(context.store()
                                  .get(QStringLiteral("contracts"), c.toObject().value(QStringLiteral("id")).toString())
                                  .value_or(c.toObject()));
    return { { QStringLiteral("marketplaces"), freshMarketplaces }, { QStringLiteral("contracts"), freshContracts },
        { QStringLiteral("connections"), connections }, { QStringLiteral("hubs"), freshHubs } };
}

} // namespace cv::sandbox
