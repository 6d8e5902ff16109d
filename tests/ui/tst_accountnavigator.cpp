// account_navigator: the user pictogram at top right shows the current account, switches between
// accounts and signs out (removing the key from the real keychain). Runs under with-keyring.sh.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/appinfo.h"
#include "models/accounts/accountlistmodel.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/accountnavigator.h"
#include "ui/shell/firstrunpage.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cv;

namespace {
accounts::Account makeAccount(const QString &id, const QString &name)
{
    accounts::Account account;
    account.id = id;
    account.name = name;
    account.type = QStringLiteral("vendor");
    account.endpoint = QStringLiteral("http://127.0.0.1:9/public/v1");
    return account;
}

accounts::KeyStoreResult readKey(accounts::KeyStore &store, const QString &key)
{
    accounts::KeyStoreResult out;
    bool done = false;
    QObject context;
    store.read(key, &context, [&](const accounts::KeyStoreResult &r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return out;
}
} // namespace

class TestAccountNavigator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        m_first = makeAccount(QStringLiteral("VA-111-111"), QStringLiteral("Connect Lab Vendor"));
        m_second = makeAccount(QStringLiteral("VA-222-222"), QStringLiteral("Second Vendor"));
        for (const auto &account : { m_second, m_first }) {
            bool done = false;
            m_keyStore.write(account.keychainKey(), "SU-000-000-000:secret-" + account.id.toUtf8(), this,
                [&](const accounts::KeyStoreResult &r) {
                    QVERIFY2(r.ok(), qPrintable(r.detail));
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            m_registry->addOrUpdate(account);
        }
        m_window = std::make_unique<ui::MainWindow>(m_manager.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_manager.reset();
        m_registry.reset();
    }

    /// "Acme & Sons" reads as such on the button and in the menu: a single "&" in a button or menu text marks the
    /// next letter as a shortcut and disappears (the walk saw "Lab Vendor _Co").
    void ampersandInANameIsShown()
    {
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::Account account;
        account.id = QStringLiteral("VA-333-333");
        account.name = QStringLiteral("Acme & Sons");
        account.type = QStringLiteral("vendor");
        account.endpoint = QStringLiteral("https://api.example.test/public/v1");
        QVERIFY(registry.addOrUpdate(account));
        models::AccountListModel model(&registry);
        ui::AccountNavigator navigator(&model);
        QCOMPARE(navigator.text(), QStringLiteral("Acme && Sons")); // shown as "Acme & Sons"
        QCOMPARE(navigator.accessibleName(), QStringLiteral("Acme & Sons"));
    }

    void showsTheCurrentAccount()
    {
        QCOMPARE(m_window->accountNavigator()->text(), m_first.name);
        QString header;
        QStringList switchable;
        const bool opened = test::withPopupMenu(m_window->accountNavigator(), [&](QMenu *menu) {
            test::screenshot(menu, QStringLiteral("menu"));
            for (QAction *action : menu->actions()) {
                if (action->objectName() == QLatin1String("currentAccount")) {
                    header = action->text();
                    // Shown on two lines: a menu item would print the line break as a space ("Vendor Vendor").
                    const auto *label = menu->findChild<QLabel *>(QStringLiteral("currentAccountLabel"));
                    QVERIFY(label && label->isVisible());
                    QVERIFY2(label->height() >= 2 * label->fontMetrics().height(), qPrintable(label->text()));
                }
                if (action->objectName().startsWith(QLatin1String("switchAccount:")))
                    switchable << action->text() + (action->isChecked() ? QStringLiteral(" *") : QString());
            }
            menu->close();
        });
        QVERIFY(opened);
        QVERIFY2(
            header.contains(m_first.name) && header.contains(m_first.id) && header.contains(QStringLiteral("Vendor")),
            qPrintable(header));
        QCOMPARE(switchable,
            (QStringList {
                QStringLiteral("Second Vendor (VA-222-222)"), QStringLiteral("Connect Lab Vendor (VA-111-111) *") }));
    }

    /// About: the version and the libraries with their run-time versions; "Copy diagnostic info" puts a report on
    /// the clipboard that names the accounts by id and holds no key.
    void aboutShowsVersionsAndCopiesDiagnosticsWithoutSecrets()
    {
        QVERIFY(test::withPopupMenu(m_window->accountNavigator(),
            [&](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("about"))); }));
        ui::AboutDialog *about = nullptr;
        QTRY_VERIFY((about = m_window->findChild<ui::AboutDialog *>()) && about->isVisible());
        test::screenshot(about, QStringLiteral("about"));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(core::AppInfo::version()));
        auto *libraries = about->findChild<QTableWidget *>(QStringLiteral("aboutLibraries"));
        QVERIFY(libraries);
        QHash<QString, QString> versions;
        for (int row = 0; row < libraries->rowCount(); ++row)
            versions.insert(libraries->item(row, 0)->text(), libraries->item(row, 1)->text());
        QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QVERIFY2(versions.value(QStringLiteral("SQLite")).startsWith(QStringLiteral("3.")),
            qPrintable(versions.value(QStringLiteral("SQLite"))));
        QVERIFY(versions.value(QStringLiteral("cmark-gfm")).contains(QLatin1Char('.')));
        QVERIFY(versions.value(QStringLiteral("GNU libgettextpo")).startsWith(QStringLiteral("0.")));
        QVERIFY(!versions.value(QStringLiteral("Qt WebEngine (Chromium)")).isEmpty());

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(about->findChild<QPushButton *>(QStringLiteral("copyDiagnostics")), Qt::LeftButton);
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.startsWith(core::AppInfo::displayName() + QLatin1Char(' ') + core::AppInfo::version()),
            qPrintable(report));
        QVERIFY2(
            report.contains(QStringLiteral("* VA-111-111 vendor at http://127.0.0.1:9/public/v1")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("VA-222-222")));
        QVERIFY2(!report.contains(QStringLiteral("secret")), qPrintable(report)); // the keys are "...:secret-<id>"
        QVERIFY(!about->findChild<QLabel *>(QStringLiteral("diagnosticsCopied"))->text().isEmpty());
        about->close();
    }

    void switchesAccount()
    {
        const bool opened = test::withPopupMenu(m_window->accountNavigator(), [&](QMenu *menu) {
            QVERIFY(test::clickMenuAction(menu, QStringLiteral("switchAccount:") + m_second.keychainKey()));
        });
        QVERIFY(opened);
        QTRY_COMPARE(m_registry->current().id, m_second.id);
        QCOMPARE(m_window->accountNavigator()->text(), m_second.name);
        QVERIFY2(m_window->windowTitle().contains(m_second.name), qPrintable(m_window->windowTitle()));
        test::screenshot(m_window.get(), QStringLiteral("switched"));

        // The choice survives a restart: a new registry on the same file has the same current account.
        accounts::AccountRegistry reloaded(m_dir->filePath(QStringLiteral("accounts.json")));
        QCOMPARE(reloaded.current().id, m_second.id);
    }

    /// Clicks a button of the sign-out confirmation (a window-modal message box).
    static void confirmSignOut(QWidget *window, const char *button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = window->findChild<QMessageBox *>(QStringLiteral("signOutConfirmation"))) && box->isVisible());
        test::screenshot(box, QStringLiteral("sign-out-confirmation"));
        auto *choice = box->findChild<QAbstractButton *>(QLatin1String(button));
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton);
    }

    void signOutCanBeCancelled()
    {
        QVERIFY(test::withPopupMenu(m_window->accountNavigator(),
            [&](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("signOut"))); }));
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("signOutConfirmation"))) && box->isVisible());
        box->reject();
        QTest::qWait(50);
        QVERIFY(m_registry->find(m_first.keychainKey()).isValid());
        QVERIFY(readKey(m_keyStore, m_first.keychainKey()).ok());
    }

    void signOutRemovesKeyAndAccount()
    {
        QVERIFY(readKey(m_keyStore, m_first.keychainKey()).ok());
        QVERIFY(test::withPopupMenu(m_window->accountNavigator(),
            [&](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("signOut"))); }));
        confirmSignOut(m_window.get(), "signOutKeepData");
        QTRY_VERIFY_WITH_TIMEOUT(!m_registry->find(m_first.keychainKey()).isValid(), 10000);
        QCOMPARE(readKey(m_keyStore, m_first.keychainKey()).status, accounts::KeyStoreStatus::NotFound);
        // The other account's key is untouched and it becomes current.
        QVERIFY(readKey(m_keyStore, m_second.keychainKey()).ok());
        QCOMPARE(m_registry->current().id, m_second.id);
        QCOMPARE(m_window->accountNavigator()->text(), m_second.name);
        QVERIFY(!m_window->isFirstRunShown());

        // Signing out of the last account leads to the first-run screen.
        QVERIFY(test::withPopupMenu(m_window->accountNavigator(),
            [&](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("signOut"))); }));
        confirmSignOut(m_window.get(), "signOutDeleteData");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isFirstRunShown(), 10000);
        QVERIFY(m_registry->isEmpty());
        QCOMPARE(readKey(m_keyStore, m_second.keychainKey()).status, accounts::KeyStoreStatus::NotFound);
        test::screenshot(m_window.get(), QStringLiteral("first-run"));
    }

    void addAccountOpensTheAccountForm()
    {
        QVERIFY(test::withPopupMenu(m_window->accountNavigator(),
            [&](QMenu *menu) { QVERIFY(test::clickMenuAction(menu, QStringLiteral("addAccount"))); }));
        QTRY_VERIFY(m_window->isFirstRunShown());
        auto *add = m_window->firstRunPage()->findChild<QPushButton *>(QStringLiteral("addAccount"));
        QVERIFY(add && add->isVisible());
        // An empty key is refused before anything is sent, with a message saying what is missing.
        QTest::mouseClick(add, Qt::LeftButton);
        auto *error = m_window->firstRunPage()->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("API key")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<ui::MainWindow> m_window;
    accounts::Account m_first;
    accounts::Account m_second;
};

CV_TEST_MAIN(TestAccountNavigator)
#include "tst_accountnavigator.moc"
