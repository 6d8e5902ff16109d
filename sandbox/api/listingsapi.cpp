// Listings and listing requests (REFERENCE §3.20): a vendor asks to list, update or remove a product on a
// marketplace; the request goes draft -submit-> reviewing -deploy-> deploying -complete-> completed.
#include "sandbox/api/marketparts.h"
#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"

#include <QJsonArray>

namespace cv::sandbox::market {

namespace {

const QString kListings = QStringLiteral("listings");
const QString kRequests = QStringLiteral("listing_requests");

QJsonObject productSnapshot(const QJsonObject &product)
{
    return { { QStringLiteral("id"), product.value(QStringLiteral("id")) },
        { QStringLiteral("icon"), product.value(QStringLiteral("icon")).toString() },
        { QStringLiteral("name"), product.value(QStringLiteral("name")) },
        { QStringLiteral("status"), product.value(QStringLiteral("status")) },
        { QStringLiteral("version"), product.value(QStringLiteral("version")).toInt(1) } };
}

QJsonObject listingSummary(const QJsonObject &listing)
{
    QJsonObject summary;
    for (const char *key : { "id", "status", "contract", "marketplace", "product", "vendor", "provider" })
        summary.insert(QLatin1String(key), listing.value(QLatin1String(key)));
    return summary;
}

QString digitsOf(const QString &listingId)
{
    return listingId.mid(4); // LST-316-530-321 -> 316-530-321
}

struct Action
{
    const char *name;
    const char *past;
    QStringList from;
    QString to; ///< empty: the state does not change (assign, unassign)
};

const QStringList kOpen { QStringLiteral("draft"), QStringLiteral("reviewing"), QStringLiteral("deploying") };

const QList<Action> &actions()
{
    static const QList<Action> list {
        { "submit", "submitted", { QStringLiteral("draft") }, QStringLiteral("reviewing") },
        { "refine", "refined", { QStringLiteral("reviewing") }, QStringLiteral("draft") },
        { "deploy", "deployed", { QStringLiteral("reviewing") }, QStringLiteral("deploying") },
        { "complete", "completed", { QStringLiteral("deploying") }, QStringLiteral("completed") },
        { "cancel", "canceled", kOpen, QStringLiteral("canceled") },
        { "assign", "assigned", kOpen, QString() },
        { "unassign", "unassigned", kOpen, QString() },
    };
    return list;
}

void setPendingRequest(
    SandboxContext &context, const QString &listingId, const QJsonValue &pending, const QString &newStatus = {})
{
    auto listing = context.store().get(kListings, listingId);
    if (!listing)
        return;
    listing->insert(QStringLiteral("pending_request"), pending);
    if (!newStatus.isEmpty())
        listing->insert(QStringLiteral("status"), newStatus);
    if (const auto product = context.store().get(QStringLiteral("products"),
            listing->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString());
        product && !newStatus.isEmpty())
        listing->insert(QStringLiteral("product"), productSnapshot(*product));
    context.stamp(*listing, QStringLiteral("updated"));
    listing->insert(QStringLiteral("updated"), context.now());
    context.store().put(kListings, *listing);
}

QJsonObject pendingReference(const QJsonObject &request)
{
    return { { QStringLiteral("id"), request.value(QStringLiteral("id")) },
        { QStringLiteral("type"), request.value(QStringLiteral("type")) },
        { QStringLiteral("status"), request.value(QStringLiteral("state")) } };
}

QString productIdOf(const QJsonObject &request)
{
    return request.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
}

ApiReply runAction(SandboxContext &context, ApiRequest &request, const Action &action)
{
    const QString id = request.param(QStringLiteral("id"));
    auto lr = context.store().get(kRequests, id);
    if (!lr)
        return ApiReply::notFound(QStringLiteral("Listing request"), id);
    const QString state = lr->value(QStringLiteral("state")).toString();
    if (!action.from.contains(state))
        return ApiReply::badTransition(
            QStringLiteral("LST_002"), QStringLiteral("Listing request %1").arg(id), QLatin1String(action.past), state);
    const QString name = QLatin1String(action.name);
    if (name == QLatin1String("assign"))
        lr->insert(QStringLiteral("assignee"), context.actor());
    else if (name == QLatin1String("unassign"))
        lr->insert(QStringLiteral("assignee"), QJsonValue::Null);
    else
        lr->insert(QStringLiteral("state"), action.to);
    context.stamp(*lr,
        name == QLatin1String("assign") || name == QLatin1String("unassign") ? QStringLiteral("updated")
                                                                             : QLatin1String(action.past));
    lr->insert(QStringLiteral("updated"),
        lr->value(QStringLiteral("events"))
            .toObject()
            .value(QStringLiteral("updated"))
            .toObject()
            .value(QStringLiteral("at")));

    const QString listingId = lr->value(QStringLiteral("listing")).toObject().value(QStringLiteral("id")).toString();
    const QString type = lr->value(QStringLiteral("type")).toString();
    if (action.to == QLatin1String("completed"))
        setPendingRequest(context, listingId, QJsonValue::Null,
            type == QLatin1String("remove") ? QStringLiteral("unlisted") : QStringLiteral("listed"));
    else if (action.to == QLatin1String("canceled"))
        setPendingRequest(context, listingId, QJsonValue::Null);
    else if (!action.to.isEmpty())
        setPendingRequest(context, listingId, pendingReference(*lr));
    if (const auto listing = context.store().get(kListings, listingId))
        lr->insert(QStringLiteral("listing"), listingSummary(*listing));
    context.store().put(kRequests, *lr);
    context.changed(QStringLiteral("listing_request"), *lr, productIdOf(*lr));
    return ApiReply::json(*lr);
}

QString idFrom(const QJsonObject &body, const char *flat, const char *nested)
{
    const QString value = body.value(QLatin1String(flat)).toString();
    return value.isEmpty() ? body.value(QLatin1String(nested)).toObject().value(QStringLiteral("id")).toString()
                           : value;
}

ApiReply createRequest(SandboxContext &context, ApiRequest &request)
{
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const QString type = body->value(QStringLiteral("type")).toString().toLower();
    const QString note = body->value(QStringLiteral("note")).toString();
    if (type.isEmpty())
        return ApiReply::validation({ QStringLiteral("type: This field is required.") });
    if (type != QLatin1String("new") && type != QLatin1String("update") && type != QLatin1String("remove"))
        return ApiReply::validation({ QStringLiteral("type: \"%1\" is not a valid choice.").arg(type) });

    if (type == QLatin1String("new")) {
        QStringList errors;
        const QString productId = idFrom(*body, "product_id", "product");
        const QString contractId = idFrom(*body, "contract_id", "contract");
        const auto product = context.store().get(QStringLiteral("products"), productId);
        const auto contract = context.store().get(QStringLiteral("contracts"), contractId);
        if (productId.isEmpty())
            errors << QStringLiteral("product_id: This field is required.");
        else if (!product)
            errors << QStringLiteral("product_id: Product %1 does not exist.").arg(productId);
        else if (product->value(QStringLiteral("status")).toString() != QLatin1String("published"))
            errors << QStringLiteral("product_id: Product %1 must be published to be listed (it is %2).")
                          .arg(productId, product->value(QStringLiteral("status")).toString());
        if (contractId.isEmpty())
            errors << QStringLiteral("contract_id: This field is required.");
        else if (!contract)
            errors << QStringLiteral("contract_id: Contract %1 does not exist.").arg(contractId);
        else if (contract->value(QStringLiteral("type")).toString() != QLatin1String("distribution"))
            errors << QStringLiteral("contract_id: Contract %1 is not a distribution contract.").arg(contractId);
        else if (contract->value(QStringLiteral("status")).toString() != QLatin1String("active"))
            errors << QStringLiteral("contract_id: Contract %1 must be active (it is %2).")
                          .arg(contractId, contract->value(QStringLiteral("status")).toString());
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        // One listing per product per marketplace: an unlisted one is reused, a listed or busy one refuses.
        const QString mpId
            = contract->value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString();
        std::optional<QJsonObject> listing;
        for (const QJsonObject &existing : context.store().findBy(kListings, QStringLiteral("product.id"), productId)) {
            if (existing.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString() == mpId)
                listing = existing;
        }
        if (listing) {
            const QString listingId = listing->value(QStringLiteral("id")).toString();
            if (listing->value(QStringLiteral("status")).toString() == QLatin1String("listed"))
                return ApiReply::validation(
                    { QStringLiteral("product_id: Product %1 is already listed on marketplace %2 (%3).")
                            .arg(productId, mpId, listingId) });
            if (listing->value(QStringLiteral("pending_request")).isObject())
                return ApiReply::validation({ QStringLiteral("product_id: Listing %1 already has a pending request %2.")
                                                  .arg(listingId,
                                                      listing->value(QStringLiteral("pending_request"))
                                                          .toObject()
                                                          .value(QStringLiteral("id"))
                                                          .toString()) });
            listing->insert(QStringLiteral("contract"),
                QJsonObject { { QStringLiteral("id"), contractId },
                    { QStringLiteral("type"), contract->value(QStringLiteral("type")) },
                    { QStringLiteral("name"), contract->value(QStringLiteral("name")) },
                    { QStringLiteral("marketplace"), contract->value(QStringLiteral("marketplace")) } });
            context.store().put(kListings, *listing);
        } else {
            listing = newListing(context, *product, *contract, QStringLiteral("unlisted"));
        }
        return ApiReply::json(newListingRequest(context, type, *listing, QStringLiteral("draft"), note), 201);
    }

    const QString listingId = idFrom(*body, "listing_id", "listing");
    if (listingId.isEmpty())
        return ApiReply::validation({ QStringLiteral("listing_id: This field is required.") });
    const auto listing = context.store().get(kListings, listingId);
    if (!listing)
        return ApiReply::validation({ QStringLiteral("listing_id: Listing %1 does not exist.").arg(listingId) });
    if (listing->value(QStringLiteral("status")).toString() != QLatin1String("listed"))
        return ApiReply::validation({ QStringLiteral("listing_id: Listing %1 is not listed.").arg(listingId) });
    if (listing->value(QStringLiteral("pending_request")).isObject())
        return ApiReply::validation({ QStringLiteral("listing_id: Listing %1 already has a pending request %2.")
                                          .arg(listingId,
                                              listing->value(QStringLiteral("pending_request"))
                                                  .toObject()
                                                  .value(QStringLiteral("id"))
                                                  .toString()) });
    return ApiReply::json(newListingRequest(context, type, *listing, QStringLiteral("draft"), note), 201);
}

} // namespace

QStringList listingRequestActions()
{
    QStringList names;
    for (const Action &action : actions())
        names << QLatin1String(action.name);
    return names;
}

QStringList listingRequestAllowedFrom(const QString &action)
{
    for (const Action &candidate : actions()) {
        if (action == QLatin1String(candidate.name))
            return candidate.from;
    }
    return {};
}

QJsonObject newListing(
    SandboxContext &context, const QJsonObject &product, const QJsonObject &contract, const QString &status)
{
    const QJsonObject marketplace = contract.value(QStringLiteral("marketplace")).toObject();
    const QString now = context.now();
    QJsonObject listing { { QStringLiteral("id"), context.store().newId(kListings, QStringLiteral("LST-###-###-###")) },
        { QStringLiteral("status"), status },
        { QStringLiteral("contract"),
            QJsonObject { { QStringLiteral("id"), contract.value(QStringLiteral("id")) },
                { QStringLiteral("type"), contract.value(QStringLiteral("type")) },
                { QStringLiteral("name"), contract.value(QStringLiteral("name")) },
                { QStringLiteral("marketplace"), marketplace } } },
        { QStringLiteral("marketplace"), marketplace }, { QStringLiteral("product"), productSnapshot(product) },
        { QStringLiteral("vendor"), reference(context.account()) },
        { QStringLiteral("provider"), contract.value(QStringLiteral("issuer")) },
        { QStringLiteral("pending_request"), QJsonValue::Null }, { QStringLiteral("offer"), QJsonValue::Null },
        { QStringLiteral("pricelist"), QJsonValue::Null }, { QStringLiteral("alt_pricelist_1"), QJsonValue::Null },
        { QStringLiteral("alt_pricelist_2"), QJsonValue::Null }, { QStringLiteral("created"), now },
        { QStringLiteral("updated"), now } };
    context.stamp(listing, QStringLiteral("created"));
    context.store().put(kListings, listing);
    return listing;
}

QJsonObject newListingRequest(
    SandboxContext &context, const QString &type, const QJsonObject &listing, const QString &state, const QString &note)
{
    const QString listingId = listing.value(QStringLiteral("id")).toString();
    const qint64 number = context.store().nextCounter(QStringLiteral("listing-request:") + listingId);
    const QString now = context.now();
    const QJsonObject contract = listing.value(QStringLiteral("contract")).toObject();
    QJsonObject lr { { QStringLiteral("id"),
                         QStringLiteral("LSTR-%1-%2").arg(digitsOf(listingId)).arg(number, 3, 10, QLatin1Char('0')) },
        { QStringLiteral("type"), type }, { QStringLiteral("state"), state },
        { QStringLiteral("product"), listing.value(QStringLiteral("product")) },
        { QStringLiteral("listing"), listingSummary(listing) },
        { QStringLiteral("contract"),
            QJsonObject { { QStringLiteral("id"), contract.value(QStringLiteral("id")) },
                { QStringLiteral("name"), contract.value(QStringLiteral("name")) },
                { QStringLiteral("type"), contract.value(QStringLiteral("type")) } } },
        { QStringLiteral("marketplace"), listing.value(QStringLiteral("marketplace")) },
        { QStringLiteral("vendor"), listing.value(QStringLiteral("vendor")) },
        { QStringLiteral("provider"), listing.value(QStringLiteral("provider")) },
        { QStringLiteral("offer"), QJsonValue::Null }, { QStringLiteral("pricelist"), QJsonValue::Null },
        { QStringLiteral("creator"), context.actor() }, { QStringLiteral("assignee"), QJsonValue::Null },
        { QStringLiteral("note"), note }, { QStringLiteral("created"), now }, { QStringLiteral("updated"), now } };
    context.stamp(lr, QStringLiteral("created"));
    context.store().put(kRequests, lr);
    if (kOpen.contains(state))
        setPendingRequest(context, listingId, pendingReference(lr));
    context.changed(QStringLiteral("listing_request"), lr, productIdOf(lr));
    return lr;
}

void registerListingRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/listings"),
        [&context](ApiRequest &request) { return context.list(request, kListings); });
    router.add(Method::Get, QStringLiteral("/listings/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kListings, request.param(QStringLiteral("id")), QStringLiteral("Listing"));
    });
    router.add(Method::Put, QStringLiteral("/listings/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        auto listing = context.store().get(kListings, id);
        if (!listing)
            return ApiReply::notFound(QStringLiteral("Listing"), id);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        // Only the commercial attachments change here; status and product move through listing requests.
        for (const char *key : { "pricelist", "alt_pricelist_1", "alt_pricelist_2", "offer" }) {
            const QString k = QLatin1String(key);
            if (!body->contains(k))
                continue;
            if (!body->value(k).isObject() && !body->value(k).isNull())
                return ApiReply::validation({ QStringLiteral("%1: Expected an object with an id.").arg(k) });
            listing->insert(k, body->value(k));
        }
        if (body->contains(QStringLiteral("status"))
            && body->value(QStringLiteral("status")) != listing->value(QStringLiteral("status")))
            return ApiReply::error(400, QStringLiteral("LST_001"),
                { QStringLiteral("status: A listing is listed or unlisted through a listing request.") });
        context.stamp(*listing, QStringLiteral("updated"));
        listing->insert(QStringLiteral("updated"), context.now());
        context.store().put(kListings, *listing);
        return ApiReply::json(*listing);
    });
    router.add(Method::Get, QStringLiteral("/listing-requests"),
        [&context](ApiRequest &request) { return context.list(request, kRequests); });
    router.add(Method::Post, QStringLiteral("/listing-requests"),
        [&context](ApiRequest &request) { return createRequest(context, request); });
    router.add(Method::Get, QStringLiteral("/listing-requests/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kRequests, request.param(QStringLiteral("id")), QStringLiteral("Listing request"));
    });
    for (const Action &action : actions()) {
        router.add(Method::Post, QStringLiteral("/listing-requests/{id}/") + QLatin1String(action.name),
            [&context, &action](ApiRequest &request) { return runAction(context, request, action); });
    }
}

} // namespace cv::sandbox::market
