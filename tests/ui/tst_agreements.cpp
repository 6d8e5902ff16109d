// agreements_ui (issue 14, point 1): the Agreements module through its widgets against the in-process sandbox
// seeded with `--seed demo`, over loopback through a relay that can be unplugged (the network). The list from
// the cache (sort, filter, search, refreshed in place), the details (signed version, when, by whom), the PDF
// document with search and zoom, a Markdown one in the locked-down web view, the version diff, the versions and
// documents shown offline from the cache, signing a new version (refused offline with the reason and nothing queued;
// sent at once online, checked on the server over HTTP), enrolling in a distribution agreement, and the contracts
// with their marketplaces.
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
#include "models/agreements/agreementsmodel.h"
#include "models/agreements/contractsmodel.h"
#include "ui/agreements/agreementdetailpage.h"
#include "ui/agreements/agreementspage.h"
#include "ui/agreements/contractdetailpage.h"
#include "ui/agreements/documentview.h"
#include "ui/inventory/markdownpreview.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBrowser>
#include <QToolButton>
#include <QWebEnginePage>

using namespace cv;
using test::SandboxFixture;

namespace {

using Network = test::UnpluggableNetwork;

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

int rowNamed(QAbstractItemModel *model, const QString &name)
{
    return column(model, models::AgreementsModel::NameColumn).indexOf(name);
}

/// Accepts the next modal message box with the button of `role`, after recording its text.
void answerNextBox(QObject *context, QString *text, QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, context, [text, role] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        test::screenshot(box, QStringLiteral("sign-confirmation"));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestAgreements final : public QObject
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

    ui::AgreementsPage *page() const
    {
        return qobject_cast<ui::AgreementsPage *>(m_window->modulePage(core::ModuleId::Agreements));
    }
    store::ObjectRepository &objects() const { return m_session->engine()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    QString agreementIdNamed(const QString &name)
    {
        for (const store::CachedObject &object : objects().list(QStringLiteral("agreements"), QString())) {
            if (object.json.value(QStringLiteral("name")).toString() == name)
                return object.id;
        }
        return {};
    }

    /// Opens the agreement by double-clicking its row, as a user would, and waits for its versions.
    ui::AgreementDetailPage *openAgreement(const QString &name)
    {
        page()->showList();
        page()->tabs()->setCurrentIndex(0);
        page()->searchField()->clear();
        page()->typeFilter()->setCurrentIndex(0);
        page()->statusFilter()->setCurrentIndex(0);
        QTableView *table = page()->agreementsTable();
        const int row = rowNamed(table->model(), name);
        if (row < 0)
            return nullptr;
        const QRect rect = table->visualRect(table->model()->index(row, models::AgreementsModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        ui::AgreementDetailPage *detail = page()->detailPage();
        if (!detail->isVisible())
            return nullptr;
        (void)QTest::qWaitFor([detail] { return detail->versionsTable()->rowCount() > 0; }, 20000);
        return detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
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
        m_window->showModule(core::ModuleId::Agreements);
        QVERIFY(page());
        QTRY_VERIFY(page()->services());
    }

    void listFromTheCacheWithFiltersSearchAndSort()
    {
        auto *model = page()->agreementsModel();
        QTRY_COMPARE(model->rowCount(), 4);
        test::screenshot(m_window.get(), QStringLiteral("01-list"));

        const int program = rowNamed(model, QStringLiteral("Connect Lab Vendor Program"));
        QVERIFY(program >= 0);
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(program, models::AgreementsModel::TypeColumn), QStringLiteral("Program"));
        QVERIFY2(!cell(program, models::AgreementsModel::ProviderColumn).isEmpty(), "the provider is shown");
        QCOMPARE(cell(program, models::AgreementsModel::StatusColumn), QStringLiteral("New version to sign"));
        QCOMPARE(cell(program, models::AgreementsModel::VersionColumn), QStringLiteral("v2"));
        QVERIFY(!cell(program, models::AgreementsModel::SignedColumn).isEmpty());
        const int apac = rowNamed(model, QStringLiteral("Distribution Agreement Cloud Marketplace APAC"));
        QCOMPARE(cell(apac, models::AgreementsModel::StatusColumn), QStringLiteral("Not enrolled"));
        QVERIFY(cell(apac, models::AgreementsModel::SignedColumn).isEmpty());
        QVERIFY(cell(apac, models::AgreementsModel::ProviderColumn).contains(QStringLiteral("Cloud Marketplace APAC")));

        // Filters, search and sort, through the widgets.
        QComboBox *type = page()->typeFilter();
        type->setCurrentIndex(type->findData(QStringLiteral("distribution")));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(!column(model, models::AgreementsModel::TypeColumn).contains(QStringLiteral("Program")));
        type->setCurrentIndex(0);
        QComboBox *status = page()->statusFilter();
        status->setCurrentIndex(status->findData(int(agreements::Standing::NotEnrolled)));
        QCOMPARE(column(model, models::AgreementsModel::NameColumn),
            QStringList { QStringLiteral("Distribution Agreement Cloud Marketplace APAC") });
        status->setCurrentIndex(0);
        QTest::keyClicks(page()->searchField(), QStringLiteral("eu"));
        QCOMPARE(column(model, models::AgreementsModel::NameColumn),
            QStringList { QStringLiteral("Distribution Agreement Cloud Marketplace EU") });
        test::screenshot(m_window.get(), QStringLiteral("02-search"));
        page()->searchField()->clear();
        QCOMPARE(model->rowCount(), 4);
        page()->agreementsTable()->sortByColumn(models::AgreementsModel::TypeColumn, Qt::DescendingOrder);
        QCOMPARE(cell(0, models::AgreementsModel::TypeColumn), QStringLiteral("Program"));
        page()->agreementsTable()->sortByColumn(models::AgreementsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(0, models::AgreementsModel::NameColumn), QStringLiteral("Connect Lab Vendor Program"));
    }

    void pdfDocumentWithSearchAndZoom()
    {
        ui::AgreementDetailPage *detail = openAgreement(QStringLiteral("Connect Lab Vendor Program"));
        QVERIFY(detail);
        QCOMPARE(detail->versionsTable()->rowCount(), 2);
        QVERIFY2(detail->signedValue()->text().contains(QStringLiteral("Version 1")),
            qPrintable(detail->signedValue()->text()));
        QVERIFY2(detail->signedValue()->text().contains(QStringLiteral("Lab Admin")),
            qPrintable(detail->signedValue()->text()));
        QVERIFY(detail->signButton()->isVisible());
        QCOMPARE(detail->signButton()->text(), QStringLiteral("Sign version 2…"));
        ui::DocumentView *document = detail->document();
        QTRY_COMPARE_WITH_TIMEOUT(int(document->mode()), int(ui::DocumentView::Mode::Pdf), 20000);
        QCOMPARE(detail->shownVersion(), 2);
        QPdfDocument *pdf = document->pdfDocument();
        QCOMPARE(pdf->status(), QPdfDocument::Status::Ready);
        QVERIFY(pdf->pageCount() >= 1);
        // The page renders with ink on it.
        const QImage rendered = pdf->render(0, QSize(400, 560));
        QVERIFY(!rendered.isNull());
        int dark = 0;
        for (int y = 0; y < rendered.height(); y += 2) {
            for (int x = 0; x < rendered.width(); x += 2)
                dark += qGray(rendered.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        QVERIFY(pdf->getAllText(0).text().contains(QStringLiteral("Data protection")));

        // Search through the field: one match, then "1 of 1" on Enter.
        QTest::keyClicks(document->searchField(), QStringLiteral("Data protection"));
        QTRY_COMPARE_WITH_TIMEOUT(document->searchStatus()->text(), QStringLiteral("1 match"), 10000);
        QTest::keyClick(document->searchField(), Qt::Key_Return);
        QCOMPARE(document->searchStatus()->text(), QStringLiteral("Match 1 of 1"));
        QTest::keyClicks(document->searchField(), QStringLiteral("zzz"));
        QTRY_COMPARE(document->searchStatus()->text(), QStringLiteral("Not found"));
        document->searchField()->clear();
        QTest::keyClicks(document->searchField(), QStringLiteral("Data protection"));
        QTRY_COMPARE_WITH_TIMEOUT(document->searchStatus()->text(), QStringLiteral("1 match"), 10000);
        QTest::keyClick(document->searchField(), Qt::Key_Return);

        const qreal before = document->pdfView()->zoomFactor();
        QTest::mouseClick(document->zoomInButton(), Qt::LeftButton);
        QVERIFY(document->pdfView()->zoomFactor() > before);
        QTest::mouseClick(document->zoomOutButton(), Qt::LeftButton);
        QCOMPARE(document->pdfView()->zoomFactor(), before);
        QTest::qWait(1000); // the viewer renders pages on a worker thread
        test::screenshot(m_window.get(), QStringLiteral("03-pdf"));
    }

    void versionHistoryAndDiff()
    {
        ui::AgreementDetailPage *detail = openAgreement(QStringLiteral("Connect Lab Vendor Program"));
        QVERIFY(detail);
        detail->tabs()->setCurrentIndex(1);
        QCOMPARE(detail->versionsTable()->item(0, 0)->text(), QStringLiteral("Version 2"));
        QVERIFY(detail->versionsTable()->item(0, 3)->text().contains(QStringLiteral("active")));
        QVERIFY(detail->versionsTable()->item(1, 3)->text().contains(QStringLiteral("signed by you")));
        QCOMPARE(detail->compareFrom()->currentData().toInt(), 1);
        QCOMPARE(detail->compareTo()->currentData().toInt(), 2);
        QTest::mouseClick(detail->compareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->diffView()->toPlainText().contains(QStringLiteral("+ 6. Data protection")), 20000);
        QVERIFY(detail->diffView()->toPlainText().contains(QStringLiteral("- Connect Lab Vendor Program - version 1")));
        QVERIFY(detail->diffView()->toPlainText().contains(QStringLiteral("+ Connect Lab Vendor Program - version 2")));
        test::screenshot(m_window.get(), QStringLiteral("04-diff"));
    }

    void markdownDocumentInTheLockedDownView()
    {
        ui::AgreementDetailPage *detail = openAgreement(QStringLiteral("Distribution Agreement Cloud Marketplace US"));
        QVERIFY(detail);
        QCOMPARE(detail->statusValue()->text(), QStringLiteral("Signed"));
        QVERIFY(!detail->signButton()->isVisible());
        ui::DocumentView *document = detail->document();
        QTRY_COMPARE_WITH_TIMEOUT(int(document->mode()), int(ui::DocumentView::Mode::Markdown), 20000);
        QVERIFY(document->markdownView()->markdown().contains(QStringLiteral("60 days' notice")));
        // What the web view shows (its HTML), not only what it was given.
        QString html;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool done = false;
                document->markdownView()->page()->toHtml([&](const QString &result) {
                    html = result;
                    done = true;
                });
                (void)QTest::qWaitFor([&] { return done; }, 5000);
                return html.contains(QStringLiteral("60 days"));
            }(),
            20000);
        QVERIFY(html.contains(QStringLiteral("<h1>Distribution Agreement Cloud Marketplace US</h1>")));
        detail->tabs()->setCurrentIndex(1);
        QTest::mouseClick(detail->compareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(detail->diffView()->toPlainText().contains(
                                     QStringLiteral("- 3. Either party may terminate with 30 days' notice.")),
            20000);
        detail->tabs()->setCurrentIndex(0);
        test::screenshot(m_window.get(), QStringLiteral("05-markdown"));
    }

    // Issue 14, point 2: the versions (list and metadata) and the documents are kept in the cache after one visit
    // online, so the details page shows them offline, with the time they were read.
    void detailsShownOfflineFromTheCache()
    {
        const QString name = QStringLiteral("Connect Lab Vendor Program");
        ui::AgreementDetailPage *detail = openAgreement(name);
        QVERIFY(detail);
        QCOMPARE(detail->versionsTable()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(int(detail->document()->mode()), int(ui::DocumentView::Mode::Pdf), 20000);

        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);
        // Another agreement in between, so nothing of the first one is left in the page's memory.
        QVERIFY(openAgreement(QStringLiteral("Distribution Agreement Cloud Marketplace US")));
        detail = openAgreement(name);
        QVERIFY(detail);
        QCOMPARE(detail->versionsTable()->rowCount(), 2);
        QCOMPARE(detail->versionsTable()->item(0, 0)->text(), QStringLiteral("Version 2"));
        auto *asOf = detail->findChild<QLabel *>(QStringLiteral("agreement-versions-message"));
        QVERIFY(asOf);
        QVERIFY2(asOf->isVisible() && asOf->text().contains(QStringLiteral("as of ")), qPrintable(asOf->text()));
        ui::DocumentView *document = detail->document();
        QTRY_COMPARE_WITH_TIMEOUT(int(document->mode()), int(ui::DocumentView::Mode::Pdf), 20000);
        QCOMPARE(detail->shownVersion(), 2);
        QVERIFY(document->pdfDocument()->getAllText(0).text().contains(QStringLiteral("Data protection")));
        // The diff needs both documents: version 1 was read in the background when the page was open online.
        detail->tabs()->setCurrentIndex(1);
        QTest::mouseClick(detail->compareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->diffView()->toPlainText().contains(QStringLiteral("+ 6. Data protection")), 20000);
        test::screenshot(m_window.get(), QStringLiteral("05b-versions-offline"));
        // An older version's document opens offline too (double-click in Versions).
        QTableWidget *versions = detail->versionsTable();
        const QPoint older = versions->visualRect(versions->model()->index(1, 0)).center();
        QTest::mouseClick(versions->viewport(), Qt::LeftButton, {}, older);
        QTest::mouseDClick(versions->viewport(), Qt::LeftButton, {}, older);
        QTRY_COMPARE_WITH_TIMEOUT(detail->shownVersion(), 1, 20000);
        QCOMPARE(int(document->mode()), int(ui::DocumentView::Mode::Pdf));
        test::screenshot(m_window.get(), QStringLiteral("05c-document-offline"));
        m_net->setUp(true);
        QVERIFY(syncAndWait());
    }

    // Issue 14, point 4: signing needs Connect. Offline it is refused with the reason and nothing is queued; online
    // it is sent at once (no sync needed), Connect's answer shows, and the history says what was sent and when.
    void signNeedsConnectAndIsSentAtOnce()
    {
        const QString agreementId = agreementIdNamed(QStringLiteral("Connect Lab Vendor Program"));
        const test::HttpResponse contracts
            = m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agreementId));
        QCOMPARE(contracts.total(), 1);
        const QString contractId = contracts.array().at(0).toObject().value(QStringLiteral("id")).toString();
        const auto serverVersion = [&] {
            return m_sandbox->get(QStringLiteral("/contracts/") + contractId)
                .object()
                .value(QStringLiteral("version"))
                .toInt();
        };
        QCOMPARE(serverVersion(), 1);

        ui::AgreementDetailPage *detail = openAgreement(QStringLiteral("Connect Lab Vendor Program"));
        QVERIFY(detail);
        auto *message = detail->findChild<QLabel *>(QStringLiteral("agreement-action-message"));
        QVERIFY(message);
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);

        // Offline: no confirmation, no signature saved to send later; the page says why and how to retry.
        QString question;
        answerNextBox(this, &question, QMessageBox::AcceptRole);
        QTest::mouseClick(detail->signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(question.isEmpty(), qPrintable(question));
        QVERIFY2(message->text().contains(QStringLiteral("Signing needs a connection to Connect")),
            qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("legal")), qPrintable(message->text()));
        QCOMPARE(m_session->outboxSize(), 0);
        QVERIFY(detail->signButton()->isVisible() && detail->signButton()->isEnabled());
        QCOMPARE(detail->statusValue()->text(), QStringLiteral("New version to sign"));
        test::screenshot(m_window.get(), QStringLiteral("06-sign-offline"));
        QTest::qWait(500);
        QCOMPARE(serverVersion(), 1);

        // Back online: signing is sent at once, without waiting for a sync.
        m_net->setUp(true);
        QVERIFY(syncAndWait());
        QVERIFY2(!message->isVisible() || !message->text().contains(QStringLiteral("needs a connection")),
            qPrintable(message->text()));
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        question.clear();
        answerNextBox(this, &question, QMessageBox::AcceptRole);
        QTest::mouseClick(detail->signButton(), Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("Sign version 2")), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Connect recorded your signature")), 30000);
        QCOMPARE(synced.count(), 0);
        QCOMPARE(serverVersion(), 2);
        const QJsonObject server = m_sandbox->get(QStringLiteral("/contracts/") + contractId).object();
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(server.value(QStringLiteral("signee")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Lab Admin"));
        QCOMPARE(m_session->outboxSize(), 0);
        QCOMPARE(detail->statusValue()->text(), QStringLiteral("Signed"));
        QVERIFY(!detail->signButton()->isVisible());
        QVERIFY2(detail->signedValue()->text().startsWith(QStringLiteral("Version 2 on ")),
            qPrintable(detail->signedValue()->text()));
        const int row = rowNamed(page()->agreementsModel(), QStringLiteral("Connect Lab Vendor Program"));
        QTRY_COMPARE(page()->agreementsModel()->index(row, models::AgreementsModel::StatusColumn).data().toString(),
            QStringLiteral("Signed"));
        test::screenshot(m_window.get(), QStringLiteral("07-signed"));

        // The audit trail: the provider's versions and signatures from Connect, and the signature sent from here
        // (once), with the time Connect took it.
        QVERIFY(syncAndWait());
        detail->tabs()->setCurrentIndex(2);
        QStringList history;
        for (int r = 0; r < detail->historyTable()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 1; c < 4; ++c)
                cells << detail->historyTable()->item(r, c)->text();
            history << cells.join(QLatin1Char('|'));
        }
        const QString trail = history.join(QLatin1Char('\n'));
        QCOMPARE(history.filter(QStringLiteral("Lab Admin|Signed from this app|sent ")).size(), 1);
        QVERIFY2(
            trail.contains(QStringLiteral("Lab Admin|Signed (contract on version 2)|on Connect")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("|Version 2 published|on Connect")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("|Countersigned by the provider|on Connect")), qPrintable(trail));
        test::screenshot(m_window.get(), QStringLiteral("07b-history"));
        detail->tabs()->setCurrentIndex(0);
    }

    void enrolInADistributionAgreement()
    {
        const QString name = QStringLiteral("Distribution Agreement Cloud Marketplace APAC");
        const QString agreementId = agreementIdNamed(name);
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agreementId)).total(), 0);
        ui::AgreementDetailPage *detail = openAgreement(name);
        QVERIFY(detail);
        QVERIFY(detail->enrolButton()->isVisible());
        QVERIFY(!detail->signButton()->isVisible());
        auto *message = detail->findChild<QLabel *>(QStringLiteral("agreement-action-message"));
        QVERIFY(message);
        test::screenshot(m_window.get(), QStringLiteral("08-enrol"));
        const auto fillNote = [this](bool *asked) {
            QTimer::singleShot(0, this, [asked] {
                (void)QTest::qWaitFor(
                    [] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); }, 3000);
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                *asked = true;
                dialog->setTextValue(QStringLiteral("We sell storage in Australia."));
                dialog->accept();
            });
        };

        // Offline: enrolling is a contractual act too; refused with the reason, nothing queued.
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        bool asked = false;
        fillNote(&asked);
        QTest::mouseClick(detail->enrolButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->text().contains(QStringLiteral("Enrolling needs a connection to Connect")),
            qPrintable(message->text()));
        QVERIFY(!asked);
        QCOMPARE(m_session->outboxSize(), 0);
        QVERIFY(detail->enrolButton()->isVisible());
        m_net->setUp(true);
        QVERIFY(syncAndWait());
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agreementId)).total(), 0);

        // Online: sent at once.
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        fillNote(&asked);
        QTest::mouseClick(detail->enrolButton(), Qt::LeftButton);
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Connect recorded your enrollment")), 30000);
        QCOMPARE(synced.count(), 0);
        const test::HttpResponse contracts
            = m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agreementId));
        QCOMPARE(contracts.total(), 1);
        const QJsonObject contract = contracts.array().at(0).toObject();
        QCOMPARE(contract.value(QStringLiteral("status")).toString(), QStringLiteral("active")); // auto accept
        QCOMPARE(contract.value(QStringLiteral("note")).toString(), QStringLiteral("We sell storage in Australia."));
        QCOMPARE(m_session->outboxSize(), 0);
        QTRY_COMPARE(detail->statusValue()->text(), QStringLiteral("Signed"));
        QVERIFY(!detail->enrolButton()->isVisible());
        QVERIFY(detail->contractValue()->text().startsWith(contract.value(QStringLiteral("id")).toString()));
        detail->tabs()->setCurrentIndex(2);
        bool enrolledHere = false;
        for (int r = 0; r < detail->historyTable()->rowCount(); ++r)
            enrolledHere = enrolledHere
                || (detail->historyTable()->item(r, 2)->text() == QStringLiteral("Enrolled from this app")
                    && detail->historyTable()->item(r, 3)->text().startsWith(QStringLiteral("sent ")));
        QVERIFY(enrolledHere);
        detail->tabs()->setCurrentIndex(0);
        test::screenshot(m_window.get(), QStringLiteral("09-enrolled"));
    }

    void contractsWithTheirMarketplaces()
    {
        page()->showList();
        page()->tabs()->setCurrentIndex(1);
        auto *model = page()->contractsModel();
        QTRY_COMPARE(model->rowCount(), 4);
        test::screenshot(m_window.get(), QStringLiteral("10-contracts"));
        const QStringList types = column(model, models::ContractsModel::TypeColumn);
        QCOMPARE(types.count(QStringLiteral("Distribution")), 3);
        QCOMPARE(types.count(QStringLiteral("Program")), 1);
        const int program = types.indexOf(QStringLiteral("Program"));
        QTableView *table = page()->contractsTable();
        const QRect rect = table->visualRect(model->index(program, models::ContractsModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        ui::ContractDetailPage *contract = page()->contractPage();
        QVERIFY(contract->isVisible());
        QCOMPARE(contract->marketplaces()->count(), 3);
        QStringList lines;
        for (int i = 0; i < contract->marketplaces()->count(); ++i)
            lines << contract->marketplaces()->item(i)->text();
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Cloud Marketplace APAC")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QStringList history;
        for (int r = 0; r < contract->historyTable()->rowCount(); ++r)
            history << contract->historyTable()->item(r, 2)->text() + QLatin1Char('|')
                    + contract->historyTable()->item(r, 3)->text();
        QVERIFY2(history.contains(QStringLiteral("Signed (version 2)|on Connect")),
            qPrintable(history.join(QLatin1Char('\n'))));
        QVERIFY2(history.filter(QStringLiteral("Signed from this app|sent ")).size() == 1,
            qPrintable(history.join(QLatin1Char('\n'))));
        test::screenshot(m_window.get(), QStringLiteral("11-contract"));
        QTest::mouseClick(contract->openAgreementButton(), Qt::LeftButton);
        QVERIFY(page()->detailPage()->isVisible());
        QCOMPARE(page()->detailPage()->agreementId(), agreementIdNamed(QStringLiteral("Connect Lab Vendor Program")));
    }

    void syncRefreshesTheListInPlace()
    {
        page()->showList();
        page()->tabs()->setCurrentIndex(0);
        auto *model = page()->agreementsModel();
        QTableView *table = page()->agreementsTable();
        const QString name = QStringLiteral("Distribution Agreement Cloud Marketplace EU");
        const int row = rowNamed(model, name);
        table->selectRow(row);
        const QString id = agreementIdNamed(name);
        // The provider publishes version 3 on the server.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/agreements/%1/versions").arg(id),
                         { { QStringLiteral("document_type"), QStringLiteral("uploaded") },
                             { QStringLiteral("active"), true } })
                     .status,
            201);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(syncAndWait());
        const int after = rowNamed(model, name);
        QCOMPARE(model->index(after, models::AgreementsModel::VersionColumn).data().toString(), QStringLiteral("v3"));
        QCOMPARE(model->index(after, models::AgreementsModel::StatusColumn).data().toString(),
            QStringLiteral("New version to sign"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), after);
        test::screenshot(m_window.get(), QStringLiteral("12-refreshed"));
    }

    void htmlAndOtherDocuments()
    {
        ui::DocumentView view;
        view.resize(800, 500);
        view.show();
        // HTML goes through QTextDocument to Markdown: the text stays, the script does not.
        agreements::Document html;
        html.data = "<html><body><h1>Reseller terms</h1><p>Pay within <b>30 days</b>.</p>"
                    "<script>alert('x')</script><img src=\"https://tracker.example/p.gif\"></body></html>";
        html.contentType = "text/html; charset=utf-8";
        html.fileName = QStringLiteral("terms.html");
        view.showDocument(html, QStringLiteral("Terms"));
        QCOMPARE(int(view.mode()), int(ui::DocumentView::Mode::Markdown));
        const QString markdown = view.markdownView()->markdown();
        QVERIFY2(markdown.contains(QStringLiteral("Reseller terms")) && markdown.contains(QStringLiteral("30 days")),
            qPrintable(markdown));
        QVERIFY2(!markdown.contains(QStringLiteral("alert")) && !markdown.contains(QStringLiteral("tracker.example")),
            qPrintable(markdown));

        // Anything else: not shown, opened with the system viewer only after the user confirms (here: No).
        agreements::Document other;
        static const char docx[] = "PK\x03\x04 not really a docx";
        other.data = QByteArray(docx, sizeof docx - 1);
        other.contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        other.fileName = QStringLiteral("terms.docx");
        view.showDocument(other, QStringLiteral("Terms"));
        QCOMPARE(int(view.mode()), int(ui::DocumentView::Mode::External));
        QVERIFY(view.openExternallyButton()->isVisible());
        QSignalSpy opened(&view, &ui::DocumentView::openedExternally);
        QString question;
        answerNextBox(this, &question, QMessageBox::NoRole);
        QTest::mouseClick(view.openExternallyButton(), Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("terms.docx")), qPrintable(question));
        QCOMPARE(opened.count(), 0);

        // A download that failed says why; an offline one says Connect cannot be reached.
        agreements::Document failed;
        failed.error = QStringLiteral("HTTP 404");
        view.showDocument(failed, QStringLiteral("Terms"));
        QCOMPARE(int(view.mode()), int(ui::DocumentView::Mode::Message));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

CV_TEST_MAIN(TestAgreements)
#include "tst_agreements.moc"
