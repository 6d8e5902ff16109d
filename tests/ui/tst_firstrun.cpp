// The first-run screen: "Explore offline with the sandbox" starts the embedded sandbox, validates its
// demo key over real HTTP, stores it in the real keychain and opens the account; a second run finds the
// same account and key. Adding an account by hand reports bad input clearly. Runs under with-keyring.sh.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "sandbox/sandboxsession.h"
#include "ui/shell/firstrunpage.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace cv;

class TestFirstRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;

    accounts::KeyStoreResult readKey(const QString &key)
    {
        accounts::KeyStoreResult out;
        bool done = false;
        QObject context;
        m_keyStore.read(key, &context, [&](const accounts::KeyStoreResult &r) {
            out = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }

private Q_SLOTS:
    void exploreOfflineOpensTheSandboxAccount()
    {
        const QString registryFile = m_dir.filePath(QStringLiteral("accounts.json"));
        const QString dataFile = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        QString firstKey;
        QString accountId;
        {
            accounts::AccountRegistry registry(registryFile);
            accounts::AccountManager manager(&registry, &m_keyStore, &m_network);
            sandbox::SandboxSession session(&manager, dataFile);
            ui::MainWindow window(&manager);
            window.setSandboxSession(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.isFirstRunShown());
            test::screenshot(&window, QStringLiteral("first-run"));

            auto *explore = window.firstRunPage()->findChild<QPushButton *>(QStringLiteral("exploreSandbox"));
            QVERIFY(explore && explore->isEnabled());
            QSignalSpy opened(&window, &ui::MainWindow::sandboxOpened);
            QTest::mouseClick(explore, Qt::LeftButton);
            QVERIFY(opened.wait(30000));
            QCOMPARE(opened.first().first().toBool(), true);

            QVERIFY(!window.isFirstRunShown());
            QCOMPARE(window.currentPage()->objectName(), QStringLiteral("page-home"));
            const accounts::Account account = registry.current();
            QVERIFY(account.sandbox);
            QCOMPARE(account.name, QStringLiteral("Connect Lab Vendor"));
            QCOMPARE(account.type, QStringLiteral("vendor"));
            QVERIFY(account.endpoint.startsWith(QStringLiteral("http://127.0.0.1:")));
            QVERIFY(window.windowTitle().contains(QStringLiteral("Connect Lab Vendor")));
            const auto stored = readKey(account.keychainKey());
            QVERIFY2(stored.ok(), qPrintable(stored.detail));
            QCOMPARE(QString::fromUtf8(stored.secret), session.host().apiKey());
            firstKey = session.host().apiKey();
            accountId = account.id;
            test::screenshot(&window, QStringLiteral("sandbox-landing"));
        }
        // A second run: same data file, same account and key; the endpoint follows the new port.
        accounts::AccountRegistry registry(registryFile);
        accounts::AccountManager manager(&registry, &m_keyStore, &m_network);
        sandbox::SandboxSession session(&manager, dataFile);
        ui::MainWindow window(&manager);
        window.setSandboxSession(&session);
        QSignalSpy opened(&window, &ui::MainWindow::sandboxOpened);
        window.openSandbox();
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().first().toBool(), true);
        QCOMPARE(session.host().apiKey(), firstKey);
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.current().id, accountId);
        QCOMPARE(registry.current().endpoint, session.host().baseUrl());
    }

    void addAccountReportsBadInput_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTest::newRow("not a URL") << QStringLiteral("not a url") << QStringLiteral("is not a web address");
        QTest::newRow("nothing listening")
            << QStringLiteral("http://127.0.0.1:%1/public/v1").arg(port) << QStringLiteral("Could not reach");
    }

    void addAccountReportsBadInput()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("bad.json")));
        accounts::AccountManager manager(&registry, &m_keyStore, &m_network);
        ui::MainWindow window(&manager);
        window.show();
        auto *page = window.firstRunPage();
        page->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(endpoint);
        page->findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(QStringLiteral("SU-000-000-000:secret"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addAccount")), Qt::LeftButton);
        auto *error = page->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QVERIFY(registry.isEmpty());
        test::screenshot(&window,
            QStringLiteral("error-")
                + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    }

    void wrongKeyIsRefusedAndNothingSaved()
    {
        sandbox::SandboxHost host;
        sandbox::SandboxOptions options;
        options.dataFile = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(host.start(options).ok());
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("wrong.json")));
        accounts::AccountManager manager(&registry, &m_keyStore, &m_network);
        bool done = false;
        accounts::AddAccountResult result;
        manager.addAccount(
            host.baseUrl(), "SU-111-111-111:not-the-key", this, [&](const accounts::AddAccountResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(result.validation.status, accounts::ValidationStatus::Unauthorized);
        QCOMPARE(result.validation.httpStatus, 401);
        QVERIFY(registry.isEmpty());
        // An endpoint that answers but is not the Connect API (the sandbox's root is not /public/v1).
        done = false;
        manager.addAccount(host.baseUrl().section(QLatin1Char('/'), 0, 2) + QStringLiteral("/media"),
            host.apiKey().toUtf8(), this, [&](const accounts::AddAccountResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(result.validation.status != accounts::ValidationStatus::Ok);
        QVERIFY(registry.isEmpty());
    }
};

CV_TEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
