// The lab's product definition (Inventory module) made entirely offline with ProductEditor, then synced
// to the real sandbox over HTTP: the examples the server creates with the product are matched with the
// local ones, so deleting or editing them offline reaches the server's objects, and nothing is duplicated.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/inventory/producteditor.h"
#include "app/store/localchanges.h"
#include "app/store/outbox.h"

using namespace cv;
using test::SandboxFixture;

namespace {

const QString kProductName = QStringLiteral("Connect Web Conference Software");

struct Client
{
    QNetworkAccessManager network;
    api::ApiClient api { &network };
    std::unique_ptr<store::CacheDatabase> db;
    std::unique_ptr<sync::SyncEngine> engine;
    std::unique_ptr<inventory::ProductEditor> editor;

    Client(const QString &cacheFile, const QString &endpoint, const QByteArray &key)
    {
        api.setEndpoint(QUrl(endpoint));
        api.setApiKey(key);
        db = std::move(store::CacheDatabase::open(cacheFile)).value();
        engine = std::make_unique<sync::SyncEngine>(api, *db);
        editor = std::make_unique<inventory::ProductEditor>(*db, engine->objects(), engine->outbox());
    }

    QString idOf(const QString &kind, const QString &productId, const char *field, const QString &value) const
    {
        for (const store::CachedObject &object : engine->objects().list(kind, productId)) {
            if (object.json.value(QLatin1String(field)).toString() == value)
                return object.id;
        }
        return {};
    }
};

QString errorsOf(const inventory::EditError &error)
{
    return error.errors.join(QLatin1Char('\n'));
}

/// The sandbox's products named `name`.
QJsonArray productsNamed(SandboxFixture &sandbox, const QString &name)
{
    QJsonArray found;
    for (const QJsonValue &value : sandbox.get(QStringLiteral("/products?limit=1000")).array()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            found.append(value);
    }
    return found;
}

QStringList valuesOf(const QJsonArray &array, const char *field)
{
    QStringList values;
    for (const QJsonValue &value : array)
        values << value.toObject().value(QLatin1String(field)).toString();
    values.sort();
    return values;
}

/// The lab's definition, made offline: the product, its examples replaced by one item and one parameter,
/// the activation template using the new parameter.
void makeLabDefinition(Client &client, QString &activationBody)
{
    inventory::ProductEditor &editor = *client.editor;
    const auto created = editor.createProduct(kProductName);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : errorsOf(created.error())));
    const QString local = created.value().id;
    for (const QString &mpn : { QStringLiteral("SKU-A"), QStringLiteral("SKU-B") })
        QVERIFY(editor.remove(QStringLiteral("items"), local, client.idOf(QStringLiteral("items"), local, "mpn", mpn))
                    .ok());
    const auto item = editor.create(QStringLiteral("items"), local,
        { { QStringLiteral("name"), QStringLiteral("SKU Users") },
            { QStringLiteral("mpn"), QStringLiteral("MPN-246-USERS") },
            { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("period"), QStringLiteral("monthly") },
            { QStringLiteral("precision"), QStringLiteral("integer") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } });
    QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : errorsOf(item.error())));
    for (const QString &name : { QStringLiteral("param_a"), QStringLiteral("param_b") })
        QVERIFY(editor
                    .remove(QStringLiteral("parameters"), local,
                        client.idOf(QStringLiteral("parameters"), local, "name", name))
                    .ok());
    const auto parameter = editor.create(QStringLiteral("parameters"), local,
        { { QStringLiteral("name"), QStringLiteral("param_admin_email") },
            { QStringLiteral("title"), QStringLiteral("Administrator email") },
            { QStringLiteral("description"), QStringLiteral("The email of the account administrator") },
            { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("phase"), QStringLiteral("ordering") },
            { QStringLiteral("scope"), QStringLiteral("asset") },
            { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), true } } } });
    QVERIFY2(parameter.ok(), qPrintable(parameter.ok() ? QString() : errorsOf(parameter.error())));
    activationBody
        = QStringLiteral("# Welcome to %1\n\nYour administrator is **{{ param_admin_email }}**.\n").arg(kProductName);
    const QString activation = client.idOf(QStringLiteral("templates"), local, "type", QStringLiteral("fulfillment"));
    QVERIFY(
        editor.update(QStringLiteral("templates"), local, activation, { { QStringLiteral("body"), activationBody } })
            .ok());
}

