// ccp_html: the customer control panel HTML (app/content/ccphtml.h) keeps hostile values inert: every value
// is escaped, only http/https URLs become links, Markdown raw HTML is dropped.
#include "testmain.h"

#include "app/content/ccphtml.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace cv;

namespace {

const QStringList kHostile {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("<iframe src=\"http://evil.example/\"></iframe>"),
    QStringLiteral("<svg onload=alert(1)><script>alert(2)</script></svg>"),
    QStringLiteral("<img src=\"http://tracker/x.png\">"),
    QStringLiteral("\"><script>alert(3)</script>"),
    QStringLiteral("' onmouseover='alert(1)"),
};

QJsonObject linkObject(const QString &title, const QString &url)
{
    return { { QStringLiteral("title"), title }, { QStringLiteral("url"), url } };
}

QJsonObject ccpWith(const QString &field, const QString &value)
{
    QJsonObject product { { QStringLiteral("id"), QStringLiteral("PRD-1") },
        { QStringLiteral("name"), QStringLiteral("Safe") }, { QStringLiteral("description"), QStringLiteral("desc") },
        { QStringLiteral("getting_started"), QStringLiteral("start") },
        { QStringLiteral("download_links"),
            QJsonArray { linkObject(QStringLiteral("Get"), QStringLiteral("https://ok.example/d")) } },
        { QStringLiteral("documents"), QJsonArray {} } };
    QJsonObject activation { { QStringLiteral("message"), QStringLiteral("# Hi") } };
    QJsonArray actions { QJsonObject { { QStringLiteral("id"), QStringLiteral("ACT-1") },
        { QStringLiteral("title"), QStringLiteral("Open") }, { QStringLiteral("description"), QStringLiteral("d") } } };
    QJsonObject asset {
        { QStringLiteral("id"), QStringLiteral("AS-1") }, { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("params"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("p") },
                { QStringLiteral("title"), QStringLiteral("P") }, { QStringLiteral("value"), QStringLiteral("v") } } } }
    };
    if (field == QLatin1String("name") || field == QLatin1String("description")
        || field == QLatin1String("getting_started"))
        product.insert(field, value);
    else if (field == QLatin1String("activation"))
        activation.insert(QStringLiteral("message"),
            QString(QStringLiteral("Hello **there**\n\n") + value + QStringLiteral("\n\nbye ") + value));
    else if (field == QLatin1String("link_title"))
        product.insert(
            QStringLiteral("documents"), QJsonArray { linkObject(value, QStringLiteral("https://ok.example/doc")) });
    else if (field == QLatin1String("link_url"))
        product.insert(QStringLiteral("download_links"), QJsonArray { linkObject(QStringLiteral("Download"), value) });
    else if (field == QLatin1String("markdown_link"))
        activation.insert(QStringLiteral("message"), QStringLiteral("[click](%1) and <%1>").arg(value));
    else if (field == QLatin1String("action"))
        actions = QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ACT-1") },
            { QStringLiteral("title"), value }, { QStringLiteral("description"), value } } };
    else if (field == QLatin1String("param"))
        asset.insert(QStringLiteral("params"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("p") },
                { QStringLiteral("title"), value }, { QStringLiteral("value"), value } } });
    return { { QStringLiteral("product"), product }, { QStringLiteral("activation"), activation },
        { QStringLiteral("actions"), actions }, { QStringLiteral("asset"), asset } };
}

} // namespace

