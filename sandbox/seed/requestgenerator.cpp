#include "sandbox/seed/requestgenerator.h"

#include "app/content/templaterender.h"
#include "sandbox/api/billingfactory.h"
#include "sandbox/api/fakedata.h"
#include "sandbox/api/productfactory.h"
#include "sandbox/api/requestfactory.h"
#include "sandbox/api/sandboxcontext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcGenerator, "cv.sandbox.generator")

using namespace Qt::StringLiterals;

namespace cv::sandbox {

namespace {

namespace rf = requestfactory;

// Speed (100,000 requests well under a minute) comes from: template objects built once per product and
// environment and patched per row, ids made from a per-run prefix and a sequence (no lookups), one
// prepared INSERT reused for every row, and a commit every kBatch requests.
constexpr int kBatch = 2000;

struct Target
{
    QString environment;
    rf::Placement placement;
    QJsonObject assetTemplate; ///< product, connection, marketplace, contract, configuration
    QJsonObject requestTemplate; ///< fixed fields of a request
    QList<QJsonObject> customers;
    QList<QJsonObject> resellers;
    QList<QJsonObject> tiers; ///< asset.tiers per customer (with its reseller), built once
};

struct ProductPlan
{
    rf::ProductParts parts;
    QJsonArray params;
    QList<QJsonObject> itemLines; ///< an asset line per product item, quantity patched per asset
    QJsonObject activation; ///< {id, name, body} of the fulfilment template, if any
    QList<Target> targets; ///< test, preview, production
};

class Writer
{
public:
    explicit Writer(SandboxStore &store)
        : m_query(store.database())
    {
        m_query.prepare(
            u"INSERT INTO objects (kind, id, parent, json) VALUES (?, ?, '', ?) ON CONFLICT(kind, id) DO NOTHING"_s);
    }
    bool put(const QString &kind, const QJsonObject &object)
    {
        m_query.bindValue(0, kind);
        m_query.bindValue(1, object.value(u"id"_s).toString());
        m_query.bindValue(2, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};

QString grouped(const QString &digits, int group)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += group)
        out += (i ? u"-"_s : QString()) + digits.mid(i, group);
    return out;
}

QString pickStatus(QRandomGenerator &random)
{
    // Weighted like a live account: mostly approved and pending, a tail of everything else.
    static const QList<std::pair<int, QString>> weights { { 34, u"approved"_s }, { 20, u"pending"_s },
        { 10, u"inquiring"_s }, { 8, u"failed"_s }, { 6, u"draft"_s }, { 6, u"tiers_setup"_s }, { 6, u"scheduled"_s },
        { 5, u"revoking"_s }, { 5, u"revoked"_s } };
    int roll = random.bounded(100);
    for (const auto &[weight, status] : weights) {
        if (roll < weight)
            return status;
        roll -= weight;
    }
    return u"pending"_s;
}

} // namespace

core::Result<int, QString> generateRequests(SandboxContext &context, int count)
{
    if (count <= 0)
        return 0;
    QElapsedTimer timer;
    timer.start();
    SandboxStore &store = context.store();
    QList<QJsonObject> products = store.all(u"products"_s);
    if (products.isEmpty())
        products << productfactory::createProduct(context, { { u"name"_s, u"Connect Cloud Storage"_s } });

    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    const int run = int(store.nextCounter(u"generator:runs"_s) % 100);
    qint64 assetSeq = 0;
    qint64 accountSeq = 0;
    qint64 conversationSeq = 0;
    const auto assetDigits = [&] {
        return grouped(u"9%1%2"_s.arg(run, 2, 10, QLatin1Char('0')).arg(++assetSeq, 9, 10, QLatin1Char('0')), 4);
    };
    const auto accountDigits = [&] {
        return grouped(u"9%1%2"_s.arg(run, 2, 10, QLatin1Char('0')).arg(++accountSeq, 9, 10, QLatin1Char('0')), 4);
    };
    const QJsonObject vendor { { u"id"_s, context.accountId() }, { u"name"_s, context.account().value(u"name"_s) } };
    const QJsonObject actor = context.actor();

    // A large page cache for the run: the expression indexes of the objects table are updated for every
    // row, and with SQLite's default 2 MB cache their pages are re-read from the OS all the time.
    QSqlQuery pragma(store.database());
    pragma.exec(u"PRAGMA cache_size"_s);
    const QString previousCache = pragma.next() ? pragma.value(0).toString() : u"-2000"_s;
    pragma.exec(u"PRAGMA cache_size=-262144"_s);
    struct RestoreCache
    {
        QSqlQuery &query;
        QString size;
        ~RestoreCache() { query.exec(u"PRAGMA cache_size="_s + size); }
    } restoreCache { pragma, previousCache };
    if (!store.transaction())
        return u"--seed-requests: cannot start a transaction"_s;
    Writer writer(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = now.toString(Qt::ISODate).chopped(1) + u"+00:00"_s;
    const auto stampText
        = [](const QDateTime &time) -> QString { return time.toString(Qt::ISODate).chopped(1) + u"+00:00"_s; };

    // Products, their environments and pools of tier accounts (customers repeat, as in real accounts).
    QList<ProductPlan> plans;
    const QStringList environments { u"test"_s, u"preview"_s, u"production"_s };
    const int customersPerTarget = std::max(5, count / (10 * int(products.size())));
    const int resellersPerTarget = std::max(2, count / (400 * int(products.size())));
    for (const QJsonObject &product : std::as_const(products)) {
        auto parts = rf::loadProduct(context, product.value(u"id"_s).toString());
        if (!parts || parts->items.isEmpty())
            continue;
        ProductPlan plan;
        plan.parts = *parts;
        plan.params = rf::assetParams(parts->parameters);
        for (const QJsonObject &item : parts->items)
            plan.itemLines << rf::assetItem(item, 1);
        for (const QJsonObject &templ : store.all(u"templates"_s, parts->id)) {
            if (templ.value(u"scope"_s).toString() == QLatin1String("asset")
                && templ.value(u"type"_s).toString() == QLatin1String("fulfillment")) {
                plan.activation = templ;
                break;
            }
        }
        for (const QString &environment : environments) {
            Target target;
            target.environment = environment;
            target.placement = rf::placement(context, parts->id, environment);
            target.assetTemplate
                = { { u"product"_s, parts->reference }, { u"connection"_s, target.placement.connection },
                      { u"contract"_s, target.placement.contract }, { u"marketplace"_s, target.placement.marketplace },
                      { u"configuration"_s, QJsonObject { { u"params"_s, QJsonArray() } } } };
            target.requestTemplate = { { u"activation_key"_s, QString() }, { u"reason"_s, QString() },
                { u"note"_s, QString() }, { u"contract"_s, target.placement.contract },
                { u"marketplace"_s, target.placement.marketplace }, { u"assignee"_s, QString() } };
            const QJsonObject hub = target.placement.connection.value(u"hub"_s).toObject();
            const auto account = [&](const QString &role, const QString &id, const QJsonObject &parent) {
                QJsonObject object = fakedata::company(random, role);
                object.insert(u"id"_s, id);
                object.insert(u"version"_s, 1);
                object.insert(u"type"_s, role);
                object.insert(
                    u"scopes"_s, QJsonArray { role == QLatin1String("customer") ? u"customer"_s : u"tier1"_s });
                object.insert(u"environment"_s, environment);
                object.insert(u"hub"_s, hub);
                if (!parent.isEmpty())
                    object.insert(u"parent"_s,
                        QJsonObject { { u"id"_s, parent.value(u"id"_s) }, { u"name"_s, parent.value(u"name"_s) },
                            { u"external_id"_s, parent.value(u"external_id"_s) } });
                const QJsonObject event { { u"at"_s, nowText }, { u"by"_s, actor } };
                object.insert(u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } });
                writer.put(u"tier_accounts"_s, object);
                return object;
            };
            for (int i = 0; i < resellersPerTarget; ++i)
                target.resellers << account(u"reseller"_s, u"TA-0-"_s + accountDigits(), {});
            for (int i = 0; i < customersPerTarget; ++i) {
                const QJsonObject &reseller = target.resellers.at(i % resellersPerTarget);
                target.customers << account(u"customer"_s, u"TA-"_s + accountDigits(), reseller);
                // One customer in ten asks the vendor to take new account details (REFERENCE §3.17).
                if (i % 10 == 3) {
                    static const QStringList tarStatuses { u"pending"_s, u"accepted"_s, u"accepted"_s, u"ignored"_s,
                        u"unsupported"_s };
                    writer.put(u"tier_account_requests"_s,
                        billingfactory::tierAccountRequest(target.customers.last(), parts->reference, vendor,
                            target.placement.connection.value(u"provider"_s).toObject(),
                            tarStatuses.at(random.bounded(int(tarStatuses.size()))),
                            now.addSecs(-qint64(random.bounded(365 * 24 * 3600))), 1));
                }
                target.tiers << QJsonObject { { u"customer"_s, rf::tierReference(target.customers.last()) },
                    { u"tier1"_s, rf::tierReference(reseller) } };
            }
            plan.targets << target;
        }
        plans << plan;
    }
    if (plans.isEmpty()) {
        store.rollback();
        return u"--seed-requests: no product has items to order"_s;
    }

