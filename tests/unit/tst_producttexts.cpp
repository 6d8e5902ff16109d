// Issue 16: real-world .po files parsed with libgettextpo (3, 1 and 6 plural forms, fuzzy, obsolete,
// multi-line strings, escapes, declared charsets), the product's translatable texts, the placeholder and link
// checks, and the .ts export checked against Qt's lconvert as an independent tool (.ts <-> .po loses nothing).
#include "testmain.h"

#include "app/content/pofile.h"
#include "app/inventory/producttexts.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace cv;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CV_TEST_DATA_DIR "/po/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inventory::ProductContent sampleProduct()
{
    inventory::ProductContent content;
    content.product = QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
        { QStringLiteral("name"), QStringLiteral("Cloud Backup") },
        { QStringLiteral("short_description"), QStringLiteral("Backups for teams.") },
        { QStringLiteral("detailed_description"),
            QStringLiteral("## Safe\n\nSee [the guide](https://example.com/guide) and \"quotes\".") },
        { QStringLiteral("customer_ui_settings"),
            QJsonObject { { QStringLiteral("description"), QStringLiteral("Your files.") },
                { QStringLiteral("getting_started"), QStringLiteral("Install the app.") },
                { QStringLiteral("download_links"),
                    QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Windows") } } } },
                { QStringLiteral("documents"),
                    QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Guide") } } } } } } };
    content.items = { QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1-0001") },
        { QStringLiteral("name"), QStringLiteral("Users") },
        { QStringLiteral("description"), QStringLiteral("Per user") } } };
    content.parameters = { QJsonObject { { QStringLiteral("id"), QStringLiteral("PRM-1") },
        { QStringLiteral("title"), QStringLiteral("Plan") }, { QStringLiteral("description"), QStringLiteral("Pick") },
        { QStringLiteral("hint"), QStringLiteral("One of") }, { QStringLiteral("placeholder"), QStringLiteral("plan") },
        { QStringLiteral("constraints"),
            QJsonObject { { QStringLiteral("choices"),
                QJsonArray { QJsonObject { { QStringLiteral("value"), QStringLiteral("gold") },
                                 { QStringLiteral("label"), QStringLiteral("Gold") } },
                    QJsonObject { { QStringLiteral("value"), QStringLiteral("silver") },
                        { QStringLiteral("label"), QStringLiteral("Silver") } } } } } } } };
    content.templates = { QJsonObject { { QStringLiteral("id"), QStringLiteral("TL-1") },
        { QStringLiteral("title"), QStringLiteral("Welcome") },
        { QStringLiteral("body"), QStringLiteral("Hello **{{ param_admin }}**,\n[Sign in]({{ url }})\ttab") } } };
    content.actions = { QJsonObject { { QStringLiteral("id"), QStringLiteral("ACT-1") },
        { QStringLiteral("name"), QStringLiteral("Open console") },
        { QStringLiteral("description"), QStringLiteral("Opens it") } } };
    return content;
}

QString lconvert()
{
    return QStringLiteral(CV_LCONVERT);
}

/// Runs lconvert; returns its output file's bytes, or an empty array (with the error in `error`).
QByteArray convert(const QByteArray &input, const QString &from, const QString &to, QString &error)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.") + from);
    const QString out = dir.filePath(QStringLiteral("out.") + to);
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return {};
    file.close();
    QProcess process;
    process.start(lconvert(), { QStringLiteral("-i"), in, QStringLiteral("-o"), out });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        error = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return {};
    }
    QFile result(out);
    return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
}

struct Message
{
    QString msgid, msgstr;
    QStringList references, comments;
    bool fuzzy = false;
    bool operator==(const Message &) const = default;
};

QMap<QString, Message> messages(const content::PoCatalog &catalog)
{
    QMap<QString, Message> map;
    for (const content::PoEntry &entry : catalog.entries) {
        QString key = entry.context;
        if (catalog.qtContexts && key.endsWith(QLatin1Char('|')))
            key.chop(1);
        map.insert(key, { entry.msgid, entry.msgstr, entry.references, entry.extractedComments, entry.fuzzy });
    }
    return map;
}

} // namespace

class TestProductTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realWorldCatalogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("pluralForms");
        QTest::addColumn<int>("obsolete");
        QTest::newRow("Russian, 3 forms")
            << QStringLiteral("ru.po") << QStringLiteral("ru")
            << QStringList { QStringLiteral("Выбран %d файл"), QStringLiteral("Выбрано %d файла"),
                   QStringLiteral("Выбрано %d файлов") }
            << 1;
        QTest::newRow("Japanese, 1 form") << QStringLiteral("ja.po") << QStringLiteral("ja")
                                          << QStringList { QStringLiteral("%d 個のファイルを選択") } << 0;
        QTest::newRow("Arabic, 6 forms") << QStringLiteral("ar.po") << QStringLiteral("ar")
                                         << QStringList { QStringLiteral("لم يُحدد أي ملف"),
                                                QStringLiteral("حُدد ملف واحد"), QStringLiteral("حُدد ملفان"),
                                                QStringLiteral("حُددت %d ملفات"), QStringLiteral("حُدد %d ملفًا"),
                                                QStringLiteral("حُدد %d ملف") }
                                         << 1;
    }

    void realWorldCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(QStringList, pluralForms);
        QFETCH(int, obsolete);
        const auto catalog = content::parsePo(fixture(file), file);
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error()));
        QCOMPARE(catalog.value().language, language);
        QCOMPARE(catalog.value().charset, QStringLiteral("UTF-8"));
        QVERIFY(catalog.value().pluralForms.startsWith(QStringLiteral("nplurals=%1;").arg(pluralForms.size())));
        const content::PoEntry &plural = catalog.value().entries.first();
        QCOMPARE(plural.msgidPlural, QStringLiteral("%d files selected"));
        QCOMPARE(plural.msgstrPlural, pluralForms);
        QCOMPARE(plural.references, QStringList { QStringLiteral("src/view.c:120") });
        QCOMPARE(catalog.value().obsoleteEntries.size(), obsolete);
        QCOMPARE(catalog.value().entries.at(1).context, QStringLiteral("menu"));
        // The line of the entry's msgid, as libgettextpo reports problems.
        const QList<QByteArray> lines = fixture(file).split('\n');
        const int menuLine = int(lines.indexOf(QByteArray("msgctxt \"menu\""))) + 2;
        QCOMPARE(catalog.value().entries.at(1).line, menuLine);
        if (file != QLatin1String("ar.po")) {
            const content::PoEntry &multiLine = catalog.value().entries.at(2);
            QCOMPARE(multiLine.msgid, QStringLiteral("The file \"%s\" already exists.\nDo you want to replace it?"));
        }
        if (file == QLatin1String("ru.po")) {
            QVERIFY(catalog.value().entries.at(3).fuzzy);
            QCOMPARE(catalog.value().entries.at(4).msgstr, QStringLiteral("Табуляция\tразделитель"));
            QCOMPARE(catalog.value().obsoleteEntries.first().msgstr, QStringLiteral("Старая строка"));
            QCOMPARE(plural.extractedComments, QStringList { QStringLiteral("TRANSLATORS: shown in the status bar") });
        }
    }

    void declaredLatin1IsDecoded()
    {
        const auto catalog = content::parsePo(fixture(QStringLiteral("latin1-de.po")), QStringLiteral("latin1-de.po"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error()));
        QCOMPARE(catalog.value().entries.first().msgstr, QStringLiteral("Größe"));
    }

    void everyKindOfProductTextHasAKey()
    {
        const QList<inventory::ProductText> texts = inventory::productTexts(sampleProduct());
        QStringList keys;
        for (const inventory::ProductText &text : texts)
            keys << text.key;
        const QStringList expected { QStringLiteral("product.PRD-1.name"), QStringLiteral("product.PRD-1.description"),
            QStringLiteral("product.PRD-1.detailed_overview"),
            QStringLiteral("product.PRD-1.customer_ui_settings.description"),
            QStringLiteral("product.PRD-1.customer_ui_settings.getting_started"),
            QStringLiteral("product.PRD-1.customer_ui_settings.download_links.0.title"),
            QStringLiteral("product.PRD-1.customer_ui_settings.documents.0.title"),
            QStringLiteral("product.PRD-1.items.PRD-1-0001.name"),
            QStringLiteral("product.PRD-1.items.PRD-1-0001.description"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.title"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.description"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.hint"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.placeholder"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.constraints.choices.gold.label"),
            QStringLiteral("product.PRD-1.parameters.PRM-1.constraints.choices.silver.label"),
            QStringLiteral("product.PRD-1.templates.TL-1.title"), QStringLiteral("product.PRD-1.templates.TL-1.body"),
            QStringLiteral("product.PRD-1.actions.ACT-1.name"),
            QStringLiteral("product.PRD-1.actions.ACT-1.description") };
        QCOMPARE(keys, expected);
        for (const inventory::ProductText &text : texts) {
            QVERIFY(text.reference.startsWith(QLatin1String("PRD-1/")));
            QVERIFY(!text.field.isEmpty());
        }
    }

    void placeholdersAndLinksAreChecked()
    {
        const QString source = QStringLiteral("Hi {{ name }}, see [docs](https://x.test/a) and {{url}}");
        QVERIFY(
            inventory::translationProblems(source, QStringLiteral("Hallo {{name}}, [Doku](https://x.test/a) {{ url }}"))
                .isEmpty());
        QCOMPARE(
            inventory::translationProblems(source, QStringLiteral("Hallo {{ nom }}, [Doku](https://x.test/b) {{url}}")),
            (QStringList { QStringLiteral("missing placeholder {{ name }}"),
                QStringLiteral("placeholder {{ nom }} is not in the source"),
                QStringLiteral("missing link target https://x.test/a"),
                QStringLiteral("link target https://x.test/b is not in the source") }));
        QVERIFY(inventory::translationProblems(source, QString()).isEmpty()); // empty = not translated
    }

    void emptyFuzzyAndObsoleteEntriesChangeNothing()
    {
        const QList<inventory::ProductText> texts = inventory::productTexts(sampleProduct());
        content::PoCatalog catalog = inventory::catalogFor(QStringLiteral("PRD-1"), QStringLiteral("DE"), texts, {});
        catalog.entries[0].msgstr = QStringLiteral("Cloud-Sicherung");
        catalog.entries[1].msgstr = QStringLiteral("Unsicher");
        catalog.entries[1].fuzzy = true;
        content::PoEntry gone = catalog.entries[2];
        gone.msgid = QStringLiteral("A text the product no longer has");
        gone.msgstr = QStringLiteral("Alt");
        catalog.obsoleteEntries.append(gone);
        const auto plan
            = inventory::planPoImport(content::writePo(catalog), QStringLiteral("de.po"), QStringLiteral("DE"), texts,
                { { QStringLiteral("product.PRD-1.items.PRD-1-0001.name"), QStringLiteral("Benutzer") } });
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().join(QLatin1Char('\n'))));
        QCOMPARE(plan.value().changes.size(), 1);
        QCOMPARE(plan.value().changes.first().after, QStringLiteral("Cloud-Sicherung"));
        QCOMPARE(plan.value().fuzzy, 1);
        QCOMPARE(plan.value().obsolete, 1);
        QCOMPARE(plan.value().untranslated, int(texts.size()) - 2); // an empty msgstr never erases "Benutzer"
    }

    void fileForAnotherLanguageIsRefused()
    {
        const QList<inventory::ProductText> texts = inventory::productTexts(sampleProduct());
        const auto plan
            = inventory::planPoImport(inventory::exportPo(QStringLiteral("PRD-1"), QStringLiteral("RU"), texts, {}),
                QStringLiteral("ru.po"), QStringLiteral("DE"), texts, {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().first().contains(QLatin1String("ru.po: the file is for the language \"ru\", not DE")),
            qPrintable(plan.error().first()));
    }

    void tsAndPoConvertWithoutLossThroughLconvert()
    {
        const QList<inventory::ProductText> texts = inventory::productTexts(sampleProduct());
        inventory::Translations translations;
        translations.insert(QStringLiteral("product.PRD-1.name"), QStringLiteral("Cloud-Sicherung \"Pro\""));
        translations.insert(QStringLiteral("product.PRD-1.templates.TL-1.body"),
            QStringLiteral("Hallo **{{ param_admin }}**,\n[Anmelden]({{ url }})\tTab"));
        const content::PoCatalog expected
            = inventory::catalogFor(QStringLiteral("PRD-1"), QStringLiteral("DE"), texts, translations);

        // Our .ts -> lconvert -> .po, read by libgettextpo: the same messages as our own .po.
        QString error;
        const QByteArray ts = inventory::exportTs(QStringLiteral("PRD-1"), QStringLiteral("DE"), texts, translations);
        const QByteArray po = convert(ts, QStringLiteral("ts"), QStringLiteral("po"), error);
        QVERIFY2(!po.isEmpty(), qPrintable(error));
        const auto fromTs = content::parsePo(po, QStringLiteral("lconvert.po"));
        QVERIFY2(fromTs.ok(), qPrintable(fromTs.ok() ? QString() : fromTs.error()));
        if (messages(fromTs.value()) != messages(expected))
            qWarning().noquote() << po;
        QCOMPARE(messages(fromTs.value()), messages(expected));
        QCOMPARE(fromTs.value().language, QStringLiteral("de"));

        // Our .po -> lconvert -> .ts, read by parseTs: the same messages again.
        const QByteArray back
            = convert(inventory::exportPo(QStringLiteral("PRD-1"), QStringLiteral("DE"), texts, translations),
                QStringLiteral("po"), QStringLiteral("ts"), error);
        QVERIFY2(!back.isEmpty(), qPrintable(error));
        const auto fromPo = inventory::parseTs(back, QStringLiteral("lconvert.ts"));
        QVERIFY2(fromPo.ok(), qPrintable(fromPo.ok() ? QString() : fromPo.error()));
        QCOMPARE(messages(fromPo.value()), messages(expected));

        // And our own .ts reads back the same, and imports like the .po.
        const auto own = inventory::parseTs(ts, QStringLiteral("de.ts"));
        QVERIFY(own.ok());
        QCOMPARE(messages(own.value()), messages(expected));
        const auto plan = inventory::planImport(own.value(), QStringLiteral("de.ts"), QStringLiteral("DE"), texts, {});
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 2);
    }

    void badTsIsRefusedWithItsLine()
    {
        const auto broken = inventory::parseTs(
            "<?xml version=\"1.0\"?>\n<TS version=\"2.1\">\n<context>\n</TS>\n", QStringLiteral("broken.ts"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().startsWith(QLatin1String("broken.ts: line 4:")), qPrintable(broken.error()));
        const QList<inventory::ProductText> texts = inventory::productTexts(sampleProduct());
        const QByteArray numerus
            = "<?xml version=\"1.0\"?>\n<TS version=\"2.1\" language=\"de\">\n<context><name></name>\n"
              "<message numerus=\"yes\"><source>Cloud Backup</source>"
              "<comment>product.PRD-1.name</comment>"
              "<translation><numerusform>a</numerusform><numerusform>b</numerusform></translation>"
              "</message>\n</context>\n</TS>\n";
        const auto catalog = inventory::parseTs(numerus, QStringLiteral("n.ts"));
        QVERIFY(catalog.ok());
        const auto plan
            = inventory::planImport(catalog.value(), QStringLiteral("n.ts"), QStringLiteral("DE"), texts, {});
        QVERIFY(!plan.ok());
        QVERIFY2(
            plan.error().first().startsWith(QLatin1String("n.ts: line 4: msgctxt \"product.PRD-1.name\" has plural")),
            qPrintable(plan.error().first()));
    }
};

CV_TEST_CORE_MAIN(TestProductTexts)
#include "tst_producttexts.moc"
