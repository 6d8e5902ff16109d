// inventory_lab_definition: the lab's product definition (lab guide, "Inventory Module" to "UI Actions")
// driven through the real widgets of the running window: Inventory > Create Product, the items and
// parameters wizards and edit dialogs, the activation template with its preview; then sync, and the
// sandbox (over HTTP) holds exactly that product. Then the same run with the network down, synced once
// the network is back.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"
#include "unpluggablenetwork.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "ui/fulfillment/approvedialog.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/fulfillment/requestpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/previewpage.h"
#include "ui/inventory/productpage.h"
#include "ui/inventory/productpages/actionstab.h"
#include "ui/inventory/productpages/itemdialog.h"
#include "ui/inventory/productpages/itemspage.h"
#include "ui/inventory/productpages/parameterdialog.h"
#include "ui/inventory/productpages/parameterspage.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/inventory/productpages/templatestab.h"
#include "ui/inventory/productpages/uipage.h"
#include "ui/inventory/profilepage.h"
#include "ui/inventory/publishpage.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBrowser>
#include <QTextEdit>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace cv;
using test::HttpResponse;
using test::SandboxFixture;

namespace {

int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

bool select(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
    return index >= 0;
}

template<typename Dialog> Dialog *openedDialog(QWidget *page)
{
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = page->findChild<Dialog *>()) && dialog->isVisible(); }, 3000);
    return dialog;
}

void doubleClickRow(QTableView *table, int row, int column)
{
    const QRect rect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QString previewHtml(QWebEngineView *view)
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

using Network = test::UnpluggableNetwork;

} // namespace

