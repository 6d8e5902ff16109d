#include "app/reports/reportrunner.h"

#include "app/reports/jsonpick.h"
#include "app/store/collections.h"
#include "app/store/objecttext.h"

#include <QJsonArray>

namespace cv::reports {

namespace {

constexpr int kTickEvery = 256;

QVariantList valuesOf(const QStringList &values)
{
    QVariantList list;
    for (const QString &value : values)
        list << value;
    return list;
}

bool inDateRange(const ReportParameters &params, const QString &iso)
{
    // ISO-8601 texts compare as dates on their first ten characters.
    const QString day = iso.left(10);
    if (params.from.isValid() && (day.isEmpty() || day < params.from.toString(Qt::ISODate)))
        return false;
    if (params.to.isValid() && (day.isEmpty() || day > params.to.toString(Qt::ISODate)))
        return false;
    return true;
}

} // namespace

ReportRunner::ReportRunner(const store::ObjectRepository &repository)
    : m_repository(repository)
{ }

store::ObjectQuery ReportRunner::sqlPart(const ReportDefinition &report, const ReportParameters &params)
{
    store::ObjectQuery query;
    const auto column = [&](Filter filter) { return report.filters.value(filter).column; };
    if (const QString c = column(Filter::Date); !c.isEmpty() && (params.from.isValid() || params.to.isValid()))
        query.within(c, params.from.isValid() ? QVariant(params.from.toString(Qt::ISODate)) : QVariant(),
            params.to.isValid() ? QVariant(params.to.addDays(1).toString(Qt::ISODate)) : QVariant());
    if (const QString c = column(Filter::Product); !c.isEmpty() && !params.productId.isEmpty())
        query.where(c, params.productId);
    if (const QString c = column(Filter::Marketplace); !c.isEmpty() && !params.marketplaceId.isEmpty())
        query.where(c, params.marketplaceId);
    if (const QString c = column(Filter::Type); !c.isEmpty() && !params.types.isEmpty())
        query.whereAnyOf(c, valuesOf(params.types));
    if (const QString c = column(Filter::Status); !c.isEmpty() && !params.statuses.isEmpty())
        query.whereAnyOf(c, valuesOf(params.statuses));
    if (const QString c = column(Filter::Environment); !c.isEmpty() && !params.environment.isEmpty())
        query.where(c, params.environment);
    if (!report.onlyStatuses.isEmpty())
        query.whereAnyOf(QStringLiteral("status"), valuesOf(report.onlyStatuses));
    if (const store::CollectionSpec *spec = store::collection(report.collection);
        spec && !report.sortColumn.isEmpty()) {
        for (const store::IndexedColumn &indexed : spec->columns) {
            if (indexed.column == report.sortColumn)
                query.sortBy(report.sortColumn);
        }
    }
    return query;
}

bool ReportRunner::matchesRest(
    const ReportDefinition &report, const ReportParameters &params, const QJsonObject &object)
{
    const auto path = [&](Filter filter) { return report.filters.value(filter).path; };
    const auto text = [&](Filter filter) { return valueAt(object, path(filter)).toVariant().toString(); };
    if (!path(Filter::Date).isEmpty() && (params.from.isValid() || params.to.isValid())
        && !inDateRange(params, text(Filter::Date)))
        return false;
    if (!path(Filter::Product).isEmpty() && !params.productId.isEmpty() && text(Filter::Product) != params.productId)
        return false;
    if (!path(Filter::Marketplace).isEmpty() && !params.marketplaceId.isEmpty()
        && text(Filter::Marketplace) != params.marketplaceId)
        return false;
    if (!path(Filter::Requester).isEmpty() && !params.requesterId.isEmpty()
        && text(Filter::Requester) != params.requesterId)
        return false;
    if (!path(Filter::Type).isEmpty() && !params.types.isEmpty() && !params.types.contains(text(Filter::Type)))
        return false;
    if (!path(Filter::Status).isEmpty() && !params.statuses.isEmpty()
        && !params.statuses.contains(text(Filter::Status)))
        return false;
    if (!path(Filter::Environment).isEmpty() && !params.environment.isEmpty()
        && text(Filter::Environment) != params.environment)
        return false;
    return !report.accept || report.accept(object);
}

qint64 ReportRunner::candidates(const ReportDefinition &report, const ReportParameters &params) const
{
    return m_repository.count(report.collection, QString(), sqlPart(report, params));
}

RunResult ReportRunner::run(
    const ReportDefinition &report, const ReportParameters &params, const RowSink &sink, const Tick &tick) const
{
    RunResult result;
    const qsizetype totalIndex = report.totalColumn.isEmpty() ? -1 : report.columnIndex(report.totalColumn);
    QVariantList row;
    row.reserve(report.columns.size());
    // A line report repeats its object's columns on every line: they are computed once per object (the values
    // are implicitly shared, so a line copies references).
    QList<bool> perLine;
    for (const ReportColumn &column : report.columns)
        perLine << (report.linesPath.isEmpty() || !column.linePaths.isEmpty() || column.paths.isEmpty());
    QVariantList objectValues(report.columns.size());
    bool stopped = false;
    const auto emitRow = [&](const QJsonObject &object, const QJsonObject &line) {
        row.clear();
        for (qsizetype c = 0; c < report.columns.size(); ++c)
            row << (perLine.at(c) ? report.columns.at(c).value(object, line) : objectValues.at(c));
        ++result.rows;
        if (totalIndex >= 0)
            result.total += row.at(totalIndex).toDouble();
        if (!sink(row)) {
            stopped = true;
            return false;
        }
        return true;
    };
    qint64 read = 0;
    const JsonPick pick(report.pickedPaths());
    const auto visit = [&](const QJsonObject &object) {
        if (++read % kTickEvery == 0 && tick && !tick(read)) {
            result.cancelled = true;
            return false;
        }
        if (!matchesRest(report, params, object))
            return true;
        ++result.objects;
        if (report.linesPath.isEmpty())
            return emitRow(object, {});
        for (qsizetype c = 0; c < report.columns.size(); ++c) {
            if (!perLine.at(c))
                objectValues[c] = report.columns.at(c).value(object, {});
        }
        for (const QJsonValue &line : valueAt(object, report.linesPath).toArray()) {
            if (report.acceptLine && !report.acceptLine(line.toObject()))
                continue;
            if (!emitRow(object, line.toObject()))
                return false;
        }
        return true;
    };
    const store::ObjectQuery query = sqlPart(report, params);
    const qint64 visited = m_wholeObjects ? m_repository.forEach(report.collection, query,
                               [&](const QString &, const QJsonObject &object) { return visit(object); })
                                          : store::forEachJsonText(m_repository, report.collection, query,
                                              [&](QByteArrayView json) { return visit(pick.pick(json)); });
    if (visited < 0)
        result.error = m_repository.lastError();
    else if (stopped && result.error.isEmpty())
        result.error = QStringLiteral("the rows could not be written");
    if (tick && !result.cancelled && result.error.isEmpty())
        tick(read);
    return result;
}

} // namespace cv::reports
