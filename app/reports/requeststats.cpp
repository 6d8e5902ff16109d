#include "app/reports/requeststats.h"

#include "app/reports/reportrunner.h"
#include "app/store/objectrepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cv::reports {

RequestStats RequestStats::compute(
    const store::ObjectRepository &repository, const ReportParameters &params, Split split)
{
    RequestStats stats;
    const ReportDefinition *requests = definition(u"fulfillment_requests"_s);
    ReportParameters narrowed = params;
    // Not indexed columns of requests: the charts read columns only.
    narrowed.marketplaceId.clear();
    narrowed.requesterId.clear();
    if (!narrowed.to.isValid() || !narrowed.from.isValid()) {
        // The newest request's day ends the default range.
        QString newest;
        store::ObjectQuery latest = ReportRunner::sqlPart(*requests, narrowed);
        latest.sortBy(u"created"_s, Qt::DescendingOrder).limit = 1;
        repository.forEachValues(u"requests"_s, latest, { u"created"_s }, [&](const QVariantList &values) {
            newest = values.at(0).toString();
            return false;
        });
        const QDate last = newest.isEmpty() ? QDate::currentDate() : QDate::fromString(newest.left(10), Qt::ISODate);
        if (!narrowed.to.isValid())
            narrowed.to = last;
        if (!narrowed.from.isValid())
            narrowed.from = narrowed.to.addDays(-29);
    }
    stats.first = narrowed.from;
    stats.last = narrowed.to;
    const qsizetype days = stats.first.daysTo(stats.last) + 1;
    if (days <= 0 || days > 3660)
        return stats;

    const QString column = split == Split::Status ? u"status"_s
        : split == Split::Product                 ? u"product_name"_s
                                                  : u"type"_s;
    QHash<QString, QList<int>> perDay;
    QHash<QString, qint64> sizes;
    stats.fulfilBuckets = { 1, 2, 3, 5, 7, 14, 30 };
    stats.fulfilCounts = QList<int>(stats.fulfilBuckets.size() + 1, 0);
    QList<double> fulfilDays;
    repository.forEachValues(u"requests"_s, ReportRunner::sqlPart(*requests, narrowed),
        { u"created"_s, u"updated"_s, u"status"_s, column }, [&](const QVariantList &values) {
            const QString created = values.at(0).toString();
            const qint64 day = stats.first.daysTo(QDate::fromString(created.left(10), Qt::ISODate));
            if (day < 0 || day >= days)
                return true;
            const QString key = values.at(3).toString();
            QList<int> &counts = perDay[key];
            if (counts.isEmpty())
                counts = QList<int>(days, 0);
            ++counts[day];
            ++sizes[key];
            ++stats.requests;
            if (values.at(2).toString() == QLatin1String("approved")) {
                const QDateTime from = QDateTime::fromString(created, Qt::ISODateWithMs);
                const QDateTime to = QDateTime::fromString(values.at(1).toString(), Qt::ISODateWithMs);
                if (from.isValid() && to.isValid()) {
                    const double elapsed = double(from.secsTo(to)) / 86400.0;
                    fulfilDays << elapsed;
                    const auto bucket = std::lower_bound(stats.fulfilBuckets.cbegin(), stats.fulfilBuckets.cend(),
                        elapsed, [](int bound, double value) { return double(bound) < value; });
                    ++stats.fulfilCounts[bucket - stats.fulfilBuckets.cbegin()];
                }
            }
            return true;
        });
    stats.series = perDay.keys();
    std::sort(stats.series.begin(), stats.series.end(), [&](const QString &a, const QString &b) {
        return sizes.value(a) != sizes.value(b) ? sizes.value(a) > sizes.value(b) : a < b;
    });
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        stats.perDay.insert(it.key(), it.value());
    stats.approved = fulfilDays.size();
    if (!fulfilDays.isEmpty()) {
        const auto middle = fulfilDays.begin() + fulfilDays.size() / 2;
        std::nth_element(fulfilDays.begin(), middle, fulfilDays.end());
        stats.medianFulfilDays = *middle;
    }
    return stats;
}

} // namespace cv::reports
