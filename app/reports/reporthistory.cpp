#include "app/reports/reporthistory.h"

#include "app/store/objectrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace cv::reports {

namespace {
const QString kRuns = u"report_runs"_s;
}

QJsonObject ReportRun::toJson() const
{
    return { { u"id"_s, id }, { u"report"_s, reportId }, { u"parameters"_s, params.toJson() },
        { u"ran_at"_s, ranAt.toUTC().toString(Qt::ISODateWithMs) }, { u"format"_s, format }, { u"file"_s, file },
        { u"rows"_s, double(rows) }, { u"total"_s, total }, { u"elapsed_ms"_s, double(elapsedMs) },
        { u"outcome"_s, outcome } };
}

ReportRun ReportRun::fromJson(const QJsonObject &json)
{
    ReportRun run;
    run.id = json.value(u"id"_s).toString();
    run.reportId = json.value(u"report"_s).toString();
    run.params = ReportParameters::fromJson(json.value(u"parameters"_s).toObject());
    run.ranAt = QDateTime::fromString(json.value(u"ran_at"_s).toString(), Qt::ISODateWithMs);
    run.format = json.value(u"format"_s).toString();
    run.file = json.value(u"file"_s).toString();
    run.rows = qint64(json.value(u"rows"_s).toDouble());
    run.total = json.value(u"total"_s).toDouble();
    run.elapsedMs = qint64(json.value(u"elapsed_ms"_s).toDouble());
    run.outcome = json.value(u"outcome"_s).toString();
    return run;
}

ReportHistory::ReportHistory(store::ObjectRepository &repository)
    : m_repository(repository)
{ }

bool ReportHistory::record(ReportRun run)
{
    if (run.id.isEmpty())
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A local-only collection: nothing to merge or push, so the row is stored as a clean one.
    return m_repository.putServer(kRuns, QString(), run.toJson());
}

QList<ReportRun> ReportHistory::runs(int limit) const
{
    QList<ReportRun> list;
    store::ObjectQuery query;
    query.sortBy(u"ran_at"_s, Qt::DescendingOrder);
    query.limit = limit;
    m_repository.forEach(kRuns, query, [&](const QString &, const QJsonObject &json) {
        list << ReportRun::fromJson(json);
        return true;
    });
    return list;
}

bool ReportHistory::remove(const QString &id)
{
    return m_repository.remove(kRuns, id);
}

} // namespace cv::reports
