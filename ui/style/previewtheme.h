#pragma once

#include <QString>

#include <functional>

class QTextEdit;
class QWebEngineView;

namespace cv::ui {

/// `html` with the current theme's preview CSS (ui::Theme::previewCss) as the last sheet of its head, so the
/// document's own (layout-only) sheet gets the theme's colours.
QString themedHtml(const QString &html);

/// Keeps `view` in the theme: its page background follows the palette (no white flash in the dark theme) and
/// `render` runs again when the theme changes (it must set the themed HTML again); the scroll position is put
/// back once the new HTML is loaded.
void followTheme(QWebEngineView *view, std::function<void()> render);

/// Shows rich text `html` in `view` with the theme's classes (ui::Theme::richTextCss: class="muted", "error",
/// "added", ...) instead of colours, and shows it again in the new colours when the theme changes, at the same
/// scroll position.
void setThemedHtml(QTextEdit *view, const QString &html);

} // namespace cv::ui
