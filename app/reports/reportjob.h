#pragma once

#include "app/reports/reportrunner.h"
#include "app/reports/tablewriter.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

namespace cv::reports {

/// One run of a report: a preview (the first rows and the totals) or an export to a file.
struct ReportTask
{
    enum class Mode { Preview, Export };

    QString cacheFile; ///< the account's cache; the job opens its own connection (CacheDatabase::openSecondary)
    QString reportId;
    ReportParameters params;
    Mode mode = Mode::Preview;
    ExportFormat format = ExportFormat::Csv;
    QString target; ///< the file to write (Export)
    int previewRows = 500;
};

struct ReportOutcome
{
    RunResult run;
    QStringList headers;
    QList<QVariantList> preview; ///< the first previewRows rows
    QString file; ///< the written file (Export, on success)
    qint64 elapsedMs = 0;
    bool ok() const { return run.error.isEmpty() && !run.cancelled; }
};

/// Runs a ReportTask on a worker thread with its own cache connection, reporting progress, cancellable.
/// An export writes to a hidden temporary file beside the target and renames it only once complete, so a
/// cancelled or failed export leaves nothing under the target's name (and an older file there untouched).
class ReportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ReportJob(ReportTask task, QObject *parent = nullptr);
    ~ReportJob() override; ///< cancels and waits for the thread

    const ReportTask &task() const { return m_task; }
    void start();
    void cancel();
    bool isRunning() const;

    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// The whole run on the calling thread (the worker's body; also the benchmark's and the tests').
    static ReportOutcome runNow(const ReportTask &task, const std::atomic_bool &cancel, const Progress &progress = {});
    /// The writer for `format` (CSV here; .xlsx through the project's spreadsheet writer).
    static std::unique_ptr<TableWriter> writerFor(ExportFormat format);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const cv::reports::ReportOutcome &outcome);

private:
    ReportTask m_task;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace cv::reports

Q_DECLARE_METATYPE(cv::reports::ReportOutcome)
