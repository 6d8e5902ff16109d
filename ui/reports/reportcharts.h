#pragma once

#include "app/reports/requeststats.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace cv::ui {

/// The Reports page's charts (Qt Charts): requests per day, stacked by status, product or type, and the
/// time to fulfil approved requests. Shows a RequestStats; the page computes it.
class ReportCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(QWidget *parent = nullptr);

    reports::RequestStats::Split split() const;
    void setStats(const reports::RequestStats &stats);
    void retranslate();

    QChartView *perDayView() const { return m_perDay; }
    QChartView *fulfilView() const { return m_fulfil; }
    QComboBox *splitBox() const { return m_split; }
    /// Bars drawn in the per-day chart (series x days), for tests.
    int perDaySeriesCount() const;

signals:
    void splitChanged();

private:
    void draw();

    QComboBox *m_split;
    QLabel *m_caption;
    QChartView *m_perDay;
    QChartView *m_fulfil;
    reports::RequestStats m_stats;
};

} // namespace cv::ui
