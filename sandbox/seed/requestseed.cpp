// seedRequests (declared in demoseed.h): the demo's fulfilment world. Requests of every type and status
// across the test, preview and production connections, made through the same factory and transitions as
// the API, so the seeded objects and their conversations look exactly like ones the lab creates.
#include "sandbox/seed/demoseed.h"

#include "sandbox/api/fakedata.h"
#include "sandbox/api/requestfactory.h"
#include "sandbox/api/requesttransitions.h"
#include "sandbox/api/sandboxcontext.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

namespace rf = requestfactory;
namespace rt = requesttransitions;

struct Step
{
    const char *type;
    const char *status;
};

// Each chain is the history of one asset; follow-ups need the purchase approved first.
const QList<QList<Step>> &chains()
{
    static const QList<QList<Step>> list {
        { { "purchase", "pending" } },
        { { "purchase", "inquiring" } },
        { { "purchase", "approved" } },
        { { "purchase", "failed" } },
        { { "purchase", "draft" } },
        { { "purchase", "tiers_setup" } },
        { { "purchase", "scheduled" } },
        { { "purchase", "revoking" } },
        { { "purchase", "revoked" } },
        { { "purchase", "approved" }, { "change", "pending" } },
        { { "purchase", "approved" }, { "change", "approved" }, { "suspend", "approved" }, { "resume", "pending" } },
        { { "purchase", "approved" }, { "suspend", "approved" }, { "resume", "approved" }, { "cancel", "pending" } },
        { { "purchase", "approved" }, { "adjustment", "approved" }, { "renew", "pending" } },
        { { "purchase", "approved" }, { "cancel", "approved" } },
        { { "purchase", "approved" }, { "change", "failed" } },
        { { "purchase", "approved" }, { "renew", "approved" }, { "change", "inquiring" } },
    };
    return list;
}

/// Realistic values for a request's parameters of `phase` (structured ones for address and phone).
void fillParams(QJsonArray &params, QRandomGenerator &random, const QString &phase, const QJsonObject &customer)
{
    for (qsizetype i = 0; i < params.size(); ++i) {
        QJsonObject line = params.at(i).toObject();
        if (line.value(u"phase"_s).toString() != phase)
            continue;
        const QString type = line.value(u"type"_s).toString();
        if (type == QLatin1String("address"))
            line.insert(u"structured_value"_s, fakedata::address(random));
        else if (type == QLatin1String("phone"))
            line.insert(u"structured_value"_s, fakedata::phone(random));
        else if (type == QLatin1String("email"))
            line.insert(u"value"_s,
                customer.value(u"contact_info"_s).toObject().value(u"contact"_s).toObject().value(u"email"_s));
        else if (phase == QLatin1String("ordering"))
            line.insert(u"value"_s,
                u"%1-%2"_s.arg(
                    customer.value(u"name"_s).toString().section(u' ', 0, 0).toLower(), fakedata::digits(random, 4)));
        else
            line.insert(u"value"_s, u"tenant-%1"_s.arg(fakedata::digits(random, 6)));
        params.replace(i, line);
    }
}

QString templateOf(SandboxContext &context, const QString &productId, const QString &type)
{
    for (const QJsonObject &templ : context.store().all(u"templates"_s, productId)) {
        if (templ.value(u"scope"_s).toString() == QLatin1String("asset") && templ.value(u"type"_s).toString() == type)
            return templ.value(u"id"_s).toString();
    }
    return {};
}

/// Moves a fresh pending request to `status` through the real transitions.
void drive(SandboxContext &context, const QString &id, const QString &status, const QString &activation,
    QRandomGenerator &random)
{
    const auto act
        = [&](const char *action, const QJsonObject &body = {}) { rt::run(context, QLatin1String(action), id, body); };
    if (status == QLatin1String("approved")) {
        // Fulfilment parameters get their values first, as a vendor would enter them.
        QJsonObject request = context.store().get(u"requests"_s, id).value_or(QJsonObject());
        QJsonObject asset = request.value(u"asset"_s).toObject();
        QJsonArray params = asset.value(u"params"_s).toArray();
        fillParams(
            params, random, u"fulfillment"_s, asset.value(u"tiers"_s).toObject().value(u"customer"_s).toObject());
        QJsonArray updates;
        for (const QJsonValue &value : params)
            updates.append(value);
        rt::updatePending(context, id, { { u"asset"_s, QJsonObject { { u"params"_s, updates } } } });
        act("approve",
            activation.isEmpty()
                ? QJsonObject { { u"activation_tile"_s, u"# Welcome\n\nYour subscription is active."_s } }
                : QJsonObject { { u"template_id"_s, activation } });
    } else if (status == QLatin1String("inquiring")) {
        QJsonObject request = context.store().get(u"requests"_s, id).value_or(QJsonObject());
        const QJsonArray params = request.value(u"asset"_s).toObject().value(u"params"_s).toArray();
        if (!params.isEmpty())
            rt::updatePending(context, id,
                { { u"asset"_s,
                    QJsonObject { { u"params"_s,
                        QJsonArray { QJsonObject { { u"id"_s, params.first().toObject().value(u"id"_s) },
                            { u"value_error"_s,
                                u"This value was not accepted by the vendor system; please check it."_s } } } } } } });
        act("inquire");
    } else if (status == QLatin1String("failed")) {
        act("fail", { { u"reason"_s, u"The customer's domain is already registered with another account."_s } });
    } else if (status == QLatin1String("scheduled") || status == QLatin1String("revoking")
        || status == QLatin1String("revoked")) {
        act("schedule", { { u"planned_date"_s, QDateTime::currentDateTimeUtc().addDays(14).toString(Qt::ISODate) } });
        if (status != QLatin1String("scheduled"))
            act("revoke", { { u"reason"_s, u"The distributor withdrew the order."_s } });
        if (status == QLatin1String("revoked"))
            act("confirm");
    }
}

} // namespace

