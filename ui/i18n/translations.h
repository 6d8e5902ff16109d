#pragma once

#include <QLocale>

class QCoreApplication;

namespace cv::ui {

/// Installs the app's translation for `locale` (compiled into the binary as :/i18n/connect-vendor_<lang>.qm)
/// and Qt's own for the standard dialogs. English, the source language, needs none.
/// Returns true if the app's translation was found and installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

/// The languages shipped, as ISO 639-1 codes.
QStringList shippedLanguages();

} // namespace cv::ui
