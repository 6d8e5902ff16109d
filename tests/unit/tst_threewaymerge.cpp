// The three-way merge the sync uses when the server changed an object that was also edited offline.
#include "testmain.h"

#include "app/sync/threewaymerge.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cv::sync;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestThreeWayMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QJsonObject>("base");
        QTest::addColumn<QJsonObject>("mine");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<QJsonObject>("merged");
        QTest::addColumn<QStringList>("conflicts");
        const QJsonObject base = json(
            R"({"name":"A","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"1"}}})");
        QTest::newRow("only theirs changed")
            << base << base
            << json(
                   R"({"name":"B","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"2"}}})")
            << json(
                   R"({"name":"B","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"2"}}})")
            << QStringList {};
        QTest::newRow("only mine changed")
            << base
            << json(
                   R"({"name":"A","short_description":"mine","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"1"}}})")
            << json(
                   R"({"name":"A","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"2"}}})")
            << json(
                   R"({"name":"A","short_description":"mine","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"2"}}})")
            << QStringList {};
        QTest::newRow("different fields on each side")
            << base
            << json(
                   R"({"name":"A","short_description":"mine","customer_ui_settings":{"description":"d","getting_started":"g"},"events":{"updated":{"at":"1"}}})")
            << json(
                   R"({"name":"Theirs","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g2"},"events":{"updated":{"at":"2"}}})")
            << json(
                   R"({"name":"Theirs","short_description":"mine","customer_ui_settings":{"description":"d","getting_started":"g2"},"events":{"updated":{"at":"2"}}})")
            << QStringList {};
        QTest::newRow("nested fields on each side")
            << base
            << json(
                   R"({"name":"A","short_description":"s","customer_ui_settings":{"description":"mine","getting_started":"g"}})")
            << json(
                   R"({"name":"A","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"theirs"}})")
            << json(
                   R"({"name":"A","short_description":"s","customer_ui_settings":{"description":"mine","getting_started":"theirs"}})")
            << QStringList {};
        QTest::newRow("same change on both sides")
            << base
            << json(
                   R"({"name":"Same","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"}})")
            << json(
                   R"({"name":"Same","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"}})")
            << json(
                   R"({"name":"Same","short_description":"s","customer_ui_settings":{"description":"d","getting_started":"g"}})")
            << QStringList {};
        QTest::newRow("conflict keeps mine")
            << base
            << json(
                   R"({"name":"Mine","short_description":"s","customer_ui_settings":{"description":"mine","getting_started":"g"}})")
            << json(
                   R"({"name":"Theirs","short_description":"s","customer_ui_settings":{"description":"theirs","getting_started":"g"}})")
            << json(
                   R"({"name":"Mine","short_description":"s","customer_ui_settings":{"description":"mine","getting_started":"g"}})")
            << QStringList { QStringLiteral("customer_ui_settings.description"), QStringLiteral("name") };
        QTest::newRow("arrays are whole values")
            << json(R"({"links":[1,2]})") << json(R"({"links":[1,2,3]})") << json(R"({"links":[1]})")
            << json(R"({"links":[1,2,3]})") << QStringList { QStringLiteral("links") };
        QTest::newRow("server bookkeeping never conflicts")
            << json(R"({"events":{"a":1},"version":1})") << json(R"({"events":{"a":2},"version":5})")
            << json(R"({"events":{"a":3},"version":2})") << json(R"({"events":{"a":3},"version":2})") << QStringList {};
        QTest::newRow("deleted here, changed there")
            << json(R"({"note":"x"})") << json(R"({})") << json(R"({"note":"y"})") << json(R"({})")
            << QStringList { QStringLiteral("note") };
    }

    void merge()
    {
        QFETCH(QJsonObject, base);
        QFETCH(QJsonObject, mine);
        QFETCH(QJsonObject, theirs);
        QFETCH(QJsonObject, merged);
        QFETCH(QStringList, conflicts);
        const MergeResult result = threeWayMerge(base, mine, theirs);
        QCOMPARE(result.merged, merged);
        QStringList fields;
        for (const FieldConflict &conflict : result.conflicts)
            fields << conflict.field;
        QCOMPARE(fields, conflicts);
    }

    void conflictCarriesAllThreeValues()
    {
        const MergeResult result
            = threeWayMerge(json(R"({"name":"A"})"), json(R"({"name":"M"})"), json(R"({"name":"T"})"));
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().base.toString(), QStringLiteral("A"));
        QCOMPARE(result.conflicts.first().mine.toString(), QStringLiteral("M"));
        QCOMPARE(result.conflicts.first().theirs.toString(), QStringLiteral("T"));
    }

    void diffIsThePatchToPush()
    {
        QCOMPARE(diff(json(R"({"a":1,"b":{"c":1,"d":2},"events":{}})"),
                     json(R"({"a":1,"b":{"c":5,"d":2},"events":{"x":1}})")),
            json(R"({"b":{"c":5}})"));
        QCOMPARE(diff(json(R"({"a":1,"gone":2})"), json(R"({"a":1})")), json(R"({"gone":null})"));
        QVERIFY(diff(json(R"({"a":[1]})"), json(R"({"a":[1]})")).isEmpty());
    }

    void dottedAccess()
    {
        QJsonObject object = json(R"({"a":{"b":{"c":1}}})");
        QCOMPARE(valueAt(object, QStringLiteral("a.b.c")).toInt(), 1);
        QVERIFY(valueAt(object, QStringLiteral("a.x.c")).isUndefined());
        setValueAt(object, QStringLiteral("a.b.c"), 2);
        setValueAt(object, QStringLiteral("a.n"), QStringLiteral("new"));
        QCOMPARE(object, json(R"({"a":{"b":{"c":2},"n":"new"}})"));
    }
};

CV_TEST_CORE_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
