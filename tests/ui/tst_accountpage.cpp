// Issue 13, points 1 and 4: the Account module through its widgets, against the sandbox over loopback. Rename the
// account; invite a user (an invalid e-mail refused under the field first) and remove one with confirmation; each
// change waits for sync where it was made and is on the server after the sync (checked over HTTP). A 403 for a
// missing permission, a change made on the server too, and a server-side validation error are each shown next to
// the field or on the row they are about, in plain words.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/account/usersmodel.h"
#include "ui/account/accountpage.h"
#include "ui/account/adduserdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace cv;
using core::ModuleId;
using models::UsersModel;

namespace {

/// A window on an account of `sandbox` whose key is `key`, after its first sync.
struct Workspace
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    accounts::KeyStore keyStore;
    std::unique_ptr<accounts::AccountRegistry> registry;
    std::unique_ptr<accounts::AccountManager> manager;
    std::unique_ptr<sync::AccountSession> session;
    std::unique_ptr<ui::MainWindow> window;

    bool open(test::SandboxFixture &sandbox, const QByteArray &key)
    {
        core::DataPaths::setRoot(dir.path());
        keyStore.setMemoryOnly(true);
        registry = std::make_unique<accounts::AccountRegistry>(dir.filePath(QStringLiteral("accounts.json")));
        manager = std::make_unique<accounts::AccountManager>(registry.get(), &keyStore, &network);
        bool added = false;
        QString error;
        manager->addAccount(sandbox.baseUrl(), key, &network, [&](const accounts::AddAccountResult &r) {
            added = true;
            error = r.ok() ? QString() : r.validation.detail;
        });
        if (!QTest::qWaitFor([&] { return added; }, 20000) || !error.isEmpty()) {
            qWarning() << "add account:" << error;
            return false;
        }
        session = std::make_unique<sync::AccountSession>(&keyStore, &network);
        QSignalSpy synced(session.get(), &sync::AccountSession::synced);
        window = std::make_unique<ui::MainWindow>(manager.get(), session.get(), moduleTable());
        window->resize(1024, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return QTest::qWaitFor([&] { return !synced.isEmpty(); }, 60000)
            && synced.first().first().value<sync::SyncSummary>().ok;
    }

    /// Runs a sync and waits for its end; returns its summary.
    sync::SyncSummary syncNow()
    {
        QSignalSpy synced(session.get(), &sync::AccountSession::synced);
        session->syncNow();
        if (!QTest::qWaitFor([&] { return !synced.isEmpty(); }, 60000))
            return {};
        return synced.first().first().value<sync::SyncSummary>();
    }

    ui::AccountPage *page() const { return qobject_cast<ui::AccountPage *>(window->modulePage(ModuleId::Account)); }
};

int rowOfEmail(QTableView *table, const QString &email)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, UsersModel::Email).data().toString() == email)
            return row;
    }
    return -1;
}

template<typename T> T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>(name)) && found->isVisible(); }, 5000);
    return found;
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

class TestAccountPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::applyTheme(*qApp); } // as in the running window

    void renameInviteAndRemove()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Workspace workspace;
        QVERIFY(workspace.open(sandbox, sandbox.apiKey()));
        workspace.window->showModule(ModuleId::Account);
        ui::AccountPage *page = workspace.page();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        const QString accountId = workspace.session->account().id;
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("accountId"))->text(), accountId);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("accountType"))->text(), QStringLiteral("Vendor"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("accountBrand"))->text(),
            QStringLiteral("BR-") + accountId.mid(3));
        QCOMPARE(page->nameField()->text(), QStringLiteral("Connect Lab Vendor"));
        QTableView *users = page->usersTable();
        QTRY_VERIFY(rowOfEmail(users, QStringLiteral("admin@lab-vendor.example")) >= 0);
        const int admin = rowOfEmail(users, QStringLiteral("admin@lab-vendor.example"));
        QCOMPARE(users->model()->index(admin, UsersModel::Role).data().toString(), QStringLiteral("Admin"));
        QCOMPARE(users->model()->index(admin, UsersModel::Status).data().toString(), QStringLiteral("Active"));
        QVERIFY(!users->model()->index(admin, UsersModel::LastActivity).data().toString().isEmpty());
        test::screenshot(workspace.window.get(), QStringLiteral("account"));

        // Rename: saved at once, "waiting for sync" under the field, on the server after the sync.
        typeInto(page->nameField(), QStringLiteral("Lab Vendor Renamed"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveAccountName")), Qt::LeftButton);
        auto *nameMessage = page->findChild<QLabel *>(QStringLiteral("error-name"));
        QVERIFY(nameMessage);
        QVERIFY(nameMessage->isVisible());
        QVERIFY2(nameMessage->text().contains(QStringLiteral("Waiting for sync")), qPrintable(nameMessage->text()));
        test::screenshot(workspace.window.get(), QStringLiteral("account-rename-waiting"));
        QVERIFY(workspace.syncNow().ok);
        QCOMPARE(
            sandbox.get(QStringLiteral("/accounts/") + accountId).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Lab Vendor Renamed"));
        QTRY_VERIFY(!nameMessage->isVisible());
        QCOMPARE(page->nameField()->text(), QStringLiteral("Lab Vendor Renamed"));
        // The new name reaches the window title, the status bar and the account menu (they kept the name the
        // account had when it was added), and the account list remembers it.
        QTRY_VERIFY2(workspace.window->windowTitle().contains(QStringLiteral("Lab Vendor Renamed")),
            qPrintable(workspace.window->windowTitle()));
        QVERIFY(!workspace.window->windowTitle().contains(QStringLiteral("Connect Lab Vendor")));
        auto *navigator = workspace.window->findChild<QToolButton *>(QStringLiteral("accountNavigator"));
        QVERIFY(navigator);
        QVERIFY2(navigator->text().contains(QStringLiteral("Lab Vendor Renamed")), qPrintable(navigator->text()));
        QCOMPARE(workspace.manager->registry()->current().name, QStringLiteral("Lab Vendor Renamed"));

        // Add user: a malformed address is refused under the e-mail field, the dialog stays open.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addUserButton")), Qt::LeftButton);
        auto *dialog = waitForChild<ui::AddUserDialog>(page, QStringLiteral("addUserDialog"));
        QVERIFY(dialog);
        typeInto(dialog->emailField(), QStringLiteral("new.user-at-vendor.example"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *emailError = dialog->findChild<QLabel *>(QStringLiteral("error-email"));
        QVERIFY(emailError && emailError->isVisible());
        QCOMPARE(emailError->text(), QStringLiteral("Enter a valid email address."));
        QVERIFY(emailError->geometry().top() >= dialog->emailField()->geometry().bottom()); // under the field
        test::screenshot(dialog, QStringLiteral("add-user-invalid"));
        typeInto(dialog->emailField(), QStringLiteral("new.user@vendor.example"));
        QVERIFY(!emailError->isVisible()); // cleared as the address is corrected
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY(rowOfEmail(users, QStringLiteral("new.user@vendor.example")) >= 0);
        int invited = rowOfEmail(users, QStringLiteral("new.user@vendor.example"));
        QCOMPARE(users->model()->index(invited, UsersModel::Status).data().toString(), QStringLiteral("Invited"));
        QCOMPARE(
            users->model()->index(invited, UsersModel::Sync).data().toString(), QStringLiteral("Waiting for sync"));
        test::screenshot(workspace.window.get(), QStringLiteral("account-invited-waiting"));
        QVERIFY(workspace.syncNow().ok);
        const test::HttpResponse listed = sandbox.get(QStringLiteral("/accounts/%1/users?limit=100").arg(accountId));
        QCOMPARE(listed.status, 200);
        QString invitedId;
        for (const QJsonValue &user : listed.array()) {
            if (user.toObject().value(QStringLiteral("email")).toString() == QLatin1String("new.user@vendor.example")) {
                QVERIFY2(invitedId.isEmpty(), "invited twice");
                invitedId = user.toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(user.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
            }
        }
        QVERIFY(!invitedId.isEmpty());
        QTRY_COMPARE(users->model()
                         ->index(rowOfEmail(users, QStringLiteral("new.user@vendor.example")), UsersModel::Sync)
                         .data()
                         .toString(),
            QString());

        // Search and filter over the table.
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("userSearch"));
        typeInto(search, QStringLiteral("new.user"));
        QCOMPARE(users->model()->rowCount(), 1);
        typeInto(search, QString());
        QVERIFY(users->model()->rowCount() >= 2);

        // Remove with confirmation: gone from the table at once, from the server after the sync.
        invited = rowOfEmail(users, QStringLiteral("new.user@vendor.example"));
        users->selectRow(invited);
        users->setCurrentIndex(users->model()->index(invited, 0));
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeUserButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *confirm = waitForChild<QMessageBox>(page, QStringLiteral("confirmRemoveUser"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("new.user@vendor.example")));
        test::screenshot(confirm, QStringLiteral("remove-user-confirm"));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(rowOfEmail(users, QStringLiteral("new.user@vendor.example")), -1);
        QVERIFY(workspace.syncNow().ok);
        QCOMPARE(sandbox.get(QStringLiteral("/accounts/%1/users/%2").arg(accountId, invitedId)).status, 404);

        // A validation error only the server can know (the address was added elsewhere since the last sync): shown
        // on the row of that invitation, in words.
        QCOMPARE(sandbox
                     .post(QStringLiteral("/accounts/%1/users").arg(accountId),
                         { { QStringLiteral("email"), QStringLiteral("taken@vendor.example") } })
                     .status,
            201);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addUserButton")), Qt::LeftButton);
        dialog = waitForChild<ui::AddUserDialog>(page, QStringLiteral("addUserDialog"));
        QVERIFY(dialog);
        typeInto(dialog->emailField(), QStringLiteral("taken@vendor.example"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const sync::SyncSummary refused = workspace.syncNow();
        QCOMPARE(refused.pushFailed, 1);
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < users->model()->rowCount(); ++r) {
                if (users->model()->index(r, UsersModel::Email).data().toString()
                        == QLatin1String("taken@vendor.example")
                    && users->model()
                           ->index(r, UsersModel::Sync)
                           .data()
                           .toString()
                           .startsWith(QStringLiteral("Connect refused")))
                    row = r;
            }
            return row >= 0;
        }());
        const QString rowText = users->model()->index(row, UsersModel::Sync).data().toString();
        QVERIFY2(rowText.contains(QStringLiteral("A user with this email already exists in the account.")),
            qPrintable(rowText));
        QVERIFY2(rowText.contains(QStringLiteral("(400 VAL_001)")), qPrintable(rowText));
        test::screenshot(workspace.window.get(), QStringLiteral("account-invite-refused"));
        // The refused invitation never reached Connect: removing it cancels it here, nothing is sent.
        users->selectRow(row);
        users->setCurrentIndex(users->model()->index(row, 0));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removeUserButton")), Qt::LeftButton);
        confirm = waitForChild<QMessageBox>(page, QStringLiteral("confirmRemoveUser"));
        QVERIFY(confirm);
        QVERIFY2(confirm->text().startsWith(QStringLiteral("Cancel the invitation")), qPrintable(confirm->text()));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY([&] {
            for (int r = 0; r < users->model()->rowCount(); ++r) {
                if (!users->model()->index(r, UsersModel::Sync).data().toString().isEmpty())
                    return false;
            }
            return true;
        }());
        QCOMPARE(workspace.session->outboxSize(), 0);

        // Changed on the server too: the conflict is said under the name field.
        typeInto(page->nameField(), QStringLiteral("Name Typed Here"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveAccountName")), Qt::LeftButton);
        QCOMPARE(sandbox
                     .put(QStringLiteral("/accounts/") + accountId,
                         { { QStringLiteral("name"), QStringLiteral("Name Set Elsewhere") } })
                     .status,
            200);
        workspace.syncNow();
        QTRY_VERIFY2(nameMessage->isVisible() && nameMessage->text().contains(QStringLiteral("Changed on Connect too")),
            qPrintable(nameMessage->text()));
        test::screenshot(workspace.window.get(), QStringLiteral("account-name-conflict"));
    }

    // A change the API key may not make (403): the reason is said under the field that was changed, not as a code.
    void forbiddenRenameShownUnderTheName()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const test::HttpResponse token = sandbox.post(QStringLiteral("/auth/tokens"),
            { { QStringLiteral("name"), QStringLiteral("Helpdesk only") },
                { QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } });
        QCOMPARE(token.status, 201);
        const QString tokenId = token.object().value(QStringLiteral("id")).toString();
        const QByteArray secret = token.object().value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(!secret.isEmpty());
        QCOMPARE(sandbox
                     .post(QStringLiteral("/auth/tokens/%1/permissions").arg(tokenId),
                         { { QStringLiteral("id"), QStringLiteral("help-support") } })
                     .status,
            201);

        Workspace workspace;
        QVERIFY(workspace.open(sandbox, secret));
        workspace.window->showModule(ModuleId::Account);
        ui::AccountPage *page = workspace.page();
        QTRY_COMPARE(page->nameField()->text(), QStringLiteral("Connect Lab Vendor"));
        typeInto(page->nameField(), QStringLiteral("Not Allowed Name"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveAccountName")), Qt::LeftButton);
        const sync::SyncSummary summary = workspace.syncNow();
        QCOMPARE(summary.pushFailed, 1);
        auto *nameMessage = page->findChild<QLabel *>(QStringLiteral("error-name"));
        QTRY_VERIFY(nameMessage->isVisible());
        const QString text = nameMessage->text();
        QVERIFY2(text.startsWith(QStringLiteral("Your API key has no permission for this change.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no permission for the account module")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(403 AUTH_003)")), qPrintable(text));
        // Next to the name: right under its row, and the field keeps what was typed (nothing lost).
        QVERIFY(nameMessage->mapTo(page, QPoint(0, 0)).y() > page->nameField()->mapTo(page, QPoint(0, 0)).y());
        QCOMPARE(page->nameField()->text(), QStringLiteral("Not Allowed Name"));
        QCOMPARE(sandbox.get(QStringLiteral("/accounts/") + workspace.session->account().id)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Connect Lab Vendor"));
        test::screenshot(workspace.window.get(), QStringLiteral("account-rename-forbidden"));

        // Once the permission is granted, "Send again" takes the change to Connect with the next sync.
        auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryAccountName"));
        QVERIFY(retry && retry->isVisible());
        QCOMPARE(sandbox
                     .post(QStringLiteral("/auth/tokens/%1/permissions").arg(tokenId),
                         { { QStringLiteral("id"), QStringLiteral("account") } })
                     .status,
            201);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(nameMessage->text().contains(QStringLiteral("Waiting for sync")));
        QVERIFY(!retry->isVisible());
        QVERIFY(workspace.syncNow().ok);
        QCOMPARE(sandbox.get(QStringLiteral("/accounts/") + workspace.session->account().id)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Not Allowed Name"));
        QTRY_VERIFY(!nameMessage->isVisible());

        // Refused again (the grant withdrawn): "Discard my change" shows Connect's name again and sends nothing.
        QCOMPARE(
            sandbox.send("DELETE", QStringLiteral("/auth/tokens/%1/permissions").arg(tokenId),
                       QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("account") } }).toJson())
                    .status
                / 100,
            2);
        typeInto(page->nameField(), QStringLiteral("Second Try"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveAccountName")), Qt::LeftButton);
        QCOMPARE(workspace.syncNow().pushFailed, 1);
        QTRY_VERIFY(nameMessage->text().startsWith(QStringLiteral("Your API key has no permission")));
        auto *discard = page->findChild<QPushButton *>(QStringLiteral("discardAccountName"));
        QVERIFY(discard->isVisible());
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(page->nameField()->text(), QStringLiteral("Not Allowed Name"));
        QVERIFY(!nameMessage->isVisible());
        QCOMPARE(workspace.session->outboxSize(), 0);
    }
};

CV_TEST_MAIN(TestAccountPage)
#include "tst_accountpage.moc"
