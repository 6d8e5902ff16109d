// command_palette (issue 18 point 5): Ctrl+K in the main window against the in-process sandbox seeded with
// `--seed demo`, after a real sync into a real cache file, driven by the keyboard alone (no mouse event): a
// customer's name lists their requests, an exact request id comes first and Enter opens it in Fulfillment,
// "Go to Usage" switches module, "New support case" opens its dialog, "approve PR-..." on a pending request asks what
// the request page asks and approves it offline (the cache and the outbox at once, the server after the sync), arrows
// and Esc.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/fulfillment/requestactions.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "ui/fulfillment/approvedialog.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/fulfillment/requestpage.h"
#include "ui/helpdesk/newcasedialog.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeView>

using namespace cv;
using test::SandboxFixture;

class TestPalette final : public QObject
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

    ui::CommandPalette *palette() const { return m_window->commandPalette(); }
    ui::PaletteModel *model() const { return palette()->model(); }
    ui::FulfillmentPage *fulfillment() const
    {
        return qobject_cast<ui::FulfillmentPage *>(m_window->modulePage(core::ModuleId::Fulfillment));
    }
    store::ObjectRepository &objects() const { return m_session->services()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    /// Presses `key` on whatever has the keyboard (the active window when no widget has focus), as a user would.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QVERIFY2(focus, "no window is active");
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }

    /// Ctrl+K, then `text` typed into the palette's field.
    void openAndType(const QString &text)
    {
        press(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette()->isVisible());
        QCOMPARE(QApplication::focusWidget(), palette()->input());
        QCOMPARE(palette()->input()->text(), QString());
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    /// A pending request the page can approve as it is (no required parameter left empty).
    QJsonObject approvablePendingRequest() const
    {
        for (const store::CachedObject &request : objects().list(QStringLiteral("requests"), QString(),
                 store::ObjectQuery().where(QStringLiteral("status"), QStringLiteral("pending")))) {
            if (fulfillment::missingRequiredParameters(request.json).isEmpty())
                return request.json;
        }
        return {};
    }

    static QString customerOf(const QJsonObject &request)
    {
        return request.value(QStringLiteral("asset"))
            .toObject()
            .value(QStringLiteral("tiers"))
            .toObject()
            .value(QStringLiteral("customer"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
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
        m_window->resize(1024, 700);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QVERIFY(syncAndWait());
        QTRY_VERIFY(fulfillment()->services());
        m_window->showModule(core::ModuleId::Fulfillment);
        fulfillment()->searchField()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), fulfillment()->searchField());
    }

    void ctrlKOpensAndEscCloses()
    {
        QWidget *before = QApplication::focusWidget();
        QVERIFY(before);
        QVERIFY(!palette()->isVisible());
        openAndType(QString());
        // Empty: the commands, to browse.
        QVERIFY(model()->rowCount() > 5);
        QCOMPARE(cell(0, ui::PaletteModel::KindColumn), QStringLiteral("Command"));
        test::screenshot(m_window.get(), QStringLiteral("01-open"));
        press(Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(QApplication::focusWidget(), before);
    }

    void customerNameListsTheirRequests()
    {
        const QJsonObject pending = approvablePendingRequest();
        QVERIFY2(!pending.isEmpty(), "the demo seed has no approvable pending request");
        const QString customer = customerOf(pending);
        QVERIFY(!customer.isEmpty());
        openAndType(customer);
        QStringList requests;
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (cell(row, ui::PaletteModel::KindColumn) == QLatin1String("Request")) {
                QCOMPARE(cell(row, ui::PaletteModel::TitleColumn), customer);
                requests << cell(row, ui::PaletteModel::IdColumn);
            }
        }
        QVERIFY2(!requests.isEmpty(), qPrintable(customer));
        QVERIFY(requests.size() <= ui::PaletteModel::kPerKind);
        // Every request listed is the customer's, in the cache.
        for (const QString &id : std::as_const(requests))
            QCOMPARE(customerOf(objects().get(QStringLiteral("requests"), id)->json), customer);
        test::screenshot(m_window.get(), QStringLiteral("02-customer"));
        press(Qt::Key_Escape);
    }

    void exactIdFirstAndEnterOpensIt()
    {
        const QString id = approvablePendingRequest().value(QStringLiteral("id")).toString();
        // Typed in lower case: still the exact id.
        openAndType(id.toLower());
        QVERIFY(model()->rowCount() >= 2);
        QCOMPARE(cell(0, ui::PaletteModel::KindColumn), QStringLiteral("Request"));
        QCOMPARE(cell(0, ui::PaletteModel::IdColumn), id);
        // A pending request: its approval is offered right after it.
        QCOMPARE(cell(1, ui::PaletteModel::TitleColumn), QStringLiteral("Approve %1").arg(id));
        test::screenshot(m_window.get(), QStringLiteral("03-exact-id"));
        press(Qt::Key_Return);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->currentModule(), core::ModuleId::Fulfillment);
        QTRY_COMPARE(fulfillment()->requestPage()->requestId(), id);
        QVERIFY(fulfillment()->requestPage()->isVisible());
    }

    void goToUsageSwitchesModule()
    {
        openAndType(QStringLiteral("Go to Usage"));
        QCOMPARE(cell(0, ui::PaletteModel::TitleColumn), QStringLiteral("Go to Usage"));
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentModule(), core::ModuleId::Usage);
        // A word of it is enough, and the arrows choose: "go to" lists every module, Down twice is the third.
        openAndType(QStringLiteral("go to"));
        QVERIFY(model()->rowCount() >= 3);
        const QString third = cell(2, ui::PaletteModel::TitleColumn);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(palette()->results()->currentIndex().row(), 2);
        press(Qt::Key_Return);
        QCOMPARE(QStringLiteral("Go to %1").arg(m_window->windowTitle().section(QStringLiteral(" — "), 0, 0)), third);
        // A command is found by the start of its words: "s" is "Sync now", not every command with an s in it.
        openAndType(QStringLiteral("s"));
        QStringList commands;
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (cell(row, ui::PaletteModel::KindColumn) == QLatin1String("Command"))
                commands << cell(row, ui::PaletteModel::TitleColumn);
        }
        QVERIFY2(commands.contains(QStringLiteral("Sync now")), qPrintable(commands.join(u'|')));
        QVERIFY2(!commands.contains(QStringLiteral("Go to Listings")), qPrintable(commands.join(u'|')));
        press(Qt::Key_Escape);
    }

    void newSupportCaseOpensTheCaseDialog()
    {
        openAndType(QStringLiteral("new support case"));
        QCOMPARE(cell(0, ui::PaletteModel::TitleColumn), QStringLiteral("New support case"));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<ui::NewCaseDialog *>(QApplication::activeModalWidget()));
            seen = true;
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
        });
        press(Qt::Key_Return);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_window->currentModule(), core::ModuleId::HelpSupport);
        m_window->activateWindow(); // as a window manager does when the dialog closes (see below)
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void approveAPendingRequestWithTheSameConfirmation()
    {
        const QJsonObject request = approvablePendingRequest();
        const QString id = request.value(QStringLiteral("id")).toString();
        openAndType(QStringLiteral("approve ") + id);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, ui::PaletteModel::TitleColumn), QStringLiteral("Approve %1").arg(id));
        test::screenshot(m_window.get(), QStringLiteral("04-approve"));
        // Nothing is approved before the confirmation: the request page's own dialog.
        bool confirmed = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<ui::ApproveDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<ui::ApproveDialog *>(QApplication::activeModalWidget());
            QCOMPARE(objects().get(QStringLiteral("requests"), id)->json.value(QStringLiteral("status")).toString(),
                QStringLiteral("pending"));
            test::screenshot(dialog, QStringLiteral("05-confirm"));
            QTest::keyClick(dialog, Qt::Key_Return);
            confirmed = true;
        });
        press(Qt::Key_Return);
        QTRY_VERIFY(confirmed);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // The offscreen platform does not give the window back its activation when a dialog closes (a window
        // manager does): as the user's window manager would.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->currentModule(), core::ModuleId::Fulfillment);
        QCOMPARE(fulfillment()->requestPage()->requestId(), id);
        // Saved offline at once: the cache says approved, the outbox holds the approval.
        QCOMPARE(objects().get(QStringLiteral("requests"), id)->json.value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        QVERIFY(m_session->services()->outbox().hasUnpushed(QStringLiteral("requests"), id));
        test::screenshot(m_window.get(), QStringLiteral("06-approved"));
        // The sync sends it: the sandbox has it approved.
        QVERIFY(syncAndWait());
        QCOMPARE(m_sandbox->get(QStringLiteral("/requests/") + id).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        // An approved request is not offered for approval any more.
        openAndType(QStringLiteral("approve ") + id);
        QCOMPARE(model()->rowCount(), 0);
        press(Qt::Key_Escape);
    }
};

CV_TEST_MAIN(TestPalette)
#include "tst_palette.moc"
