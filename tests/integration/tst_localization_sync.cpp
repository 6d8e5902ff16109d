// Issue 16: a product's texts round-trip through gettext against the real sandbox over HTTP: download the
// .po (made from the cache), translate, upload (checked, applied to the cache, queued), sync, the sandbox
// holds the translation, download again and compare. Bad files change nothing in the cache or the outbox.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/content/pofile.h"
#include "app/inventory/localizationeditor.h"
#include "app/inventory/producteditor.h"
#include "app/store/outbox.h"

using namespace cv;
using test::SandboxFixture;

namespace {

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
    inventory::LocalizationEditor &l10n() { return editor->localization(); }
};

/// "Text {{ x }}" -> "[fr] Text {{ x }}": a translation that keeps placeholders and link targets.
QString pseudo(const QString &locale, const QString &source)
{
    return QStringLiteral("[%1] ").arg(locale) + source;
}

QMap<QString, std::pair<QString, QString>> entriesOf(const QByteArray &po)
{
    QMap<QString, std::pair<QString, QString>> map;
    const auto catalog = content::parsePo(po);
    if (!catalog)
        return { { QStringLiteral("<error>"), { catalog.error(), QString() } } };
    for (const content::PoEntry &entry : catalog.value().entries)
        map.insert(entry.context, { entry.msgid, entry.msgstr });
    return map;
}

} // namespace

class TestLocalizationSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Client> m_client;
    QString m_product;
    int m_files = 0;

    QString download(const QString &locale)
    {
        return QString::fromUtf8(
            m_sandbox->get(QStringLiteral("/products/%1/localizations/%2/download").arg(m_product, locale)).body);
    }