void seedRequests(SandboxContext &context, const QString &productId, const QJsonObject &market)
{
    const auto product = rf::loadProduct(context, productId);
    if (!product || product->items.isEmpty())
        return;
    QRandomGenerator random(20240521); // the same demo world on every seed
    const QString activation = templateOf(context, productId, u"fulfillment"_s);
    const QStringList environments { u"test"_s, u"preview"_s, u"production"_s };
    int chainIndex = 0;
    const int rounds = 40;
    int made = 0;
    for (int round = 0; made < rounds; ++round) {
        const QString environment = environments.at(round % environments.size());
        const rf::Placement placement = rf::placement(context, productId, environment, market);
        const QJsonObject hub = placement.connection.value(u"hub"_s).toObject();
        const QJsonObject reseller
            = rf::newTierAccount(context, fakedata::company(random, u"reseller"_s), u"tier1"_s, environment, hub);
        const QJsonObject customer = rf::newTierAccount(
            context, fakedata::company(random, u"customer"_s), u"customer"_s, environment, hub, reseller);
        const QList<Step> &chain = chains().at(chainIndex++ % chains().size());
        QJsonArray items;
        for (const QJsonObject &item : product->items)
            items.append(rf::assetItem(item, random.bounded(1, 50)));
        QJsonArray params = rf::assetParams(product->parameters);
        fillParams(params, random, u"ordering"_s, customer);
        const QJsonObject tiers { { u"customer"_s, rf::tierReference(customer) },
            { u"tier1"_s, rf::tierReference(reseller) } };
        QJsonObject asset = rf::newAsset(context, *product, placement, tiers, items, params);
        for (const Step &step : chain) {
            const QString type = QLatin1String(step.type);
            const QString status = QLatin1String(step.status);
            QJsonArray lines;
            if (type == QLatin1String("change") || type == QLatin1String("adjustment")) {
                for (const QJsonValue &value : asset.value(u"items"_s).toArray()) {
                    QJsonObject line = value.toObject();
                    line.insert(u"old_quantity"_s, line.value(u"quantity"_s));
                    line.insert(u"quantity"_s,
                        QString::number(line.value(u"quantity"_s).toString().toLongLong() + random.bounded(1, 20)));
                    lines.append(line);
                }
            }
            const bool direct = status == QLatin1String("draft") || status == QLatin1String("tiers_setup");
            const QJsonObject request = rf::newRequest(context, asset, type, direct ? status : u"pending"_s, lines);
            if (!direct)
                drive(context, request.value(u"id"_s).toString(), status, activation, random);
            ++made;
            asset = context.store().get(u"assets"_s, asset.value(u"id"_s).toString()).value_or(asset);
        }
        if (round < 3) { // a tier configuration per environment, in a different state each
            const QStringList statuses { u"pending"_s, u"inquiring"_s, u"approved"_s };
            rf::newTierConfigRequest(context, *product, placement, reseller, 1, statuses.at(round));
        }
    }
    // A little conversation on the first pending request, as the lab's walkthrough shows.
    const QList<QJsonObject> pending = context.store().findBy(u"requests"_s, u"status"_s, u"pending"_s);
    if (!pending.isEmpty()) {
        if (const auto conversation = rf::findConversation(context, pending.first().value(u"id"_s).toString())) {
            const QString id = conversation->value(u"id"_s).toString();
            rf::addMessage(context, id, u"Hi, the customer asks whether the subscription can start on Monday."_s);
            rf::addMessage(context, id, u"Checked with the provisioning team: Monday works."_s, u"private"_s);
        }
    }
}

} // namespace cv::sandbox
