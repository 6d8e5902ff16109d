#pragma once

#include "app/reports/reportdefinitions.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cv::store {
class ObjectRepository;
}

namespace cv::reports {

/// One report run as the history keeps it: what, with which parameters, when, how many rows, which file.
struct ReportRun
{
    QString id;
    QString reportId;
    ReportParameters params;
    QDateTime ranAt;
    QString format; ///< "csv", "xlsx", or "" for a preview
    QString file;
    qint64 rows = 0;
    double total = 0;
    qint64 elapsedMs = 0;
    QString outcome; ///< "done", "cancelled" or "failed: <reason>"

    QJsonObject toJson() const;
    static ReportRun fromJson(const QJsonObject &json);
};

/// The saved-report history of an account, in its cache (local-only collection "report_runs"), newest first.
class ReportHistory final
{
public:
    explicit ReportHistory(store::ObjectRepository &repository);

    /// Stores `run` (a fresh id when it has none); false on a cache error.
    bool record(ReportRun run);
    QList<ReportRun> runs(int limit = 200) const;
    bool remove(const QString &id);

private:
    store::ObjectRepository &m_repository;
};

} // namespace cv::reports