/// The sandbox holds exactly the lab's product (one item, one parameter, the four templates, the
/// activation template using the new parameter), and the cache mirrors it with server ids.
void verifyLab(SandboxFixture &sandbox, Client &client, const QString &activationBody, QString &productId)
{
    // --- The server holds exactly that product.
    const QJsonArray products = productsNamed(sandbox, kProductName);
    QCOMPARE(products.size(), 1);
    productId = products.first().toObject().value(QStringLiteral("id")).toString();
    const QJsonArray items = sandbox.get(QStringLiteral("/products/%1/items?limit=100").arg(productId)).array();
    QCOMPARE(valuesOf(items, "mpn"), QStringList { QStringLiteral("MPN-246-USERS") });
    QCOMPARE(items.first().toObject().value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("users"));
    const QJsonArray parameters
        = sandbox.get(QStringLiteral("/products/%1/parameters?limit=100").arg(productId)).array();
    QCOMPARE(valuesOf(parameters, "name"), QStringList { QStringLiteral("param_admin_email") });
    QVERIFY(parameters.first()
                .toObject()
                .value(QStringLiteral("constraints"))
                .toObject()
                .value(QStringLiteral("required"))
                .toBool());
    const QJsonArray templates = sandbox.get(QStringLiteral("/products/%1/templates?limit=100").arg(productId)).array();
    QCOMPARE(templates.size(), 4);
    int fulfillment = 0;
    for (const QJsonValue &value : templates) {
        const QJsonObject templ = value.toObject();
        if (templ.value(QStringLiteral("type")).toString() == QLatin1String("fulfillment")) {
            ++fulfillment;
            QCOMPARE(templ.value(QStringLiteral("body")).toString(), activationBody);
        }
    }
    QCOMPARE(fulfillment, 1);

    // The cache mirrors it with server ids; nothing is left to push.
    QCOMPARE(client.engine->outbox().size(), 0);
    QVERIFY(client.engine->objects().get(QStringLiteral("products"), productId));
    const std::pair<const char *, int> expected[] = { { "items", 1 }, { "parameters", 1 }, { "templates", 4 } };
    for (const auto &[kind, count] : expected) {
        store::ObjectQuery all;
        all.includeDeleted = true;
        const QList<store::CachedObject> cached = client.engine->objects().list(QLatin1String(kind), productId, all);
        QCOMPARE(cached.size(), count);
        for (const store::CachedObject &object : cached) {
            QVERIFY2(!store::LocalChanges::isLocalId(object.id), qPrintable(object.id));
            QVERIFY(!object.dirty);
            QVERIFY(!object.json.contains(QStringLiteral("_generated")));
        }
    }
    QCOMPARE(client.engine->objects()
                 .get(QStringLiteral("templates"),
                     client.idOf(QStringLiteral("templates"), productId, "type", QStringLiteral("fulfillment")))
                 ->json.value(QStringLiteral("body"))
                 .toString(),
        activationBody);
}

} // namespace

class TestInventorySync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString cacheFile() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

    static sandbox::SandboxOptions demo()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        return options;
    }

