// ProductEditor against a real SQLite cache: Connect's rules as you type, every edit written to the cache
// and the outbox together, published items protected, logo checks, and export -> import round trips.
#include "testmain.h"

#include "app/inventory/producteditor.h"
#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

using namespace cv;
using inventory::ProductEditor;

namespace {

const QString kProducts = QStringLiteral("products");
const QString kItems = QStringLiteral("items");
const QString kParameters = QStringLiteral("parameters");
const QString kTemplates = QStringLiteral("templates");
const QString kActions = QStringLiteral("actions");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::CacheDatabase> db;
    std::unique_ptr<store::ObjectRepository> objects;
    std::unique_ptr<store::Outbox> outbox;
    std::unique_ptr<ProductEditor> editor;

    Fixture()
    {
        auto opened = store::CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened)
            qFatal("cannot open the cache: %s", qPrintable(opened.error()));
        db = std::move(opened).value();
        objects = std::make_unique<store::ObjectRepository>(*db);
        outbox = std::make_unique<store::Outbox>(*db);
        editor = std::make_unique<ProductEditor>(*db, *objects, *outbox);
        objects->putServer(QStringLiteral("accounts"), QString(),
            { { QStringLiteral("id"), QStringLiteral("VA-000-001") },
                { QStringLiteral("name"), QStringLiteral("Vendor") } });
    }

    QString newProduct(const QString &name = QStringLiteral("Connect Web Conference Software"))
    {
        const auto created = editor->createProduct(name);
        if (!created)
            qFatal("createProduct: %s", qPrintable(created.error().errors.join(QLatin1Char('\n'))));
        return created.value().id;
    }
    QList<store::OutboxEntry> entries() const { return outbox->pending(); }
    qint64 rows(const QString &kind, const QString &parent = {}) const { return objects->count(kind, parent); }
    QString idOf(const QString &kind, const QString &productId, const char *field, const QString &value) const
    {
        for (const store::CachedObject &object : objects->list(kind, productId)) {
            if (object.json.value(QLatin1String(field)).toString() == value)
                return object.id;
        }
        return {};
    }
};

QJsonObject item(const QString &mpn, const QString &type, const QString &period,
    const QString &precision = QStringLiteral("integer"), int commitment = 1,
    const QString &unit = QStringLiteral("users"))
{
    QJsonObject json { { QStringLiteral("name"), QString(QStringLiteral("Item ") + mpn) },
        { QStringLiteral("mpn"), mpn }, { QStringLiteral("type"), type }, { QStringLiteral("period"), period },
        { QStringLiteral("precision"), precision },
        { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), unit } } } };
    if (commitment != 1)
        json.insert(QStringLiteral("commitment"), QJsonObject { { QStringLiteral("count"), commitment } });
    return json;
}

QJsonObject parameter(const QString &name, const QString &type, const QString &phase, const QString &scope,
    const QJsonArray &choices = {})
{
    QJsonObject json { { QStringLiteral("name"), name },
        { QStringLiteral("title"), QString(QStringLiteral("Title of ") + name) }, { QStringLiteral("type"), type },
        { QStringLiteral("phase"), phase }, { QStringLiteral("scope"), scope } };
    if (!choices.isEmpty())
        json.insert(QStringLiteral("constraints"), QJsonObject { { QStringLiteral("choices"), choices } });
    return json;
}

QJsonArray choices(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(QJsonObject { { QStringLiteral("value"), value }, { QStringLiteral("label"), value } });
    return array;
}

/// The fields an error list names ("mpn: ..." -> "mpn").
QStringList fields(const QStringList &errors)
{
    QStringList names;
    for (const QString &error : errors)
        names << error.section(QLatin1Char(':'), 0, 0);
    names.removeDuplicates();
    return names;
}

QByteArray png(int size = 64)
{
    QByteArray data = QByteArray::fromHex("89504e470d0a1a0a");
    data.append(QByteArray(size, 'x'));
    return data;
}

