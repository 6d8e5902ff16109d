// The i18n plumbing: every shipped language is compiled into the binary, the system language's
// translation is found and installed, and a live window switches its words.
#include "testmain.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "ui/i18n/translations.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulenavigator.h"

#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
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
};

CV_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
