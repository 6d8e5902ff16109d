#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QWidget;

namespace cv::ui {

/// The meaning of a colour: widgets and delegates name a tone, the current theme's style sheet gives the colour.
enum class Tone {
    Muted, ///< secondary text: hints, "saved", captions
    Info, ///< a neutral state worth noticing: pending, versioned
    Success, ///< approved, published, a check passed
    Warning, ///< waiting for sync, not synced, needs attention
    Error, ///< failed, refused, errors under fields
};

/// The light or dark theme (issue 18 point 3). Colours live in one style sheet per theme
/// (resources/style/light.qss, dark.qss: the same selectors) on top of the shared app.qss (sizes, no colours);
/// widgets never name a colour. A label gets its colour by a tone (setTone: the `tone` property the sheets style)
/// or a chip (setChip: the `chip` property, text and background); delegates and item models that paint take
/// color()/chipBackground() at paint time, read from the same sheet, so one file defines each colour.
/// The web previews take previewCss(), resources/style/preview-light.css or preview-dark.css.
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum class Scheme { Light, Dark };

    /// The one instance, for changed().
    static Theme *instance();

    static Scheme scheme();
    static bool isDark() { return scheme() == Scheme::Dark; }
    /// Makes `scheme` current: color() and previewCss() answer for it and changed() is emitted when it differs.
    /// ui::applyColorScheme calls it with the application's style sheet.
    static void setScheme(Scheme scheme);

    /// app.qss followed by the theme's colour sheet: what the application's style sheet is set to.
    static QString styleSheet(Scheme scheme);
    /// The CSS of the web previews (Markdown, templates, customer panel) for the current scheme.
    static QString previewCss();

    /// The text colour of `tone` on a window or a view (the sheet's `QLabel[tone="..."]` rule).
    static QColor color(Tone tone);
    /// The text and background of a chip in `tone` (the sheet's `QLabel[chip="..."]` rule).
    static QColor chipText(Tone tone);
    static QColor chipBackground(Tone tone);
    /// The same in a given scheme, for what is not shown in the window (the tray icon's badge on the desktop's panel).
    static QColor color(Tone tone, Scheme scheme);
    static QColor chipText(Tone tone, Scheme scheme);
    static QColor chipBackground(Tone tone, Scheme scheme);

    /// CSS for rich text (QTextDocument::setDefaultStyleSheet): the classes muted, info, success, warning and
    /// error colour text; added and removed mark diff lines (the success and error chips).
    static QString richTextCss();

    static QString toneName(Tone tone);
    /// Colours `label` (any widget) by `tone` through the style sheet, re-polished at once.
    static void setTone(QWidget *widget, Tone tone);
    /// Takes the tone off again: the palette's text colour.
    static void clearTone(QWidget *widget);
    /// Shows `label` as a chip (rounded, coloured background) in `tone`.
    static void setChip(QWidget *widget, Tone tone);
    /// Sets a style-sheet property of `widget` and re-polishes it, so that a rule on it applies now.
    static void setStyleProperty(QWidget *widget, const char *name, const QVariant &value);

Q_SIGNALS:
    /// The scheme changed (after the application's style sheet): re-render what does not follow by itself.
    void changed();

private:
    Theme() = default;
};

} // namespace cv::ui
