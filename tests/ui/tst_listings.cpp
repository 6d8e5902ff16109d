// listings_ui (issue 14, points 2 and 4): the Listings module through its widgets against the in-process sandbox
// seeded with `--seed demo`, over loopback through a relay that can be unplugged. Listings and requests from the
// cache; the products x marketplaces matrix; "Create listing" with the marketplaces without an active
// distribution contract disabled with the reason (and refused by the server if forced through the API); a
// request created and moved through the states by the provider; update/remove requests, back to draft, cancel;
// a request drafted offline and submitted after reconnecting.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"
#include "unpluggablenetwork.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/listings/listingactions.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "models/listings/listingsmodels.h"
#include "ui/listings/createlistingdialog.h"
#include "ui/listings/listingrequestpage.h"
#include "ui/listings/listingspage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cv;
using test::SandboxFixture;

namespace {

using Network = test::UnpluggableNetwork;

/// The matrix as "product|marketplace|cell text" lines.
QStringList matrixCells(QAbstractItemModel *model)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells << QStringLiteral("%1|%2|%3")
                         .arg(model->headerData(row, Qt::Vertical).toString(),
                             model->headerData(column, Qt::Horizontal).toString(),
                             model->index(row, column).data().toString());
    }
    return cells;
}

/// Runs `inDialog` on the next modal dialog of type T.
template<typename T> void onNextDialog(QObject *context, std::function<void(T *)> inDialog)
{
    QTimer::singleShot(0, context, [inDialog] {
        (void)QTest::qWaitFor([] { return qobject_cast<T *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            inDialog(dialog);
    });
}

int itemNamed(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral(" (not available)")) == name)
            return i;
    }
    return -1;
}

} // namespace

