// Issue 16 point 1, 2, 6: UI > Localization driven through its widgets on a real cache: languages with their
// completion, the grid with search and "untranslated first", the placeholder check as you type (a bad text is
// not saved), .po download and upload (what changes shown field by field, applied all or nothing), and
// bad files refused with the file and line while the cache and the outbox stay as they were.
#include "testmain.h"

#include "app/content/pofile.h"
#include "app/inventory/localizationeditor.h"
#include "app/inventory/producteditor.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/inventory/productpages/localizationtab.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/inventory/productpages/templatestab.h"
#include "ui/inventory/productpages/uipage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace cv;

namespace {

int rowOfKey(QTableWidget *grid, const QString &key)
{
    for (int row = 0; row < grid->rowCount(); ++row) {
        if (grid->item(row, 0)->data(Qt::UserRole + 1).toString() == key)
            return row;
    }
    return -1;
}

int languageRow(QTableWidget *languages, const QString &code)
{
    for (int row = 0; row < languages->rowCount(); ++row) {
        if (languages->item(row, 1)->text() == code)
            return row;
    }
    return -1;
}

QString htmlOf(QWebEngineView *view)
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

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return file.fileName();
}

} // namespace

class TestLocalizationPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<inventory::ProductEditor> m_editor;
    QString m_productId;
    QString m_placeholderKey; ///< a text with {{ }} placeholders
    QString m_placeholderSource;
    QString m_localProductId; ///< the same product as created offline, before its first sync

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_objects = std::make_unique<store::ObjectRepository>(*m_db);
        m_outbox = std::make_unique<store::Outbox>(*m_db);
        m_editor = std::make_unique<inventory::ProductEditor>(*m_db, *m_objects, *m_outbox);
        auto created = m_editor->createProduct(QStringLiteral("Cloud Backup"));
        QVERIFY(created);
        // The product as it is after its first sync (Connect keys translations by its id): the same content
        // stored as the server's, with server-style ids.
        const QString local = created.value().id;
        m_productId = QStringLiteral("PRD-100-200-300");
        QJsonObject product = m_objects->get(QStringLiteral("products"), local)->json;
        product.insert(QStringLiteral("id"), m_productId);
        QVERIFY(m_objects->putServer(QStringLiteral("products"), QString(), product));
        int n = 0;
        for (const char *kind : { "items", "parameters", "templates", "actions" }) {
            for (const store::CachedObject &object : m_objects->list(QLatin1String(kind), local)) {
                QJsonObject json = object.json;
                json.insert(QStringLiteral("id"), QStringLiteral("OBJ-%1").arg(++n));
                QVERIFY(m_objects->putServer(QLatin1String(kind), m_productId, json));
            }
        }
        m_localProductId = local;
        for (const inventory::ProductText &text : m_editor->localization().texts(m_productId)) {
            if (text.source.contains(QLatin1String("{{"))) {
                m_placeholderKey = text.key;
                m_placeholderSource = text.source;
            }
        }
        QVERIFY(!m_placeholderKey.isEmpty());
    }

    void isATabOfTheUiPage()
    {
        QUndoStack undo;
        ui::UiPage page(*m_editor, *m_objects, m_productId, &undo);
        QCOMPARE(page.tabs()->count(), 4);
        QCOMPARE(page.tabs()->tabText(3), QStringLiteral("&Localization"));
        QCOMPARE(page.tabs()->widget(3), page.localization());
    }

    void aProductNotYetOnConnectCannotBeTranslated()
    {
        const qint64 queued = m_outbox->size();
        QVERIFY(!m_editor->localization()
                     .setTranslation(m_localProductId, QStringLiteral("DE"),
                         QStringLiteral("product.%1.name").arg(m_localProductId), QStringLiteral("Sicherung"))
                     .ok());
        QCOMPARE(m_outbox->size(), queued);
        ui::LocalizationTab tab(m_editor->localization(), m_localProductId);
        QVERIFY(!tab.translationEdit()->isEnabled());
        QVERIFY(!tab.uploadPoButton()->isEnabled());
        QVERIFY(tab.resultLabel()->text().contains(QLatin1String("after the next sync")));
        QVERIFY(tab.downloadPoButton()->isEnabled()); // the source texts can go to a translator already
        // Once the sync gives it Connect's id the tab turns editable and stops saying it cannot be translated
        // (the walk saw the old sentence stay on a product long on Connect).
        tab.setProductId(m_productId);
        QVERIFY(tab.translationEdit()->isEnabled());
        QVERIFY2(!tab.resultLabel()->text().contains(QLatin1String("after the next sync")),
            qPrintable(tab.resultLabel()->text()));
    }

    void languagesWithCompletion()
    {
        ui::LocalizationTab tab(m_editor->localization(), m_productId);
        QTableWidget *languages = tab.languagesTable();
        for (const char *code : { "DE", "ES", "FR", "IT", "JA", "NL", "PT", "RU" })
            QVERIFY2(languageRow(languages, QLatin1String(code)) >= 0, code);
        QCOMPARE(languages->item(languageRow(languages, QStringLiteral("RU")), 0)->text(), QStringLiteral("Russian"));
        QCOMPARE(languages->item(languageRow(languages, QStringLiteral("DE")), 2)->text(), QStringLiteral("0 %"));
        // Any other locale of Connect's list can be added.
        const int arabic = tab.addLanguageBox()->findData(QStringLiteral("AR"));
        QVERIFY(arabic > 0);
        tab.addLanguageBox()->setCurrentIndex(arabic);
        Q_EMIT tab.addLanguageBox()->activated(arabic);
        QCOMPARE(tab.language(), QStringLiteral("AR"));
        QVERIFY(languageRow(languages, QStringLiteral("AR")) >= 0);
        QCOMPARE(tab.grid()->rowCount(), int(m_editor->localization().texts(m_productId).size()));
    }

    void gridChecksPlaceholdersAsYouTypeAndSavesAtOnce()
    {
        ui::LocalizationTab tab(m_editor->localization(), m_productId);
        tab.resize(1000, 640);
        tab.show();
        tab.setLanguage(QStringLiteral("DE"));
        const qint64 queued = m_outbox->size();
        const int row = rowOfKey(tab.grid(), m_placeholderKey);
        QVERIFY(row >= 0);
        tab.grid()->selectRow(row);
        QCOMPARE(tab.sourceView()->toPlainText(), m_placeholderSource);

        QTest::keyClicks(tab.translationEdit(), QStringLiteral("Hallo ohne Platzhalter"));
        QVERIFY2(tab.checkLabel()->text().contains(QLatin1String("missing placeholder {{")),
            qPrintable(tab.checkLabel()->text()));
        tab.flush();
        QCOMPARE(m_outbox->size(), queued); // not saved
        QVERIFY(
            m_editor->localization().translations(m_productId, QStringLiteral("DE")).value(m_placeholderKey).isEmpty());

        tab.translationEdit()->setPlainText(QStringLiteral("[de] ") + m_placeholderSource);
        QVERIFY2(tab.checkLabel()->text().contains(QLatin1String("match")), qPrintable(tab.checkLabel()->text()));
        QTRY_COMPARE(m_outbox->size(), queued + 1); // saved 400 ms after the last keystroke
        QCOMPARE(m_editor->localization().translations(m_productId, QStringLiteral("DE")).value(m_placeholderKey),
            QStringLiteral("[de] ") + m_placeholderSource);
        QVERIFY(tab.languagesTable()->item(languageRow(tab.languagesTable(), QStringLiteral("DE")), 2)->text()
            != QStringLiteral("0 %"));

        // Untranslated first: the translated row moves to the end; search filters rows.
        tab.untranslatedFirstBox()->setChecked(true);
        QCOMPARE(rowOfKey(tab.grid(), m_placeholderKey), tab.grid()->rowCount() - 1);
        QTest::keyClicks(tab.searchField(), QStringLiteral("[de]"));
        int shown = 0;
        for (int r = 0; r < tab.grid()->rowCount(); ++r)
            shown += tab.grid()->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shown, 1);
        QVERIFY(!tab.grid()->isRowHidden(rowOfKey(tab.grid(), m_placeholderKey)));
    }

    void uploadShowsChangesAndAppliesAllOrNothing()
    {
        ui::LocalizationTab tab(m_editor->localization(), m_productId);
        tab.setLanguage(QStringLiteral("FR"));
        const QString downloaded = m_dir.filePath(QStringLiteral("fr.po"));
        QCOMPARE(tab.exportTo(downloaded), QString());
        QFile file(downloaded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto catalog = content::parsePo(file.readAll(), downloaded);
        QVERIFY(catalog.ok());
        content::PoCatalog translated = catalog.value();
        for (content::PoEntry &entry : translated.entries)
            entry.msgstr = QStringLiteral("[fr] ") + entry.msgid;
        translated.entries[0].msgid = QStringLiteral("An older name"); // outdated: left out unless confirmed
        const QString upload = write(m_dir, QStringLiteral("fr-done.po"), content::writePo(translated));

        ui::TranslationImportDialog *shown = nullptr;
        int changeRows = 0;
        connect(&tab, &ui::LocalizationTab::importDialogOpened, this, [&](ui::TranslationImportDialog *dialog) {
            shown = dialog;
            changeRows = dialog->changesTable()->rowCount();
            QTimer::singleShot(0, dialog, [dialog] {
                QVERIFY(dialog->outdatedBox()->isVisible());
                dialog->applyButton()->click();
            });
        });
        const qint64 queued = m_outbox->size();
        QVERIFY(tab.importFrom(upload).isEmpty());
        QVERIFY(shown);
        QCOMPARE(changeRows, int(translated.entries.size()));
        QCOMPARE(m_outbox->size(), queued + 1); // one upload for the whole file
        const inventory::Translations fr = m_editor->localization().translations(m_productId, QStringLiteral("FR"));
        QCOMPARE(fr.size(), int(translated.entries.size()) - 1);
        QVERIFY(!fr.contains(translated.entries[0].context));
        QVERIFY2(
            tab.resultLabel()->text().contains(QLatin1String("1 outdated")), qPrintable(tab.resultLabel()->text()));
    }

    void templatePreviewInATranslatedLanguage()
    {
        // Issue 16 point 4: a language chooser next to Preview shows the template's translation.
        QString bodyKey;
        for (const inventory::ProductText &text : m_editor->localization().texts(m_productId)) {
            if (text.key.endsWith(QLatin1String(".body")))
                bodyKey = text.key;
        }
        QVERIFY(!bodyKey.isEmpty());
        const QString templateId = bodyKey.section(QLatin1Char('.'), -2, -2);
        QVERIFY(m_editor->localization()
                    .setTranslation(m_productId, QStringLiteral("NL"), bodyKey, QStringLiteral("# Welkom bij de proef"))
                    .ok());
        QUndoStack undo;
        ui::TemplatesTab tab(*m_editor, *m_objects, m_productId, &undo);
        tab.resize(1000, 700);
        tab.show();
        QTreeWidgetItemIterator it(tab.list());
        for (; *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toString() == templateId)
                tab.list()->setCurrentItem(*it);
        }
        QCOMPARE(tab.currentTemplateId(), templateId);
        const int dutch = tab.previewLanguage()->findData(QStringLiteral("NL"));
        QVERIFY2(dutch > 0, "Dutch is offered once the product has Dutch translations");
        QCOMPARE(tab.previewLanguage()->findData(QStringLiteral("IT")), -1); // nothing translated in Italian
        tab.previewLanguage()->setCurrentIndex(dutch);
        Q_EMIT tab.previewLanguage()->activated(dutch);
        QTRY_VERIFY_WITH_TIMEOUT(htmlOf(tab.previewView()).contains(QLatin1String("Welkom bij de proef")), 10000);
        tab.previewLanguage()->setCurrentIndex(0);
        Q_EMIT tab.previewLanguage()->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(!htmlOf(tab.previewView()).contains(QLatin1String("Welkom")), 10000);
    }

    void customerPanelPreviewInATranslatedLanguage()
    {
        const QString nameKey = QStringLiteral("product.%1.name").arg(m_productId);
        QVERIFY(m_editor->localization()
                    .setTranslation(m_productId, QStringLiteral("JA"), nameKey, QStringLiteral("クラウドバックアップ"))
                    .ok());
        ui::CcpPreview preview;
        preview.setLocalization(&m_editor->localization());
        preview.showCcp(QJsonObject { { QStringLiteral("product"),
                                          QJsonObject { { QStringLiteral("id"), m_productId },
                                              { QStringLiteral("name"), QStringLiteral("Cloud Backup") } } },
            { QStringLiteral("asset"), QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-1") } } } });
        QTRY_VERIFY_WITH_TIMEOUT(htmlOf(preview.view()).contains(QLatin1String("Cloud Backup")), 10000);
        const int japanese = preview.languageBox()->findData(QStringLiteral("JA"));
        QVERIFY(japanese > 0);
        QVERIFY(!preview.languageBox()->isHidden());
        preview.languageBox()->setCurrentIndex(japanese);
        Q_EMIT preview.languageBox()->activated(japanese);
        QTRY_VERIFY_WITH_TIMEOUT(htmlOf(preview.view()).contains(QStringLiteral("クラウドバックアップ")), 10000);
    }

    void badFilesAreRefusedWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "msgid \"\"\nmsgstr \"\"\n\"Language: it\\n\"\n"
                                  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
        QTest::newRow("syntax") << QByteArray(header + "msgctxt \"x\"\nmsgid \"a\nmsgstr \"b\"\n")
                                << QStringLiteral("bad.po: line 8: end-of-line within string");
        QTest::newRow("no field") << QByteArray(header + "msgctxt \"product.X.name\"\nmsgid \"a\"\nmsgstr \"b\"\n")
                                  << QStringLiteral("bad.po: line 7: msgctxt \"product.X.name\" names no field");
        QTest::newRow("undeclared charset")
            << QByteArray("msgid \"\"\nmsgstr \"\"\n\n"
                          "msgctxt \"product.X.name\"\nmsgid \"a\"\nmsgstr \"\xc3\xa0\"\n")
            << QStringLiteral("bad.po: line 6: non-ASCII text, but the header declares no charset");
        QTest::newRow("50 MB") << QByteArray(50 * 1024 * 1024, '#') << QStringLiteral("bad.po: the file has 50.0 MB");
    }

    void badFilesAreRefusedWithFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        ui::LocalizationTab tab(m_editor->localization(), m_productId);
        tab.setLanguage(QStringLiteral("IT"));
        bool dialog = false;
        connect(&tab, &ui::LocalizationTab::importDialogOpened, this, [&dialog] { dialog = true; });
        const qint64 queued = m_outbox->size();
        const auto before = m_objects->list(QStringLiteral("localizations"), m_productId);
        const QStringList errors = tab.importFrom(write(m_dir, QStringLiteral("bad.po"), data));
        QVERIFY(!errors.isEmpty());
        QVERIFY(!dialog);
        QVERIFY2(tab.resultLabel()->text().contains(expected), qPrintable(tab.resultLabel()->text()));
        QVERIFY(tab.resultLabel()->text().startsWith(QLatin1String("Nothing was applied")));
        QCOMPARE(m_outbox->size(), queued);
        const auto after = m_objects->list(QStringLiteral("localizations"), m_productId);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).json, before.at(i).json);
    }
};

CV_TEST_MAIN(TestLocalizationPage)
#include "tst_localizationpage.moc"
