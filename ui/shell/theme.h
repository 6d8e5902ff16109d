#pragma once

#include "app/settings/appsettings.h"

class QApplication;

namespace cv::ui {

/// Applies the app's style sheet (resources/style/app.qss) on top of the platform style.
void applyTheme(QApplication &app);

/// The theme chosen in Settings. System: the platform style and palette the app started with. Light and Dark:
/// the Fusion style with its light palette, or a dark palette, plus resources/style/dark.qss for the few light
/// colours app.qss names. A first step: widgets that set colour literals themselves stay light until the full
/// dark theme (issue 18 point 3).
void applyColorScheme(QApplication &app, settings::AppSettings::Theme theme);

/// The dark palette of the Dark choice.
QPalette darkPalette();

/// Applies the theme of `settings` now and after every change.
void bindTheme(QApplication &app, settings::AppSettings *settings);

} // namespace cv::ui