private Q_SLOTS:
    void labDefinitionMadeOfflineThenSynced()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok); // the account and the demo catalogue

        // --- Offline: the whole definition from the lab.
        QString activationBody;
        makeLabDefinition(client, activationBody);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(productsNamed(sandbox, kProductName).size(), 0); // nothing sent yet

        // --- Sync.
        const sync::SyncSummary summary = test::runSync(*client.engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary()));
        QCOMPARE(summary.pushFailed, 0);

        for (const store::CachedObject &product : client.engine->objects().list(QStringLiteral("products"), QString()))
            QVERIFY2(!store::LocalChanges::isLocalId(product.id), qPrintable(product.id));
        QString productId;
        verifyLab(sandbox, client, activationBody, productId);
        if (QTest::currentTestFailed())
            return;

        // --- A second sync changes nothing.
        const QMap<QString, QJsonObject> before = test::dumpCache(*client.db);
        const QByteArray serverItems = sandbox.get(QStringLiteral("/products/%1/items?limit=100").arg(productId)).body;
        const sync::SyncSummary second = test::runSync(*client.engine);
        QVERIFY2(second.ok, qPrintable(second.error.summary()));
        QCOMPARE(second.pushed, 0);
        QCOMPARE(productsNamed(sandbox, kProductName).size(), 1);
        QCOMPARE(sandbox.get(QStringLiteral("/products/%1/items?limit=100").arg(productId)).body, serverItems);
        QCOMPARE(sandbox.get(QStringLiteral("/products/%1/templates?limit=100").arg(productId)).array().size(), 4);
        QCOMPARE(test::dumpCache(*client.db), before);
    }

    /// The same definition pushed through a server that fails requests and cuts connections after acting
    /// (lost answers): syncs stop and resume (product created but its examples not yet matched, items
    /// created twice over lost answers...), and once a clean sync ends the state is exactly the lab's.
    void labDefinitionSurvivesFaults_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("errors") << QStringLiteral("error=0.3,seed=3");
        QTest::newRow("cuts") << QStringLiteral("cut=0.3,seed=5");
        QTest::newRow("both") << QStringLiteral("error=0.2,cut=0.2,seed=11");
    }
    void labDefinitionSurvivesFaults()
    {
        QFETCH(QString, faults);
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        QString activationBody;
        makeLabDefinition(client, activationBody);
        if (QTest::currentTestFailed())
            return;

        sandbox::SandboxOptions faulty;
        faulty.dataFile = sandbox.dataFile();
        faulty.faults = faults;
        SandboxFixture failing(faulty);
        QVERIFY2(failing.ok(), qPrintable(failing.error()));
        client.api.setEndpoint(QUrl(failing.baseUrl()));
        api::RetryPolicy once;
        once.maxAttempts = 1;
        once.timeoutMs = 5000;
        client.api.setRetryPolicy(once);
        sync::SyncEngine::Options pushOnly;
        pushOnly.pull = false;
        int interrupted = 0;
        for (int run = 0; run < 30 && client.engine->outbox().size() > 0; ++run) {
            if (!test::runSync(*client.engine, pushOnly).ok)
                ++interrupted;
        }
        QVERIFY2(interrupted > 0, "the faults never interrupted a push");

        client.api.setEndpoint(QUrl(sandbox.baseUrl()));
        client.api.setRetryPolicy({});
        const sync::SyncSummary clean = test::runSync(*client.engine);
        QVERIFY2(clean.ok, qPrintable(clean.error.summary()));
        QCOMPARE(client.engine->outbox().failed().size(), 0);
        QString productId;
        verifyLab(sandbox, client, activationBody, productId);
    }

    void editedExamplesAndLaterEditsOfNewObjects()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        inventory::ProductEditor &editor = *client.editor;

        // Offline: rename an example item, edit a new item after creating it, describe the product.
        const QString local = editor.createProduct(QStringLiteral("Offline Product")).value().id;
        QVERIFY(editor
                    .update(QStringLiteral("items"), local,
                        client.idOf(QStringLiteral("items"), local, "mpn", QStringLiteral("SKU-A")),
                        { { QStringLiteral("name"), QStringLiteral("Basic seat") } })
                    .ok());
        const auto created = editor.create(QStringLiteral("items"), local,
            { { QStringLiteral("name"), QStringLiteral("Storage") },
                { QStringLiteral("mpn"), QStringLiteral("MPN-GB") }, { QStringLiteral("type"), QStringLiteral("ppu") },
                { QStringLiteral("precision"), QStringLiteral("decimal(2)") },
                { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("gb") } } } });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : errorsOf(created.error())));
        QVERIFY(editor
                    .update(QStringLiteral("items"), local, created.value().id,
                        { { QStringLiteral("description"), QStringLiteral("Per GB") } })
                    .ok());
        QVERIFY(editor.updateProduct(local, { { QStringLiteral("short_description"), QStringLiteral("Made offline") } })
                    .ok());

        const sync::SyncSummary summary = test::runSync(*client.engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary()));
        QCOMPARE(client.engine->outbox().size(), 0);

        const QJsonArray products = productsNamed(sandbox, QStringLiteral("Offline Product"));
        QCOMPARE(products.size(), 1);
        const QString productId = products.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(sandbox.get(QStringLiteral("/products/") + productId)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Made offline"));
        const QJsonArray items = sandbox.get(QStringLiteral("/products/%1/items?limit=100").arg(productId)).array();
        QCOMPARE(valuesOf(items, "mpn"),
            (QStringList { QStringLiteral("MPN-GB"), QStringLiteral("SKU-A"), QStringLiteral("SKU-B") }));
        QCOMPARE(valuesOf(items, "name"),
            (QStringList { QStringLiteral("Basic seat"), QStringLiteral("Sku B"), QStringLiteral("Storage") }));
        for (const QJsonValue &value : items) {
            if (value.toObject().value(QStringLiteral("mpn")).toString() == QLatin1String("MPN-GB"))
                QCOMPARE(value.toObject().value(QStringLiteral("description")).toString(), QStringLiteral("Per GB"));
        }
        QCOMPARE(sandbox.get(QStringLiteral("/products/%1/parameters?limit=100").arg(productId)).array().size(), 2);
        QCOMPARE(client.engine->objects().count(QStringLiteral("items"), productId), 3);
        QCOMPARE(client.engine->objects().count(QStringLiteral("parameters"), productId), 2);
        QCOMPARE(client.engine->objects().count(QStringLiteral("templates"), productId), 4);
    }
};

CV_TEST_CORE_MAIN(TestInventorySync)
#include "tst_inventory_sync.moc"
