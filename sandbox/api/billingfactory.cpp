#include "sandbox/api/billingfactory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cv::sandbox::billingfactory {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).chopped(1) + u"+00:00"_s;
}

QJsonObject billingOf(const QDateTime &start, const QDateTime &now)
{
    QDateTime next = start;
    while (next <= now)
        next = next.addMonths(1);
    return { { u"period"_s, QJsonObject { { u"delta"_s, 1 }, { u"uom"_s, u"monthly"_s } } },
        { u"next_date"_s, stamp(next) },
        { u"anniversary"_s, QJsonObject { { u"day"_s, start.date().day() }, { u"month"_s, start.date().month() } } } };
}

QList<QJsonObject> billingRequests(
    const QJsonObject &asset, const QDateTime &start, const QDateTime &now, int maxCycles)
{
    QList<QJsonObject> result;
    int cycles = 0;
    while (start.addMonths(cycles + 1) <= now)
        ++cycles;
    const int first = std::max(0, cycles - maxCycles);
    QJsonObject assetView = asset;
    for (const char *dropped : { "params", "configuration", "items", "events", "created", "updated" })
        assetView.remove(QLatin1String(dropped));
    const QString digits = asset.value(u"id"_s).toString().mid(3);
    for (int cycle = first; cycle < cycles; ++cycle) {
        const QDateTime from = start.addMonths(cycle);
        const QDateTime to = start.addMonths(cycle + 1);
        QJsonArray items;
        for (const QJsonValue &value : asset.value(u"items"_s).toArray()) {
            const QJsonObject line = value.toObject();
            const double quantity = line.value(u"quantity"_s).toString().toDouble();
            if (quantity <= 0)
                continue;
            items.append(QJsonObject { { u"id"_s, line.value(u"id"_s) }, { u"global_id"_s, line.value(u"global_id"_s) },
                { u"display_name"_s, line.value(u"display_name"_s) }, { u"mpn"_s, line.value(u"mpn"_s) },
                { u"item_type"_s, line.value(u"item_type"_s) }, { u"period"_s, line.value(u"period"_s) },
                { u"type"_s, line.value(u"type"_s) }, { u"quantity"_s, quantity },
                { u"billing"_s, QJsonObject { { u"cycle_number"_s, cycle + 1 } } } });
        }
        if (items.isEmpty())
            continue;
        const QString created = stamp(to.addSecs(3600));
        const QJsonObject event { { u"at"_s, created } };
        result << QJsonObject { { u"id"_s, u"BRV-%1-%2"_s.arg(digits).arg(cycle + 1, 4, 10, QLatin1Char('0')) },
            { u"type"_s, u"vendor"_s },
            { u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } } },
            { u"asset"_s, assetView }, { u"items"_s, items },
            { u"attributes"_s,
                QJsonObject {
                    { u"vendor"_s, QJsonObject { { u"external_id"_s, u"INV-%1-%2"_s.arg(digits).arg(cycle + 1) } } },
                    { u"provider"_s, QJsonObject() } } },
            { u"period"_s,
                QJsonObject { { u"from"_s, stamp(from) }, { u"to"_s, stamp(to) }, { u"delta"_s, 1 },
                    { u"uom"_s, u"monthly"_s } } } };
    }
    return result;
}

QJsonObject tierAccountRequest(const QJsonObject &account, const QJsonObject &product, const QJsonObject &vendor,
    const QJsonObject &provider, const QString &status, const QDateTime &at, int sequence)
{
    const QString created = stamp(at);
    const QJsonObject event { { u"at"_s, created } };
    QJsonObject versioned = account;
    versioned.remove(u"events"_s);
    versioned.insert(u"version"_s, account.value(u"version"_s).toInt(1) + 1);
    QJsonObject request { { u"id"_s,
                              u"TAR-%1-%2-001"_s.arg(account.value(u"id"_s).toString().section(u'-', 1))
                                  .arg(sequence, 3, 10, QLatin1Char('0')) },
        { u"type"_s, u"update"_s }, { u"status"_s, status }, { u"account"_s, versioned }, { u"vendor"_s, vendor },
        { u"provider"_s, provider }, { u"product"_s, product }, { u"reason"_s, QString() },
        { u"events"_s, QJsonObject { { u"created"_s, event }, { u"updated"_s, event } } } };
    if (status == QLatin1String("ignored"))
        request.insert(u"reason"_s, u"The change does not apply to this product's subscriptions."_s);
    return request;
}

} // namespace cv::sandbox::billingfactory