private Q_SLOTS:
    void init()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_client = std::make_unique<Client>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)),
            m_sandbox->baseUrl(), m_sandbox->apiKey());
        QVERIFY(test::runSync(*m_client->engine).ok);
        for (const store::CachedObject &product :
            m_client->engine->objects().list(QStringLiteral("products"), QString())) {
            if (product.json.value(QStringLiteral("name")).toString() == QLatin1String("Connect Cloud Storage"))
                m_product = product.id;
        }
        QVERIFY(!m_product.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void cachedLocalizationsCarryTheServersTranslations()
    {
        // The seed's German name arrives with the sync, cached under "<PRD>:DE" (ids are per product).
        QVERIFY(m_client->l10n().localesOf(m_product).contains(QStringLiteral("DE")));
        QCOMPARE(m_client->l10n()
                     .translations(m_product, QStringLiteral("DE"))
                     .value(QStringLiteral("product.%1.name").arg(m_product)),
            QStringLiteral("Connect Cloud-Speicher"));
    }

    void poRoundTripThroughTheSandbox()
    {
        inventory::LocalizationEditor &l10n = m_client->l10n();
        const QList<inventory::ProductText> texts = l10n.texts(m_product);
        QVERIFY(texts.size() >= 20);

        // --- Download (from the cache, offline): every text with its msgctxt, field and reference.
        const QByteArray downloaded = inventory::exportPo(m_product, QStringLiteral("FR"), texts, {});
        auto catalog = content::parsePo(downloaded, QStringLiteral("fr.po"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error()));
        QCOMPARE(catalog.value().entries.size(), texts.size());
        for (const char *kind : { ".items.", ".parameters.", ".templates.", ".actions.", ".customer_ui_settings." }) {
            QVERIFY2(std::any_of(catalog.value().entries.begin(), catalog.value().entries.end(),
                         [kind](const content::PoEntry &e) { return e.context.contains(QLatin1String(kind)); }),
                kind);
        }
        for (const content::PoEntry &entry : catalog.value().entries) {
            QVERIFY(!entry.references.isEmpty());
            QVERIFY(!entry.extractedComments.isEmpty());
        }

        // --- Translate, upload: checked, applied to the cache at once, queued.
        content::PoCatalog translated = catalog.value();
        for (content::PoEntry &entry : translated.entries)
            entry.msgstr = pseudo(QStringLiteral("fr"), entry.msgid);
        const auto plan = inventory::planPoImport(
            content::writePo(translated), QStringLiteral("fr.po"), QStringLiteral("FR"), texts, {});
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().join(QLatin1Char('\n'))));
        QCOMPARE(plan.value().changes.size(), texts.size());
        QCOMPARE(plan.value().outdatedCount(), 0);
        const qint64 queuedBefore = m_client->engine->outbox().size();
        const auto applied = l10n.apply(m_product, QStringLiteral("FR"), plan.value(), false);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), int(texts.size()));
        QCOMPARE(m_client->engine->outbox().size(), queuedBefore + 1);
        QCOMPARE(inventory::completion(texts, l10n.translations(m_product, QStringLiteral("FR"))), 100);

        // --- Sync: the sandbox holds the translation.
        const sync::SyncSummary summary = test::runSync(*m_client->engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary()));
        QCOMPARE(summary.pushFailed, 0);
        QCOMPARE(m_client->engine->outbox().size(), 0);
        const auto server = entriesOf(download(QStringLiteral("FR")).toUtf8());
        QCOMPARE(server.size(), texts.size());
        for (const inventory::ProductText &text : texts)
            QCOMPARE(server.value(text.key).second, pseudo(QStringLiteral("fr"), text.source));

        // --- Download again (after the sync, from the cache) and compare with the server's file.
        const QByteArray again = inventory::exportPo(
            m_product, QStringLiteral("FR"), l10n.texts(m_product), l10n.translations(m_product, QStringLiteral("FR")));
        QCOMPARE(entriesOf(again), server);
        QVERIFY(!m_client->engine->objects()
                     .get(QStringLiteral("localizations"),
                         inventory::LocalizationEditor::localizationId(m_product, QStringLiteral("FR")))
                     ->dirty);
    }

    void oneFieldTypedInTheGridIsSynced()
    {
        inventory::LocalizationEditor &l10n = m_client->l10n();
        const QString key = QStringLiteral("product.%1.description").arg(m_product);
        // The placeholder check: a template body without its placeholder is refused.
        QString bodyKey;
        for (const inventory::ProductText &text : l10n.texts(m_product)) {
            if (text.key.endsWith(QLatin1String(".body")) && text.source.contains(QLatin1String("{{")))
                bodyKey = text.key;
        }
        QVERIFY(!bodyKey.isEmpty());
        const auto refused = l10n.setTranslation(m_product, QStringLiteral("ES"), bodyKey, QStringLiteral("Hola"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().join(QLatin1Char(' ')).contains(QLatin1String("missing placeholder")),
            qPrintable(refused.error().join(QLatin1Char(' '))));
        QVERIFY(
            l10n.setTranslation(m_product, QStringLiteral("ES"), key, QStringLiteral("Almacenamiento seguro")).ok());
        QVERIFY(test::runSync(*m_client->engine).ok);
        QCOMPARE(entriesOf(download(QStringLiteral("ES")).toUtf8()).value(key).second,
            QStringLiteral("Almacenamiento seguro"));
    }

    void outdatedEntriesAreAppliedOnlyWhenConfirmed()
    {
        inventory::LocalizationEditor &l10n = m_client->l10n();
        const QList<inventory::ProductText> texts = l10n.texts(m_product);
        const QString key = QStringLiteral("product.%1.description").arg(m_product);
        content::PoCatalog old = inventory::catalogFor(m_product, QStringLiteral("DE"), texts, {});
        for (content::PoEntry &entry : old.entries) {
            if (entry.context == key) {
                entry.msgid = QStringLiteral("An older short description.");
                entry.msgstr = QStringLiteral("Eine ältere Kurzbeschreibung.");
            }
        }
        const auto plan = inventory::planImport(old, QStringLiteral("de.po"), QStringLiteral("DE"), texts,
            l10n.translations(m_product, QStringLiteral("DE")));
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 1);
        QVERIFY(plan.value().changes.first().outdated);
        QCOMPARE(l10n.apply(m_product, QStringLiteral("DE"), plan.value(), false).value(), 0);
        QVERIFY(l10n.translations(m_product, QStringLiteral("DE")).value(key).isEmpty());
        QCOMPARE(l10n.apply(m_product, QStringLiteral("DE"), plan.value(), true).value(), 1);
        const sync::SyncSummary summary = test::runSync(*m_client->engine);
        QVERIFY2(summary.ok && summary.pushFailed == 0, qPrintable(summary.error.summary()));
        QCOMPARE(entriesOf(download(QStringLiteral("DE")).toUtf8()).value(key).second,
            QStringLiteral("Eine ältere Kurzbeschreibung."));
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n"
                                  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
        const QByteArray name = "msgctxt \"product.%1.name\"\nmsgid \"Connect Cloud Storage\"\n";
        QTest::newRow("syntax error") << QByteArray(header + name + "msgstr \"Speicher\n")
                                      << QStringLiteral("line 9: end-of-line within string");
        QTest::newRow("undeclared charset") << QByteArray("msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n" + name
            + "msgstr \"Gr\xc3\xb6\xc3\x9f"
              "e\"\n") << QStringLiteral("line 7: non-ASCII text, but the header declares no charset");
        QTest::newRow("wrong charset") << QByteArray(header + name
            + "msgstr \"Gr\xf6\xdf"
              "e\"\n")
                                       << QStringLiteral("line 8, column 11: invalid multibyte sequence (the text is "
                                                         "not in the charset the header declares)");
        QTest::newRow("msgctxt names no field")
            << QByteArray(header + "msgctxt \"product.%1.nonsense\"\nmsgid \"x\"\nmsgstr \"y\"\n")
            << QStringLiteral("line 7: msgctxt \"product.%1.nonsense\" names no field");
        QTest::newRow("missing placeholder") << QByteArray(
            header + name + "msgstr \"Speicher\"\n\n" + "msgctxt \"%2\"\nmsgid \"%3\"\nmsgstr \"Hallo\"\n")
                                             << QStringLiteral("line 11: msgctxt \"%2\": missing placeholder {{");
        QTest::newRow("plural for a field without plural")
            << QByteArray(header
                   + "msgctxt \"product.%1.name\"\nmsgid \"Connect Cloud Storage\"\n"
                     "msgid_plural \"Connect Cloud Storages\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\n")
            << QStringLiteral("line 7: msgctxt \"product.%1.name\" has plural forms");
        QTest::newRow("50 MB") << QByteArray() << QStringLiteral("the file has 50.0 MB");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        inventory::LocalizationEditor &l10n = m_client->l10n();
        const QList<inventory::ProductText> texts = l10n.texts(m_product);
        QString bodyKey;
        QString body;
        for (const inventory::ProductText &text : texts) {
            if (text.key.endsWith(QLatin1String(".body")) && text.source.contains(QLatin1String("{{"))) {
                bodyKey = text.key;
                body = text.source;
            }
        }
        if (data.isEmpty()) {
            data = inventory::exportPo(m_product, QStringLiteral("DE"), texts, {});
            data.append(QByteArray(50 * 1024 * 1024 - data.size(), '#'));
        } else {
            QString escaped = body;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('"'), QStringLiteral("\\\""))
                .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            data.replace("%1", m_product.toUtf8()).replace("%2", bodyKey.toUtf8()).replace("%3", escaped.toUtf8());
        }
        expected.replace(QStringLiteral("%1"), m_product).replace(QStringLiteral("%2"), bodyKey);
        const QMap<QString, QJsonObject> cacheBefore = test::dumpCache(*m_client->db);
        const qint64 queued = m_client->engine->outbox().size();

        const auto plan = inventory::planPoImport(data, QStringLiteral("de-upload.po"), QStringLiteral("DE"), texts,
            l10n.translations(m_product, QStringLiteral("DE")));
        QVERIFY(!plan.ok());
        const QString errors = plan.error().join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QLatin1String("de-upload.po")), qPrintable(errors));
        QVERIFY2(errors.contains(expected), qPrintable(errors));
        QCOMPARE(test::dumpCache(*m_client->db), cacheBefore);
        QCOMPARE(m_client->engine->outbox().size(), queued);
    }
};

CV_TEST_CORE_MAIN(TestLocalizationSync)
#include "tst_localization_sync.moc"
