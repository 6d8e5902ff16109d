// publish_page: the product's Publish page (lab guide, "Publish" .. "Publish Successful!") against the
// in-process sandbox: checklist, warnings, diff (versioned vs live), Publish -> v1, the locks that follow,
// then a change of an item and a parameter and Publish -> v2.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "models/inventory/productlistmodel.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/productpage.h"
#include "ui/inventory/profilepage.h"
#include "ui/inventory/publishpage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace cv;
using test::SandboxFixture;

namespace {

/// The diff rows as "section|label|change|versioned".
QStringList diffRows(QTreeWidget *tree)
{
    QStringList rows;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = tree->topLevelItem(s);
        for (int r = 0; r < section->childCount(); ++r) {
            QTreeWidgetItem *row = section->child(r);
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(section->text(0), row->text(0), row->text(1),
                            row->data(2, Qt::UserRole).toBool() ? QStringLiteral("versioned") : QStringLiteral("live"));
        }
    }
    return rows;
}

bool checkDone(ui::PublishPage *page, inventory::PublishCheckItem::Key key)
{
    for (int row = 0; row < page->checklist()->count(); ++row) {
        QListWidgetItem *item = page->checklist()->item(row);
        if (item->data(Qt::UserRole).toInt() == int(key))
            return item->data(Qt::UserRole + 1).toBool();
    }
    return false;
}

} // namespace

class TestPublishPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_productId;

    ui::InventoryPage *inventory() const
    {
        return qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
    }
    inventory::ProductEditor *editor() const { return inventory()->context().editor; }
    store::ObjectRepository &objects() const { return m_session->engine()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    ui::PublishPage *openPublishPage()
    {
        inventory()->openProduct(m_productId);
        ui::ProductPage *product = inventory()->productPage();
        product->showPage(QStringLiteral("publish"));
        auto *page = qobject_cast<ui::PublishPage *>(product->page(QStringLiteral("publish")));
        if (page)
            (void)QTest::qWaitFor([page] { return page->isDiffReady(); }, 20000);
        return page;
    }

    /// Clicks Publish, accepts the confirmation, waits for the success screen and the sync after it.
    int publishAndSync(ui::PublishPage *page, const QString &shot)
    {
        QString confirmation;
        QTimer::singleShot(0, this, [&confirmation] {
            (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            confirmation = box->informativeText();
            test::screenshot(box, QStringLiteral("confirm"));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QSignalSpy published(page, &ui::PublishPage::published);
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        QTest::mouseClick(page->publishButton(), Qt::LeftButton);
        if (!confirmation.contains(QStringLiteral("name cannot be changed")))
            return -1;
        if (!published.wait(20000))
            return -2;
        if (page->currentScreen() != QStringLiteral("success")
            || page->successTitle()->text() != QStringLiteral("Publish Successful!"))
            return -3;
        test::screenshot(m_window.get(), shot);
        if (synced.isEmpty() && !synced.wait(60000))
            return -4;
        return published.first().first().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_manager->addAccount(
            m_sandbox->baseUrl(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
                QVERIFY(r.ok());
                added = true;
            });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        m_window->showModule(core::ModuleId::Inventory);
        QTRY_VERIFY(editor());
    }

    void publishFirstVersion()
    {
        // A product with one item of its own (the examples deleted), synced.
        const auto created = editor()->createProduct(QStringLiteral("Publish Lab Product"));
        QVERIFY(created);
        const QString localId = created.value().id;
        for (const store::CachedObject &item : objects().list(QStringLiteral("items"), localId))
            QVERIFY(editor()->remove(QStringLiteral("items"), localId, item.id));
        QVERIFY(editor()->create(QStringLiteral("items"), localId,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SKU Users") },
                { QStringLiteral("mpn"), QStringLiteral("MPN-PUB-USERS") },
                { QStringLiteral("type"), QStringLiteral("reservation") },
                { QStringLiteral("period"), QStringLiteral("monthly") },
                { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } }));

        // Before the sync: the product is local, so Publish is refused.
        m_productId = localId;
        ui::PublishPage *page = openPublishPage();
        QVERIFY(page);
        QVERIFY(!checkDone(page, inventory::PublishCheckItem::Synced));
        QVERIFY(checkDone(page, inventory::PublishCheckItem::Items));
        QVERIFY(!page->publishButton()->isEnabled());
        test::screenshot(m_window.get(), QStringLiteral("01-unsynced"));

        QVERIFY(syncAndWait());
        const auto products = objects().list(QStringLiteral("products"), {});
        for (const store::CachedObject &product : products) {
            if (product.json.value(QStringLiteral("name")).toString() == QStringLiteral("Publish Lab Product"))
                m_productId = product.id;
        }
        QVERIFY(m_productId.startsWith(QStringLiteral("PRD-")));

        page = openPublishPage();
        QVERIFY(page);
        QVERIFY(checkDone(page, inventory::PublishCheckItem::Synced));
        QVERIFY(checkDone(page, inventory::PublishCheckItem::Items));
        QVERIFY(checkDone(page, inventory::PublishCheckItem::Parameters)); // the example parameters
        QVERIFY(!checkDone(page, inventory::PublishCheckItem::Profile)); // no descriptions yet
        QVERIFY(!checkDone(page, inventory::PublishCheckItem::Preview));
        QVERIFY(page->warnings()->text().contains(QStringLiteral("name cannot be changed")));
        QVERIFY(page->warnings()->text().contains(QStringLiteral("cannot be removed")));
        QVERIFY(page->diffHeading()->text().contains(QStringLiteral("first version")));
        QVERIFY(diffRows(page->diffTree()).contains(QStringLiteral("Items|SKU Users|added|versioned")));
        QVERIFY(page->publishButton()->isEnabled());
        test::screenshot(m_window.get(), QStringLiteral("02-checklist"));

        QCOMPARE(publishAndSync(page, QStringLiteral("03-success-v1")), 1);
        QVERIFY(page->successVersion()->text().contains(QStringLiteral("Version 1")));

        // The inventory shows v1; the name is locked; the published item cannot be deleted.
        inventory()->showList();
        models::ProductListModel *model = inventory()->productModel();
        QTRY_VERIFY([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, models::ProductListModel::NameColumn).data().toString()
                    == QStringLiteral("Publish Lab Product"))
                    return model->index(row, models::ProductListModel::StatusColumn).data().toString()
                        == QStringLiteral("v1");
            }
            return false;
        }());
        test::screenshot(m_window.get(), QStringLiteral("04-list-v1"));
        QVERIFY(!editor()->nameLockReason(m_productId).isEmpty());
        inventory()->openProduct(m_productId);
        inventory()->productPage()->showPage(QStringLiteral("profile"));
        QVERIFY(inventory()->productPage()->profile()->nameEdit()->isReadOnly());
        const QList<store::CachedObject> items = objects().list(QStringLiteral("items"), m_productId);
        QCOMPARE(items.size(), 1);
        QVERIFY(!editor()->remove(QStringLiteral("items"), m_productId, items.first().id));
    }

    void publishSecondVersion()
    {
        const QString itemId = objects().list(QStringLiteral("items"), m_productId).first().id;
        QVERIFY(editor()->update(QStringLiteral("items"), m_productId, itemId,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SKU Seats") } }));
        const store::CachedObject parameter = objects().list(QStringLiteral("parameters"), m_productId).first();
        QVERIFY(editor()->update(QStringLiteral("parameters"), m_productId, parameter.id,
            QJsonObject { { QStringLiteral("title"), QStringLiteral("A better title") } }));
        QVERIFY(syncAndWait());

        ui::PublishPage *page = openPublishPage();
        QVERIFY(page);
        QVERIFY(page->diffHeading()->text().contains(QStringLiteral("since version 1")));
        const QStringList rows = diffRows(page->diffTree());
        QVERIFY2(rows.contains(QStringLiteral("Items|SKU Seats (name)|changed|versioned")),
            qPrintable(rows.join(QLatin1Char('\n'))));
        const QString parameterName = parameter.json.value(QStringLiteral("name")).toString();
        QVERIFY2(rows.contains(QStringLiteral("Parameters|%1|changed|live").arg(parameterName)),
            qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(rows.size(), 2);
        test::screenshot(m_window.get(), QStringLiteral("05-diff-v2"));

        QCOMPARE(publishAndSync(page, QStringLiteral("06-success-v2")), 2);
        QTRY_COMPARE(inventory()->productPage()->statusLabel()->text(), QStringLiteral("v2"));
        QCOMPARE(
            objects().get(QStringLiteral("products"), m_productId)->json.value(QStringLiteral("version")).toInt(), 2);
    }
};

CV_TEST_MAIN(TestPublishPage)
#include "tst_publishpage.moc"