    const QStringList activeTypes { u"change"_s, u"adjustment"_s, u"renew"_s, u"suspend"_s, u"cancel"_s };
    const QStringList suspendedTypes { u"resume"_s, u"cancel"_s };
    const qint64 yearMs = 365LL * 24 * 3600 * 1000;
    int made = 0;
    int inBatch = 0;
    while (made < count) {
        const ProductPlan &plan = plans.at(random.bounded(int(plans.size())));
        const int roll = random.bounded(100);
        const Target &target = plan.targets.at(roll < 40 ? 0 : roll < 55 ? 1 : 2);
        const int customer = random.bounded(int(target.customers.size()));

        QJsonObject asset = target.assetTemplate;
        const QString digits = assetDigits();
        asset.insert(u"id"_s, QString(u"AS-"_s + digits));
        asset.insert(u"external_id"_s, fakedata::digits(random, 6));
        asset.insert(u"external_uid"_s, fakedata::uuid(random));
        asset.insert(u"tiers"_s, target.tiers.at(customer));
        QJsonArray items;
        for (QJsonObject line : plan.itemLines) {
            if (items.isEmpty() || random.bounded(2)) {
                line.insert(u"quantity"_s, QString::number(random.bounded(1, 250)));
                items.append(line);
            }
        }
        QJsonArray params = plan.params;
        for (qsizetype i = 0; i < params.size(); ++i) {
            QJsonObject line = params.at(i).toObject();
            const QString type = line.value(u"type"_s).toString();
            if (type == QLatin1String("address"))
                line.insert(u"structured_value"_s, fakedata::address(random));
            else if (type == QLatin1String("phone"))
                line.insert(u"structured_value"_s, fakedata::phone(random));
            else
                line.insert(u"value"_s, u"%1-%2"_s.arg(line.value(u"id"_s).toString(), fakedata::digits(random, 5)));
            params.replace(i, line);
        }
        asset.insert(u"params"_s, params);

        QDateTime at = now.addMSecs(-qint64(random.bounded(quint64(yearMs))));
        const QDateTime purchased = at;
        const int chainLength = std::min(count - made, roll % 20 < 12 ? 1 : roll % 20 < 17 ? 2 : 3);
        QString assetStatus = u"processing"_s;
        for (int step = 0; step < chainLength; ++step) {
            const bool last = step == chainLength - 1;
            const QString type = step == 0                  ? u"purchase"_s
                : assetStatus == QLatin1String("suspended") ? suspendedTypes.at(random.bounded(2))
                                                            : activeTypes.at(random.bounded(int(activeTypes.size())));
            const QString status = last ? pickStatus(random) : u"approved"_s;
            const QString created = stampText(at);
            const QDateTime updatedTime = std::min(now, at.addSecs(random.bounded(60, 3 * 24 * 3600)));
            const QString updated = stampText(updatedTime);

            QJsonArray lines = items;
            if (type == QLatin1String("change") || type == QLatin1String("adjustment")) {
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    QJsonObject line = lines.at(i).toObject();
                    line.insert(u"old_quantity"_s, line.value(u"quantity"_s));
                    line.insert(u"quantity"_s,
                        QString::number(std::max<qint64>(
                            1, line.value(u"quantity"_s).toString().toLongLong() + random.bounded(-5, 30))));
                    lines.replace(i, line);
                }
            } else if (type != QLatin1String("purchase")) {
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    QJsonObject line = lines.at(i).toObject();
                    line.insert(u"old_quantity"_s, line.value(u"quantity"_s));
                    lines.replace(i, line);
                }
            }
            QString newAssetStatus = assetStatus;
            if (status == QLatin1String("approved")) {
                newAssetStatus = type == QLatin1String("suspend") ? u"suspended"_s
                    : type == QLatin1String("cancel")             ? u"terminated"_s
                                                                  : u"active"_s;
                items = lines;
            } else if ((status == QLatin1String("failed") || status == QLatin1String("revoked"))
                && type == QLatin1String("purchase")) {
                newAssetStatus = u"terminated"_s;
            }
            QJsonObject view = asset;
            view.insert(u"items"_s, lines);
            view.insert(u"status"_s, status == QLatin1String("approved") ? newAssetStatus : assetStatus);
            view.insert(u"events"_s,
                QJsonObject { { u"created"_s, QJsonObject { { u"at"_s, created } } },
                    { u"updated"_s, QJsonObject { { u"at"_s, updated } } } });

