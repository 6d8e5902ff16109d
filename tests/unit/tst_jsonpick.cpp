// Issue 15: the reports read a few paths out of each object's JSON text (app/reports/jsonpick). What a path
// gives must be what QJsonDocument gives for it, for every kind of value and escape the text may hold.
#include "testmain.h"

#include "app/reports/jsonpick.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using cv::reports::JsonPick;
using namespace Qt::StringLiterals;

namespace {

QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

/// Every kind of value and escape, in a file: moc cannot read raw string literals.
QByteArray text()
{
    QFile file(QStringLiteral(CV_TEST_DATA_DIR "/reports/jsonpick.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestJsonPick final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsGiveWhatTheWholeDocumentGives_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
            { "id", "status", "int", "negative", "big", "float", "exp", "zero", "yes", "no", "nothing", "escaped",
                "odd_escape", "utf8", "key", "asset.id", "asset.tiers.customer.name",
                "asset.tiers.customer.contact_info.city", "asset.tiers.tier1", "asset.tiers.tier1.name", "asset.params",
                "asset.missing", "missing.deeper", "text_where_object.id", "empty_object", "empty_array", "skipped" })
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void pathsGiveWhatTheWholeDocumentGives()
    {
        QFETCH(QString, path);
        const QJsonObject whole = QJsonDocument::fromJson(text()).object();
        QVERIFY(!whole.isEmpty());
        const QJsonObject picked = JsonPick({ path }).pick(text());
        const QJsonValue expected = at(whole, path);
        const QJsonValue got = at(picked, path);
        QCOMPARE(got, expected);
        QCOMPARE(got.toVariant(), expected.toVariant()); // integers stay integers, as QJsonDocument keeps them
        QCOMPARE(got.toVariant().metaType(), expected.toVariant().metaType());
    }

    /// "items[].quantity": the array keeps its length, its elements only the quantity; elements that are not
    /// objects stay as they are.
    void arrayElementsAreReduced()
    {
        const QJsonObject picked = JsonPick({ u"asset.items[].quantity"_s, u"asset.id"_s }).pick(text());
        const QJsonArray items = at(picked, u"asset.items"_s).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject(), QJsonObject({ { u"quantity"_s, u"3"_s } }));
        QCOMPARE(items.at(1).toObject(), QJsonObject({ { u"quantity"_s, 0 } }));
        QCOMPARE(items.at(2).toString(), u"not an object"_s);
        QCOMPARE(picked.value(u"asset"_s).toObject().keys(), QStringList({ u"id"_s, u"items"_s }));

        const QJsonObject counted = JsonPick({ u"asset.items[]"_s }).pick(text());
        QCOMPARE(at(counted, u"asset.items"_s).toArray().size(), 3);
        QCOMPARE(at(counted, u"asset.items"_s).toArray().at(0).toObject(), QJsonObject());

        // A whole path and an element path over the same array: the whole array wins.
        const QJsonObject both = JsonPick({ u"asset.items"_s, u"asset.items[].mpn"_s }).pick(text());
        QCOMPARE(at(both, u"asset.items"_s), at(QJsonDocument::fromJson(text()).object(), u"asset.items"_s));
    }

    void onlyThePathsAreKept()
    {
        const QJsonObject picked = JsonPick({ u"id"_s, u"asset.tiers.customer.name"_s }).pick(text());
        QCOMPARE(picked.keys(), QStringList({ u"asset"_s, u"id"_s }));
        QCOMPARE(at(picked, u"asset"_s).toObject().keys(), QStringList({ u"tiers"_s }));
        QCOMPARE(at(picked, u"asset.tiers"_s).toObject().keys(), QStringList({ u"customer"_s }));
    }

    /// A text that is not a JSON object gives an empty object, as QJsonDocument::fromJson(...).object() does.
    void brokenTextGivesAnEmptyObject_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("cut in a string") << QByteArray("{\"id\": \"PR-");
        QTest::newRow("cut in a skipped value") << QByteArray("{\"skipped\": {\"a\": [1, 2");
        QTest::newRow("no colon") << QByteArray("{\"id\" \"PR-1\"}");
        QTest::newRow("bad literal") << QByteArray("{\"id\": nope}");
        QTest::newRow("trailing text") << QByteArray("{\"id\": \"PR-1\"} x");
    }
    void brokenTextGivesAnEmptyObject()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(QJsonDocument::fromJson(text).object(), QJsonObject());
        QCOMPARE(JsonPick({ u"id"_s, u"skipped.a"_s }).pick(text), QJsonObject());
    }
};

CV_TEST_CORE_MAIN(TestJsonPick)
#include "tst_jsonpick.moc"
