// Issue 18 points 1 and 2 through the window, against the embedded sandbox: the tray raises one notification
// naming a new pending request after a sync (none on the first sync, none with its toggle off); Settings opens
// from the account menu and with Ctrl+,, and each control takes effect at once (theme repaints, the sync timer,
// the tray's Pause sync, the proxy refused without a host, the data folder, "Clear offline data" with its
// confirmation when changes are not sent). Runs under with-keyring.sh, like sync_ui.
#include "app/moduletable.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/settings/appsettings.h"
#include "app/settings/settingsbinding.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxsession.h"
#include "ui/i18n/translations.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/accountnavigator.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/shell/traycontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cv;
using settings::AppSettings;

/// The app as main.cpp builds it, on the embedded sandbox, with its own settings file.
struct App
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    accounts::KeyStore keyStore;
    accounts::AccountRegistry registry { dir.filePath(QStringLiteral("accounts.json")) };
    accounts::AccountManager manager { &registry, &keyStore, &network };
    sandbox::SandboxSession sandbox { &manager, dir.filePath(QStringLiteral("sandbox.sqlite")) };
    sync::AccountSession session { &keyStore, &network };
    AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    ui::MainWindow window { &manager, &session, moduleTable() };

    App()
    {
        settings::bindNetwork(&settings, &network);
        settings::bindSync(&settings, &session);
        ui::bindTheme(*qApp, &settings);
        window.setSandboxSession(&sandbox);
        window.setSettings(&settings);
        window.resize(1024, 700);
    }
};

