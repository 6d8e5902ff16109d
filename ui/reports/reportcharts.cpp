#include "ui/reports/reportcharts.h"

#include "ui/reports/reportlabels.h"
#include "ui/style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

namespace cv::ui {

namespace {
constexpr int kMaxSeries = 7; ///< the rest of the series are summed as "Other": a legend stays readable

/// 0..highest in round steps; an empty chart keeps 0..1 (Qt Charts cannot scale an axis without data).
void fitAxis(QValueAxis *axis, int highest)
{
    axis->setRange(0, std::max(1, highest));
    if (highest > 0)
        axis->applyNiceNumbers();
}
} // namespace

ReportCharts::ReportCharts(QWidget *parent)
    : QWidget(parent)
    , m_split(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_perDay(new QChartView(this))
    , m_fulfil(new QChartView(this))
{
    m_split->setObjectName(QStringLiteral("chartSplit"));
    m_perDay->setObjectName(QStringLiteral("requestsPerDayChart"));
    m_fulfil->setObjectName(QStringLiteral("timeToFulfilChart"));
    m_caption->setProperty("hint", true);
    m_caption->setWordWrap(true);
    for (QChartView *view : { m_perDay, m_fulfil }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(150);
    }
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_split);
    tools->addWidget(m_caption, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_perDay);
    splitter->addWidget(m_fulfil);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    connect(m_split, &QComboBox::currentIndexChanged, this, &ReportCharts::splitChanged);
    connect(Theme::instance(), &Theme::changed, this, &ReportCharts::draw); // Qt Charts' own light or dark theme
    retranslate();
}

reports::RequestStats::Split ReportCharts::split() const
{
    return reports::RequestStats::Split(m_split->currentData().toInt());
}

void ReportCharts::retranslate()
{
    const int index = std::max(0, m_split->currentIndex());
    m_split->blockSignals(true);
    m_split->clear();
    m_split->addItem(tr("Requests per day by status"), int(reports::RequestStats::Split::Status));
    m_split->addItem(tr("Requests per day by product"), int(reports::RequestStats::Split::Product));
    m_split->addItem(tr("Requests per day by type"), int(reports::RequestStats::Split::Type));
    m_split->setCurrentIndex(index);
    m_split->setAccessibleName(tr("Chart"));
    m_split->blockSignals(false);
    draw();
}

void ReportCharts::setStats(const reports::RequestStats &stats)
{
    m_stats = stats;
    draw();
}

int ReportCharts::perDaySeriesCount() const
{
    const QChart *chart = m_perDay->chart();
    if (!chart || chart->series().isEmpty())
        return 0;
    const auto *series = qobject_cast<const QStackedBarSeries *>(chart->series().first());
    return series ? int(series->count()) : 0;
}

void ReportCharts::draw()
{
    const QLocale locale;
    const qsizetype days = m_stats.first.isValid() ? m_stats.first.daysTo(m_stats.last) + 1 : 0;
    const QChart::ChartTheme chartTheme = Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    auto *perDay = new QChart;
    perDay->setTheme(chartTheme);
    perDay->setTitle(m_split->currentText());
    perDay->legend()->setAlignment(Qt::AlignRight);
    auto *stacked = new QStackedBarSeries(perDay);
    QList<int> other(days, 0);
    bool hasOther = false;
    for (qsizetype s = 0; s < m_stats.series.size(); ++s) {
        const QString &name = m_stats.series.at(s);
        const QList<int> &counts = m_stats.perDay.value(name);
        if (s >= kMaxSeries) {
            for (qsizetype d = 0; d < days && d < counts.size(); ++d)
                other[d] += counts.at(d);
            hasOther = true;
            continue;
        }
        const bool apiValue = split() != reports::RequestStats::Split::Product;
        auto *set = new QBarSet(apiValue ? ReportLabels::value(name) : name);
        for (qsizetype d = 0; d < days; ++d)
            *set << (d < counts.size() ? counts.at(d) : 0);
        stacked->append(set);
    }
    if (hasOther) {
        auto *set = new QBarSet(tr("Other"));
        for (int count : std::as_const(other))
            *set << count;
        stacked->append(set);
    }
    perDay->addSeries(stacked);
    auto *dayAxis = new QBarCategoryAxis(perDay);
    QStringList labels;
    // Label every day on short ranges; on long ones every seventh (the rest stay blank but distinct).
    const int step = days > 45 ? 7 : days > 20 ? 2 : 1;
    for (qsizetype d = 0; d < days; ++d) {
        const QDate day = m_stats.first.addDays(d);
        labels << (d % step == 0 ? day.toString(QStringLiteral("MM-dd")) : QString(d + 1, QChar(0x200B)));
    }
    dayAxis->append(labels);
    dayAxis->setLabelsAngle(-90); // vertical: a narrow bar's label is not elided
    perDay->addAxis(dayAxis, Qt::AlignBottom);
    stacked->attachAxis(dayAxis);
    auto *countAxis = new QValueAxis(perDay);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    perDay->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(countAxis);
    int highest = 0;
    for (qsizetype d = 0; d < days; ++d) {
        int sum = 0;
        for (const QList<int> &counts : m_stats.perDay)
            sum += d < counts.size() ? counts.at(d) : 0;
        highest = std::max(highest, sum);
    }
    fitAxis(countAxis, highest);
    QChart *oldPerDay = m_perDay->chart();
    m_perDay->setChart(perDay);
    delete oldPerDay;

    auto *fulfil = new QChart;
    fulfil->setTheme(chartTheme);
    fulfil->setTitle(tr("Time to fulfill (approved requests; median in days: %1)")
                         .arg(locale.toString(m_stats.medianFulfilDays, 'f', 1)));
    fulfil->legend()->hide();
    auto *bars = new QBarSeries(fulfil);
    auto *set = new QBarSet(tr("Approved requests"));
    QStringList buckets;
    int previous = 0;
    for (qsizetype i = 0; i < m_stats.fulfilCounts.size(); ++i) {
        *set << m_stats.fulfilCounts.at(i);
        if (i < m_stats.fulfilBuckets.size()) {
            const int bound = m_stats.fulfilBuckets.at(i);
            buckets << (previous == 0 ? tr("up to %1 d").arg(bound) : tr("%1-%2 d").arg(previous).arg(bound));
            previous = bound;
        } else {
            buckets << tr("over %1 d").arg(previous);
        }
    }
    bars->append(set);
    fulfil->addSeries(bars);
    auto *bucketAxis = new QBarCategoryAxis(fulfil);
    bucketAxis->append(buckets);
    fulfil->addAxis(bucketAxis, Qt::AlignBottom);
    bars->attachAxis(bucketAxis);
    auto *approvedAxis = new QValueAxis(fulfil);
    approvedAxis->setLabelFormat(QStringLiteral("%d"));
    fulfil->addAxis(approvedAxis, Qt::AlignLeft);
    bars->attachAxis(approvedAxis);
    fitAxis(approvedAxis,
        m_stats.fulfilCounts.isEmpty() ? 0
                                       : *std::max_element(m_stats.fulfilCounts.cbegin(), m_stats.fulfilCounts.cend()));
    QChart *oldFulfil = m_fulfil->chart();
    m_fulfil->setChart(fulfil);
    delete oldFulfil;

    m_caption->setText(days > 0 ? tr("Requests from %1 to %2: %3; approved: %4.")
                                      .arg(locale.toString(m_stats.first, QLocale::ShortFormat),
                                          locale.toString(m_stats.last, QLocale::ShortFormat),
                                          locale.toString(m_stats.requests), locale.toString(m_stats.approved))
                                : tr("No requests in the cache yet."));
}

} // namespace cv::ui
