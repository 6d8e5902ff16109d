// Issue 11, points 1 and 2: one shape for every module. The composition root's table builds every module page
// from its factory, each a ModulePage; the window attaches every page to the open account's services and, on an
// account switch, detaches them before that account's services go and attaches them to the next account's.
// Real widgets, a real sandbox on loopback, real cache files.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/inventory/productlistmodel.h"
#include "ui/account/accountpage.h"
#include "ui/apimodule/apipage.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/helpdesk/helpsupportpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/modulepage.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cv;
using core::ModuleId;

class TestModuleShape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryBuildsEveryModulePage()
    {
        const ui::ModuleRegistry modules = moduleTable();
        QWidget parent;
        for (ModuleId id : core::allModules()) {
            if (id == ModuleId::Home)
                continue; // the landing page, not a module page
            QVERIFY2(modules.contains(id), qPrintable(core::moduleKey(id)));
            ui::ModulePage *page = modules.create(id, &parent);
            QVERIFY2(page, qPrintable(core::moduleKey(id)));
            QCOMPARE(page->moduleId(), id);
            QCOMPARE(page->objectName(), QStringLiteral("page-") + core::moduleKey(id));
            QCOMPARE(page->parent(), &parent);
            // The modules whose issue has not landed yet; a module leaves this list when its page does.
            static const QList<ModuleId> stillPlaceholders = {};
            const bool built = !stillPlaceholders.contains(id);
            QCOMPARE(qobject_cast<ui::PlaceholderPage *>(page) == nullptr, built);
        }
        QVERIFY(qobject_cast<ui::FulfillmentPage *>(modules.create(ModuleId::Fulfillment, &parent)));
        QVERIFY(qobject_cast<ui::InventoryPage *>(modules.create(ModuleId::Inventory, &parent)));
        QVERIFY(qobject_cast<ui::AccountPage *>(modules.create(ModuleId::Account, &parent)));
        QVERIFY(qobject_cast<ui::ReportsPage *>(modules.create(ModuleId::Reports, &parent)));
        QVERIFY(qobject_cast<ui::HelpSupportPage *>(modules.create(ModuleId::HelpSupport, &parent)));
        QVERIFY(qobject_cast<ui::ApiPage *>(modules.create(ModuleId::Api, &parent)));
        // A module without a factory is still a page of the same shape: a placeholder.
        QVERIFY(qobject_cast<ui::PlaceholderPage *>(ui::ModuleRegistry().create(ModuleId::Usage, &parent)));
    }

    void ctrlFGoesToTheModuleSearch()
    {
        ui::FulfillmentPage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page.searchField()->hasFocus());
    }

    void shellIncludesNoModulePage()
    {
        QFile source(QStringLiteral(CV_SOURCE_DIR "/ui/shell/mainwindow.cpp"));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        const QByteArray text = source.readAll();
        QVERIFY(!text.contains("#include \"ui/inventory/"));
        QVERIFY(!text.contains("#include \"ui/fulfillment/"));
        QVERIFY(!text.contains("setProperty(\"cv"));
    }

    void accountSwitchDetachesAndReattachesEveryPage()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        core::DataPaths::setRoot(dir.path());
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        keyStore.setMemoryOnly(true);
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &network);
        bool added = false;
        manager.addAccount(sandbox.baseUrl(), sandbox.apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY2(r.ok(), qPrintable(r.validation.detail));
            added = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        const accounts::Account first = registry.current();
        // A second account whose service cannot be reached: its cache opens all the same (offline first).
        accounts::Account second;
        second.id = QStringLiteral("VA-000-002");
        second.name = QStringLiteral("Second Vendor");
        second.endpoint = QStringLiteral("http://127.0.0.1:9/public/v1");
        QVERIFY(registry.addOrUpdate(second));
        QVERIFY(registry.setCurrent(first.keychainKey()));

        sync::AccountSession session(&keyStore, &network);
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
        QVERIFY(synced.first().first().value<sync::SyncSummary>().ok);

        const QList<ui::ModulePage *> pages = window.modulePages();
        QCOMPARE(pages.size(), core::allModules().size() - 1);
        QPointer<sync::AccountServices> firstServices = session.services();
        QVERIFY(firstServices);
        QCOMPARE(firstServices->account().id, first.id);
        for (ui::ModulePage *page : pages) {
            QCOMPARE(window.modulePage(page->moduleId()), page);
            QVERIFY2(page->services() == firstServices, qPrintable(page->objectName()));
        }
        auto *inventory = qobject_cast<ui::InventoryPage *>(window.modulePage(ModuleId::Inventory));
        QVERIFY(inventory);
        QVERIFY(inventory->createButton()->isEnabled());

        // The page's product editor is the account's: what it creates is in this account's cache.
        QVERIFY(firstServices->productEditor().createProduct(QStringLiteral("Shape Product")).ok());

        // The current-user rule lives with the account's services: the active user of the cache (the sandbox
        // account's own user after the first sync; another one once that user is no longer active).
        const QString sandboxUser = firstServices->currentUser().value(QStringLiteral("id")).toString();
        QVERIFY(!sandboxUser.isEmpty());
        auto cachedUser = firstServices->objects().get(QStringLiteral("users"), sandboxUser);
        QVERIFY(cachedUser);
        QJsonObject blocked = cachedUser->json;
        blocked.insert(QStringLiteral("status"), QStringLiteral("blocked"));
        QVERIFY(firstServices->objects().putServer(QStringLiteral("users"), first.id, blocked));
        QSignalSpy userChanged(firstServices.data(), &sync::AccountServices::currentUserChanged);
        QVERIFY(firstServices->objects().putServer(QStringLiteral("users"), first.id,
            QJsonObject { { QStringLiteral("id"), QStringLiteral("UR-000-000-777") },
                { QStringLiteral("name"), QStringLiteral("Ada Vendor") },
                { QStringLiteral("email"), QStringLiteral("ada@example.com") },
                { QStringLiteral("status"), QStringLiteral("active") } }));
        Q_EMIT session.synced(sync::SyncSummary {});
        QCOMPARE(userChanged.size(), 1);
        QCOMPARE(firstServices->currentUser().value(QStringLiteral("id")).toString(), QStringLiteral("UR-000-000-777"));
        Q_EMIT session.synced(sync::SyncSummary {});
        QCOMPARE(userChanged.size(), 1); // unchanged: no reload of what the user has open

        const int products = inventory->productModel()->rowCount();
        QVERIFY(products > 0);

        // Switch: every page lets go of the first account before its services are deleted, then works on
        // the second account's.
        bool detachedInTime = false;
        connect(firstServices.data(), &QObject::destroyed, this, [&] {
            detachedInTime = true;
            for (ui::ModulePage *page : pages)
                detachedInTime = detachedInTime && page->services() == nullptr;
        });
        QVERIFY(registry.setCurrent(second.keychainKey()));
        QVERIFY(firstServices.isNull());
        QVERIFY(detachedInTime);
        QTRY_VERIFY(session.services());
        QCOMPARE(session.services()->account().id, second.id);
        for (ui::ModulePage *page : pages)
            QVERIFY2(page->services() == session.services(), qPrintable(page->objectName()));
        QVERIFY(inventory->createButton()->isEnabled());
        QCOMPARE(inventory->productModel()->rowCount(), 0);

        // And back.
        QVERIFY(registry.setCurrent(first.keychainKey()));
        QTRY_VERIFY(session.services() && session.services()->account().id == first.id);
        for (ui::ModulePage *page : pages)
            QVERIFY2(page->services() == session.services(), qPrintable(page->objectName()));
        QCOMPARE(inventory->productModel()->rowCount(), products);

        // Sign-out with "delete offline data": the account's cache files go.
        const QString cache = core::DataPaths::cacheFileFor(second.keychainKey());
        QVERIFY2(QFile::exists(cache), qPrintable(cache));
        QVERIFY(sync::AccountServices::deleteOfflineData(second.keychainKey()));
        QVERIFY(!QFile::exists(cache));
    }
};

CV_TEST_MAIN(TestModuleShape)
#include "tst_moduleshape.moc"
