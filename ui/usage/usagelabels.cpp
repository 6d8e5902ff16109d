#include "ui/usage/usagelabels.h"

#include "app/spreadsheet/xlsxwriter.h"

namespace cv::ui {

QString UsageLabels::status(const QString &raw)
{
    if (raw == QLatin1String("draft"))
        return tr("Draft");
    if (raw == QLatin1String("uploading"))
        return tr("Uploading");
    if (raw == QLatin1String("uploaded"))
        return tr("Uploaded");
    if (raw == QLatin1String("processing"))
        return tr("Processing");
    if (raw == QLatin1String("invalid"))
        return tr("Invalid");
    if (raw == QLatin1String("ready"))
        return tr("Ready");
    if (raw == QLatin1String("pending"))
        return tr("Pending acceptance");
    if (raw == QLatin1String("accepted"))
        return tr("Accepted");
    if (raw == QLatin1String("rejected"))
        return tr("Rejected");
    if (raw == QLatin1String("closed"))
        return tr("Closed");
    if (raw == QLatin1String("deleted"))
        return tr("Deleted");
    if (raw == QLatin1String("valid"))
        return tr("Valid");
    if (raw == QLatin1String("approved"))
        return tr("Approved");
    return raw;
}

QString UsageLabels::action(usage::FileAction action)
{
    switch (action) {
    case usage::FileAction::Upload: return tr("Upload…");
    case usage::FileAction::Submit: return tr("Submit");
    case usage::FileAction::Accept: return tr("Accept…");
    case usage::FileAction::Reject: return tr("Reject…");
    case usage::FileAction::Close: return tr("Close file");
    case usage::FileAction::Delete: return tr("Delete");
    }
    return {};
}

QString UsageLabels::rowError(const QString &sheet, const usage::UsageRowError &error)
{
    if (error.columnIndex < 0)
        return tr("Sheet '%1', row %2: %3").arg(sheet).arg(error.rowNumber).arg(error.message);
    return tr("Sheet '%1', row %2, column %3 (%4): %5")
        .arg(sheet)
        .arg(error.rowNumber)
        .arg(spreadsheet::columnName(error.columnIndex), error.column, error.message);
}

} // namespace cv::ui