class TestCcpHtml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileValuesAreInert_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const QString &field : { QStringLiteral("name"), QStringLiteral("description"),
                 QStringLiteral("getting_started"), QStringLiteral("activation"), QStringLiteral("link_title"),
                 QStringLiteral("action"), QStringLiteral("param") }) {
            for (int i = 0; i < kHostile.size(); ++i)
                QTest::addRow("%s-%d", qPrintable(field), i) << field << kHostile.at(i);
        }
        for (const QString &field : { QStringLiteral("link_url"), QStringLiteral("markdown_link") }) {
            QTest::addRow("%s-javascript", qPrintable(field)) << field << QStringLiteral("javascript:alert(1)");
            QTest::addRow("%s-javascript-upper", qPrintable(field)) << field << QStringLiteral("JaVaScRiPt:alert(1)");
            QTest::addRow("%s-data", qPrintable(field))
                << field << QStringLiteral("data:text/html,<script>alert(1)</script>");
            QTest::addRow("%s-data-b64", qPrintable(field))
                << field << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=");
            QTest::addRow("%s-vbscript", qPrintable(field)) << field << QStringLiteral("vbscript:msgbox(1)");
            QTest::addRow("%s-quote-break", qPrintable(field))
                << field << QStringLiteral("https://ok.example/\"onclick=\"alert(1)");
        }
        QTest::addRow("markdown-image") << QStringLiteral(
            "activation") << QStringLiteral("![pixel](http://tracker/x.png) ![b](https://t.example/b.gif \"t\")");
        QTest::addRow("markdown-image-ref")
            << QStringLiteral("activation") << QStringLiteral("![p][r]\n\n[r]: http://tracker/x.png");
    }

    void hostileValuesAreInert()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QString html = content::ccpHtml(ccpWith(field, value));
        const QString lower = html.toLower();
        QVERIFY2(!lower.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY2(!lower.contains(QStringLiteral("<iframe")), qPrintable(html));
        QVERIFY2(!lower.contains(QStringLiteral("<svg")), qPrintable(html));
        QVERIFY2(!lower.contains(QStringLiteral("href=\"javascript:")), qPrintable(html));
        QVERIFY2(!lower.contains(QStringLiteral("href=\"vbscript:")), qPrintable(html));
        QVERIFY2(!lower.contains(QStringLiteral("href=\"data:")), qPrintable(html));
        // No element carries an event handler or a remote source: look only inside tags.
        static const QRegularExpression tag(QStringLiteral("<[a-z][^>]*>"));
        for (auto it = tag.globalMatch(lower); it.hasNext();) {
            const QString t = it.next().captured(0);
            // Attribute names outside the (escaped, double-quoted) attribute values: no on* handler.
            static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
            static const QRegularExpression handler(QStringLiteral("\\bon[a-z]+\\s*="));
            QString names = t;
            names.remove(quoted);
            QVERIFY2(!names.contains(handler), qPrintable(t));
            QVERIFY2(
                !t.contains(QStringLiteral("src=\"http")) && !t.contains(QStringLiteral("src=http")), qPrintable(t));
            QVERIFY2(!t.startsWith(QStringLiteral("<img")), qPrintable(t));
        }
    }

    void contentIsShown()
    {
        QJsonObject ccp = ccpWith(QStringLiteral("activation"), QStringLiteral("Tenant **T-1** ready"));
        const QString html = content::ccpHtml(ccp);
        QVERIFY(html.contains(QStringLiteral("<strong>T-1</strong>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://ok.example/d\"")));
        QVERIFY(html.contains(QStringLiteral(">Open</button>")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        // Getting started is Markdown too (issue 9: it showed "**desktop client**").
        const QString started = content::ccpHtml(
            ccpWith(QStringLiteral("getting_started"), QStringLiteral("Install the **desktop client**.")));
        QVERIFY2(started.contains(QStringLiteral("<strong>desktop client</strong>")), qPrintable(started));
        QVERIFY(!started.contains(QStringLiteral("**desktop client**")));
        // A non-web URL stays visible as text.
        const QString inert
            = content::ccpHtml(ccpWith(QStringLiteral("link_url"), QStringLiteral("ftp://files.example/x")));
        QVERIFY(inert.contains(QStringLiteral("ftp://files.example/x")));
        QVERIFY(!inert.contains(QStringLiteral("href=\"ftp")));
    }
};

CV_TEST_CORE_MAIN(TestCcpHtml)
#include "tst_ccphtml.moc"
