#include "ui/reports/reportspage.h"
#include "ui/shell/filedialogs.h"

#include "app/reports/reporthistory.h"
#include "app/reports/requeststats.h"
#include "app/store/cachedatabase.h"
#include "app/sync/accountservices.h"
#include "models/reports/reportmodels.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportlabels.h"
#include "ui/shell/accessibility.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using reports::ExportFormat;
using reports::Filter;
using reports::ReportOutcome;
using reports::ReportParameters;
using reports::ReportTask;

namespace {

const QDate kAnyDate(2000, 1, 1); ///< the date edits' minimum, shown as "Any"

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    letTabLeave(edit); // "Any" kept Tab in the field for good; the arrows change the date
    return edit;
}

/// The columns of `report` that hold one of Connect's enumerated values (a status, type, state or environment):
/// the preview shows them in words, as the filters above it do ("Tiers setup", not "tiers_setup").
QList<int> wordedColumns(const reports::ReportDefinition *report)
{
    static const QStringList enumerated { QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("state"),
        QStringLiteral("environment") };
    QList<int> columns;
    for (qsizetype i = 0; report && i < report->columns.size(); ++i) {
        const QStringList &paths = report->columns.at(i).paths;
        if (paths.size() == 1 && enumerated.contains(paths.first().section(QLatin1Char('.'), -1)))
            columns << int(i);
    }
    return columns;
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : ModulePage(core::ModuleId::Reports, parent)
    , m_reports(new QListWidget(listPage()))
    , m_description(new QLabel(listPage()))
    , m_tabs(new QTabWidget(listPage()))
    , m_fromLabel(new QLabel(m_tabs))
    , m_toLabel(new QLabel(m_tabs))
    , m_productLabel(new QLabel(m_tabs))
    , m_marketplaceLabel(new QLabel(m_tabs))
    , m_requesterLabel(new QLabel(m_tabs))
    , m_typeLabel(new QLabel(m_tabs))
    , m_statusLabel(new QLabel(m_tabs))
    , m_environmentLabel(new QLabel(m_tabs))
    , m_from(dateEdit(m_tabs, QStringLiteral("reportFrom")))
    , m_to(dateEdit(m_tabs, QStringLiteral("reportTo")))
    , m_product(new QComboBox(m_tabs))
    , m_marketplace(new QComboBox(m_tabs))
    , m_requester(new QComboBox(m_tabs))
    , m_type(new QComboBox(m_tabs))
    , m_status(new QComboBox(m_tabs))
    , m_environment(new QComboBox(m_tabs))
    , m_run(new QPushButton(m_tabs))
    , m_exportCsv(new QPushButton(m_tabs))
    , m_exportXlsx(new QPushButton(m_tabs))
    , m_cancel(new QPushButton(m_tabs))
    , m_progress(new QProgressBar(m_tabs))
    , m_summary(new QLabel(m_tabs))
    , m_previewTable(new QTableView(m_tabs))
    , m_preview(new models::ReportPreviewModel(this))
    , m_charts(new ReportCharts(m_tabs))
    , m_historyTable(new QTableView(m_tabs))
    , m_rerun(new QPushButton(m_tabs))
    , m_historyHint(new QLabel(m_tabs))
    , m_history(new models::ReportHistoryModel(this))
{
    m_reports->setObjectName(QStringLiteral("reportList"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_product->setObjectName(QStringLiteral("reportProduct"));
    m_marketplace->setObjectName(QStringLiteral("reportMarketplace"));
    m_requester->setObjectName(QStringLiteral("reportRequester"));
    m_type->setObjectName(QStringLiteral("reportType"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_environment->setObjectName(QStringLiteral("reportEnvironment"));
    m_run->setObjectName(QStringLiteral("runReport"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_rerun->setObjectName(QStringLiteral("rerunReport"));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    m_description->setProperty("hint", true);
    m_summary->setWordWrap(true);
    m_historyHint->setProperty("hint", true);
    m_historyHint->setWordWrap(true);
    for (QComboBox *box : { m_product, m_marketplace, m_requester, m_type, m_status, m_environment })
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon), box->setMinimumContentsLength(10);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_reports->setMinimumWidth(190);
    m_reports->setWordWrap(true);

    // The lab: "You can sort and filter". A header click sorts the preview on the values underneath (numbers as
    // numbers, times in order); until then the rows come in the report's own order. The summary says when the
    // preview holds only the first rows.
    auto *sortedPreview = new QSortFilterProxyModel(this);
    sortedPreview->setSourceModel(m_preview);
    sortedPreview->setSortRole(Qt::EditRole);
    sortedPreview->setSortLocaleAware(true);
    setUpRecordTable(m_previewTable, sortedPreview, QStringLiteral("reportPreview"));
    m_previewTable->setSortingEnabled(true);
    m_previewTable->sortByColumn(-1, Qt::AscendingOrder);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(130);
    m_previewTable->setWordWrap(false);
    setUpRecordTable(m_historyTable, m_history, QStringLiteral("reportHistory"));
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(
        models::ReportHistoryModel::Parameters, QHeaderView::Stretch);

    // The report tab: parameters in two rows, the actions, the progress and the preview.
    auto *reportTab = new QWidget(m_tabs);
    // The parameters wrap like words (FlowLayout): each label beside its field, every pair as wide as the widest
    // so that they stand in columns; three a row beside the report list in a 1024 px window, fewer when narrower
    // (a fixed grid of three ran past the edge at 800 px, seen in the walk).
    auto *form = new FlowLayout(nullptr, 12);
    for (const auto &[label, field] : fieldPairs()) {
        auto *pair = new QWidget(reportTab);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->addWidget(label);
        pairLayout->addWidget(field, 1);
        form->addWidget(pair);
        // Each label names its field for screen readers (and Alt+letter moves to it when the label has one).
        label->setBuddy(field);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportXlsx);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addStretch();
    auto *reportLayout = new QVBoxLayout(reportTab);
    reportLayout->addWidget(m_description);
    reportLayout->addLayout(form);
    reportLayout->addLayout(actions);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_previewTable, 1);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_run, m_exportCsv, m_exportXlsx, m_cancel, m_progress, m_summary, m_previewTable, m_description })
        widget->setParent(reportTab);

    auto *historyTab = new QWidget(m_tabs);
    auto *historyTools = new QHBoxLayout;
    historyTools->addWidget(m_historyHint, 1);
    historyTools->addWidget(m_rerun);
    auto *historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addLayout(historyTools);
    historyLayout->addWidget(m_historyTable, 1);
    m_historyTable->setParent(historyTab);
    m_rerun->setParent(historyTab);
    m_historyHint->setParent(historyTab);

    m_tabs->addTab(reportTab, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(historyTab, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, listPage());
    splitter->addWidget(m_reports);
    // The report's form, preview and charts scroll sideways when the window is narrow, so the Reports page never
    // forces a 1024 px window wider beside the notifications panel (preview_page checks the minimum width).
    auto *tabsArea = new QScrollArea(splitter);
    tabsArea->setObjectName(QStringLiteral("reportTabsArea"));
    tabsArea->setFrameShape(QFrame::NoFrame);
    tabsArea->setWidgetResizable(true);
    tabsArea->setWidget(m_tabs);
    splitter->addWidget(tabsArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 800 });
    auto *layout = new QVBoxLayout(listPage());
    layout->setContentsMargins(listMargins());
    layout->addLayout(takeHeading());
    layout->addWidget(splitter, 1);
    finishFrame();

    for (const reports::ReportDefinition &report : reports::definitions()) {
        auto *item = new QListWidgetItem(m_reports);
        item->setData(Qt::UserRole, report.id);
    }
    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsPage::reportChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::runPreview);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseFile(ExportFormat::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseFile(ExportFormat::Xlsx); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_historyTable->currentIndex();
        if (index.isValid())
            rerun(index.data(models::ReportHistoryModel::RunIdRole).toString());
    });
    connect(m_historyTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { rerun(index.data(models::ReportHistoryModel::RunIdRole).toString()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_charts && m_chartsStale)
            refreshCharts();
    });
    connect(m_charts, &ReportCharts::splitChanged, this, &ReportsPage::refreshCharts);
    for (QComboBox *box : { m_product, m_type, m_status, m_environment })
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_chartsStale = true; });
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_chartsStale = true; });
    retranslate();
    m_reports->setCurrentRow(0);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::retranslate()
{
    ModulePage::retranslate();
    for (int row = 0; row < m_reports->count(); ++row) {
        QListWidgetItem *item = m_reports->item(row);
        item->setText(ReportLabels::name(item->data(Qt::UserRole).toString()));
    }
    m_tabs->setTabText(0, tr("Report"));
    m_tabs->setTabText(1, tr("Charts"));
    m_tabs->setTabText(2, tr("History"));
    m_reports->setAccessibleName(tr("Reports"));
    m_previewTable->setAccessibleName(tr("Report preview"));
    m_historyTable->setAccessibleName(tr("Report history"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_productLabel->setText(tr("Product:"));
    m_marketplaceLabel->setText(tr("Marketplace:"));
    m_typeLabel->setText(tr("Type:"));
    m_statusLabel->setText(tr("Status:"));
    m_environmentLabel->setText(tr("Environment:"));
    m_requesterLabel->setText(tr("Requester:"));
    m_requester->setToolTip(tr("The provider whose marketplace sent the request"));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setSpecialValueText(tr("Any"));
    m_run->setText(tr("&Run"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportXlsx->setText(tr("Export &Excel…"));
    m_cancel->setText(tr("Cancel"));
    m_rerun->setText(tr("Run &again"));
    m_historyHint->setText(tr("Every export, with its parameters and file. Double-click one or press \"Run again\" "
                              "to compute it again from the cache."));
    m_history->setHeaders(
        { tr("Report"), tr("Ran at"), tr("Parameters"), tr("Rows"), tr("Format"), tr("File"), tr("Outcome") });
    m_history->setWording([](models::ReportHistoryModel::Column column, const reports::ReportRun &run) -> QString {
        switch (column) {
        case models::ReportHistoryModel::Report: return ReportLabels::name(run.reportId);
        case models::ReportHistoryModel::Parameters: return ReportLabels::parameters(run.params);
        case models::ReportHistoryModel::Outcome:
            if (run.outcome == QLatin1String("done"))
                return tr("Done in %1 s").arg(QLocale().toString(double(run.elapsedMs) / 1000.0, 'f', 1));
            if (run.outcome == QLatin1String("cancelled"))
                return tr("Canceled");
            return tr("Failed: %1").arg(run.outcome.section(QLatin1Char(':'), 1).trimmed());
        default: return {};
        }
    });
    m_charts->retranslate();
    showReportFilters();
    alignFields();
}

QList<std::pair<QLabel *, QWidget *>> ReportsPage::fieldPairs() const
{
    return { { m_fromLabel, m_from }, { m_toLabel, m_to }, { m_productLabel, m_product },
        { m_marketplaceLabel, m_marketplace }, { m_typeLabel, m_type }, { m_statusLabel, m_status },
        { m_environmentLabel, m_environment }, { m_requesterLabel, m_requester } };
}

void ReportsPage::alignFields()
{
    // Every label as wide as the widest and every field too, so the wrapped pairs line up in columns.
    int labelWidth = 0;
    int fieldWidth = 120;
    for (const auto &[label, field] : fieldPairs()) {
        label->setMinimumWidth(0);
        field->setMinimumWidth(0);
        labelWidth = std::max(labelWidth, label->sizeHint().width());
        fieldWidth = std::max(fieldWidth, field->sizeHint().width());
    }
    for (const auto &[label, field] : fieldPairs()) {
        label->setMinimumWidth(labelWidth);
        field->setMinimumWidth(fieldWidth);
    }
}

QString ReportsPage::currentReport() const
{
    const QListWidgetItem *item = m_reports->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReportsPage::selectReport(const QString &reportId)
{
    for (int row = 0; row < m_reports->count(); ++row) {
        if (m_reports->item(row)->data(Qt::UserRole).toString() == reportId)
            m_reports->setCurrentRow(row);
    }
}

void ReportsPage::fillValueBox(
    QComboBox *box, const QStringList &values, const QStringList &preset, const QString &anyText)
{
    // A box emptied by a report change takes the report's preset; a box refilled (a sync, a new language) keeps
    // what the vendor chose, "Any" included.
    const bool fresh = box->count() == 0;
    const QStringList shown = box->currentData().toStringList();
    box->blockSignals(true);
    box->clear();
    box->addItem(anyText, QStringList());
    if (preset.size() > 1) {
        QStringList words;
        for (const QString &value : preset)
            words << ReportLabels::value(value);
        box->addItem(words.join(tr(" or ")), preset);
    }
    for (const QString &value : values)
        box->addItem(ReportLabels::value(value), QStringList { value });
    const int keep = box->findData(fresh ? preset : shown);
    box->setCurrentIndex(std::max(0, keep));
    box->setEnabled(!values.isEmpty());
    box->blockSignals(false);
}

void ReportsPage::reportChanged()
{
    if (!reports::definition(currentReport()))
        return;
    // A report change resets type and status (their choices differ) and the preview; dates, product, marketplace,
    // requester and environment stay.
    for (QComboBox *box : { m_type, m_status })
        box->clear();
    m_preview->clear();
    m_previewTable->sortByColumn(-1, Qt::AscendingOrder); // another report comes in its own order
    m_summary->clear();
    showReportFilters();
}

void ReportsPage::showReportFilters()
{
    const reports::ReportDefinition *report = reports::definition(currentReport());
    if (!report)
        return;
    m_description->setText(ReportLabels::description(report->id));
    fillValueBox(
        m_type, report->filters.contains(Filter::Type) ? report->typeChoices : QStringList(), {}, tr("Any type"));
    fillValueBox(m_status, report->filters.contains(Filter::Status) ? report->statusChoices : QStringList(),
        report->defaultStatuses, tr("Any status"));
    const QString environment = m_environment->currentData().toString();
    m_environment->clear();
    m_environment->addItem(tr("Any environment"), QString());
    for (const QString &value : { QStringLiteral("production"), QStringLiteral("test"), QStringLiteral("preview") })
        m_environment->addItem(ReportLabels::value(value), value);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environment)));
    m_environment->setEnabled(report->filters.contains(Filter::Environment));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setEnabled(report->filters.contains(Filter::Date));
    m_product->setEnabled(report->filters.contains(Filter::Product) && m_product->count() > 1);
    m_marketplace->setEnabled(report->filters.contains(Filter::Marketplace) && m_marketplace->count() > 1);
    m_requester->setEnabled(report->filters.contains(Filter::Requester) && m_requester->count() > 1);
}

void ReportsPage::fillChoices()
{
    const models::ReportChoices choices
        = services() ? models::ReportChoices::load(services()->objects()) : models::ReportChoices();
    const auto fill = [](QComboBox *box, const QList<QPair<QString, QString>> &values, const QString &any) {
        const QString shown = box->currentData().toString();
        box->clear();
        box->addItem(any, QString());
        for (const auto &[id, name] : values)
            box->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
        box->setCurrentIndex(std::max(0, box->findData(shown)));
    };
    fill(m_product, choices.products, tr("Any product"));
    fill(m_marketplace, choices.marketplaces, tr("Any marketplace"));
    fill(m_requester, choices.requesters, tr("Any requester"));
    showReportFilters(); // after a sync: new choices, and what the vendor chose and reads stays
}

ReportParameters ReportsPage::parameters() const
{
    ReportParameters params;
    const reports::ReportDefinition *report = reports::definition(currentReport());
    const auto honours = [&](Filter filter) { return report && report->filters.contains(filter); };
    if (honours(Filter::Date)) {
        if (m_from->date() != kAnyDate)
            params.from = m_from->date();
        if (m_to->date() != kAnyDate)
            params.to = m_to->date();
    }
    if (honours(Filter::Product))
        params.productId = m_product->currentData().toString();
    if (honours(Filter::Marketplace))
        params.marketplaceId = m_marketplace->currentData().toString();
    if (honours(Filter::Requester))
        params.requesterId = m_requester->currentData().toString();
    if (honours(Filter::Type))
        params.types = m_type->currentData().toStringList();
    if (honours(Filter::Status))
        params.statuses = m_status->currentData().toStringList();
    if (honours(Filter::Environment))
        params.environment = m_environment->currentData().toString();
    return params;
}

void ReportsPage::setParameters(const ReportParameters &params)
{
    m_from->setDate(params.from.isValid() ? params.from : kAnyDate);
    m_to->setDate(params.to.isValid() ? params.to : kAnyDate);
    const auto choose = [](QComboBox *box, const QVariant &value) {
        int index = box->findData(value);
        if (index < 0 && value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
            box->addItem(value.toString(), value); // an id the cache no longer lists
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, index));
    };
    choose(m_product, params.productId);
    choose(m_marketplace, params.marketplaceId);
    choose(m_requester, params.requesterId);
    choose(m_type, params.types);
    choose(m_status, params.statuses);
    choose(m_environment, params.environment);
    m_chartsStale = true;
}

void ReportsPage::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *> { m_run, m_exportCsv, m_exportXlsx, m_rerun, m_reports })
        widget->setEnabled(!busy && (widget == m_reports || services()));
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void ReportsPage::start(ReportTask task)
{
    if (!services() || m_job)
        return;
    task.cacheFile = services()->cache().filePath();
    m_job = std::make_unique<reports::ReportJob>(std::move(task));
    connect(m_job.get(), &reports::ReportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(1, std::min<qint64>(total, INT_MAX))));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(m_job.get(), &reports::ReportJob::finished, this, &ReportsPage::finished);
    m_progress->setRange(0, 0);
    m_summary->setText(m_job->task().mode == ReportTask::Mode::Export
            ? tr("Exporting %1 to %2…").arg(ReportLabels::name(m_job->task().reportId), m_job->task().target)
            : tr("Computing %1…").arg(ReportLabels::name(m_job->task().reportId)));
    setBusy(true);
    m_job->start();
}

