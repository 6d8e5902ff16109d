#include "ui/style/previewtheme.h"

#include "ui/style/theme.h"

#include <QApplication>
#include <QScrollBar>
#include <QTextEdit>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>

namespace cv::ui {

QString themedHtml(const QString &html)
{
    const QString style = QStringLiteral("<style id=\"cv-theme\">%1</style>").arg(Theme::previewCss());
    const qsizetype head = html.indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive);
    if (head < 0)
        return style + html;
    QString themed = html;
    themed.insert(head, style);
    return themed;
}

void followTheme(QWebEngineView *view, std::function<void()> render)
{
    view->page()->setBackgroundColor(QApplication::palette().color(QPalette::Base));
    QObject::connect(Theme::instance(), &Theme::changed, view, [view, render = std::move(render)] {
        view->page()->setBackgroundColor(QApplication::palette().color(QPalette::Base));
        const QPointF scrolled = view->page()->scrollPosition();
        if (!scrolled.isNull()) {
            // Once, on the load this render starts. JavaScript is off for the page's own scripts; the
            // application's world still runs this one line.
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = QObject::connect(view, &QWebEngineView::loadFinished, view, [view, scrolled, connection] {
                QObject::disconnect(*connection);
                view->page()->runJavaScript(
                    QStringLiteral("window.scrollTo(%1, %2);").arg(scrolled.x()).arg(scrolled.y()),
                    QWebEngineScript::ApplicationWorld);
            });
        }
        render();
    });
}

void setThemedHtml(QTextEdit *view, const QString &html)
{
    static const char *const kHtml = "cvThemedHtml";
    static const char *const kText = "cvThemedText";
    view->document()->setDefaultStyleSheet(Theme::richTextCss());
    view->setHtml(html);
    view->setProperty(kHtml, html);
    view->setProperty(kText, view->toPlainText());
    if (view->property("cvFollowsTheme").toBool())
        return;
    view->setProperty("cvFollowsTheme", true);
    QObject::connect(Theme::instance(), &Theme::changed, view, [view] {
        // Only what this function showed: a view cleared or given plain text since then stays as it is.
        if (view->toPlainText() != view->property(kText).toString())
            return;
        const int scrolled = view->verticalScrollBar()->value();
        view->document()->setDefaultStyleSheet(Theme::richTextCss());
        view->setHtml(view->property(kHtml).toString());
        view->verticalScrollBar()->setValue(scrolled);
    });
}

} // namespace cv::ui
