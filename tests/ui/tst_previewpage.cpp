// preview_page: the lab's Preview (issue 6, points 1 and 6) in the running window against the in-process
// sandbox (--seed demo): the demo product's Preview page with a customized company, Start Preview, the live
// steps, the "Manual processing is required ..." link opening the request in Fulfillment, the notification
// e-mail in the notifications panel; then the request approved through the API and the customer control
// panel preview ("Sign in to CCP") showing the rendered activation message. Issue 9: realistic example values
// for the ordering parameters, the panel readable (width, local times, Markdown rendered, not draggable to
// nothing) with the approval and activation e-mails, Getting started rendered in the customer panel.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/displaytime.h"
#include "app/fulfillment/requestactions.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "sandbox/sandboxoptions.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/fulfillment/requestpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/localcontentpage.h"
#include "ui/inventory/previewpage.h"
#include "ui/inventory/productpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/notificationspanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace cv;
using test::SandboxFixture;

namespace {

sandbox::SandboxOptions demo()
{
    sandbox::SandboxOptions options;
    options.seed = QStringLiteral("demo");
    return options;
}

QString toHtml(QWebEngineView *view)
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

} // namespace

class TestPreviewPage final : public QObject
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
    QString m_requestId;
    QString m_assetId;
    const QString m_company = QStringLiteral("Acme <Preview> & Sons");

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(30000);
    }

    /// Clicks a Sign in to the customer panel button and waits for the panel: it shows the approved asset's
    /// activation message with the value filled in on the customer's behalf. `dom` is the panel's HTML.
    void openCustomerPanel(QPushButton *button, ui::CcpPreview *&dialog, QString &dom)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY((dialog = m_window->findChild<ui::CcpPreview *>()) && dialog->isVisible());
        QSignalSpy shown(dialog, &ui::CcpPreview::shown);
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        QVERIFY(shown.constLast().first().toBool());
        dom = toHtml(dialog->view());
        QVERIFY2(dom.contains(QStringLiteral("Welcome to Connect Cloud Storage")), qPrintable(dom.left(3000)));
        QVERIFY2(dom.contains(QStringLiteral("<strong>TEN-4242</strong>")), qPrintable(dom.left(3000)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>(demo());
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        QVERIFY(m_dir.isValid());
        // Ordering parameters of other types (issue 9: the preview prefills realistic examples), and a
        // Getting started text in Markdown (the customer panel renders it).
        const QString product = m_sandbox->get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        for (const auto &[name, title, type, required] :
            { std::tuple {
                  QStringLiteral("contact_phone"), QStringLiteral("Contact phone"), QStringLiteral("phone"), false },
                std::tuple {
                    QStringLiteral("tenant_name"), QStringLiteral("Tenant name"), QStringLiteral("text"), true } }) {
            const auto added = m_sandbox->post(QStringLiteral("/products/%1/parameters").arg(product),
                QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("param_") + name) },
                    { QStringLiteral("title"), title }, { QStringLiteral("description"), title },
                    { QStringLiteral("phase"), QStringLiteral("ordering") },
                    { QStringLiteral("scope"), QStringLiteral("asset") }, { QStringLiteral("type"), type },
                    { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), required } } } });
            QVERIFY2(added.status == 201 || added.status == 200, added.body.constData());
        }
        QJsonObject settings = m_sandbox->get(QStringLiteral("/products/") + product)
                                   .object()
                                   .value(QStringLiteral("customer_ui_settings"))
                                   .toObject();
        settings.insert(
            QStringLiteral("getting_started"), QStringLiteral("Install the **desktop client**, then sign in."));
        const auto put = m_sandbox->put(QStringLiteral("/products/") + product,
            QJsonObject { { QStringLiteral("customer_ui_settings"), settings } });
        QVERIFY2(put.status == 200, put.body.constData());
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_manager->addAccount(
            m_sandbox->baseUrl(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
                QVERIFY(r.ok());
                added = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QVERIFY(syncAndWait());
        const QJsonArray products = m_sandbox->get(QStringLiteral("/products")).array();
        QVERIFY(!products.isEmpty());
        m_productId = products.first().toObject().value(QStringLiteral("id")).toString();
    }

    void startNeedsAConnection()
    {
        // Without an online session (here: none at all) Start Preview is disabled and says why.
        ui::PreviewPage page(nullptr, m_session->engine()->objects(), m_productId);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.startButton()->isEnabled());
        QVERIFY(page.blockedReason()->isVisible());
        QVERIFY(!page.blockedReason()->text().isEmpty());
        // A product that has not reached Connect yet cannot be previewed either.
        ui::PreviewPage local(m_session.get(), m_session->engine()->objects(), QStringLiteral("local:1"));
        QVERIFY(!local.startButton()->isEnabled());
        test::screenshot(&page, QStringLiteral("no-connection"));
    }

    void previewCreatesThePendingRequest()
    {
        m_window->showModule(core::ModuleId::Inventory);
        auto *inventory = qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
        QVERIFY(inventory);
        inventory->openProduct(m_productId);
        ui::ProductPage *product = inventory->productPage();
        product->showPage(QStringLiteral("preview"));
        auto *preview = qobject_cast<ui::PreviewPage *>(product->page(QStringLiteral("preview")));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QVERIFY(preview->startButton()->isEnabled());
        QVERIFY(!preview->blockedReason()->isVisible());
        test::screenshot(m_window.get(), QStringLiteral("default-scenario"));

        // Ordering parameters come with realistic example values by type, none with the word "preview".
        const QList<store::CachedObject> parameters
            = m_session->engine()->objects().list(QStringLiteral("parameters"), m_productId);
        int checked = 0;
        for (const store::CachedObject &parameter : parameters) {
            if (parameter.json.value(QStringLiteral("phase")).toString() != QLatin1String("ordering"))
                continue;
            const QString name = parameter.json.value(QStringLiteral("name")).toString();
            QLineEdit *field = preview->parameterField(name);
            QVERIFY2(field, qPrintable(name));
            QVERIFY2(!field->text().isEmpty(), qPrintable(name + QStringLiteral(" is empty")));
            QVERIFY2(field->text() != QLatin1String("preview"), qPrintable(name));
            const QStringList problems = fulfillment::validateParameterValue(parameter.json, field->text());
            QVERIFY2(problems.isEmpty(),
                qPrintable(name + QStringLiteral(": ") + field->text() + QStringLiteral(": ") + problems.join(u' ')));
            ++checked;
        }
        QCOMPARE(checked, 4); // admin e-mail, company domain, contact phone, tenant name
        QVERIFY(preview->parameterField(QStringLiteral("param_tenant_name"))
                    ->text()
                    .contains(QStringLiteral("Preview Customer")));

        // The generated scenario is read-only until "Customize".
        QLineEdit *company = preview->customerField(QStringLiteral("company"));
        QVERIFY(company);
        QVERIFY(!company->text().isEmpty());
        QVERIFY(company->isReadOnly());
        QTest::mouseClick(
            preview->customizeAccounts(), Qt::LeftButton, {}, QPoint(8, preview->customizeAccounts()->height() / 2));
        QVERIFY(!company->isReadOnly());
        company->selectAll();
        QTest::keyClicks(company, m_company);
        QCOMPARE(company->text(), m_company);
        QTest::mouseClick(
            preview->customizeAsset(), Qt::LeftButton, {}, QPoint(8, preview->customizeAsset()->height() / 2));
        QVERIFY(preview->customizeAsset()->isChecked());
        QLineEdit *adminEmail = preview->parameterField(QStringLiteral("param_admin_email"));
        QVERIFY(adminEmail);
        QVERIFY(!adminEmail->isReadOnly());
        test::screenshot(m_window.get(), QStringLiteral("customized"));

        QSignalSpy finished(preview, &ui::PreviewPage::previewFinished);
        QTest::mouseClick(preview->startButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(preview->stepList()->count() == 5, qPrintable(preview->resultLabel()->text()), 10000);
        test::screenshot(m_window.get(), QStringLiteral("steps-running"));
        QVERIFY(finished.wait(20000));
        m_requestId = finished.first().first().toString();
        QVERIFY(m_requestId.startsWith(QStringLiteral("PR-")));
        for (int row = 0; row < preview->stepList()->count(); ++row)
            QCOMPARE(preview->stepList()->item(row)->data(Qt::UserRole).toString(), QStringLiteral("done"));
        QVERIFY(preview->resultLabel()->isVisible());
        QVERIFY(preview->resultLabel()->text().contains(QStringLiteral("Manual processing is required")));
        QVERIFY(preview->resultLabel()->text().contains(m_requestId));
        QVERIFY(!preview->signInToCcp()->isVisible()); // pending: nothing for the customer yet
        test::screenshot(m_window.get(), QStringLiteral("asset-ready"));

        // On the server: a pending purchase on the preview connection, for the customized company.
        const QJsonObject request = m_sandbox->get(QStringLiteral("/requests/") + m_requestId).object();
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(request.value(QStringLiteral("type")).toString(), QStringLiteral("purchase"));
        const QJsonObject asset = request.value(QStringLiteral("asset")).toObject();
        QCOMPARE(asset.value(QStringLiteral("connection")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("CT-0000-0000-0000"));
        QCOMPARE(asset.value(QStringLiteral("connection")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("preview"));
        QCOMPARE(asset.value(QStringLiteral("tiers"))
                     .toObject()
                     .value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            m_company);
        m_assetId = asset.value(QStringLiteral("id")).toString();
        QVERIFY(!m_assetId.isEmpty());
    }

    void notificationEmailIsShown()
    {
        auto *panel = m_window->findChild<ui::NotificationsPanel *>();
        QVERIFY(panel);
        auto *bell = m_window->findChild<QAction *>(QStringLiteral("showNotifications"));
        QVERIFY(bell);
        if (!panel->isVisible())
            bell->trigger();
        QTRY_VERIFY(panel->isVisible());
        auto subjectShown = [&] {
            for (int row = 0; row < panel->list()->count(); ++row) {
                if (panel->list()->item(row)->text().contains(m_requestId))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(subjectShown(), 10000);
        QVERIFY(panel->list()->item(0)->text().contains(m_requestId)); // newest first
        // Readable: a sane width, local times rather than ISO stamps.
        QVERIFY2(panel->width() >= 300, qPrintable(QString::number(panel->width())));
        const QString item = panel->list()->item(0)->text();
        QVERIFY2(!item.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d"))), qPrintable(item));
        const QJsonObject email = panel->emails().last().toObject();
        const QDateTime created = QDateTime::fromString(email.value(QStringLiteral("created")).toString(), Qt::ISODate);
        QVERIFY2(item.contains(core::displayTime(created)), qPrintable(item));
        // The body is the mail's Markdown rendered in the locked-down view: a link, not "[text](url)".
        auto *body = panel->findChild<QWebEngineView *>(QStringLiteral("notificationBody"));
        QVERIFY2(body, "the e-mail body is not rendered");
        QVERIFY(qobject_cast<ui::LocalContentPage *>(body->page())); // links open only after confirmation
        QTRY_VERIFY_WITH_TIMEOUT(toHtml(body).contains(QStringLiteral("Manual processing is required")), 10000);
        const QString dom = toHtml(body);
        QVERIFY2(
            dom.contains(QStringLiteral("<a href=\"https://vendor.sandbox.connect.cloudblue.com/fulfillment/requests/")
                + m_requestId),
            qPrintable(dom));
        QVERIFY2(!dom.contains(QStringLiteral("](https")), qPrintable(dom));
        test::screenshot(m_window.get(), QStringLiteral("notification"));

        // Dragging the panel's edge towards the window's edge stops at a readable width; the panel stays.
        const QRect dock = panel->geometry();
        const QPoint edge(dock.left() - 2, dock.center().y());
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, edge);
        for (int x = edge.x() + 40; x < m_window->width() - 10; x += 40)
            QTest::mouseMove(m_window.get(), QPoint(x, edge.y()));
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(m_window->width() - 10, edge.y()));
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(panel->width() >= 300, qPrintable(QString::number(panel->width())));
        // And back towards the middle: the panel grows and stays inside the window.
        const QPoint edge2(panel->geometry().left() - 2, dock.center().y());
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, edge2);
        for (int x = edge2.x() - 30; x > edge2.x() - 200; x -= 30)
            QTest::mouseMove(m_window.get(), QPoint(x, edge2.y()));
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(edge2.x() - 200, edge2.y()));
        QCoreApplication::processEvents();
        QVERIFY2(panel->geometry().right() < m_window->width(),
            qPrintable(QStringLiteral("panel %1..%2 in a %3 px window")
                           .arg(panel->geometry().left())
                           .arg(panel->geometry().right())
                           .arg(m_window->width())));
        m_window->resizeDocks({ panel }, { 0 }, Qt::Horizontal);
        QCoreApplication::processEvents();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->width() >= 300, qPrintable(QString::number(panel->width())));
        m_window->resizeDocks({ panel }, { 420 }, Qt::Horizontal);
        // At 1024x700 the panel still fits beside the widest page (the window's minimum stays below 1024).
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
            qPrintable(QString::number(m_window->minimumSizeHint().width())));
        m_window->resize(1024, 700);
        QTRY_VERIFY(m_window->width() == 1024);
        QCoreApplication::processEvents();
        QVERIFY2(panel->isVisible() && panel->width() >= 300 && panel->geometry().right() < m_window->width(),
            qPrintable(QStringLiteral("panel %1..%2").arg(panel->geometry().left()).arg(panel->geometry().right())));
        test::screenshot(m_window.get(), QStringLiteral("notification-1024"));
        m_window->resize(1280, 860);
    }

    void linkOpensTheRequestInFulfillment()
    {
        auto *inventory = qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
        auto *preview = qobject_cast<ui::PreviewPage *>(inventory->productPage()->page(QStringLiteral("preview")));
        QVERIFY(preview);
        Q_EMIT preview->resultLabel()->linkActivated(QStringLiteral("request:") + m_requestId);
        QTRY_COMPARE(m_window->currentModule(), core::ModuleId::Fulfillment);
        auto *fulfillment = qobject_cast<ui::FulfillmentPage *>(m_window->modulePage(core::ModuleId::Fulfillment));
        QVERIFY(fulfillment);
        QTRY_COMPARE_WITH_TIMEOUT(fulfillment->requestPage()->requestId(), m_requestId, 30000);
        QTRY_VERIFY(fulfillment->requestPage()->isVisible());
        auto *ccp = fulfillment->requestPage()->findChild<QPushButton *>(QStringLiteral("signInToCcp"));
        QVERIFY(ccp);
        QVERIFY(!ccp->isVisible()); // pending: nothing for the customer yet
        test::screenshot(m_window.get(), QStringLiteral("request-in-fulfillment"));
    }

    void ccpShowsTheActivationMessage()
    {
        // Approve through the API with the product's activation (fulfillment) template.
        const QJsonArray templates
            = m_sandbox
                  ->get(QStringLiteral("/products/%1/templates?eq(scope,asset)&eq(type,fulfillment)").arg(m_productId))
                  .array();
        QVERIFY(!templates.isEmpty());
        const QString templateId = templates.first().toObject().value(QStringLiteral("id")).toString();
        const auto put = m_sandbox->put(QStringLiteral("/requests/") + m_requestId,
            QJsonObject { { QStringLiteral("asset"),
                QJsonObject { { QStringLiteral("params"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("param_tenant_id") },
                        { QStringLiteral("value"), QStringLiteral("TEN-4242") } } } } } } });
        QVERIFY2(put.status == 200, qPrintable(put.errors()));
        const auto approved = m_sandbox->post(QStringLiteral("/requests/%1/approve").arg(m_requestId),
            QJsonObject { { QStringLiteral("template_id"), templateId } });
        QVERIFY2(approved.status == 200, qPrintable(approved.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/requests/") + m_requestId)
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("approved"));

        QVERIFY(syncAndWait());
        auto *fulfillment = qobject_cast<ui::FulfillmentPage *>(m_window->modulePage(core::ModuleId::Fulfillment));
        auto *ccp = fulfillment->requestPage()->findChild<QPushButton *>(QStringLiteral("signInToCcp"));
        QTRY_VERIFY_WITH_TIMEOUT(ccp->isVisible(), 10000);
        test::screenshot(m_window.get(), QStringLiteral("approved"));
        ui::CcpPreview *dialog = nullptr;
        QString dom;
        openCustomerPanel(ccp, dialog, dom);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(dom.contains(QStringLiteral("id=\"activation\"")));
        QVERIFY(!dom.contains(QStringLiteral("<script")));
        // Getting started is Markdown, rendered like the activation message.
        QVERIFY2(dom.contains(QStringLiteral("<strong>desktop client</strong>")), qPrintable(dom.left(3000)));
        QVERIFY(!dom.contains(QStringLiteral("**desktop client**")));
        test::screenshot(dialog, QStringLiteral("ccp"));
        dialog->close();
    }

    /// The lab's last Preview step: back on the product's Preview page after the approval and a sync, "the Preview
    /// is ready" and Sign in to the customer panel shows the product as the customer sees it (it used to keep
    /// saying "Manual processing is required" for a request long approved).
    void previewPageSaysReadyAfterTheApproval()
    {
        m_window->showModule(core::ModuleId::Inventory);
        auto *inventory = qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
        inventory->openProduct(m_productId);
        inventory->productPage()->showPage(QStringLiteral("preview"));
        auto *preview = qobject_cast<ui::PreviewPage *>(inventory->productPage()->page(QStringLiteral("preview")));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QTRY_VERIFY2(preview->resultLabel()->text().contains(QStringLiteral("preview is ready")),
            qPrintable(preview->resultLabel()->text()));
        QVERIFY(!preview->resultLabel()->text().contains(QStringLiteral("Manual processing")));
        QVERIFY(preview->resultLabel()->text().contains(m_requestId));
        QVERIFY(preview->signInToCcp()->isVisible());
        QVERIFY(preview->openRequestButton()->isVisible()); // the keyboard's way to the request
        QVERIFY(preview->openRequestButton()->text().contains(m_requestId));
        test::screenshot(m_window.get(), QStringLiteral("preview-ready"));
        ui::CcpPreview *dialog = nullptr;
        QString dom;
        openCustomerPanel(preview->signInToCcp(), dialog, dom);
        if (dialog)
            dialog->close();
    }

    /// Issue 9 point 8: the approval sends the vendor its copy and the customer the activation e-mail, and
    /// the notifications panel shows both (the lab's "Email Approval" and "Activation template for customer").
    void approvalEmailsAreShown()
    {
        auto *panel = m_window->findChild<ui::NotificationsPanel *>();
        QVERIFY(panel && panel->isVisible());
        QSignalSpy refreshed(panel, &ui::NotificationsPanel::refreshed);
        panel->refresh();
        QVERIFY(refreshed.wait(10000));
        int approvalRow = -1;
        int activationRow = -1;
        for (int row = 0; row < panel->list()->count(); ++row) {
            const QString text = panel->list()->item(row)->text();
            if (text.contains(QStringLiteral("Request %1 for Connect Cloud Storage was approved").arg(m_requestId)))
                approvalRow = row;
            if (text.contains(QStringLiteral("Your Connect Cloud Storage subscription is active"))
                && text.contains(QStringLiteral("customer")))
                activationRow = row;
        }
        QVERIFY2(approvalRow >= 0, "no approval e-mail");
        QVERIFY2(activationRow >= 0, "no activation e-mail to the customer");
        auto *body = panel->findChild<QWebEngineView *>(QStringLiteral("notificationBody"));
        QVERIFY(body);
        panel->list()->setCurrentRow(activationRow);
        QTRY_VERIFY_WITH_TIMEOUT(toHtml(body).contains(QStringLiteral("<strong>TEN-4242</strong>")), 10000);
        QVERIFY(toHtml(body).contains(QStringLiteral("Welcome to Connect Cloud Storage</h1>")));
        test::screenshot(m_window.get(), QStringLiteral("notification-activation"));
        panel->list()->setCurrentRow(approvalRow);
        QTRY_VERIFY_WITH_TIMEOUT(toHtml(body).contains(QStringLiteral("was approved")), 10000);
        QVERIFY(toHtml(body).contains(QStringLiteral("TEN-4242")));
        test::screenshot(m_window.get(), QStringLiteral("notification-approval"));
    }
};

CV_TEST_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
