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

/// The interface language the user chose ("de", ..., "en"), or "" to follow the system; kept in QSettings
/// under "ui/language".
QString chosenLanguage();
void setChosenLanguage(const QString &language);
/// The locale to show: `language` ("" or "system" = the system's).
QLocale localeFor(const QString &language);
/// Replaces the installed translations with those of `locale` (removing the previous ones): every open
/// window receives QEvent::LanguageChange and retranslates. Returns true if the app's translation was found
/// (English needs none).
bool switchLanguage(QCoreApplication &app, const QLocale &locale);

} // namespace cv::ui