class TestInventoryLab final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Network> m_net;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    accounts::Account m_account;
    QString m_labProductId; ///< the first product, made in labDefinitionReachesTheServer

    ui::InventoryPage *inventory() const
    {
        return qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
    }

    /// The lab's definition through the widgets, for a product called `name`.
    void defineLabProduct(const QString &name, const QString &shotPrefix)
    {
        m_window->showModule(core::ModuleId::Inventory);
        ui::InventoryPage *page = inventory();
        QVERIFY(page);
        QTimer::singleShot(0, this, [&name] {
            (void)QTest::qWaitFor([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); }, 5000);
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, name);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        ui::ProductPage *product = page->productPage();
        QTRY_COMPARE(product->nameLabel()->text(), name);
        test::screenshot(m_window.get(), shotPrefix + QStringLiteral("created"));

        // Items: delete the two examples, add SKU Users.
        product->showPage(QStringLiteral("items"));
        auto *items = qobject_cast<ui::ItemsPage *>(product->page(QStringLiteral("items")));
        QVERIFY(items);
        for (const QString &mpn : { QStringLiteral("SKU-A"), QStringLiteral("SKU-B") }) {
            const int row = rowWith(items->table()->model(), 1, mpn);
            QVERIFY2(row >= 0, qPrintable(mpn));
            doubleClickRow(items->table(), row, 0);
            auto *dialog = openedDialog<ui::ItemDialog>(items);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
            QTRY_VERIFY(!items->findChild<ui::ItemDialog *>());
        }
        QTest::mouseClick(items->newItemButton(), Qt::LeftButton);
        auto *itemDialog = openedDialog<ui::ItemDialog>(items);
        QVERIFY(itemDialog);
        QTest::keyClicks(itemDialog->nameEdit(), QStringLiteral("SKU Users"));
        QTest::keyClicks(itemDialog->mpnEdit(), QStringLiteral("MPN-246-USERS"));
        QTest::mouseClick(itemDialog->nextButton(), Qt::LeftButton);
        QVERIFY(select(itemDialog->typeCombo(), QStringLiteral("reservation")));
        QVERIFY(select(itemDialog->periodCombo(), QStringLiteral("monthly")));
        QVERIFY(select(itemDialog->unitCombo(), QStringLiteral("users")));
        QVERIFY(itemDialog->finishButton()->isEnabled());
        test::screenshot(itemDialog, shotPrefix + QStringLiteral("new-item"));
        QTest::mouseClick(itemDialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!items->findChild<ui::ItemDialog *>());
        QCOMPARE(items->table()->model()->rowCount(), 1);
        test::screenshot(m_window.get(), shotPrefix + QStringLiteral("items"));

        // Parameters: delete the two examples, add param_admin_email.
        product->showPage(QStringLiteral("parameters"));
        auto *parameters = qobject_cast<ui::ParametersPage *>(product->page(QStringLiteral("parameters")));
        QVERIFY(parameters);
        for (const QString &id : { QStringLiteral("param_a"), QStringLiteral("param_b") }) {
            const int row = rowWith(parameters->table()->model(), 0, id);
            QVERIFY2(row >= 0, qPrintable(id));
            doubleClickRow(parameters->table(), row, 1);
            auto *dialog = openedDialog<ui::ParameterDialog>(parameters);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
            QTRY_VERIFY(!parameters->findChild<ui::ParameterDialog *>());
        }
        QTest::mouseClick(parameters->addButton(), Qt::LeftButton);
        auto *parameterDialog = openedDialog<ui::ParameterDialog>(parameters);
        QVERIFY(parameterDialog);
        parameterDialog->idEdit()->end(false);
        QTest::keyClicks(parameterDialog->idEdit(), QStringLiteral("admin_email"));
        QTest::keyClicks(parameterDialog->titleEdit(), QStringLiteral("Administrator email"));
        QTest::keyClicks(parameterDialog->descriptionEdit(), QStringLiteral("The customer's administrator."));
        QVERIFY(select(parameterDialog->phaseCombo(), QStringLiteral("ordering")));
        QVERIFY(select(parameterDialog->scopeCombo(), QStringLiteral("asset")));
        QTest::mouseClick(parameterDialog->nextButton(), Qt::LeftButton);
        QVERIFY(select(parameterDialog->typeCombo(), QStringLiteral("text")));
        parameterDialog->requiredCheck()->click();
        QVERIFY(parameterDialog->finishButton()->isEnabled());
        QTest::mouseClick(parameterDialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!parameters->findChild<ui::ParameterDialog *>());
        QCOMPARE(parameters->table()->model()->rowCount(), 1);
        test::screenshot(m_window.get(), shotPrefix + QStringLiteral("parameters"));

        // UI > Templates: the activation template uses {{ param_admin_email }}; preview it.
        product->showPage(QStringLiteral("ui"));
        auto *ui = qobject_cast<ui::UiPage *>(product->page(QStringLiteral("ui")));
        QVERIFY(ui);
        ui->tabs()->setCurrentWidget(ui->templates());
        ui::TemplatesTab *templates = ui->templates();
        templates->bodyEdit()->setFocus();
        templates->bodyEdit()->selectAll();
        QTest::keyClick(templates->bodyEdit(), Qt::Key_Delete);
        QTest::keyClicks(templates->bodyEdit(), QStringLiteral("Your administrator is **"));
        QVERIFY(test::withPopupMenu(templates->insertButton(),
            [](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("param_admin_email"))); }));
        QTest::keyClicks(templates->bodyEdit(), QStringLiteral("**."));
        QCOMPARE(
            templates->bodyEdit()->toPlainText(), QStringLiteral("Your administrator is **{{ param_admin_email }}**."));
        QTest::mouseClick(templates->previewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(previewHtml(templates->previewView())
                                     .contains(QStringLiteral("<strong>&lt;Administrator email&gt;</strong>")),
            20000);
        test::screenshot(m_window.get(), shotPrefix + QStringLiteral("template-preview"));
        if (auto *window = templates->findChild<QDialog *>(QStringLiteral("templatePreviewWindow")))
            window->close(); // "Click close to exit out of the preview view."
        product->flushPendingEdits();
    }

    /// The product `name` as the sandbox holds it, checked over HTTP.
    void verifyOnServer(const QString &name)
    {
        const HttpResponse products
            = m_sandbox->get(QStringLiteral("/products?eq(name,%1)")
                                 .arg(QString(name).replace(QLatin1Char(' '), QStringLiteral("%20"))));
        QCOMPARE(products.total(), 1);
        const QString id = products.array().first().toObject().value(QStringLiteral("id")).toString();
        const QJsonArray items = m_sandbox->get(QStringLiteral("/products/%1/items").arg(id)).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("mpn")).toString(), QStringLiteral("MPN-246-USERS"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("reservation"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("period")).toString(), QStringLiteral("monthly"));
        QCOMPARE(
            items.first().toObject().value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("users"));
        const QJsonArray parameters = m_sandbox->get(QStringLiteral("/products/%1/parameters").arg(id)).array();
        QCOMPARE(parameters.size(), 1);
        const QJsonObject parameter = parameters.first().toObject();
        QCOMPARE(parameter.value(QStringLiteral("name")).toString(), QStringLiteral("param_admin_email"));
        QCOMPARE(parameter.value(QStringLiteral("phase")).toString(), QStringLiteral("ordering"));
        QCOMPARE(parameter.value(QStringLiteral("scope")).toString(), QStringLiteral("asset"));
        QCOMPARE(parameter.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(parameter.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("required")).toBool());
        const QJsonArray activation
            = m_sandbox->get(QStringLiteral("/products/%1/templates?eq(scope,asset)&eq(type,fulfillment)").arg(id))
                  .array();
        QCOMPARE(activation.size(), 1);
        QCOMPARE(activation.first().toObject().value(QStringLiteral("body")).toString(),
            QStringLiteral("Your administrator is **{{ param_admin_email }}**."));
    }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        // The key lives in memory for this test (the keychain has tests of its own).
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_net = std::make_unique<Network>(quint16(QUrl(m_sandbox->baseUrl()).port()));
        m_manager->addAccount(m_net->endpoint(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY(r.ok());
            added = true;
        });
        QTRY_VERIFY(added);
        m_account = m_registry->current();
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
    }

    void labDefinitionReachesTheServer()
    {
        defineLabProduct(QStringLiteral("Connect Web Conference Software"), QStringLiteral("online-"));
        QVERIFY(syncAndWait());
        verifyOnServer(QStringLiteral("Connect Web Conference Software"));
        QCOMPARE(m_session->outboxSize(), 0);
        // The open product now carries the server's id.
        m_labProductId = inventory()->productPage()->productId();
        QVERIFY(m_labProductId.startsWith(QStringLiteral("PRD-")));
        test::screenshot(m_window.get(), QStringLiteral("online-synced"));
    }

    /// lab_walkthrough: the whole lab from an empty product to "Publish Successful!" (registered as its own
    /// ctest that runs only this function): define the product, preview it with a customer's admin e-mail,
    /// open the preview request, approve it with the edited activation template, read the rendered message
    /// in the request and in the customer control panel, publish, see v1.
    void labWalkthrough()
    {
        const QString name = QStringLiteral("Connect Lab Walkthrough");
        m_net->setUp(true);
        defineLabProduct(name, QStringLiteral("walk-"));
        QVERIFY(syncAndWait());
        verifyOnServer(name);
        ui::ProductPage *product = inventory()->productPage();
        const QString productId = product->productId();
        QVERIFY(productId.startsWith(QStringLiteral("PRD-")));

        // Preview with the default scenario: the customer leaves the (required) admin e-mail empty.
        product->showPage(QStringLiteral("preview"));
        auto *preview = qobject_cast<ui::PreviewPage *>(product->page(QStringLiteral("preview")));
        QVERIFY(preview);
        QTRY_VERIFY(preview->startButton()->isEnabled());
        QTest::mouseClick(
            preview->customizeAsset(), Qt::LeftButton, {}, QPoint(8, preview->customizeAsset()->height() / 2));
        QLineEdit *orderedEmail = preview->parameterField(QStringLiteral("param_admin_email"));
        QVERIFY(orderedEmail);
        orderedEmail->clear();
        test::screenshot(m_window.get(), QStringLiteral("walk-preview"));
        QSignalSpy finished(preview, &ui::PreviewPage::previewFinished);
        QTest::mouseClick(preview->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QString requestId = finished.first().first().toString();
        QVERIFY(preview->resultLabel()->text().contains(QStringLiteral("Manual processing is required")));
        test::screenshot(m_window.get(), QStringLiteral("walk-preview-ready"));

        // The link opens the request in Fulfillment.
        Q_EMIT preview->resultLabel()->linkActivated(QStringLiteral("request:") + requestId);
        QTRY_COMPARE(m_window->currentModule(), core::ModuleId::Fulfillment);
        auto *fulfillment = qobject_cast<ui::FulfillmentPage *>(m_window->modulePage(core::ModuleId::Fulfillment));
        QVERIFY(fulfillment);
        ui::RequestPage *request = fulfillment->requestPage();
        QTRY_COMPARE_WITH_TIMEOUT(request->requestId(), requestId, 30000);
        QTRY_COMPARE(
            request->findChild<QLabel *>(QStringLiteral("requestStatus"))->text(), QStringLiteral("Inquiring"));
        test::screenshot(m_window.get(), QStringLiteral("walk-request-inquiring"));

        // From here the network is down: switching, filling and approving work offline and wait for sync.
        m_net->setUp(false);

        // Switch to Pending (confirmed), then fill the admin e-mail on the customer's behalf and save.
        QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("pendButton")), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY(
            (confirm = request->findChild<QMessageBox *>(QStringLiteral("confirmPend"))) && confirm->isVisible());
        test::screenshot(confirm, QStringLiteral("walk-confirm-pending"));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(request->findChild<QLabel *>(QStringLiteral("requestStatus"))->text(), QStringLiteral("Pending"));
        auto *adminEmail = request->findChild<QLineEdit *>(QStringLiteral("param-param_admin_email"));
        QVERIFY(adminEmail && adminEmail->isEnabled() && !adminEmail->isReadOnly());
        adminEmail->setFocus();
        QTest::keyClicks(adminEmail, QStringLiteral("admin@lab-customer.example"));
        QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("saveParameters")), Qt::LeftButton);
        QTRY_VERIFY(m_session->outboxSize() > 0);
        test::screenshot(m_window.get(), QStringLiteral("walk-parameter-filled"));
        // "Assign to me" names the account's user (read from the synced cache).
        auto *assign = request->findChild<QPushButton *>(QStringLiteral("assignToMe"));
        QTRY_VERIFY_WITH_TIMEOUT(assign && assign->isEnabled(), 10000);
        QTest::mouseClick(assign, Qt::LeftButton);

        // Approve with the edited activation template, rendered with the request's values first.
        QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        ui::ApproveDialog *approve = nullptr;
        QTRY_VERIFY((approve = request->findChild<ui::ApproveDialog *>()) && approve->isVisible());
        QVERIFY2(approve->renderedText().contains(QStringLiteral("admin@lab-customer.example")),
            qPrintable(approve->renderedText()));
        test::screenshot(approve, QStringLiteral("walk-approve"));
        QTest::mouseClick(approve->findChild<QPushButton *>(QStringLiteral("confirmApprove")), Qt::LeftButton);
        QTRY_COMPARE(request->findChild<QLabel *>(QStringLiteral("requestStatus"))->text(), QStringLiteral("Approved"));
        QVERIFY(request->findChild<QLabel *>(QStringLiteral("waitingForSync"))->isVisible());
        QVERIFY(!syncAndWait()); // offline: nothing reaches the server yet
        QCOMPARE(m_sandbox->get(QStringLiteral("/requests/") + requestId)
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("inquiring"));
        test::screenshot(m_window.get(), QStringLiteral("walk-approved-offline"));
        // Reconnected: the queued switch, parameter and approval complete in order.
        m_net->setUp(true);
        QVERIFY(syncAndWait());
        const QJsonObject server = m_sandbox->get(QStringLiteral("/requests/") + requestId).object();
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(server.value(QStringLiteral("template")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("Your administrator is **admin@lab-customer.example**."));
        QTRY_VERIFY(request->findChild<QTextBrowser *>(QStringLiteral("detailsView"))
                        ->toPlainText()
                        .contains(QStringLiteral("admin@lab-customer.example")));

        QCOMPARE(server.value(QStringLiteral("assignee")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Lab Admin"));

        // The customer control panel shows the rendered activation message.
        auto *ccpButton = request->findChild<QPushButton *>(QStringLiteral("signInToCcp"));
        QTRY_VERIFY_WITH_TIMEOUT(ccpButton && ccpButton->isVisible(), 10000);
        QTest::mouseClick(ccpButton, Qt::LeftButton);
        ui::CcpPreview *ccp = nullptr;
        QTRY_VERIFY((ccp = m_window->findChild<ui::CcpPreview *>()) && ccp->isVisible());
        // (GFM autolinks the e-mail address inside the bold text.)
        QTRY_VERIFY_WITH_TIMEOUT(
            previewHtml(ccp->view()).contains(QStringLiteral("admin@lab-customer.example</a></strong>"))
                || previewHtml(ccp->view()).contains(QStringLiteral("<strong>admin@lab-customer.example</strong>")),
            20000);
        QVERIFY(previewHtml(ccp->view()).contains(QStringLiteral("id=\"activation\"")));
        test::screenshot(ccp, QStringLiteral("walk-ccp"));
        ccp->close();

        // Publish: "Publish Successful!", and the inventory shows v1.
        m_window->showModule(core::ModuleId::Inventory);
        inventory()->openProduct(productId);
        product->showPage(QStringLiteral("publish"));
        auto *publish = qobject_cast<ui::PublishPage *>(product->page(QStringLiteral("publish")));
        QVERIFY(publish);
        QTRY_VERIFY(publish->publishButton()->isEnabled());
        QTimer::singleShot(0, this, [] {
            (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole)
                        button->click();
                }
            }
        });
        QSignalSpy published(publish, &ui::PublishPage::published);
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        QTest::mouseClick(publish->publishButton(), Qt::LeftButton);
        QVERIFY(published.wait(20000));
        QCOMPARE(published.first().first().toInt(), 1);
        QCOMPARE(publish->successTitle()->text(), QStringLiteral("Publish Successful!"));
        test::screenshot(m_window.get(), QStringLiteral("walk-published"));
        QVERIFY(!synced.isEmpty() || synced.wait(60000));
        QTRY_COMPARE(product->statusLabel()->text(), QStringLiteral("v1"));
        inventory()->showList();
        test::screenshot(m_window.get(), QStringLiteral("walk-inventory-v1"));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/products/") + productId).object().value(QStringLiteral("version")).toInt(),
            1);
    }

    void actionSecretIsReadFromTheServerOnly()
    {
        m_window->showModule(core::ModuleId::Inventory);
        inventory()->openProduct(m_labProductId);
        ui::ProductPage *product = inventory()->productPage();
        const QString productId = product->productId();
        auto *ui = qobject_cast<ui::UiPage *>(product->page(QStringLiteral("ui")));
        QVERIFY(ui);
        QTest::mouseClick(ui->actions()->regenerateButton(), Qt::LeftButton);
        QVERIFY(syncAndWait());
        // Reopened online: the secret comes from the server into memory; Copy works; the cache has none.
        inventory()->openProduct(productId);
        ui = qobject_cast<ui::UiPage *>(product->page(QStringLiteral("ui")));
        QTRY_VERIFY_WITH_TIMEOUT(ui->actions()->copyButton()->isEnabled(), 10000);
        QVERIFY(ui->actions()->secretLabel()->text().contains(QStringLiteral("•")));
        const QJsonObject cached = m_session->engine()->objects().get(QStringLiteral("products"), productId)->json;
        QVERIFY(!cached.value(QStringLiteral("customer_ui_settings"))
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toObject()
                     .contains(QStringLiteral("jwt_secret")));
    }

    void profileEditsUndoAndExportImport()
    {
        ui::InventoryPage *page = inventory();
        ui::ProductPage *product = page->productPage();
        const QString productId = product->productId();
        QVERIFY(productId.startsWith(QStringLiteral("PRD-")));
        store::ObjectRepository &objects = m_session->engine()->objects();

        // Undo and redo reach the profile too (one history across the product's pages).
        product->showPage(QStringLiteral("profile"));
        QPlainTextEdit *shortDescription = product->profile()->shortDescriptionEdit();
        shortDescription->setFocus();
        QTest::keyClicks(shortDescription, QStringLiteral("Video meetings for teams"));
        QVERIFY(product->flushPendingEdits());
        QCOMPARE(objects.get(QStringLiteral("products"), productId)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Video meetings for teams"));
        // (Inside a text box Ctrl+Z undoes typing first, as in any editor; from elsewhere it is the
        // product's history.)
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        product->navigation()->setFocus();
        QTest::keyClick(product->navigation(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(objects.get(QStringLiteral("products"), productId)
                         ->json.value(QStringLiteral("short_description"))
                         .toString(),
            QString());
        QTRY_COMPARE(shortDescription->toPlainText(), QString());
        QTest::keyClick(product->navigation(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(shortDescription->toPlainText(), QStringLiteral("Video meetings for teams"));

        // Export the definition and import it as a new product, losslessly.
        const QString file = m_dir.filePath(QStringLiteral("definition.json"));
        QString error;
        QVERIFY2(page->exportProductTo(productId, file, &error), qPrintable(error));
        const qint64 productsBefore = objects.count(QStringLiteral("products"));
        QVERIFY2(page->importProductFrom(file, &error), qPrintable(error));
        QCOMPARE(objects.count(QStringLiteral("products")), productsBefore + 1);
        const QString imported = product->productId();
        QVERIFY(imported != productId);
        QCOMPARE(objects.list(QStringLiteral("items"), imported).size(), 1);
        QCOMPARE(objects.list(QStringLiteral("items"), imported).first().json.value(QStringLiteral("mpn")).toString(),
            QStringLiteral("MPN-246-USERS"));
        QCOMPARE(objects.list(QStringLiteral("parameters"), imported).size(), 1);
        QCOMPARE(objects.get(QStringLiteral("products"), imported)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Video meetings for teams"));

        // A damaged file: a clear error and nothing created.
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"product\": {\"name\": ");
        broken.close();
        QVERIFY(!page->importProductFrom(broken.fileName(), &error));
        QVERIFY2(
            error.contains(QStringLiteral("broken.json")) && error.contains(QStringLiteral("byte")), qPrintable(error));
        QCOMPARE(objects.count(QStringLiteral("products")), productsBefore + 1);
        QVERIFY(syncAndWait());
        QCOMPARE(m_sandbox->get(QStringLiteral("/products?eq(name,Connect%20Web%20Conference%20Software)")).total(), 2);
    }

    void sameRunWithTheNetworkDown()
    {
        // The network goes down.
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);

        defineLabProduct(QStringLiteral("Connect Web Conference Software Offline"), QStringLiteral("offline-"));
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);
        QVERIFY(m_session->outboxSize() > 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/products?eq(name,Connect%20Web%20Conference%20Software%20Offline)"))
                     .total(),
            0);
        test::screenshot(m_window.get(), QStringLiteral("offline-waiting"));

        // Back online: the next sync (the app retries by itself after 30 s; F5 here) sends it all.
        m_net->setUp(true);
        QVERIFY(syncAndWait());
        QCOMPARE(m_session->outboxSize(), 0);
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Online);
        verifyOnServer(QStringLiteral("Connect Web Conference Software Offline"));
    }
};

CV_TEST_MAIN(TestInventoryLab)
#include "tst_inventorylab.moc"
