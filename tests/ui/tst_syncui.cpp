// Sync in the window: the sandbox account syncs on open and on F5, the status bar says so, a conflict
// appears as "1 conflict" in the status bar, the conflicts panel opens from there and resolves it, and
// the decision reaches the server. Runs under with-keyring.sh (the key is read from the real keychain).
#include "app/moduletable.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "models/sync/conflictmodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace cv;

class TestSyncUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflictResolvedFromTheStatusBar()
    {
        QTemporaryDir dir;
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &network);
        sandbox::SandboxSession sandbox(&manager, dir.filePath(QStringLiteral("sandbox.sqlite")));
        sync::AccountSession session(&keyStore, &network);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.setSandboxSession(&sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy synced(&session, &sync::AccountSession::synced);
        window.openSandbox();
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.last().first().value<sync::SyncSummary>().ok);
        auto *status = window.findChild<ui::SyncStatusWidget *>();
        QVERIFY(status);
        QVERIFY2(status->stateLabel()->text().startsWith(QStringLiteral("Synced at")),
            qPrintable(status->stateLabel()->text()));
        QVERIFY(!status->conflictsButton()->isVisible());
        test::screenshot(&window, QStringLiteral("synced"));

        // The same product edited offline here and on the server, in the same field.
        store::ObjectRepository &objects = session.engine()->objects();
        const store::CachedObject product = objects.list(QStringLiteral("products"), QString()).first();
        QJsonObject mine = product.json;
        mine.insert(QStringLiteral("short_description"), QStringLiteral("Mine, written offline"));
        store::OutboxEntry update;
        update.operation = QStringLiteral("update");
        QVERIFY(store::LocalChanges(*session.cache(), objects, session.engine()->outbox())
                    .update(QStringLiteral("products"), product.id, mine, update)
                    .ok());
        sandbox::SandboxServer *server = nullptr;
        Q_UNUSED(server)
        {
            QNetworkRequest request(QUrl(registry.current().endpoint + QStringLiteral("/products/") + product.id));
            request.setRawHeader("Authorization", "ApiKey " + sandbox.host().apiKey().toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.put(request, R"({"short_description":"Theirs, from the portal"})");
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }

        // F5 syncs; the conflict shows in the status bar.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(status->conflictsButton()->isVisible());
        QCOMPARE(status->conflictsButton()->text(), QStringLiteral("⚠ 1 conflict"));
        test::screenshot(&window, QStringLiteral("conflict-in-status-bar"));

        QTest::mouseClick(status->conflictsButton(), Qt::LeftButton);
        ui::ConflictsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ConflictsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        // People read the field as the Profile page names it; the API path stays in the tooltip.
        QCOMPARE(dialog->table()->model()->index(0, models::ConflictModel::FieldColumn).data().toString(),
            QStringLiteral("Short description"));
        QCOMPARE(
            dialog->table()->model()->index(0, models::ConflictModel::FieldColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("short_description"));
        QCOMPARE(dialog->table()->model()->index(0, models::ConflictModel::MineColumn).data().toString(),
            QStringLiteral("Mine, written offline"));
        QCOMPARE(dialog->table()->model()->index(0, models::ConflictModel::TheirsColumn).data().toString(),
            QStringLiteral("Theirs, from the portal"));
        test::screenshot(dialog, QStringLiteral("conflicts-panel"));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(dialog->table()->model()->rowCount(), 0);
        dialog->reject(); // closing syncs what the decision left to send
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(!status->conflictsButton()->isVisible());
        QCOMPARE(session.outboxSize(), 0);
        QCOMPARE(objects.get(QStringLiteral("products"), product.id)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Mine, written offline"));
        QVERIFY(!objects.get(QStringLiteral("products"), product.id)->dirty);
    }

    // A change Connect refused is not "waiting to be sent": nothing will send it until the user acts, so the
    // status bar counts it apart (before, it said "1 change waiting to be sent" for ever).
    void refusedChangesAreNotCountedAsWaiting()
    {
        QTemporaryDir dir;
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &network);
        sandbox::SandboxSession sandbox(&manager, dir.filePath(QStringLiteral("sandbox.sqlite")));
        sync::AccountSession session(&keyStore, &network);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.setSandboxSession(&sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        window.openSandbox();
        QVERIFY(synced.wait(60000));
        auto *status = window.findChild<ui::SyncStatusWidget *>();
        QVERIFY(status);

        // An update of a product Connect does not have: the push is refused (404) and kept for the user.
        store::OutboxEntry update;
        update.operation = QStringLiteral("update");
        update.collection = QStringLiteral("products");
        update.objectId = QStringLiteral("PRD-999-999-999");
        update.method = QByteArrayLiteral("PUT");
        update.path = QStringLiteral("/products/PRD-999-999-999");
        update.body = QJsonObject { { QStringLiteral("name"), QStringLiteral("Nobody's product") } };
        QVERIFY(session.engine()->outbox().enqueue(update).ok());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY2(status->stateLabel()->text().contains(QStringLiteral("1 change refused by Connect")),
            qPrintable(status->stateLabel()->text()));
        QVERIFY2(!status->stateLabel()->text().contains(QStringLiteral("waiting to be sent")),
            qPrintable(status->stateLabel()->text()));
    }
};

CV_TEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
