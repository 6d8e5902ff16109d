#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace cv::reports {

/// The parameters a report may take (each report says which it honours: ReportDefinition::filters).
/// Requester: the provider (distributor) whose marketplace sent the request (`asset.connection.provider`), the
/// portal's "requester" filter.
enum class Filter { Date, Product, Marketplace, Requester, Type, Status, Environment };

/// What the vendor chose to run a report with. Empty or null members do not filter.
struct ReportParameters
{
    QDate from, to; ///< inclusive, on the report's date (created, period start...)
    QString productId;
    QString marketplaceId;
    QString requesterId; ///< a provider account (PA-…)
    QStringList types;
    QStringList statuses;
    QString environment; ///< test | production | preview

    QJsonObject toJson() const;
    static ReportParameters fromJson(const QJsonObject &json);
    bool operator==(const ReportParameters &) const = default;
};

/// Where a parameter is found in the collection: an indexed column of its CollectionSpec (filtered by SQLite)
/// or, when the collection has none, a dotted JSON path (filtered while streaming).
struct FilterBinding
{
    QString column;
    QString path;
};

/// A value of a row, from the object and (for line-level reports) the line: QString, double or qint64.
using Extract = std::function<QVariant(const QJsonObject &object, const QJsonObject &line)>;

struct ReportColumn
{
    QString title; ///< the header of the exported file (English, as Connect's own report files)
    Extract value;
    /// The dotted JSON paths `value` reads, of the object and of the line (JsonPick's syntax): a report reads
    /// only these out of each object's text.
    QStringList paths, linePaths;
};

/// One report computed from the cache: which collection it reads, which rows it makes of an object and
/// their columns. Headers are data (the files a vendor exchanges keep Connect's English headers); the
/// page shows the report's name translated by its id.
struct ReportDefinition
{
    QString id; ///< stable key: history, file names, the page's translated names
    QString title; ///< English title: the sheet name and the default file name
    QString collection;
    QString linesPath; ///< "" = one row per object; else one row per element of this JSON array
    QList<ReportColumn> columns;
    QHash<Filter, FilterBinding> filters;
    QStringList typeChoices, statusChoices;
    QStringList defaultStatuses; ///< preselected (e.g. the SLA report: pending and inquiring)
    /// Objects the report keeps besides the parameters (e.g. failed with a reason); null = all.
    std::function<bool(const QJsonObject &)> accept;
    QStringList acceptPaths; ///< the paths `accept` reads
    /// Lines the report keeps (e.g. items with a quantity); null = all.
    std::function<bool(const QJsonObject &line)> acceptLine;
    QStringList acceptLinePaths; ///< the paths of the line `acceptLine` reads
    QString totalColumn; ///< title of the numeric column whose sum is the report's total; "" = none
    /// The summary gives the total column's average over the rows, not its sum (days open: a sum of days of
    /// different requests means nothing).
    bool averageTotal = false;
    /// Indexed column the rows are ordered by when the collection has it (e.g. usage records by subscription);
    /// "" or absent = the order the objects were stored in.
    QString sortColumn;
    /// Statuses the report is limited to whatever the parameters say, filtered by SQLite on the collection's
    /// "status" column (e.g. failed requests: the index answers instead of reading every request).
    QStringList onlyStatuses;

    qsizetype columnIndex(const QString &title) const;
    /// Every path of an object the report reads (columns, lines, filters bound to paths, accept): JsonPick's.
    QStringList pickedPaths() const;
    QStringList headers() const;
};

/// Every report, in the order the page lists them.
const QList<ReportDefinition> &definitions();
const ReportDefinition *definition(const QString &id);

/// A dotted path into JSON ("asset.tiers.customer.name"); arrays are not walked.
QJsonValue valueAt(const QJsonObject &object, const QString &path);
/// "a=1; b=x" of a parameter list ([{id, value | structured_value}]), for the "Parameters" column.
QString parametersText(const QJsonArray &params);

} // namespace cv::reports