class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestSettingsUi final : public QObject
{
    Q_OBJECT

private:
    /// A new pending purchase in the sandbox, like a cached one (same product, items, parameters, customer), made
    /// over HTTP as the portal would. Returns its id.
    QString createPendingRequest(App &app)
    {
        const auto requests = app.session.services()->objects().list(QStringLiteral("requests"), QString(),
            store::ObjectQuery().where(QStringLiteral("type"), QStringLiteral("purchase")));
        if (requests.isEmpty())
            return {};
        const QJsonObject asset = requests.first().json.value(QStringLiteral("asset")).toObject();
        QJsonArray items;
        for (const QJsonValue &item : asset.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = item.toObject();
            items.append(QJsonObject { { QStringLiteral("id"), i.value(QStringLiteral("id")) },
                { QStringLiteral("quantity"), qMax(1, i.value(QStringLiteral("quantity")).toVariant().toInt()) } });
        }
        QJsonArray params;
        for (const QJsonValue &param : asset.value(QStringLiteral("params")).toArray()) {
            const QJsonObject p = param.toObject();
            if (!p.value(QStringLiteral("value")).toString().isEmpty())
                params.append(QJsonObject { { QStringLiteral("id"), p.value(QStringLiteral("id")) },
                    { QStringLiteral("value"), p.value(QStringLiteral("value")) } });
        }
        const QJsonObject tiers = asset.value(QStringLiteral("tiers")).toObject();
        const QJsonObject body { { QStringLiteral("type"), QStringLiteral("purchase") },
            { QStringLiteral("status"), QStringLiteral("pending") },
            { QStringLiteral("asset"),
                QJsonObject {
                    { QStringLiteral("product"),
                        QJsonObject { { QStringLiteral("id"),
                            asset.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")) } } },
                    { QStringLiteral("connection"),
                        QJsonObject { { QStringLiteral("type"),
                            asset.value(QStringLiteral("connection")).toObject().value(QStringLiteral("type")) } } },
                    { QStringLiteral("items"), items }, { QStringLiteral("params"), params },
                    { QStringLiteral("tiers"),
                        QJsonObject { { QStringLiteral("customer"),
                            QJsonObject { { QStringLiteral("id"),
                                tiers.value(QStringLiteral("customer"))
                                    .toObject()
                                    .value(QStringLiteral("id")) } } } } } } } };
        QNetworkRequest request(QUrl(app.registry.current().endpoint + QStringLiteral("/requests")));
        request.setRawHeader("Authorization", "ApiKey " + app.sandbox.host().apiKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = app.network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        const QString id = QJsonDocument::fromJson(answer).object().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            qWarning() << "the sandbox refused the request:" << answer;
        return id;
    }

    /// A call to the sandbox as Connect's portal or the customer's side would make it; true on a 2xx answer.
    bool callSandbox(App &app, const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(app.registry.current().endpoint + path));
        request.setRawHeader("Authorization", "ApiKey " + app.sandbox.host().apiKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = app.network.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            qWarning() << verb << path << status << reply->readAll();
        reply->deleteLater();
        return status >= 200 && status < 300;
    }

    bool putRequest(App &app, const QString &id, const QJsonObject &body)
    {
        return callSandbox(app, "PUT", QStringLiteral("/requests/") + id, body);
    }

    bool postRequestAction(App &app, const QString &id, const QString &action, const QJsonObject &body)
    {
        return callSandbox(app, "POST", QStringLiteral("/requests/%1/%2").arg(id, action), body);
    }

    bool openSandbox(App &app)
    {
        app.window.show();
        if (!QTest::qWaitForWindowExposed(&app.window))
            return false;
        QSignalSpy synced(&app.session, &sync::AccountSession::synced);
        app.window.openSandbox();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    bool syncNow(App &app)
    {
        QSignalSpy synced(&app.session, &sync::AccountSession::synced);
        app.window.trayController()->syncAction()->trigger(); // the tray's Sync now
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

private Q_SLOTS:
    void notifiesANewPendingRequestAfterASync()
    {
        App app;
        QVERIFY(openSandbox(app));
        ui::TrayController *tray = app.window.trayController();
        QVERIFY(tray);
        // The offscreen platform has no tray: the controller still decides and records.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        // The first sync of an empty cache brings every pending request at once: that is not news.
        QCOMPARE(tray->messages().size(), 0);
        const qint64 pending = tray->pendingCount();
        QCOMPARE(pending,
            app.session.services()->objects().count(QStringLiteral("requests"), QString(),
                store::ObjectQuery().where(QStringLiteral("status"), QStringLiteral("pending"))));
        QVERIFY2(
            tray->trayIcon()->toolTip().contains(QString::number(pending)), qPrintable(tray->trayIcon()->toolTip()));

        const QString id = createPendingRequest(app);
        QVERIFY(!id.isEmpty());
        QSignalSpy raised(tray, &ui::TrayController::messageRaised);
        QVERIFY(syncNow(app));
        QCOMPARE(raised.count(), 1);
        const ui::TrayController::Message message = tray->messages().constLast();
        QCOMPARE(message.event, AppSettings::Event::NewPendingRequests);
        QCOMPARE(message.title, QStringLiteral("New pending request"));
        QVERIFY2(message.text.startsWith(id + QStringLiteral(": ")), qPrintable(message.text));
        QCOMPARE(tray->pendingCount(), pending + 1);
        QVERIFY2(tray->trayIcon()->toolTip().contains(QString::number(pending + 1)),
            qPrintable(tray->trayIcon()->toolTip()));

        // A sync bringing nothing new says nothing.
        QVERIFY(syncNow(app));
        QCOMPARE(raised.count(), 1);

        // A request that was pending already and changed on Connect (a colleague's note) is not new.
        QVERIFY(
            putRequest(app, id, QJsonObject { { QStringLiteral("note"), QStringLiteral("Checked by a colleague") } }));
        QVERIFY(syncNow(app));
        QCOMPARE(raised.count(), 1);
        QCOMPARE(tray->pendingCount(), pending + 1);
        QCOMPARE(
            app.session.services()->objects().get(QStringLiteral("requests"), id)->json.value(QStringLiteral("note")),
            QJsonValue(QStringLiteral("Checked by a colleague")));

        // One that leaves pending and comes back (inquire, then the customer answers) is news again.
        const QJsonArray params = app.session.services()
                                      ->objects()
                                      .get(QStringLiteral("requests"), id)
                                      ->json.value(QStringLiteral("asset"))
                                      .toObject()
                                      .value(QStringLiteral("params"))
                                      .toArray();
        QVERIFY(!params.isEmpty());
        const QJsonObject flagged { { QStringLiteral("id"), params.first().toObject().value(QStringLiteral("id")) },
            { QStringLiteral("value_error"), QStringLiteral("Please check this value.") } };
        QVERIFY(putRequest(app, id,
            QJsonObject {
                { QStringLiteral("asset"), QJsonObject { { QStringLiteral("params"), QJsonArray { flagged } } } } }));
        QVERIFY(postRequestAction(app, id, QStringLiteral("inquire"), QJsonObject {}));
        QVERIFY(syncNow(app));
        QCOMPARE(tray->pendingCount(), pending);
        QVERIFY(putRequest(app, id, QJsonObject { { QStringLiteral("note"), QStringLiteral("Answered") } }));
        QVERIFY(postRequestAction(app, id, QStringLiteral("pend"), QJsonObject {}));
        QVERIFY(syncNow(app));
        QCOMPARE(raised.count(), 2);
        QVERIFY2(tray->messages().constLast().text.startsWith(id + QStringLiteral(": ")),
            qPrintable(tray->messages().constLast().text));
        QCOMPARE(tray->pendingCount(), pending + 1);

        // With its toggle off, none.
        app.settings.setNotifies(AppSettings::Event::NewPendingRequests, false);
        QVERIFY(!createPendingRequest(app).isEmpty());
        QVERIFY(syncNow(app));
        QCOMPARE(raised.count(), 2);
        QCOMPARE(tray->messages().size(), 2);
        QCOMPARE(tray->pendingCount(), pending + 2); // the count follows all the same

        // Publish finished is announced under its own toggle.
        app.session.notifyPublished(QStringLiteral("PRD-000-000-000"), 2);
        QCOMPARE(raised.count(), 3);
        QCOMPARE(tray->messages().constLast().event, AppSettings::Event::PublishFinished);
        app.settings.setNotifies(AppSettings::Event::PublishFinished, false);
        app.session.notifyPublished(QStringLiteral("PRD-000-000-000"), 3);
        QCOMPARE(raised.count(), 3);
    }

    void settingsTakeEffectAtOnce()
    {
        App app;
        QVERIFY(openSandbox(app));
        ui::TrayController *tray = app.window.trayController();

        // From the account menu at the top right, as a user finds it.
        QVERIFY(test::withPopupMenu(app.window.accountNavigator(),
            [](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("showSettings"))); }));
        ui::SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window.settingsDialog()) != nullptr && dialog->isVisible());
        QCOMPARE(app.window.settingsAction()->menuRole(), QAction::PreferencesRole);
        dialog->close();
        QTRY_VERIFY(app.window.settingsDialog() == nullptr);
        // And with Ctrl+,.
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTest::keyClick(&app.window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY((dialog = app.window.settingsDialog()) != nullptr && dialog->isVisible());
        test::screenshot(dialog, QStringLiteral("general"));

        // Language (issue 16's choice): the open window retranslates at once; back to the system's.
        const QString englishTitle = app.window.windowTitle();
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        QCOMPARE(ui::chosenLanguage(), QStringLiteral("de"));
        QTRY_VERIFY2(app.window.windowTitle() != englishTitle, qPrintable(app.window.windowTitle()));
        QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("de")); // kept through retranslate
        test::screenshot(dialog, QStringLiteral("general-de"));
        dialog->languageBox()->setCurrentIndex(0);
        QCOMPARE(ui::chosenLanguage(), QString());
        QTRY_COMPARE(app.window.windowTitle(), englishTitle);

        // Theme: Dark repaints the open window with a dark palette; System brings the start palette back.
        const QColor startWindow = app.window.palette().color(QPalette::Window);
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(AppSettings::Theme::Dark)));
        QCOMPARE(app.settings.theme(), AppSettings::Theme::Dark);
        QVERIFY(app.window.palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(dialog->palette().color(QPalette::Base).lightness() < 80);
        test::screenshot(&app.window, QStringLiteral("window-dark"));
        test::screenshot(dialog, QStringLiteral("general-dark"));
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(AppSettings::Theme::Light)));
        QVERIFY(app.window.palette().color(QPalette::Window).lightness() > 200);
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(AppSettings::Theme::System)));
        QCOMPARE(app.window.palette().color(QPalette::Window), startWindow);

        // Sync: the interval reschedules the running timer; automatic sync off is the tray's Pause, and back.
        dialog->tabs()->setCurrentIndex(1);
        test::screenshot(dialog, QStringLiteral("sync"));
        dialog->syncIntervalBox()->setValue(30);
        QCOMPARE(app.settings.syncIntervalMinutes(), 30);
        QCOMPARE(app.session.intervalMs(), 30 * 60 * 1000);
        QVERIFY(app.session.isScheduled());
        QCOMPARE(tray->pauseAction()->text(), QStringLiteral("Pause sync"));
        QTest::mouseClick(
            dialog->syncEnabledBox(), Qt::LeftButton, {}, QPoint(5, dialog->syncEnabledBox()->height() / 2));
        QVERIFY(!app.settings.syncEnabled());
        QVERIFY(!app.session.isScheduled());
        QVERIFY(!dialog->syncIntervalBox()->isEnabled());
        QCOMPARE(tray->pauseAction()->text(), QStringLiteral("Resume sync"));
        tray->pauseAction()->trigger();
        QVERIFY(app.settings.syncEnabled());
        QVERIFY(dialog->syncEnabledBox()->isChecked()); // the open dialog follows
        QVERIFY(app.session.isScheduled());

        // Network: a manual proxy without a host is refused next to the fields; the system's stays.
        dialog->tabs()->setCurrentIndex(2);
        dialog->manualProxyButton()->click();
        QVERIFY(dialog->proxyError()->isVisible());
        QCOMPARE(app.settings.proxyMode(), AppSettings::ProxyMode::System);
        test::screenshot(dialog, QStringLiteral("network-refused"));
        dialog->proxyHostField()->setFocus();
        QTest::keyClicks(dialog->proxyHostField(), QStringLiteral("proxy.example"));
        dialog->proxyPortBox()->setValue(3128);
        emit dialog->proxyPortBox()->editingFinished();
        QCOMPARE(app.settings.proxyMode(), AppSettings::ProxyMode::Manual);
        QCOMPARE(app.settings.proxyHost(), QStringLiteral("proxy.example"));
        QVERIFY(!dialog->proxyError()->isVisible());
        dialog->systemProxyButton()->click();
        QCOMPARE(app.settings.proxyMode(), AppSettings::ProxyMode::System);

        // Notifications: one toggle per event.
        dialog->tabs()->setCurrentIndex(3);
        test::screenshot(dialog, QStringLiteral("notifications"));
        QCheckBox *conflicts = dialog->notificationBox(int(AppSettings::Event::NewConflicts));
        QVERIFY(conflicts && conflicts->isChecked());
        conflicts->click();
        QVERIFY(!app.settings.notifies(AppSettings::Event::NewConflicts));

        // Keep in the tray: stored; this desktop has no tray, so closing still quits.
        dialog->tabs()->setCurrentIndex(0);
        dialog->keepInTrayBox()->click();
        QVERIFY(app.settings.keepInTray());
        QVERIFY(!tray->keepsRunningOnClose());

        // Offline data: the folder, opened with the desktop's file manager.
        dialog->tabs()->setCurrentIndex(4);
        QCOMPARE(dialog->dataFolderLabel()->text(), QDir::toNativeSeparators(core::DataPaths::dataDir()));
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
        dialog->openFolderButton()->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(recorder.urls, QList<QUrl> { QUrl::fromLocalFile(core::DataPaths::dataDir()) });
        QCOMPARE(dialog->accountsTable()->rowCount(), 1);
        QCOMPARE(dialog->accountsTable()->item(0, 2)->text(), QStringLiteral("0"));
        test::screenshot(dialog, QStringLiteral("offline-data"));
    }

    void clearOfflineDataAsksWhenChangesAreNotSent()
    {
        App app;
        QVERIFY(openSandbox(app));
        app.window.showSettings();
        ui::SettingsDialog *dialog = app.window.settingsDialog();
        QVERIFY(dialog);
        dialog->tabs()->setCurrentIndex(4);

        // A change made here, not sent yet.
        store::OutboxEntry entry;
        entry.collection = QStringLiteral("cases");
        entry.operation = QStringLiteral("create");
        entry.method = "POST";
        entry.path = QStringLiteral("/helpdesk/cases");
        entry.method = "POST";
        entry.path = QStringLiteral("/helpdesk/cases");
        entry.objectId = QStringLiteral("local:settings-test");
        entry.body = QJsonObject { { QStringLiteral("subject"), QStringLiteral("Not sent") } };
        QVERIFY(app.session.services()->outbox().enqueue(entry));
        dialog->refreshData();
        QCOMPARE(dialog->accountsTable()->item(0, 2)->text(), QStringLiteral("1"));
        QVERIFY(dialog->clearDataButton()->isEnabled());

        // Asked first; Cancel keeps everything.
        dialog->clearDataButton()->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("clearOfflineDataConfirmation"))) != nullptr
            && box->isVisible());
        QVERIFY2(box->text().startsWith(QStringLiteral("1 change")), qPrintable(box->text()));
        test::screenshot(box, QStringLiteral("clear-confirmation"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(dialog->findChild<QMessageBox *>(QStringLiteral("clearOfflineDataConfirmation")) == nullptr);
        QCOMPARE(app.session.outboxSize(), 1);
        QVERIFY(app.session.services()->objects().count(QStringLiteral("requests")) > 0);

        // Confirmed: the cache goes, the account opens again on an empty one and syncs it back.
        dialog->clearDataButton()->click();
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("clearOfflineDataConfirmation"))) != nullptr
            && box->isVisible());
        QSignalSpy synced(&app.session, &sync::AccountSession::synced);
        box->findChild<QPushButton *>(QStringLiteral("clearOfflineDataConfirm"))->click();
        QCOMPARE(app.session.outboxSize(), 0);
        QVERIFY2(
            dialog->dataResult()->text().contains(QStringLiteral("cleared")), qPrintable(dialog->dataResult()->text()));
        QVERIFY(synced.wait(60000));
        QVERIFY(app.session.services()->objects().count(QStringLiteral("requests")) > 0);
        QCOMPARE(dialog->accountsTable()->item(0, 2)->text(), QStringLiteral("0"));

        // Nothing unsent: cleared at once, no question.
        QSignalSpy reopened(&app.session, &sync::AccountSession::cacheOpened);
        dialog->clearDataButton()->click();
        QCOMPARE(reopened.count(), 1);
        for (QMessageBox *asked : dialog->findChildren<QMessageBox *>(QStringLiteral("clearOfflineDataConfirmation")))
            QVERIFY(!asked->isVisible()); // the one answered above may wait for its deferred delete
        QVERIFY(synced.wait(60000));
    }
};

CV_TEST_MAIN(TestSettingsUi)
#include "tst_settingsui.moc"
