#pragma once

#include "app/reports/reportjob.h"
#include "ui/shell/modulepage.h"

#include <memory>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cv::models {
class ReportHistoryModel;
class ReportPreviewModel;
} // namespace cv::models

namespace cv::ui {

class ReportCharts;

/// The Reports module (issue 15, point 2): the vendor reports Connect publishes, computed here from the
/// cache, offline, in seconds (app/reports). Pick a report, set its parameters, preview the rows, export to
/// CSV or .xlsx on a worker thread (progress, cancel), charts of the requests, and the history of exports
/// with "Run again".
class ReportsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void retranslate() override;

    QString currentReport() const;
    void selectReport(const QString &reportId);
    reports::ReportParameters parameters() const;
    void setParameters(const reports::ReportParameters &params);

    /// Computes the selected report and shows its first rows.
    void runPreview();
    /// Exports the selected report to `path` (no file dialog).
    void exportTo(reports::ExportFormat format, const QString &path);
    void cancel();
    /// Runs a history entry again with its parameters (to its file, if it was an export).
    void rerun(const QString &runId);
    void refreshCharts();

    bool isBusy() const { return m_job != nullptr; }
    QListWidget *reportList() const { return m_reports; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *previewTable() const { return m_previewTable; }
    QTableView *historyTable() const { return m_historyTable; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summary() const { return m_summary; }
    ReportCharts *charts() const { return m_charts; }
    models::ReportHistoryModel *historyModel() const { return m_history; }

signals:
    /// A preview or an export ended (done, cancelled or failed).
    void runFinished(const cv::reports::ReportOutcome &outcome);

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    /// The parameter labels and their fields, in the order the form shows them.
    QList<std::pair<QLabel *, QWidget *>> fieldPairs() const;
    void alignFields();
    void start(reports::ReportTask task);
    void finished(const reports::ReportOutcome &outcome);
    void chooseFile(reports::ExportFormat format);
    void reportChanged();
    /// The chosen report's description and filters, keeping what the vendor chose.
    void showReportFilters();
    void fillChoices();
    void fillValueBox(QComboBox *box, const QStringList &values, const QStringList &preset, const QString &anyText);
    void setBusy(bool busy);

    QListWidget *m_reports;
    QLabel *m_description;
    QTabWidget *m_tabs;
    QLabel *m_fromLabel, *m_toLabel, *m_productLabel, *m_marketplaceLabel, *m_requesterLabel, *m_typeLabel,
        *m_statusLabel, *m_environmentLabel;
    QDateEdit *m_from, *m_to;
    QComboBox *m_product, *m_marketplace, *m_requester, *m_type, *m_status, *m_environment;
    QPushButton *m_run, *m_exportCsv, *m_exportXlsx, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_previewTable;
    models::ReportPreviewModel *m_preview;
    ReportCharts *m_charts;
    QTableView *m_historyTable;
    QPushButton *m_rerun;
    QLabel *m_historyHint;
    models::ReportHistoryModel *m_history;
    std::unique_ptr<reports::ReportJob> m_job;
    bool m_chartsStale = true;
};

} // namespace cv::ui