/// A list of objects without ids and events, sorted, for comparing definitions.
QJsonArray comparable(const QJsonArray &array, const char *sortKey)
{
    QList<QJsonObject> objects;
    for (const QJsonValue &value : array) {
        QJsonObject object = value.toObject();
        for (const char *key : { "id", "events" })
            object.remove(QLatin1String(key));
        objects << object;
    }
    std::sort(objects.begin(), objects.end(), [sortKey](const QJsonObject &a, const QJsonObject &b) {
        const QString ka = a.value(QLatin1String(sortKey)).toString() + a.value(QStringLiteral("scope")).toString();
        const QString kb = b.value(QLatin1String(sortKey)).toString() + b.value(QStringLiteral("scope")).toString();
        return ka < kb;
    });
    QJsonArray result;
    for (const QJsonObject &object : objects)
        result.append(object);
    return result;
}

} // namespace

class TestProductEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemRules_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<QStringList>("errorFields");
        const QStringList none;
        QTest::newRow("reservation monthly")
            << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"), QStringLiteral("monthly")) << none;
        QTest::newRow("reservation decimal") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("monthly"), QStringLiteral("decimal(2)"))
                                             << QStringList { QStringLiteral("precision") };
        QTest::newRow("Reservation capitalised")
            << item(QStringLiteral("MPN-1"), QStringLiteral("Reservation"), QStringLiteral("Monthly")) << none;
        QTest::newRow("ppu monthly decimal") << item(
            QStringLiteral("MPN-1"), QStringLiteral("ppu"), QStringLiteral("monthly"), QStringLiteral("decimal(2)"))
                                             << none;
        QTest::newRow("ppu yearly") << item(QStringLiteral("MPN-1"), QStringLiteral("ppu"), QStringLiteral("yearly"))
                                    << QStringList { QStringLiteral("period") };
        QTest::newRow("monthly 12 periods") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("monthly"), QStringLiteral("integer"), 12)
                                            << none;
        QTest::newRow("monthly 5 periods") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("monthly"), QStringLiteral("integer"), 5)
                                           << QStringList { QStringLiteral("commitment") };
        QTest::newRow("yearly 3 periods") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("yearly"), QStringLiteral("integer"), 3)
                                          << none;
        QTest::newRow("years_3 3 periods") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("years_3"), QStringLiteral("integer"), 3)
                                           << QStringList { QStringLiteral("commitment") };
        QTest::newRow("onetime commitment") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("onetime"), QStringLiteral("integer"), 12)
                                            << QStringList { QStringLiteral("commitment") };
        QTest::newRow("weekly") << item(
            QStringLiteral("MPN-1"), QStringLiteral("reservation"), QStringLiteral("weekly"))
                                << QStringList { QStringLiteral("period") };
        QTest::newRow("MPN of an example") << item(QStringLiteral("SKU-A"), QStringLiteral("reservation"),
            QStringLiteral("monthly")) << QStringList { QStringLiteral("mpn") };
        QTest::newRow("no MPN") << item(QString(), QStringLiteral("reservation"), QStringLiteral("monthly"))
                                << QStringList { QStringLiteral("mpn") };
        QTest::newRow("any unit id") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("monthly"), QStringLiteral("integer"), 1, QStringLiteral("gb-month"))
                                     << none;
        QTest::newRow("no unit") << item(QStringLiteral("MPN-1"), QStringLiteral("reservation"),
            QStringLiteral("monthly"), QStringLiteral("integer"), 1, QString())
                                 << QStringList { QStringLiteral("unit") };
        QTest::newRow("unknown type") << item(QStringLiteral("MPN-1"), QStringLiteral("bundle"),
            QStringLiteral("monthly")) << QStringList { QStringLiteral("type") };
    }
    void itemRules()
    {
        QFETCH(QJsonObject, item);
        QFETCH(QStringList, errorFields);
        Fixture f;
        const QString product = f.newProduct();
        const QStringList errors = f.editor->checkItem(product, item);
        QCOMPARE(fields(errors), errorFields);
        // create() applies the same check, and a refused create writes nothing.
        const qint64 before = f.outbox->size();
        const auto created = f.editor->create(kItems, product, item);
        QCOMPARE(created.ok(), errorFields.isEmpty());
        QCOMPARE(f.outbox->size(), before + (errorFields.isEmpty() ? 1 : 0));
        QCOMPARE(f.rows(kItems, product), errorFields.isEmpty() ? 3 : 2);
    }

    void parameterRules_data()
    {
        QTest::addColumn<QJsonObject>("parameter");
        QTest::addColumn<QStringList>("errorFields");
        const QStringList none;
        QTest::newRow("text ordering asset") << parameter(QStringLiteral("param_admin_email"), QStringLiteral("text"),
            QStringLiteral("ordering"), QStringLiteral("asset"))
                                             << none;
        QTest::newRow("space in id") << parameter(
            QStringLiteral("admin email"), QStringLiteral("text"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                     << QStringList { QStringLiteral("name") };
        QTest::newRow("dot in id") << parameter(
            QStringLiteral("admin.email"), QStringLiteral("text"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                   << QStringList { QStringLiteral("name") };
        QTest::newRow("ordering product scope") << parameter(
            QStringLiteral("p1"), QStringLiteral("text"), QStringLiteral("ordering"), QStringLiteral("product"))
                                                << QStringList { QStringLiteral("scope") };
        QTest::newRow("configuration item scope") << parameter(
            QStringLiteral("p1"), QStringLiteral("text"), QStringLiteral("configuration"), QStringLiteral("item"))
                                                  << none;
        QTest::newRow("configuration asset scope") << parameter(
            QStringLiteral("p1"), QStringLiteral("text"), QStringLiteral("configuration"), QStringLiteral("asset"))
                                                   << QStringList { QStringLiteral("scope") };
        QTest::newRow("fulfillment tier1") << parameter(
            QStringLiteral("p1"), QStringLiteral("email"), QStringLiteral("fulfillment"), QStringLiteral("tier1"))
                                           << none;
        QTest::newRow("dropdown without choices") << parameter(
            QStringLiteral("p1"), QStringLiteral("dropdown"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                                  << QStringList { QStringLiteral("constraints.choices") };
        QTest::newRow("dropdown with choices") << parameter(QStringLiteral("p1"), QStringLiteral("dropdown"),
            QStringLiteral("ordering"), QStringLiteral("asset"), choices({ QStringLiteral("a"), QStringLiteral("b") }))
                                               << none;
        QTest::newRow("choice with duplicate values") << parameter(QStringLiteral("p1"), QStringLiteral("choice"),
            QStringLiteral("ordering"), QStringLiteral("asset"), choices({ QStringLiteral("a"), QStringLiteral("a") }))
                                                      << QStringList { QStringLiteral("constraints.choices") };
        QTest::newRow("checkbox without choices") << parameter(
            QStringLiteral("p1"), QStringLiteral("checkbox"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                                  << QStringList { QStringLiteral("constraints.choices") };
        QTest::newRow("name of an example") << parameter(
            QStringLiteral("param_a"), QStringLiteral("text"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                            << QStringList { QStringLiteral("name") };
        QTest::newRow("unknown type") << parameter(
            QStringLiteral("p1"), QStringLiteral("colour"), QStringLiteral("ordering"), QStringLiteral("asset"))
                                      << QStringList { QStringLiteral("type") };
    }
    void parameterRules()
    {
        QFETCH(QJsonObject, parameter);
        QFETCH(QStringList, errorFields);
        Fixture f;
        const QString product = f.newProduct();
        QCOMPARE(fields(f.editor->checkParameter(product, parameter)), errorFields);
        const auto created = f.editor->create(kParameters, product, parameter);
        QCOMPARE(created.ok(), errorFields.isEmpty());
        QCOMPARE(f.rows(kParameters, product), errorFields.isEmpty() ? 3 : 2);
    }

    void createProductMakesTheExamplesLocally()
    {
        Fixture f;
        QCOMPARE(f.editor->createProduct(QStringLiteral("  ")).error().errors,
            QStringList { QStringLiteral("name: This field is required.") });
        QVERIFY(!f.editor->createProduct(QString(256, QLatin1Char('n'))).ok());
        QCOMPARE(f.outbox->size(), 0);

        const QString product = f.newProduct(QStringLiteral("Connect Web Conference Software"));
        QVERIFY(store::LocalChanges::isLocalId(product));
        const QJsonObject json = f.objects->get(kProducts, product)->json;
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(json.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("VA-000-001"));
        QCOMPARE(json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("versions")).toInt(), 0);
        QVERIFY(json.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("subscription")));
        QVERIFY(
            json.value(QStringLiteral("customer_ui_settings")).toObject().contains(QStringLiteral("download_links")));

        // One outbox entry (the product); the examples are the server's to create.
        const QList<store::OutboxEntry> queued = f.entries();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().operation, QStringLiteral("create"));
        QCOMPARE(queued.first().method, QByteArray("POST"));
        QCOMPARE(queued.first().path, QStringLiteral("/products"));
        QCOMPARE(queued.first().body,
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("Connect Web Conference Software") } }));
        QCOMPARE(queued.first().naturalKey, QStringLiteral("Connect Web Conference Software"));

        QCOMPARE(f.rows(kItems, product), 2);
        QCOMPARE(f.rows(kParameters, product), 2);
        QCOMPARE(f.rows(kTemplates, product), 4);
        QVERIFY(!f.idOf(kItems, product, "mpn", QStringLiteral("SKU-A")).isEmpty());
        QVERIFY(!f.idOf(kItems, product, "mpn", QStringLiteral("SKU-B")).isEmpty());
        QVERIFY(!f.idOf(kParameters, product, "name", QStringLiteral("param_a")).isEmpty());
        QVERIFY(!f.idOf(kParameters, product, "name", QStringLiteral("param_b")).isEmpty());
        for (const QString &kind : { kItems, kParameters, kTemplates }) {
            for (const store::CachedObject &object : f.objects->list(kind, product)) {
                QVERIFY(object.json.value(QStringLiteral("_generated")).toBool());
                QVERIFY(store::LocalChanges::isLocalId(object.id));
            }
        }
        int fulfillment = 0;
        for (const store::CachedObject &templ : f.objects->list(kTemplates, product)) {
            if (templ.json.value(QStringLiteral("type")).toString() == QLatin1String("fulfillment")) {
                ++fulfillment;
                QVERIFY(templ.json.value(QStringLiteral("body"))
                            .toString()
                            .contains(QStringLiteral("# Welcome to Connect Web Conference Software")));
            }
        }
        QCOMPARE(fulfillment, 1);
    }

    void editsWriteCacheAndOutboxTogether()
    {
        Fixture f;
        const QString product = f.newProduct();
        const QString exampleA = f.idOf(kItems, product, "mpn", QStringLiteral("SKU-A"));

        // Delete an example, add an item, edit it, delete it.
        QVERIFY(f.editor->remove(kItems, product, exampleA).ok());
        QVERIFY(f.objects->get(kItems, exampleA)->deleted);
        const auto created = f.editor->create(kItems, product,
            item(QStringLiteral("MPN-246-USERS"), QStringLiteral("reservation"), QStringLiteral("monthly")));
        QVERIFY(created.ok());
        const QString id = created.value().id;
        QVERIFY(
            f.editor->update(kItems, product, id, { { QStringLiteral("name"), QStringLiteral("SKU Users") } }).ok());
        QCOMPARE(
            f.objects->get(kItems, id)->json.value(QStringLiteral("name")).toString(), QStringLiteral("SKU Users"));
        QVERIFY(f.editor->remove(kItems, product, id).ok());

        const QList<store::OutboxEntry> queued = f.entries();
        QCOMPARE(queued.size(), 5);
        QCOMPARE(queued.at(1).method, QByteArray("DELETE"));
        QCOMPARE(queued.at(1).path, QStringLiteral("/products/%1/items/%2").arg(product, exampleA));
        QCOMPARE(queued.at(2).method, QByteArray("POST"));
        QCOMPARE(queued.at(2).path, QStringLiteral("/products/%1/items").arg(product));
        QCOMPARE(queued.at(2).naturalKey, QStringLiteral("MPN-246-USERS"));
        QCOMPARE(queued.at(2).parentId, product);
        QVERIFY(!queued.at(2).body.contains(QStringLiteral("id")));
        QCOMPARE(queued.at(3).method, QByteArray("PUT"));
        QCOMPARE(queued.at(3).path, QStringLiteral("/products/%1/items/%2").arg(product, id));
        QCOMPARE(queued.at(3).body, (QJsonObject { { QStringLiteral("name"), QStringLiteral("SKU Users") } }));
        QCOMPARE(queued.at(4).operation, QStringLiteral("delete"));

        // Refused edits write nothing.
        const qint64 size = f.outbox->size();
        QVERIFY(!f.editor
                     ->update(kParameters, product, f.idOf(kParameters, product, "name", QStringLiteral("param_a")),
                         { { QStringLiteral("scope"), QStringLiteral("product") } })
                     .ok());
        QVERIFY(
            !f.editor
                 ->update(kItems, product, QStringLiteral("nope"), { { QStringLiteral("name"), QStringLiteral("x") } })
                 .ok());
        QVERIFY(!f.editor->create(QStringLiteral("widgets"), product, {}).ok());
        QVERIFY(!f.editor->remove(kItems, product, exampleA).ok()); // already deleted
        QCOMPARE(f.outbox->size(), size);

        // Templates: scope is fixed; the body can change. Actions: unique ids.
        const QString fulfillment = f.idOf(kTemplates, product, "type", QStringLiteral("fulfillment"));
        QVERIFY(
            !f.editor->update(
                         kTemplates, product, fulfillment, { { QStringLiteral("scope"), QStringLiteral("tier1") } })
                 .ok());
        QVERIFY(f.editor
                    ->update(kTemplates, product, fulfillment,
                        { { QStringLiteral("body"), QStringLiteral("Hi {{ param_a }}") } })
                    .ok());
        const QJsonObject action { { QStringLiteral("action"), QStringLiteral("sso") },
            { QStringLiteral("name"), QStringLiteral("Open portal") },
            { QStringLiteral("description"), QStringLiteral("Single sign-on") } };
        QVERIFY(f.editor->create(kActions, product, action).ok());
        QCOMPARE(fields(f.editor->checkAction(product, action)), QStringList { QStringLiteral("action") });
        QVERIFY(!f.editor->create(kActions, product, action).ok());

        // The product's profile: merged, checked, the patch queued.
        QVERIFY(
            f.editor
                ->updateProduct(product, { { QStringLiteral("short_description"), QStringLiteral("Video meetings") } })
                .ok());
        QCOMPARE(f.entries().last().body,
            (QJsonObject { { QStringLiteral("short_description"), QStringLiteral("Video meetings") } }));
        QVERIFY(
            !f.editor
                 ->updateProduct(product, { { QStringLiteral("short_description"), QString(513, QLatin1Char('x')) } })
                 .ok());
        QVERIFY(!f.editor->updateProduct(product, { { QStringLiteral("status"), QStringLiteral("published") } }).ok());

        QVERIFY(f.editor->regenerateActionSecret(product).ok());
        QCOMPARE(f.entries().last().path, QStringLiteral("/products/%1/actions/regeneratesecret").arg(product));
        QCOMPARE(f.entries().last().operation, QStringLiteral("action"));
    }

    void publishedItemsAndNameLock()
    {
        Fixture f;
        const QString product = QStringLiteral("PRD-111-222-333");
        f.objects->putServer(kProducts, QString(),
            { { QStringLiteral("id"), product }, { QStringLiteral("name"), QStringLiteral("Published one") },
                { QStringLiteral("status"), QStringLiteral("published") },
                { QStringLiteral("stats"), QJsonObject { { QStringLiteral("versions"), 1 } } } });
        QJsonObject published = item(QStringLiteral("MPN-1"), QStringLiteral("reservation"), QStringLiteral("monthly"));
        published.insert(QStringLiteral("id"), QStringLiteral("PRD-111-222-333-0001"));
        published.insert(QStringLiteral("status"), QStringLiteral("published"));
        f.objects->putServer(kItems, product, published);
        const QString id = QStringLiteral("PRD-111-222-333-0001");

        QVERIFY(f.editor->isPublished(product));
        QCOMPARE(f.editor->remove(kItems, product, id).error().errors,
            QStringList { QStringLiteral("Only draft Item can be deleted.") });
        QCOMPARE(fields(f.editor->update(kItems, product, id, { { QStringLiteral("type"), QStringLiteral("ppu") } })
                            .error()
                            .errors)
                     .first(),
            QStringLiteral("type"));
        QCOMPARE(
            fields(f.editor->update(kItems, product, id, { { QStringLiteral("period"), QStringLiteral("yearly") } })
                       .error()
                       .errors),
            QStringList { QStringLiteral("period") });
        QCOMPARE(f.outbox->size(), 0);
        QVERIFY(f.editor
                    ->update(kItems, product, id,
                        { { QStringLiteral("name"), QStringLiteral("Renamed") },
                            { QStringLiteral("description"), QStringLiteral("New text") } })
                    .ok());
        QCOMPARE(f.outbox->size(), 1);

        QVERIFY(!f.editor->nameLockReason(product).isEmpty());
        const auto renamed
            = f.editor->updateProduct(product, { { QStringLiteral("name"), QStringLiteral("Other name") } });
        QVERIFY(!renamed.ok());
        QVERIFY(renamed.error().errors.contains(f.editor->nameLockReason(product)));
        QVERIFY(
            f.editor
                ->updateProduct(product, { { QStringLiteral("short_description"), QStringLiteral("Still editable") } })
                .ok());

        const QString draft = f.newProduct(QStringLiteral("Draft"));
        QVERIFY(!f.editor->isPublished(draft));
        QVERIFY(f.editor->nameLockReason(draft).isEmpty());
        QVERIFY(f.editor->updateProduct(draft, { { QStringLiteral("name"), QStringLiteral("Renamed draft") } }).ok());
    }

    void logo()
    {
        Fixture f;
        const QString product = f.newProduct();
        const qint64 size = f.outbox->size();
        QCOMPARE(
            fields(f.editor->setLogo(product, QByteArray("GIF89a........"), QStringLiteral("logo.gif")).error().errors),
            QStringList { QStringLiteral("icon") });
        QByteArray big = png(1024 * 1024);
        QCOMPARE(fields(f.editor->setLogo(product, big, QStringLiteral("big.png")).error().errors),
            QStringList { QStringLiteral("icon") });
        QCOMPARE(f.outbox->size(), size);

        QVERIFY(f.editor->setLogo(product, png(), QStringLiteral("/home/me/logo.png")).ok());
        const store::OutboxEntry entry = f.entries().last();
        QCOMPARE(entry.operation, QStringLiteral("upload"));
        QCOMPARE(entry.method, QByteArray("PUT"));
        QCOMPARE(entry.path, QStringLiteral("/products/") + product);
        QCOMPARE(entry.blobName, QStringLiteral("icon|logo.png"));
        QCOMPARE(entry.contentType, QStringLiteral("image/png"));
        QCOMPARE(entry.blob, png());
        QVERIFY(entry.body.isEmpty());

        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(100, 'j');
        QVERIFY(f.editor->setLogo(product, jpeg, QStringLiteral("logo.jpg")).ok());
        QCOMPARE(f.entries().last().contentType, QStringLiteral("image/jpeg"));
    }

    void exportImportRoundTrip()
    {
        Fixture f;
        const QString product = f.newProduct();
        QVERIFY(f.editor
                    ->updateProduct(product,
                        { { QStringLiteral("short_description"), QStringLiteral("Video meetings") },
                            { QStringLiteral("external_id"), QStringLiteral("EXT-1") } })
                    .ok());
        // Keep one example item (edited), drop the other; two new items; a new parameter; edited templates; an action.
        const QString skuA = f.idOf(kItems, product, "mpn", QStringLiteral("SKU-A"));
        QVERIFY(f.editor->update(kItems, product, skuA, { { QStringLiteral("name"), QStringLiteral("Sku A renamed") } })
                    .ok());
        QVERIFY(f.editor->remove(kItems, product, f.idOf(kItems, product, "mpn", QStringLiteral("SKU-B"))).ok());
        QVERIFY(f.editor
                    ->create(kItems, product,
                        item(QStringLiteral("MPN-246-USERS"), QStringLiteral("reservation"), QStringLiteral("monthly"),
                            QStringLiteral("integer"), 12))
                    .ok());
        QVERIFY(f.editor
                    ->create(kItems, product,
                        item(QStringLiteral("MPN-GB"), QStringLiteral("ppu"), QStringLiteral("monthly"),
                            QStringLiteral("decimal(2)"), 1, QStringLiteral("gb")))
                    .ok());
        QVERIFY(f.editor->remove(kParameters, product, f.idOf(kParameters, product, "name", QStringLiteral("param_b")))
                    .ok());
        QVERIFY(f.editor
                    ->create(kParameters, product,
                        parameter(QStringLiteral("plan"), QStringLiteral("dropdown"), QStringLiteral("ordering"),
                            QStringLiteral("asset"), choices({ QStringLiteral("basic"), QStringLiteral("pro") })))
                    .ok());
        QVERIFY(f.editor
                    ->update(kTemplates, product, f.idOf(kTemplates, product, "type", QStringLiteral("fulfillment")),
                        { { QStringLiteral("body"), QStringLiteral("Admin: {{ param_a }}") } })
                    .ok());
        QVERIFY(f.editor
                    ->create(kTemplates, product,
                        { { QStringLiteral("name"), QStringLiteral("Pending note") },
                            { QStringLiteral("scope"), QStringLiteral("asset") },
                            { QStringLiteral("type"), QStringLiteral("pending") },
                            { QStringLiteral("body"), QStringLiteral("Wait") } })
                    .ok());
        QVERIFY(f.editor
                    ->create(kActions, product,
                        { { QStringLiteral("action"), QStringLiteral("sso") },
                            { QStringLiteral("name"), QStringLiteral("Portal") },
                            { QStringLiteral("description"), QStringLiteral("Open the portal") } })
                    .ok());

        const QJsonObject exported = f.editor->exportProduct(product);
        QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("connect-vendor-product/1"));
        QCOMPARE(exported.value(QStringLiteral("items")).toArray().size(), 3);
        QVERIFY(!QJsonDocument(exported).toJson().contains("_generated"));

        const qint64 products = f.rows(kProducts);
        const auto imported = f.editor->importProduct(exported);
        QVERIFY2(
            imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().errors.join(QLatin1Char('\n'))));
        const QString copy = imported.value().id;
        QVERIFY(copy != product);
        QCOMPARE(f.rows(kProducts), products + 1);

        const QJsonObject again = f.editor->exportProduct(copy);
        for (const char *field :
            { "name", "short_description", "external_id", "customer_ui_settings", "capabilities", "configurations" })
            QCOMPARE(again.value(QStringLiteral("product")).toObject().value(QLatin1String(field)),
                exported.value(QStringLiteral("product")).toObject().value(QLatin1String(field)));
        const std::pair<const char *, const char *> lists[]
            = { { "items", "mpn" }, { "parameters", "name" }, { "templates", "name" }, { "actions", "action" } };
        for (const auto &[list, key] : lists) {
            const QJsonArray a = comparable(exported.value(QLatin1String(list)).toArray(), key);
            const QJsonArray b = comparable(again.value(QLatin1String(list)).toArray(), key);
            if (a != b)
                qWarning().noquote() << list << QJsonDocument(a).toJson() << QJsonDocument(b).toJson();
            QCOMPARE(b, a);
        }
        // The copy's examples the import did not take over are deleted (their deletes queued for the server's copies).
        QVERIFY(f.idOf(kItems, copy, "mpn", QStringLiteral("SKU-B")).isEmpty());
    }

    void brokenImportCreatesNothing()
    {
        Fixture f;
        const QString product = f.newProduct();
        QVERIFY(f.editor
                    ->create(kItems, product,
                        item(QStringLiteral("MPN-1"), QStringLiteral("reservation"), QStringLiteral("monthly")))
                    .ok());
        QJsonObject definition = f.editor->exportProduct(product);
        QJsonArray items = definition.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QJsonObject broken = items.at(1).toObject();
        broken.insert(QStringLiteral("period"), QStringLiteral("fortnightly"));
        items.replace(1, broken);
        definition.insert(QStringLiteral("items"), items);

        const qint64 products = f.rows(kProducts);
        const qint64 queued = f.outbox->size();
        const auto imported = f.editor->importProduct(definition);
        QVERIFY(!imported.ok());
        const QString errors = imported.error().errors.join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QStringLiteral("items[1]")) && errors.contains(QStringLiteral("period:")),
            qPrintable(errors));
        QCOMPARE(f.rows(kProducts), products);
        QCOMPARE(f.outbox->size(), queued);
        QCOMPARE(f.rows(kItems), 3);

        QVERIFY(!f.editor->importProduct({ { QStringLiteral("format"), QStringLiteral("something-else") } }).ok());
        QJsonObject duplicate = f.editor->exportProduct(product);
        QJsonArray parameters = duplicate.value(QStringLiteral("parameters")).toArray();
        parameters.append(parameters.first());
        duplicate.insert(QStringLiteral("parameters"), parameters);
        const auto twice = f.editor->importProduct(duplicate);
        QVERIFY(!twice.ok());
        QVERIFY(
            twice.error().errors.join(QLatin1Char('\n')).contains(QStringLiteral("parameters[2] \"param_a\": name:")));
        QCOMPARE(f.rows(kProducts), products);
    }
};

CV_TEST_CORE_MAIN(TestProductEditor)
#include "tst_producteditor.moc"
