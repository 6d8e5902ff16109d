#pragma once

#include <QDateTime>
#include <QString>

namespace cv::core {

/// How the app writes a moment: local time to the minute, "2026-12-03 23:14". One form in every table, page and panel
/// (the walk saw the tables in this form beside detail pages in the locale's short form, "12/3/26 11:14 PM"); it
/// reads the same in every language, sorts as text and is as narrow as a column can be. Empty for an invalid time.
QString displayTime(const QDateTime &at);
/// Connect's ISO 8601 text ("2026-12-03T23:14:05+00:00") written as above; the text itself when it is not one.
QString displayTime(const QString &iso);

} // namespace cv::core
