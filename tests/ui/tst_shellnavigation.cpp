// shell_navigation: clicks through the module navigator's dropdown, the landing tiles and the
// Ctrl+<digit> shortcuts to every module page and checks the page, the navigator label and the title.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulenavigator.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace cv;
using core::ModuleId;

class TestShellNavigation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir->filePath(QStringLiteral("accounts.json")));
        accounts::Account account;
        account.id = QStringLiteral("VA-000-001");
        account.name = QStringLiteral("Connect Lab Vendor");
        account.type = QStringLiteral("vendor");
        account.endpoint = QStringLiteral("http://127.0.0.1:9/public/v1");
        m_registry->addOrUpdate(account);
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_manager.reset();
        m_registry.reset();
    }

    void startsOnTheLandingPage()
    {
        QCOMPARE(m_window->currentModule(), ModuleId::Home);
        QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("page-home"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Connect Lab Vendor")));
        test::screenshot(m_window.get(), QStringLiteral("landing"));
    }

    void navigatorDropdownOpensEveryModule()
    {
        for (ModuleId id : core::allModules()) {
            const QString key = core::moduleKey(id);
            const bool opened = test::withPopupMenu(m_window->moduleNavigator(), [&](QMenu *menu) {
                QVERIFY(test::clickMenuAction(menu, QStringLiteral("module-") + key));
            });
            QVERIFY2(opened, "the navigator dropdown did not open");
            QTRY_COMPARE(m_window->currentPage()->objectName(), QStringLiteral("page-") + key);
            QCOMPARE(m_window->currentModule(), id);
            QCOMPARE(m_window->moduleNavigator()->text(), ui::ModuleInfo::title(id));
            QVERIFY2(m_window->windowTitle().startsWith(ui::ModuleInfo::title(id)), qPrintable(m_window->windowTitle()));
            QVERIFY(m_window->currentPage()->isVisible());
            test::screenshot(m_window.get(), QStringLiteral("dropdown-") + key);
        }
    }

    void dropdownListsEveryModuleInPortalOrder()
    {
        QStringList shown;
        test::withPopupMenu(m_window->moduleNavigator(), [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    shown << action->text();
            }
            test::screenshot(menu, QStringLiteral("dropdown-menu"));
            menu->close();
        });
        QCOMPARE(shown, (QStringList{QStringLiteral("Home"), QStringLiteral("Fulfillment"), QStringLiteral("Account"),
                                     QStringLiteral("Reports"), QStringLiteral("API"), QStringLiteral("Agreements"),
                                     QStringLiteral("Listings"), QStringLiteral("Usage"),
                                     QStringLiteral("Help & Support"), QStringLiteral("Inventory")}));
    }

    void landingTilesOpenEveryModule()
    {
        for (ModuleId id : core::allModules()) {
            if (id == ModuleId::Home)
                continue;
            m_window->showModule(ModuleId::Home);
            ui::ModuleTile *tile = m_window->landingPage()->tile(id);
            QVERIFY(tile);
            QVERIFY(tile->isVisible());
            QTest::mouseClick(tile, Qt::LeftButton);
            QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("page-") + core::moduleKey(id));
            QCOMPARE(m_window->currentModule(), id);
        }
    }

    void keyboardShortcutsSwitchModules()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (ModuleId id : core::allModules()) {
            const int digit = core::moduleShortcutDigit(id);
            // Shortcuts must work whichever page has focus: start from a different module each time.
            m_window->showModule(id == ModuleId::Account ? ModuleId::Usage : ModuleId::Account);
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
            QCOMPARE(m_window->currentModule(), id);
        }
    }

    void navigationStaysOnEveryPage()
    {
        for (ModuleId id : core::allModules()) {
            m_window->showModule(id);
            QVERIFY(m_window->moduleNavigator()->isVisible());
            QVERIFY(m_window->moduleNavigator()->isEnabled());
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<ui::MainWindow> m_window;
};

CV_TEST_MAIN(TestShellNavigation)
#include "tst_shellnavigation.moc"
