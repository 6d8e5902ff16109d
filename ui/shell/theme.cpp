#include "ui/shell/theme.h"

#include "ui/style/theme.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

namespace cv::ui {

namespace {

/// What the app started with, so that "System" can go back to it after Light or Dark.
struct Original
{
    QString styleName;
    QPalette palette;
    bool known = false;
};

Original &original()
{
    static Original o;
    return o;
}

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyleSheet(Theme::styleSheet(Theme::scheme()));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x30, 0x36);
    const QColor base(0x1e, 0x22, 0x27);
    const QColor text(0xe6, 0xed, 0xf3);
    const QColor disabled(0x7d, 0x87, 0x91);
    const QColor placeholder(0x8c, 0x96, 0xa0); // 4.5:1 on the base, unlike the disabled grey
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x72, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyColorScheme(QApplication &app, settings::AppSettings::Theme theme)
{
    // With a style sheet set, app.style() is the style-sheet style wrapping the real one: drop the sheet first
    // so the style read and set below is the real one.
    app.setStyleSheet(QString());
    Original &o = original();
    if (!o.known) {
        o.styleName = app.style()->name();
        o.palette = app.palette();
        o.known = true;
    }
    using Theme = settings::AppSettings::Theme;
    const QString wanted = theme == Theme::System ? o.styleName : QStringLiteral("Fusion");
    if (!wanted.isEmpty() && app.style()->name().compare(wanted, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(wanted))
            app.setStyle(style);
    }
    if (theme == Theme::System)
        app.setPalette(o.palette);
    else if (theme == Theme::Dark)
        app.setPalette(darkPalette());
    else
        app.setPalette(app.style()->standardPalette());
    // System follows the platform's palette: a dark desktop gets the dark sheet.
    const ui::Theme::Scheme scheme
        = theme == Theme::Dark || (theme == Theme::System && o.palette.color(QPalette::Window).lightness() < 128)
        ? ui::Theme::Scheme::Dark
        : ui::Theme::Scheme::Light;
    app.setStyleSheet(ui::Theme::styleSheet(scheme));
    ui::Theme::setScheme(scheme); // after the sheet and palette: what re-renders on changed() reads them
}

void bindTheme(QApplication &app, settings::AppSettings *settings)
{
    applyColorScheme(app, settings->theme());
    QObject::connect(settings, &settings::AppSettings::changed, &app,
        [&app, settings = QPointer<settings::AppSettings>(settings)](settings::AppSettings::Key key) {
            if (settings && key == settings::AppSettings::Key::Theme)
                applyColorScheme(app, settings->theme());
        });
}

} // namespace cv::ui
