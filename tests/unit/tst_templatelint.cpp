#include "testmain.h"

#include "app/content/templatepreview.h"
#include "app/inventory/templatelint.h"

#include <QJsonObject>

using cv::inventory::TemplateLintIssue;

Q_DECLARE_METATYPE(QList<TemplateLintIssue>)

namespace {

QList<QJsonObject> parameters()
{
    const auto p = [](const char *name, const char *phase) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
            { QStringLiteral("phase"), QLatin1String(phase) } };
    };
    return { p("param_a", "ordering"), p("param_b", "fulfillment"), p("param_admin_email", "ordering"),
        p("param_conf", "configuration") };
}

TemplateLintIssue unknown(const char *name, int position)
{
    return { TemplateLintIssue::UnknownVariable, QLatin1String(name), {}, position };
}

TemplateLintIssue wrongPhase(const char *name, const char *phase, int position)
{
    return { TemplateLintIssue::WrongPhase, QLatin1String(name), QLatin1String(phase), position };
}

} // namespace

class TestTemplateLint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lint_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QList<TemplateLintIssue>>("expected");

        const QString asset = QStringLiteral("asset");
        const QString activation = QStringLiteral("fulfillment");
        const QString inquire = QStringLiteral("inquire");
        QTest::newRow("empty") << QString() << asset << activation << QList<TemplateLintIssue>();
        QTest::newRow("known ordering+fulfillment in activation")
            << QStringLiteral("A {{ param_a }} B {{param_b}}") << asset << activation << QList<TemplateLintIssue>();
        QTest::newRow("unknown") << QStringLiteral("x {{ param_nope }}") << asset << activation
                                 << QList<TemplateLintIssue> { unknown("param_nope", 2) };
        QTest::newRow("unknown reported once")
            << QStringLiteral("{{ x }}{{ x }}") << asset << activation << QList<TemplateLintIssue> { unknown("x", 0) };
        QTest::newRow("fulfillment param in inquire")
            << QStringLiteral("{{ param_a }} {{ param_b }}") << asset << inquire
            << QList<TemplateLintIssue> { wrongPhase("param_b", "fulfillment", 14) };
        QTest::newRow("activation_form_url in inquire")
            << QStringLiteral("[form]({{ activation_form_url }})") << asset << inquire << QList<TemplateLintIssue>();
        QTest::newRow("activation_form_url outside inquire")
            << QStringLiteral("{{ activation_form_url }}") << asset << activation
            << QList<TemplateLintIssue> { unknown("activation_form_url", 0) };
        QTest::newRow("configuration param in activation")
            << QStringLiteral("{{ param_conf }}") << asset << activation
            << QList<TemplateLintIssue> { wrongPhase("param_conf", "configuration", 0) };
        QTest::newRow("tier template") << QStringLiteral("{{ param_b }}") << QStringLiteral("tier1") << QString()
                                       << QList<TemplateLintIssue>();
        QTest::newRow("single braces are text")
            << QStringLiteral("{ param_nope } and }}") << asset << activation << QList<TemplateLintIssue>();
        // Broken placeholders are reported as typed (issue 9: "{{ para param_admin_email }}" was "known").
        QTest::newRow("empty placeholder")
            << QStringLiteral("a {{ }}") << asset << activation
            << QList<TemplateLintIssue> { { TemplateLintIssue::Malformed, QString(), {}, 2 } };
        QTest::newRow("two words") << QStringLiteral("{{ para param_a }}") << asset << activation
                                   << QList<TemplateLintIssue> { { TemplateLintIssue::Malformed,
                                          QStringLiteral("para param_a"), {}, 0 } };
        QTest::newRow("unclosed at the end")
            << QStringLiteral("Hi {{ param_a") << asset << activation
            << QList<TemplateLintIssue> { { TemplateLintIssue::Unclosed, QStringLiteral("param_a"), {}, 3 } };
        QTest::newRow("unclosed before the next")
            << QStringLiteral("{{ param_a\nand {{ param_b }}") << asset << activation
            << QList<TemplateLintIssue> { { TemplateLintIssue::Unclosed, QStringLiteral("param_a"), {}, 0 } };
    }

    void lint()
    {
        QFETCH(QString, body);
        QFETCH(QString, scope);
        QFETCH(QString, type);
        QFETCH(QList<TemplateLintIssue>, expected);
        const auto issues = cv::inventory::lintTemplate(body, scope, type, parameters());
        QCOMPARE(issues.size(), expected.size());
        for (qsizetype i = 0; i < issues.size(); ++i) {
            QCOMPARE(issues.at(i).kind, expected.at(i).kind);
            QCOMPARE(issues.at(i).variable, expected.at(i).variable);
            QCOMPARE(issues.at(i).phase, expected.at(i).phase);
            QCOMPARE(issues.at(i).position, expected.at(i).position);
        }
    }

    void variables()
    {
        QCOMPARE(cv::inventory::templateVariables(QStringLiteral("{{ b }} {{a}} {{ b }}")),
            (QStringList { QStringLiteral("b"), QStringLiteral("a") }));
    }

    void previewEscapesValues()
    {
        const QHash<QString, QString> values { { QStringLiteral("param_a"), QStringLiteral("<Admin *email*>") },
            { QStringLiteral("evil"), QStringLiteral("<script>alert(1)</script>") } };
        const QString html = cv::content::renderTemplatePreview(
            QStringLiteral("Hello **{{ param_a }}** {{ evil }} {{ unknown }}"), values);
        QVERIFY2(html.contains(QStringLiteral("<strong>&lt;Admin *email*&gt;</strong>")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }
};

CV_TEST_CORE_MAIN(TestTemplateLint)
#include "tst_templatelint.moc"
