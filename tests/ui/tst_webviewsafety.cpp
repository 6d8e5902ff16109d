// webview_safety: the app's locked-down web views (LocalContentPage + LocalOnlyInterceptor, JavaScript off)
// showing hostile content -- the CCP preview (content::ccpHtml) and Markdown previews (content::Markdown) --
// load nothing remote, run no script, and do not navigate away when a link is clicked.
// A local TCP server stands in for "the network": every remote URL in the hostile documents points at it,
// and it must never see a connection.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/content/ccphtml.h"
#include "app/content/markdown.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/inventory/localonlyinterceptor.h"
#include "ui/inventory/markdownpreview.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace cv;

namespace {

QString toHtml(QWebEngineView *view)
{
    QString html;
    bool done = false;
    view->page()->toHtml([&](const QString &result) {
        html = result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return html;
}

bool loadHtml(QWebEngineView *view, const QString &html)
{
    QSignalSpy loaded(view, &QWebEngineView::loadFinished);
    view->setHtml(html, QUrl(QStringLiteral("qrc:/")));
    return loaded.wait(20000) || loaded.count() > 0;
}

} // namespace

/// Receives what QDesktopServices would give the system browser.
class UrlSink final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestWebViewSafety final : public QObject
{
    Q_OBJECT

    QTcpServer m_server; ///< "the internet": must never be contacted
    int m_connections = 0;
    UrlSink m_sink;

    QString remote(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

    QString hostile() const
    {
        return QStringLiteral("<script>document.title='pwned'</script>"
                              "<img src=x onerror=\"document.title='pwned'\">"
                              "<iframe src=\"%1\"></iframe>"
                              "<svg onload=\"document.title='pwned'\"><script>document.title='pwned'</script></svg>"
                              "<img src=\"%2\">")
            .arg(remote(QStringLiteral("frame")), remote(QStringLiteral("tracker.png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->deleteLater();
            }
        });
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_sink, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_sink, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    /// Defence in depth: even raw hostile HTML (as if escaping had failed) loads nothing and runs nothing.
    void rawHostileHtmlIsBlockedByTheView()
    {
        ui::CcpPreview dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString html
            = QStringLiteral("<!DOCTYPE html><html><head><title>safe</title>"
                             "<link rel=stylesheet href=\"%1\"></head><body><p id=marker>marker</p>%2"
                             "<script src=\"%3\"></script></body></html>")
                  .arg(remote(QStringLiteral("style.css")), hostile(), remote(QStringLiteral("script.js")));
        QVERIFY(loadHtml(dialog.view(), html));
        QTest::qWait(500); // give any sub-resource time to be requested
        const QStringList blocked = dialog.interceptor()->blockedUrls();
        QVERIFY2(blocked.contains(remote(QStringLiteral("tracker.png"))), qPrintable(blocked.join(u' ')));
        QVERIFY2(blocked.contains(remote(QStringLiteral("style.css"))), qPrintable(blocked.join(u' ')));
        QCOMPARE(m_connections, 0); // nothing reached the network (the iframe included)
        QCOMPARE(dialog.view()->page()->title(), QStringLiteral("safe")); // no script ran
        QVERIFY(toHtml(dialog.view()).contains(QStringLiteral("marker")));
        test::screenshot(&dialog, QStringLiteral("raw-hostile"));
    }

    void hostileCcpIsInert()
    {
        const QString h = hostile();
        const QJsonObject ccp {
            { QStringLiteral("product"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") }, { QStringLiteral("name"), h },
                    { QStringLiteral("description"), h }, { QStringLiteral("getting_started"), h },
                    { QStringLiteral("download_links"),
                        QJsonArray {
                            QJsonObject { { QStringLiteral("title"), h },
                                { QStringLiteral("url"), QStringLiteral("javascript:document.title='pwned'") } },
                            QJsonObject { { QStringLiteral("title"), QStringLiteral("data") },
                                { QStringLiteral("url"),
                                    QStringLiteral("data:text/html,<script>alert(1)</script>") } } } },
                    { QStringLiteral("documents"),
                        QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Guide") },
                            { QStringLiteral("url"), QStringLiteral("https://docs.example/guide") } } } } } },
            { QStringLiteral("activation"),
                QJsonObject { { QStringLiteral("message"),
                    QString(QStringLiteral("# Welcome\n\n") + h
                        + QStringLiteral("\n\n![t](%1) [x](javascript:alert(1))")
                              .arg(remote(QStringLiteral("md.png")))) } } },
            { QStringLiteral("actions"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("A") }, { QStringLiteral("title"), h } } } },
            { QStringLiteral("asset"), QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-1") } } }
        };
        ui::CcpPreview dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy shown(&dialog, &ui::CcpPreview::shown);
        dialog.showCcp(ccp);
        QVERIFY(shown.wait(20000));
        QTest::qWait(300);
        QCOMPARE(dialog.view()->page()->title(), QStringLiteral("Customer control panel"));
        QCOMPARE(m_connections, 0);
        const QString dom = toHtml(dialog.view());
        QVERIFY(dom.contains(QStringLiteral("Welcome")));
        QVERIFY(!dom.contains(QStringLiteral("<script")));
        QVERIFY(!dom.contains(QStringLiteral("<iframe")));
        QVERIFY(!dom.contains(QStringLiteral("<svg")));
        QVERIFY(!dom.contains(QStringLiteral("href=\"javascript:")));
        QVERIFY(!dom.contains(QStringLiteral("href=\"data:")));
        QVERIFY(dom.contains(QStringLiteral("&lt;script&gt;"))); // shown as text
        test::screenshot(&dialog, QStringLiteral("hostile-ccp"));
    }

    void hostileMarkdownIsInert()
    {
        ui::MarkdownPreview view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy rendered(&view, &ui::MarkdownPreview::rendered);
        view.setMarkdown(QString(QStringLiteral("# Title\n\n") + hostile())
            + QStringLiteral("\n\n![img](%1)\n\n[js](javascript:alert(1)) [d](data:text/html,x)")
                  .arg(remote(QStringLiteral("markdown.png"))));
        QVERIFY(rendered.wait(20000));
        QTest::qWait(500);
        QCOMPARE(m_connections, 0);
        QVERIFY(view.page()->title() != QLatin1String("pwned"));
        const QString dom = toHtml(&view);
        QVERIFY(dom.contains(QStringLiteral("Title")));
        QVERIFY(!dom.contains(QStringLiteral("<script")));
        QVERIFY(!dom.contains(QStringLiteral("<iframe")));
        QVERIFY(!dom.contains(QStringLiteral("href=\"javascript:")));
        // The Markdown image (the one remote reference Markdown can make) was refused by the document's
        // content security policy before the interceptor: m_connections above proves it was never fetched.
        test::screenshot(&view, QStringLiteral("hostile-markdown"));
    }

    void clickingALinkDoesNotNavigate()
    {
        ui::CcpPreview dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loadHtml(dialog.view(),
            QStringLiteral(
                "<html><head><title>links</title></head><body style=\"margin:0\">"
                "<a href=\"https://docs.example/guide\" style=\"display:block;width:100%;height:600px\">Guide</a>"
                "</body></html>")));
        const QUrl before = dialog.view()->page()->url();
        QWidget *target = dialog.view()->focusProxy() ? dialog.view()->focusProxy() : dialog.view();
        const QPoint center(target->width() / 2, qMin(100, target->height() / 2));
        QTest::mouseClick(target, Qt::LeftButton, {}, center);
        // First the address is shown for confirmation; nothing is opened before that.
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = dialog.findChild<QMessageBox *>(QStringLiteral("openLinkConfirmation"))) != nullptr, 10000);
        QVERIFY(confirm->text().contains(QStringLiteral("https://docs.example/guide")));
        QVERIFY(m_sink.opened.isEmpty());
        QTest::mouseClick(confirm->button(QMessageBox::Open), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sink.opened.isEmpty(), 10000); // handed to the system browser ...
        QCOMPARE(m_sink.opened, QList<QUrl> { QUrl(QStringLiteral("https://docs.example/guide")) });
        QTest::qWait(300);
        QCOMPARE(dialog.view()->page()->url(), before); // ... and the view stayed where it was
        QCOMPARE(dialog.view()->page()->title(), QStringLiteral("links"));
        QCOMPARE(m_connections, 0);
    }
};

CV_TEST_MAIN(TestWebViewSafety)
#include "tst_webviewsafety.moc"
