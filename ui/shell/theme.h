#pragma once

#include "app/settings/appsettings.h"

class QApplication;

namespace cv::ui {

/// Applies the app's style sheets (resources/style/app.qss and the current theme's colours) on top of the
/// platform style.
void applyTheme(QApplication &app);

/// The theme chosen in Settings. System: the platform style and palette the app started with. Light and Dark:
/// the Fusion style with its light palette, or a dark palette. The style sheet is app.qss followed by light.qss or
/// dark.qss (ui::Theme; System picks by the platform palette's lightness), and ui::Theme::changed() tells the
/// web previews and painted items to follow.
void applyColorScheme(QApplication &app, settings::AppSettings::Theme theme);

/// The dark palette of the Dark choice.
QPalette darkPalette();

/// Applies the theme of `settings` now and after every change.
void bindTheme(QApplication &app, settings::AppSettings *settings);

} // namespace cv::ui
