#include "ui/style/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace cv::ui {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString colourSheetPath(Theme::Scheme scheme)
{
    return scheme == Theme::Scheme::Dark ? QStringLiteral(":/style/dark.qss") : QStringLiteral(":/style/light.qss");
}

/// The colours of one theme, read from its sheet once: tone and chip rules by name.
struct Colours
{
    QHash<QString, QColor> tone;
    QHash<QString, QColor> chipText;
    QHash<QString, QColor> chipBackground;
};

Colours parse(const QString &sheet)
{
    Colours colours;
    // Plain strings: clang-format 14 breaks raw strings with braces inside QStringLiteral.
    static const QRegularExpression rule(QStringLiteral("\\[(tone|chip)=\"(\\w+)\"\\]\\s*\\{([^}]*)\\}"));
    static const QRegularExpression text(QStringLiteral("(?:^|[;\\s])color:\\s*(#[0-9a-fA-F]{6})"));
    static const QRegularExpression background(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})"));
    for (auto it = rule.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString body = match.captured(3);
        const QColor fg(text.match(body).captured(1));
        const QColor bg(background.match(body).captured(1));
        if (match.captured(1) == QLatin1String("tone")) {
            colours.tone.insert(match.captured(2), fg);
        } else {
            colours.chipText.insert(match.captured(2), fg);
            colours.chipBackground.insert(match.captured(2), bg);
        }
    }
    return colours;
}

const Colours &coloursOf(Theme::Scheme scheme)
{
    static const Colours light = parse(readResource(colourSheetPath(Theme::Scheme::Light)));
    static const Colours dark = parse(readResource(colourSheetPath(Theme::Scheme::Dark)));
    return scheme == Theme::Scheme::Dark ? dark : light;
}

/// Until ui::applyColorScheme says otherwise: what the palette looks like (a dark system palette is dark).
Theme::Scheme &current()
{
    static Theme::Scheme scheme = QGuiApplication::palette().color(QPalette::Window).lightness() < 128
        ? Theme::Scheme::Dark
        : Theme::Scheme::Light;
    return scheme;
}

QColor pick(const QHash<QString, QColor> &colours, Tone tone)
{
    const QColor colour = colours.value(Theme::toneName(tone));
    return colour.isValid() ? colour : QGuiApplication::palette().color(QPalette::WindowText);
}

} // namespace

Theme *Theme::instance()
{
    static Theme theme;
    return &theme;
}

Theme::Scheme Theme::scheme()
{
    return current();
}

void Theme::setScheme(Scheme scheme)
{
    if (current() == scheme)
        return;
    current() = scheme;
    Q_EMIT instance()->changed();
}

QString Theme::styleSheet(Scheme scheme)
{
    return readResource(QStringLiteral(":/style/app.qss")) + QLatin1Char('\n') + readResource(colourSheetPath(scheme));
}

QString Theme::previewCss()
{
    return readResource(
        isDark() ? QStringLiteral(":/style/preview-dark.css") : QStringLiteral(":/style/preview-light.css"));
}

QColor Theme::color(Tone tone)
{
    return color(tone, scheme());
}

QColor Theme::color(Tone tone, Scheme scheme)
{
    return pick(coloursOf(scheme).tone, tone);
}

QColor Theme::chipText(Tone tone)
{
    return chipText(tone, scheme());
}

QColor Theme::chipText(Tone tone, Scheme scheme)
{
    return pick(coloursOf(scheme).chipText, tone);
}

QColor Theme::chipBackground(Tone tone)
{
    return chipBackground(tone, scheme());
}

QColor Theme::chipBackground(Tone tone, Scheme scheme)
{
    const QColor colour = coloursOf(scheme).chipBackground.value(toneName(tone));
    return colour.isValid() ? colour : QGuiApplication::palette().color(QPalette::AlternateBase);
}

QString Theme::richTextCss()
{
    QString css;
    for (const Tone tone : { Tone::Muted, Tone::Info, Tone::Success, Tone::Warning, Tone::Error })
        css += QStringLiteral(".%1 { color: %2; }\n").arg(toneName(tone), color(tone).name());
    const auto line = [](const char *name, Tone tone) {
        return QStringLiteral(".%1 { color: %2; background-color: %3; }\n")
            .arg(QLatin1String(name), chipText(tone).name(), chipBackground(tone).name());
    };
    return css + line("added", Tone::Success) + line("removed", Tone::Error);
}

QString Theme::toneName(Tone tone)
{
    switch (tone) {
    case Tone::Muted: return QStringLiteral("muted");
    case Tone::Info: return QStringLiteral("info");
    case Tone::Success: return QStringLiteral("success");
    case Tone::Warning: return QStringLiteral("warning");
    case Tone::Error: return QStringLiteral("error");
    }
    return {};
}

void Theme::setStyleProperty(QWidget *widget, const char *name, const QVariant &value)
{
    if (!widget || widget->property(name) == value)
        return;
    widget->setProperty(name, value);
    // A property selector is matched when the widget is polished: polish again so the new value applies now.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    // As a change of the application's sheet does: the new padding and border reach the size hint and layout.
    QEvent change(QEvent::StyleChange);
    QCoreApplication::sendEvent(widget, &change);
    widget->updateGeometry();
    widget->update();
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    setStyleProperty(widget, "tone", toneName(tone));
}

void Theme::clearTone(QWidget *widget)
{
    setStyleProperty(widget, "tone", QVariant());
}

void Theme::setChip(QWidget *widget, Tone tone)
{
    setStyleProperty(widget, "chip", toneName(tone));
}

} // namespace cv::ui
