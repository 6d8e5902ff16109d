// The billing side of subscriptions (REFERENCE §3.15 "Billing-side view") and tier account requests (§3.17):
// GET /subscriptions/assets[/{id}] (assets with their `billing`), GET /subscriptions/requests[/{id}] (billing
// requests, BRV-/BRP-), GET /tier/account-requests[/{id}] with accept / ignore. Filters are the spec's
// (resources/sandbox/filters.json). Also the demo seed of this data (seedBilling, declared in demoseed.h).
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/billingfactory.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

namespace bf = billingfactory;

const QString kBilling = u"billing_requests"_s;
const QString kTar = u"tier_account_requests"_s;

QDateTime createdOf(const QJsonObject &object)
{
    QString text = object.value(u"events"_s).toObject().value(u"created"_s).toObject().value(u"at"_s).toString();
    if (text.isEmpty())
        text = object.value(u"created"_s).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime::fromString(text, Qt::ISODate);
}

/// An asset as /subscriptions/assets shows it: with its billing block (made from its creation time for an
/// asset created through the API, whose billing the seed did not store) and the spec's required fields.
QJsonObject subscriptionView(const QJsonObject &asset)
{
    QJsonObject view = asset;
    if (!asset.contains(u"billing"_s)) {
        const QDateTime start = createdOf(asset);
        if (start.isValid())
            view.insert(u"billing"_s, bf::billingOf(start, QDateTime::currentDateTimeUtc()));
    }
    // Required by the spec's dp.Subscription schema: null when the asset has none.
    for (const QString &field : { u"pending_request"_s, u"template"_s }) {
        if (!view.contains(field))
            view.insert(field, QJsonValue::Null);
    }
    return view;
}

ApiReply decideTar(SandboxContext &context, const QString &id, const QString &action, const QJsonObject &body)
{
    auto stored = context.store().get(kTar, id);
    if (!stored)
        return ApiReply::notFound(u"Tier account request"_s, id);
    QJsonObject request = *stored;
    const QString status = request.value(u"status"_s).toString();
    if (status != QLatin1String("pending"))
        return ApiReply::badTransition(u"TAR_001"_s, u"Tier account request "_s + id, action, status);
    if (action == QLatin1String("ignore")) {
        const QString reason = body.value(u"reason"_s).toString().trimmed();
        if (reason.isEmpty())
            return ApiReply::validation({ u"reason: This field is required."_s });
        request.insert(u"reason"_s, reason);
        request.insert(u"status"_s, u"ignored"_s);
    } else {
        request.insert(u"status"_s, u"accepted"_s);
    }
    context.stamp(request, request.value(u"status"_s).toString());
    context.store().put(kTar, request);
    context.changed(
        u"tier_account_request"_s, request, request.value(u"product"_s).toObject().value(u"id"_s).toString());
    return ApiReply::json(request);
}

} // namespace

void registerSubscriptionRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, u"/subscriptions/assets"_s,
        [&context](ApiRequest &request) { return context.list(request, u"assets"_s, {}, subscriptionView); });
    router.add(Method::Get, u"/subscriptions/assets/{id}"_s, [&context](ApiRequest &request) {
        const auto asset = context.store().get(u"assets"_s, request.param(u"id"_s));
        return asset ? ApiReply::json(subscriptionView(*asset))
                     : ApiReply::notFound(u"Subscription"_s, request.param(u"id"_s));
    });
    router.add(Method::Get, u"/subscriptions/requests"_s,
        [&context](ApiRequest &request) { return context.list(request, kBilling); });
    router.add(Method::Get, u"/subscriptions/requests/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(kBilling, request.param(u"id"_s), u"Billing request"_s);
    });
    router.add(Method::Get, u"/tier/account-requests"_s,
        [&context](ApiRequest &request) { return context.list(request, kTar); });
    router.add(Method::Get, u"/tier/account-requests/{id}"_s, [&context](ApiRequest &request) {
        return context.getOr404(kTar, request.param(u"id"_s), u"Tier account request"_s);
    });
    for (const QString &action : { u"accept"_s, u"ignore"_s }) {
        router.add(Method::Post, u"/tier/account-requests/{id}/"_s + action, [&context, action](ApiRequest &request) {
            ApiReply error;
            const auto body = context.jsonBody(request, error);
            return body ? decideTar(context, request.param(u"id"_s), action, *body) : error;
        });
    }
}

void seedBilling(SandboxContext &context)
{
    SandboxStore &store = context.store();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject vendor { { u"id"_s, context.accountId() }, { u"name"_s, context.account().value(u"name"_s) } };
    int index = 0;
    QHash<QString, QJsonObject> productOfCustomer;
    QHash<QString, QJsonObject> providerOfCustomer;
    for (QJsonObject asset : store.all(u"assets"_s)) {
        const QString customerId
            = asset.value(u"tiers"_s).toObject().value(u"customer"_s).toObject().value(u"id"_s).toString();
        productOfCustomer.insert(customerId, asset.value(u"product"_s).toObject());
        providerOfCustomer.insert(customerId, asset.value(u"connection"_s).toObject().value(u"provider"_s).toObject());
        const QString status = asset.value(u"status"_s).toString();
        if (status != QLatin1String("active") && status != QLatin1String("suspended")
            && status != QLatin1String("terminated"))
            continue;
        // The demo's assets were all bought today: spread their starts over the last months, so that each
        // has a few billed cycles behind it.
        const QDateTime start = now.addMonths(-(1 + index++ % 6)).addDays(-1);
        asset.insert(u"billing"_s, bf::billingOf(start, now));
        store.put(u"assets"_s, asset);
        for (const QJsonObject &request : bf::billingRequests(asset, start, now, 6))
            store.put(kBilling, request);
    }
    const QStringList statuses { u"pending"_s, u"accepted"_s, u"ignored"_s, u"pending"_s, u"unsupported"_s };
    int made = 0;
    for (const QJsonObject &account : store.all(u"tier_accounts"_s)) {
        const QString id = account.value(u"id"_s).toString();
        if (!productOfCustomer.contains(id) || made >= 10)
            continue;
        store.put(kTar,
            bf::tierAccountRequest(account, productOfCustomer.value(id), vendor, providerOfCustomer.value(id),
                statuses.at(made % statuses.size()), now.addDays(-(made * 3 + 1)), 1));
        ++made;
    }
}

} // namespace cv::sandbox
