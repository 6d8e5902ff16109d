#pragma once

#include "app/reports/reportdefinitions.h"

#include <QCoreApplication>
#include <QString>

namespace cv::ui {

/// The words of the Reports page: report names and descriptions by report id, the values of the parameter
/// choices (API values such as "pending" or "tiers_setup"), and a one-line summary of parameters.
class ReportLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)

public:
    static QString name(const QString &reportId);
    static QString description(const QString &reportId);
    static QString value(const QString &apiValue);
    static QString parameters(const reports::ReportParameters &params);
};

} // namespace cv::ui