            QJsonObject request = target.requestTemplate;
            const QString requestId = u"PR-%1-%2"_s.arg(digits).arg(step + 1, 3, 10, QLatin1Char('0'));
            request.insert(u"id"_s, requestId);
            request.insert(u"type"_s, type);
            request.insert(u"created"_s, created);
            request.insert(u"updated"_s, updated);
            request.insert(u"status"_s, status);
            request.insert(u"asset"_s, view);
            if (status == QLatin1String("approved")) {
                request.insert(u"effective_date"_s, updated);
                if (!plan.activation.isEmpty()) {
                    const QString message = content::renderTemplate(
                        plan.activation.value(u"body"_s).toString(), content::requestTemplateValues(request));
                    request.insert(u"template"_s,
                        QJsonObject { { u"id"_s, plan.activation.value(u"id"_s) },
                            { u"name"_s, plan.activation.value(u"name"_s) }, { u"message"_s, message } });
                    request.insert(u"activation_key"_s, message);
                }
            } else if (status == QLatin1String("failed")) {
                request.insert(u"reason"_s, QString(u"The customer's tenant could not be provisioned."_s));
            } else if (status == QLatin1String("scheduled") || status == QLatin1String("revoking")
                || status == QLatin1String("revoked")) {
                request.insert(u"planned_date"_s, stampText(updatedTime.addDays(14)));
            }
            if (random.bounded(4) == 0 && status != QLatin1String("approved"))
                request.insert(u"assignee"_s,
                    QJsonObject { { u"id"_s, actor.value(u"id"_s) }, { u"name"_s, actor.value(u"name"_s) },
                        { u"email"_s, u"admin@lab-vendor.example"_s } });
            if (!writer.put(u"requests"_s, request)) {
                store.rollback();
                return u"--seed-requests: %1"_s.arg(writer.error());
            }
            const QString conversationId = u"CO-"_s
                + grouped(
                    u"9%1%2"_s.arg(run, 2, 10, QLatin1Char('0')).arg(++conversationSeq, 15, 10, QLatin1Char('0')), 3);
            const QJsonObject event { { u"at"_s, created }, { u"by"_s, actor } };
            writer.put(u"conversations"_s,
                QJsonObject { { u"id"_s, conversationId }, { u"instance_id"_s, requestId },
                    { u"topic"_s, QString(u"Request: "_s + requestId) }, { u"type"_s, u"conversation"_s },
                    { u"status"_s, u"open"_s },
                    { u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } } },
                    { u"accounts"_s, QJsonArray { vendor } }, { u"creator"_s, actor }, { u"created"_s, created } });
            assetStatus = newAssetStatus;
            at = std::min(now, updatedTime.addSecs(random.bounded(3600, 60 * 24 * 3600)));
            ++made;
            if (++inBatch >= kBatch) {
                if (!store.commit() || !store.transaction())
                    return u"--seed-requests: commit failed"_s;
                inBatch = 0;
            }
            if (last) {
                asset.insert(u"items"_s, items);
                asset.insert(u"status"_s,
                    assetStatus == QLatin1String("processing") && status == QLatin1String("draft") ? u"draft"_s
                                                                                                   : assetStatus);
                asset.insert(u"events"_s, view.value(u"events"_s));
                asset.insert(
                    u"created"_s, view.value(u"events"_s).toObject().value(u"created"_s).toObject().value(u"at"_s));
                asset.insert(u"updated"_s, updated);
                // Subscriptions that went live are billed monthly: half of them have vendor billing requests
                // (BRV-) for up to their last three cycles.
                if (assetStatus == QLatin1String("active") || assetStatus == QLatin1String("suspended")) {
                    asset.insert(u"billing"_s, billingfactory::billingOf(purchased, now));
                    if (random.bounded(2) == 0) {
                        for (const QJsonObject &billing :
                            billingfactory::billingRequests(asset, purchased, now, random.bounded(1, 4)))
                            writer.put(u"billing_requests"_s, billing);
                    }
                }
                writer.put(u"assets"_s, asset);
            }
        }
    }
    if (!store.commit())
        return u"--seed-requests: commit failed"_s;
    qCInfo(lcGenerator).noquote() << u"generated %1 requests in %2 ms"_s.arg(made).arg(timer.elapsed());
    return made;
}

} // namespace cv::sandbox