class TestListings final : public QObject
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
    QString m_demoProduct;
    QString m_secondProduct;

    ui::ListingsPage *page() const
    {
        return qobject_cast<ui::ListingsPage *>(m_window->modulePage(core::ModuleId::Listings));
    }
    store::ObjectRepository &objects() const { return m_session->engine()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    /// The server's listing requests of `productId` on marketplace `marketplaceName` (over HTTP).
    QList<QJsonObject> serverRequests(const QString &productId, const QString &marketplaceName)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : m_sandbox->get(QStringLiteral("/listing-requests?limit=100")).array()) {
            const QJsonObject request = value.toObject();
            if (request.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString() == productId
                && request.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("name")).toString()
                    == marketplaceName)
                found << request;
        }
        return found;
    }

    /// Runs "Create listing" through its dialog: picks the product and the marketplace, types a note.
    QString createThroughDialog(const QString &productId, const QString &marketplace, QStringList *refusals = nullptr)
    {
        QString created;
        onNextDialog<ui::CreateListingDialog>(this, [&](ui::CreateListingDialog *dialog) {
            dialog->products()->setCurrentIndex(dialog->products()->findData(productId));
            QListWidget *list = dialog->marketplaces();
            if (refusals) {
                for (int i = 0; i < list->count(); ++i) {
                    if (!(list->item(i)->flags() & Qt::ItemIsEnabled))
                        *refusals << list->item(i)->text().replace(QLatin1Char('\n'), QLatin1String(" | "));
                }
            }
            const int row = itemNamed(list, marketplace);
            test::screenshot(
                dialog, QStringLiteral("create-") + QString(marketplace).replace(QLatin1Char(' '), QLatin1Char('-')));
            if (row < 0 || !(list->item(row)->flags() & Qt::ItemIsEnabled)) {
                QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
                dialog->reject();
                return;
            }
            list->setCurrentRow(row);
            QTest::keyClicks(dialog->note(), QStringLiteral("Support: support@lab-vendor.example"));
            QVERIFY(dialog->submitNow()->isChecked());
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        created = page()->createListing();
        return created;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        // A second published product, listed nowhere yet.
        const test::HttpResponse created = m_sandbox->post(
            QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Lab Backup Service") } });
        m_secondProduct = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->post(QStringLiteral("/products/%1/versions").arg(m_secondProduct)).status, 201);
        m_net = std::make_unique<Network>(quint16(QUrl(m_sandbox->baseUrl()).port()));
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_manager->addAccount(m_net->endpoint(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY(r.ok());
            added = true;
        });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QVERIFY(syncAndWait());
        m_window->showModule(core::ModuleId::Listings);
        QVERIFY(page());
        QTRY_VERIFY(page()->services());
        for (const store::CachedObject &product : objects().list(QStringLiteral("products"), QString())) {
            if (product.json.value(QStringLiteral("name")).toString() == QLatin1String("Connect Cloud Storage"))
                m_demoProduct = product.id;
        }
        QVERIFY(!m_demoProduct.isEmpty());
    }

    void listingsAndRequestsFromTheCache()
    {
        auto *listings = page()->listingsModel();
        QTRY_COMPARE(listings->rowCount(), 2);
        test::screenshot(m_window.get(), QStringLiteral("01-listings"));
        QStringList statuses;
        for (int row = 0; row < listings->rowCount(); ++row)
            statuses << listings->index(row, models::ListingsModel::MarketplaceColumn).data().toString()
                    + QLatin1Char('=') + listings->index(row, models::ListingsModel::StatusColumn).data().toString();
        statuses.sort();
        QCOMPARE(statuses,
            (QStringList {
                QStringLiteral("Cloud Marketplace EU=Not listed"), QStringLiteral("Cloud Marketplace US=Listed") }));
        page()->statusFilter()->setCurrentIndex(page()->statusFilter()->findData(QStringLiteral("listed")));
        QCOMPARE(listings->rowCount(), 1);
        page()->statusFilter()->setCurrentIndex(0);
        page()->tabs()->setCurrentIndex(1);
        auto *requests = page()->requestsModel();
        QCOMPARE(requests->rowCount(), 1);
        QCOMPARE(requests->index(0, models::ListingRequestsModel::StateColumn).data().toString(),
            QStringLiteral("In review"));
        QCOMPARE(requests->index(0, models::ListingRequestsModel::TypeColumn).data().toString(),
            QStringLiteral("New listing"));
        test::screenshot(m_window.get(), QStringLiteral("02-requests"));
    }

    void matrixOfProductsAndMarketplaces()
    {
        page()->tabs()->setCurrentIndex(2);
        const QStringList cells = matrixCells(page()->matrixModel());
        QVERIFY2(cells.contains(QStringLiteral("Connect Cloud Storage|Cloud Marketplace US|Listed")),
            qPrintable(cells.join(QLatin1Char('\n'))));
        QVERIFY(cells.contains(QStringLiteral("Connect Cloud Storage|Cloud Marketplace EU|Pending")));
        QVERIFY(cells.contains(QStringLiteral("Connect Cloud Storage|Cloud Marketplace APAC|Not allowed")));
        QVERIFY(cells.contains(QStringLiteral("Lab Backup Service|Cloud Marketplace US|Not listed")));
        QVERIFY(cells.contains(QStringLiteral("Lab Backup Service|Cloud Marketplace APAC|Not allowed")));
        test::screenshot(m_window.get(), QStringLiteral("03-matrix"));
    }

    void marketplaceWithoutContractRefused()
    {
        // The dialog shows every marketplace the demo product cannot go to, disabled with the reason.
        QStringList refusals;
        QVERIFY(createThroughDialog(m_demoProduct, QStringLiteral("Cloud Marketplace APAC"), &refusals).isEmpty());
        QVERIFY2(refusals.join(QLatin1Char('\n'))
                     .contains(QStringLiteral(
                         "Cloud Marketplace APAC (not available) |     No active distribution contract")),
            qPrintable(refusals.join(QLatin1Char('\n'))));
        QVERIFY(refusals.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Cloud Marketplace US (not available) |     Already listed")));
        QVERIFY(refusals.join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                        "Cloud Marketplace EU (not available) |     A listing request is already open")));
        // The action refuses it too, and the server refuses a request forced through the API.
        const auto forced = page()->services()->listingActions().requestListing(m_secondProduct,
            page()->matrixModel()->index(0, 0).data(models::ListingMatrixModel::MarketplaceIdRole).toString(), {},
            true);
        QVERIFY(!forced);
        QCOMPARE(int(forced.error().refusal), int(listings::Refusal::NoContract));
        QString programContract;
        for (const store::CachedObject &contract : objects().list(QStringLiteral("contracts"), QString())) {
            if (contract.json.value(QStringLiteral("type")).toString() == QLatin1String("program"))
                programContract = contract.id;
        }
        const test::HttpResponse refused = m_sandbox->post(QStringLiteral("/listing-requests"),
            { { QStringLiteral("type"), QStringLiteral("new") }, { QStringLiteral("product_id"), m_secondProduct },
                { QStringLiteral("contract_id"), programContract } });
        QCOMPARE(refused.status, 400);
        QVERIFY2(
            refused.errors().contains(QStringLiteral("is not a distribution contract")), qPrintable(refused.errors()));
        const test::HttpResponse missing = m_sandbox->post(QStringLiteral("/listing-requests"),
            { { QStringLiteral("type"), QStringLiteral("new") }, { QStringLiteral("product_id"), m_secondProduct } });
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.errors().contains(QStringLiteral("contract_id: This field is required.")));
    }

    void createListingAndFollowItsStates()
    {
        const QString localId = createThroughDialog(m_secondProduct, QStringLiteral("Cloud Marketplace US"));
        QVERIFY(!localId.isEmpty());
        ui::ListingRequestPage *request = page()->requestPage();
        QVERIFY(request->isVisible());
        // Online: the page syncs at once; the request is on the server, submitted.
        QTRY_VERIFY_WITH_TIMEOUT(
            serverRequests(m_secondProduct, QStringLiteral("Cloud Marketplace US")).size() == 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        QJsonObject server = serverRequests(m_secondProduct, QStringLiteral("Cloud Marketplace US")).first();
        QCOMPARE(server.value(QStringLiteral("state")).toString(), QStringLiteral("reviewing"));
        QCOMPARE(
            server.value(QStringLiteral("note")).toString(), QStringLiteral("Support: support@lab-vendor.example"));
        const QString id = server.value(QStringLiteral("id")).toString();
        QTRY_COMPARE(request->requestId(), id);
        QCOMPARE(request->stateValue()->text(), QStringLiteral("In review"));
        test::screenshot(m_window.get(), QStringLiteral("04-request-reviewing"));

        // The provider deploys and completes it; each sync shows the state.
        QCOMPARE(m_sandbox->post(QStringLiteral("/listing-requests/%1/deploy").arg(id)).status, 200);
        QVERIFY(syncAndWait());
        QCOMPARE(request->stateValue()->text(), QStringLiteral("Deploying"));
        QCOMPARE(m_sandbox->post(QStringLiteral("/listing-requests/%1/complete").arg(id)).status, 200);
        QVERIFY(syncAndWait());
        QCOMPARE(request->stateValue()->text(), QStringLiteral("Completed"));
        QVERIFY(!request->cancelButton()->isVisible());
        test::screenshot(m_window.get(), QStringLiteral("05-request-completed"));
        QVERIFY(matrixCells(page()->matrixModel())
                    .contains(QStringLiteral("Lab Backup Service|Cloud Marketplace US|Listed")));
    }

    void draftedOfflineSubmittedAfterReconnecting()
    {
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);
        const QString localId = createThroughDialog(m_secondProduct, QStringLiteral("Cloud Marketplace EU"));
        QVERIFY(localId.startsWith(QStringLiteral("local:")));
        ui::ListingRequestPage *request = page()->requestPage();
        QCOMPARE(request->stateValue()->text(), QStringLiteral("In review (not confirmed by Connect yet)"));
        QVERIFY2(request->notice()->text().contains(QStringLiteral("You are offline")),
            qPrintable(request->notice()->text()));
        QVERIFY(m_session->outboxSize() >= 2); // the create and its submit
        test::screenshot(m_window.get(), QStringLiteral("06-drafted-offline"));
        QVERIFY(serverRequests(m_secondProduct, QStringLiteral("Cloud Marketplace EU")).isEmpty());
        QVERIFY(matrixCells(page()->matrixModel())
                    .contains(QStringLiteral("Lab Backup Service|Cloud Marketplace EU|Pending")));

        m_net->setUp(true);
        QVERIFY(syncAndWait());
        QCOMPARE(m_session->outboxSize(), 0);
        const QList<QJsonObject> server = serverRequests(m_secondProduct, QStringLiteral("Cloud Marketplace EU"));
        QCOMPARE(server.size(), 1);
        QCOMPARE(server.first().value(QStringLiteral("state")).toString(), QStringLiteral("reviewing"));
        QCOMPARE(request->requestId(), server.first().value(QStringLiteral("id")).toString());
        QVERIFY(!request->notice()->text().contains(QStringLiteral("offline")));
    }

    void backToDraftThenCancel()
    {
        ui::ListingRequestPage *request = page()->requestPage();
        const QString id = request->requestId();
        QVERIFY(request->refineButton()->isVisible());
        QTest::mouseClick(request->refineButton(), Qt::LeftButton);
        QVERIFY(request->stateValue()->text().startsWith(QStringLiteral("Draft")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->get(QStringLiteral("/listing-requests/") + id)
                                      .object()
                                      .value(QStringLiteral("state"))
                                      .toString(),
            QStringLiteral("draft"), 30000);
        QTRY_VERIFY(request->cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        onNextDialog<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(request->cancelButton(), Qt::LeftButton);
        QVERIFY(request->stateValue()->text().startsWith(QStringLiteral("Canceled")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->get(QStringLiteral("/listing-requests/") + id)
                                      .object()
                                      .value(QStringLiteral("state"))
                                      .toString(),
            QStringLiteral("canceled"), 30000);
    }

    void updateAndRemovalRequests()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        page()->showList();
        page()->tabs()->setCurrentIndex(0);
        auto *listings = page()->listingsModel();
        QTableView *table = page()->listingsTable();
        int row = -1;
        for (int r = 0; r < listings->rowCount(); ++r) {
            if (listings->index(r, models::ListingsModel::ProductColumn).data().toString()
                    == QLatin1String("Lab Backup Service")
                && listings->index(r, models::ListingsModel::MarketplaceColumn).data().toString()
                    == QLatin1String("Cloud Marketplace US"))
                row = r;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        QVERIFY(page()->removeButton()->isEnabled());
        onNextDialog<QInputDialog>(this, [](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("End of sale in the US."));
            dialog->accept();
        });
        QTest::mouseClick(page()->removeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        QList<QJsonObject> removal;
        for (const QJsonObject &request : serverRequests(m_secondProduct, QStringLiteral("Cloud Marketplace US"))) {
            if (request.value(QStringLiteral("type")).toString() == QLatin1String("remove"))
                removal << request;
        }
        QCOMPARE(removal.size(), 1);
        QCOMPARE(removal.first().value(QStringLiteral("state")).toString(), QStringLiteral("reviewing"));
        QCOMPARE(removal.first().value(QStringLiteral("note")).toString(), QStringLiteral("End of sale in the US."));
        test::screenshot(m_window.get(), QStringLiteral("07-removal"));
        // A second change while one is open is refused with the reason.
        page()->showList();
        page()->tabs()->setCurrentIndex(0);
        const auto again = page()->services()->listingActions().requestChange(
            listings->idAt(listings->rowOf(
                removal.first().value(QStringLiteral("listing")).toObject().value(QStringLiteral("id")).toString())),
            QStringLiteral("update"), {}, true);
        QVERIFY(!again);
        QCOMPARE(int(again.error().refusal), int(listings::Refusal::RequestPending));
        QVERIFY(matrixCells(page()->matrixModel())
                    .contains(QStringLiteral("Lab Backup Service|Cloud Marketplace US|Pending")));
        page()->tabs()->setCurrentIndex(2);
        test::screenshot(m_window.get(), QStringLiteral("08-matrix-after"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

CV_TEST_MAIN(TestListings)
#include "tst_listings.moc"
