#pragma once

#include "app/reports/reportdefinitions.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cv::store {
class ObjectRepository;
}

namespace cv::reports {

/// The figures behind the Reports page's charts, from the requests' indexed columns only (no JSON read):
/// requests per day split by status, product or type, and the time to fulfil approved requests.
struct RequestStats
{
    enum class Split { Status, Product, Type };

    QDate first, last; ///< the days shown (the parameters' range, else the 30 days up to the newest request)
    QStringList series; ///< status, product name or type, most requests first
    QMap<QString, QList<int>> perDay; ///< series -> one count per day from first to last
    qint64 requests = 0; ///< requests in the days shown

    /// Approved requests by days from creation to approval (last update): bucket upper bounds in days and
    /// counts; the last bucket is everything longer.
    QList<int> fulfilBuckets;
    QList<int> fulfilCounts;
    double medianFulfilDays = 0;
    qint64 approved = 0;

    /// `params`: date range, product, environment, types and statuses (the rest is ignored).
    static RequestStats compute(const store::ObjectRepository &repository, const ReportParameters &params, Split split);
};

} // namespace cv::reports
