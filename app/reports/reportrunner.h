#pragma once

#include "app/reports/reportdefinitions.h"
#include "app/store/objectrepository.h"

#include <QVariantList>

#include <functional>

namespace cv::reports {

/// What a run of a report produced.
struct RunResult
{
    qint64 objects = 0; ///< objects of the collection that matched the parameters
    qint64 rows = 0; ///< rows made (more than objects for line-level reports)
    double total = 0; ///< sum of the definition's totalColumn over the rows
    bool cancelled = false;
    QString error; ///< "" on success
};

/// Computes a report from the cache: filters what it can in SQLite (the collection's indexed columns), the
/// rest while streaming the objects one by one (store::forEachJsonText, of which only the paths the
/// report reads are decoded: JsonPick), and hands each row on. Nothing is kept: a report over 100,000 requests
/// holds one object at a time. Runs on the thread of `repository`.
class ReportRunner final
{
public:
    using RowSink = std::function<bool(const QVariantList &row)>; ///< false: stop (a write failed)
    using Tick = std::function<bool(qint64 objectsRead)>; ///< every few hundred objects; false: cancel

    explicit ReportRunner(const store::ObjectRepository &repository);

    /// How many objects the SQL part of the filter lets through (the progress bar's maximum); -1 on error.
    qint64 candidates(const ReportDefinition &report, const ReportParameters &params) const;
    RunResult run(const ReportDefinition &report, const ReportParameters &params, const RowSink &sink,
        const Tick &tick = {}) const;

    /// The typed query of the parameters a collection column can answer (the rest: matchesRest()).
    static store::ObjectQuery sqlPart(const ReportDefinition &report, const ReportParameters &params);
    /// Whether `object` passes the parameters bound to JSON paths and the report's own condition.
    static bool matchesRest(const ReportDefinition &report, const ReportParameters &params, const QJsonObject &object);

    /// Parse every object whole (QJsonDocument) instead of picking the report's paths out of its text: the
    /// tests' reference for what the picking must give.
    void setWholeObjects(bool whole) { m_wholeObjects = whole; }

private:
    const store::ObjectRepository &m_repository;
    bool m_wholeObjects = false;
};

} // namespace cv::reports
