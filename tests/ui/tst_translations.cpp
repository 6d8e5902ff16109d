// The i18n plumbing: every shipped language is compiled into the binary, the system language's
// translation is found and installed, and a live window switches its words.
#include "testmain.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "ui/i18n/languagemenu.h"
#include "ui/i18n/translations.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulenavigator.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace cv;
using core::ModuleId;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void everyLanguageIsCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : ui::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyLanguageIsCompiledIn()
    {
        QFETCH(QString, language);
        QFile qm(QStringLiteral(":/i18n/connect-vendor_%1.qm").arg(language));
        QVERIFY2(qm.exists(), qPrintable(qm.fileName()));
        QTranslator translator;
        QVERIFY(translator.load(qm.fileName()));
    }

    void germanStringsAreFound()
    {
        QCOMPARE(ui::ModuleInfo::title(ModuleId::Fulfillment), QStringLiteral("Fulfillment"));
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(ui::ModuleInfo::title(ModuleId::Inventory), QStringLiteral("Inventar"));
        QCOMPARE(ui::ModuleInfo::title(ModuleId::HelpSupport), QStringLiteral("Hilfe & Support"));
        QCOMPARE(ui::ModuleInfo::title(ModuleId::Agreements), QStringLiteral("Vereinbarungen"));
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(ui::ModuleInfo::title(ModuleId::Inventory), QStringLiteral("Inventory"));
    }

    void openWindowFollowsALanguageChange()
    {
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::KeyStore keyStore;
        QNetworkAccessManager network;
        accounts::AccountManager manager(&registry, &keyStore, &network);
        ui::MainWindow window(&manager);
        window.openOfflineWorkspace();
        window.showModule(ModuleId::Inventory);
        QCOMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventory"));
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German)));
        // QEvent::LanguageChange is posted: the window retranslates on the next event-loop turn.
        QTRY_COMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventar"));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Inventar")), qPrintable(window.windowTitle()));
    }

    void languageMenuSwitchesTheOpenWindowAndIsRemembered()
    {
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::KeyStore keyStore;
        QNetworkAccessManager network;
        accounts::AccountManager manager(&registry, &keyStore, &network);
        ui::MainWindow window(&manager);
        window.openOfflineWorkspace();
        window.showModule(ModuleId::Inventory);
        auto *menu = window.findChild<ui::LanguageMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->actionFor(QString())); // the system's language
        QVERIFY(menu->actionFor(QStringLiteral("en")));
        QCOMPARE(menu->actionFor(QStringLiteral("de"))->text(), QStringLiteral("Deutsch (de)"));
        QCOMPARE(menu->actionFor(QStringLiteral("ja"))->text(), QStringLiteral("日本語 (ja)"));
        menu->actionFor(QStringLiteral("de"))->trigger();
        QTRY_COMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventar"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(ui::chosenLanguage(), QStringLiteral("de"));
        menu->actionFor(QStringLiteral("en"))->trigger();
        QTRY_COMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventory"));
        menu->actionFor(QString())->trigger();
        QCOMPARE(ui::chosenLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void syncNowFollowsALanguageChange()
    {
        // Found walking the shell: MainWindow::retranslate left the toolbar's "Sync now" in the old language.
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::KeyStore keyStore;
        QNetworkAccessManager network;
        accounts::AccountManager manager(&registry, &keyStore, &network);
        ui::MainWindow window(&manager);
        window.openOfflineWorkspace();
        window.showModule(ModuleId::Inventory);
        auto *sync = window.findChild<QAction *>(QStringLiteral("syncNow"));
        QVERIFY(sync);
        QCOMPARE(sync->text(), QStringLiteral("Sync now"));
        const QString englishTip = sync->toolTip();
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German)));
        QTRY_COMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventar"));
        QCOMPARE(sync->text(), QStringLiteral("Jetzt synchronisieren"));
        QVERIFY2(sync->toolTip() != englishTip, qPrintable(sync->toolTip()));
    }

    void languageMenuFollowsTheLanguageChosenElsewhere()
    {
        // Found walking the shell: choosing German in Settings left the account menu's Language check mark on
        // the system's language. Settings chooses the way SettingsDialog does: remembered, then switched.
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::KeyStore keyStore;
        QNetworkAccessManager network;
        accounts::AccountManager manager(&registry, &keyStore, &network);
        ui::MainWindow window(&manager);
        window.openOfflineWorkspace();
        window.showModule(ModuleId::Inventory);
        auto *menu = window.findChild<ui::LanguageMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->actionFor(QString())->isChecked());
        ui::setChosenLanguage(QStringLiteral("de"));
        ui::switchLanguage(*qApp, ui::localeFor(QStringLiteral("de")));
        QTRY_COMPARE(window.moduleNavigator()->text(), QStringLiteral("Inventar"));
        QTRY_VERIFY(menu->actionFor(QStringLiteral("de"))->isChecked());
        QVERIFY(!menu->actionFor(QString())->isChecked());
        ui::setChosenLanguage(QString());
        ui::switchLanguage(*qApp, ui::localeFor(QString()));
        QTRY_VERIFY(menu->actionFor(QString())->isChecked());
        QVERIFY(!menu->actionFor(QStringLiteral("de"))->isChecked());
    }

    void translatorsPoForTheAppIsImported()
    {
        // tools/import-app-po.sh (lconvert .po -> .ts), then lrelease: the .qm translates the app's strings.
        QTemporaryDir dir;
        QProcess import;
        import.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LCONVERT"), QStringLiteral(CV_LCONVERT));
        return env;
    }());
    import.start(QStringLiteral(CV_SOURCE_DIR "/tools/import-app-po.sh"),
        { QStringLiteral("de"), QStringLiteral(CV_SOURCE_DIR "/tests/data/po/app-de-small.po"), dir.path() });
    QVERIFY(import.waitForFinished(30000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    const QString ts = dir.filePath(QStringLiteral("connect-vendor_de.ts"));
    QVERIFY(QFile::exists(ts));
    QProcess release;
    release.start(QStringLiteral(CV_LRELEASE), { ts, QStringLiteral("-qm"), dir.filePath(QStringLiteral("de.qm")) });
    QVERIFY(release.waitForFinished(30000));
    QCOMPARE(release.exitCode(), 0);
    QTranslator translator;
    QVERIFY(translator.load(dir.filePath(QStringLiteral("de.qm"))));
    QCOMPARE(translator.translate("ModuleInfo", "Inventory"), QStringLiteral("Inventar (importiert)"));
    QCOMPARE(translator.translate("cv::ui::LocalizationTab", "%n text(s) written to %1.", nullptr, 3),
        QStringLiteral("%n Texte nach %1 geschrieben."));

    // A .po without Qt contexts is refused and leaves the .ts as it was.
    QFile plain(dir.filePath(QStringLiteral("plain.po")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n");
    plain.close();
    const QByteArray before = [&ts] {
        QFile f(ts);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    import.start(QStringLiteral(CV_SOURCE_DIR "/tools/import-app-po.sh"),
        { QStringLiteral("de"), plain.fileName(), dir.path() });
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 1);
    QVERIFY(import.readAllStandardError().contains("X-Qt-Contexts"));
    QFile after(ts);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}
}
;

CV_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