void ReportsPage::runPreview()
{
    ReportTask task;
    task.reportId = currentReport();
    task.params = parameters();
    task.mode = ReportTask::Mode::Preview;
    start(task);
}

void ReportsPage::exportTo(ExportFormat format, const QString &path)
{
    ReportTask task;
    task.reportId = currentReport();
    task.params = parameters();
    task.mode = ReportTask::Mode::Export;
    task.format = format;
    task.target = path;
    start(task);
}

void ReportsPage::chooseFile(ExportFormat format)
{
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const reports::ReportDefinition *report = reports::definition(currentReport());
    if (!report)
        return;
    const QString suggested
        = QStringLiteral("%1 %2.%3").arg(report->title, QDate::currentDate().toString(Qt::ISODate), suffix);
    const QString filter = format == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
    QString path = FileDialogs::saveFileName(this, QStringLiteral("reports"), tr("Export report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    exportTo(format, path);
}

void ReportsPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ReportsPage::finished(const ReportOutcome &outcome)
{
    const ReportTask task = m_job ? m_job->task() : ReportTask();
    m_job.release()->deleteLater(); // this slot runs inside the job's own signal
    setBusy(false);
    const QLocale locale;
    if (task.mode == ReportTask::Mode::Preview || outcome.ok()) {
        m_preview->setRows(outcome.headers, outcome.preview);
        m_preview->setWordedColumns(wordedColumns(reports::definition(task.reportId)), &ReportLabels::value);
        // Wide enough for ids and dates (they were cut at a fixed 130 px), never wider than a long text needs to
        // start: its whole value is in the tooltip.
        m_previewTable->resizeColumnsToContents();
        for (int column = 0; column < m_preview->columnCount(); ++column)
            m_previewTable->setColumnWidth(column, std::min(m_previewTable->columnWidth(column), 320));
    }
    const reports::ReportDefinition *report = reports::definition(task.reportId);
    QString totals = outcome.run.rows == 1 ? tr("1 row")
                                           : tr("%Ln rows", nullptr, int(std::min<qint64>(outcome.run.rows, INT_MAX)));
    if (report && !report->totalColumn.isEmpty() && report->averageTotal)
        totals += tr(", %1 on average: %2")
                      .arg(report->totalColumn,
                          locale.toString(
                              outcome.run.rows > 0 ? outcome.run.total / double(outcome.run.rows) : 0.0, 'f', 1));
    else if (report && !report->totalColumn.isEmpty())
        totals += tr(", %1 in all: %2").arg(report->totalColumn, locale.toString(outcome.run.total, 'g', 15));
    if (!outcome.run.error.isEmpty())
        m_summary->setText(tr("The report could not be computed: %1").arg(outcome.run.error));
    else if (outcome.run.cancelled)
        m_summary->setText(tr("Canceled. Nothing was written."));
    else if (task.mode == ReportTask::Mode::Export)
        m_summary->setText(tr("Exported %1 to %2 in %3 s.")
                               .arg(totals, outcome.file, locale.toString(double(outcome.elapsedMs) / 1000.0, 'f', 1)));
    else
        m_summary->setText(tr("%1, computed from the cache in %2 s%3.")
                               .arg(totals, locale.toString(double(outcome.elapsedMs) / 1000.0, 'f', 1),
                                   outcome.run.rows > outcome.preview.size()
                                       ? tr("; the first %Ln are shown", nullptr, int(outcome.preview.size()))
                                       : QString()));
    if (task.mode == ReportTask::Mode::Export && services()) {
        reports::ReportRun run;
        run.reportId = task.reportId;
        run.params = task.params;
        run.ranAt = QDateTime::currentDateTimeUtc();
        run.format = task.format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
        run.file = task.target;
        run.rows = outcome.run.rows;
        run.total = outcome.run.total;
        run.elapsedMs = outcome.elapsedMs;
        run.outcome = outcome.ok()  ? QStringLiteral("done")
            : outcome.run.cancelled ? QStringLiteral("cancelled")
                                    : QStringLiteral("failed: ") + outcome.run.error;
        reports::ReportHistory(services()->objects()).record(run);
        m_history->reload(services()->objects());
    }
    emit runFinished(outcome);
}

void ReportsPage::rerun(const QString &runId)
{
    const reports::ReportRun *run = nullptr;
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (m_history->run(row)->id == runId)
            run = m_history->run(row);
    }
    if (!run || m_job)
        return;
    const reports::ReportRun copy = *run;
    selectReport(copy.reportId);
    setParameters(copy.params);
    m_tabs->setCurrentIndex(0);
    if (copy.file.isEmpty())
        runPreview();
    else
        exportTo(copy.format == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv, copy.file);
}

void ReportsPage::refreshCharts()
{
    m_chartsStale = false;
    if (!services()) {
        m_charts->setStats({});
        return;
    }
    ReportParameters params = parameters();
    const reports::ReportDefinition *report = reports::definition(currentReport());
    if (!report || report->collection != QLatin1String("requests")) {
        // Another collection's types and statuses mean nothing to the requests' charts (which leave out the
        // marketplace and requester themselves): dates, product and environment carry over.
        params.types.clear();
        params.statuses.clear();
    }
    m_charts->setStats(reports::RequestStats::compute(services()->objects(), params, m_charts->split()));
}

void ReportsPage::onAttached(sync::AccountServices *services)
{
    if (m_job) {
        m_job->cancel();
        m_job.reset(); // waits for the worker: it reads the cache file of the account going away
        setBusy(false);
    }
    if (services) {
        connect(services, &sync::AccountServices::synced, this, [this] {
            fillChoices();
            m_chartsStale = true;
            if (m_tabs->currentWidget() == m_charts)
                refreshCharts();
        });
    }
    fillChoices();
    if (services)
        m_history->reload(services->objects());
    else
        m_history->clear();
    m_preview->clear();
    m_summary->clear();
    m_chartsStale = true;
    if (m_tabs->currentWidget() == m_charts)
        refreshCharts();
    setBusy(false);
}

} // namespace cv::ui
