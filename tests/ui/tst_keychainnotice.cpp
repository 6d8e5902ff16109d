// keychain_notice (issue 9, point 7): start-up with the embedded sandbox never stops at a keyring prompt
// without a word from the app. With a real keyring (with-keyring.sh) the band above the pages explains the
// system's prompt before the keychain is asked. Without any keychain (children run with no session bus, so
// QtKeychain itself fails) the sandbox opens with a memory-only key and says so, and a Connect account whose
// key cannot be read says what to do. Real widgets, the real in-process sandbox, the real keychain library.
#include "app/moduletable.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/sync/accountsession.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxsession.h"
#include "ui/shell/firstrunpage.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cv;

/// Notes what the window shows at the moment the keychain is about to be asked.
class KeychainProbe final : public QObject
{
    Q_OBJECT

public:
    explicit KeychainProbe(QWidget *window)
        : m_window(window)
    { }

    int calls = 0;
    bool noticeShown = false;
    QString noticeText;

public Q_SLOTS:
    void started(const QString &)
    {
        ++calls;
        auto *text = m_window->findChild<QLabel *>(QStringLiteral("keychainNoticeText"));
        if (calls == 1 && text) {
            noticeShown = text->isVisible();
            noticeText = text->text();
        }
    }

private:
    QWidget *m_window;
};

namespace {

bool runChild(const QString &function, QString &output)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No usable session bus: libsecret (and so QtKeychain) cannot reach any keychain.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cv-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("CV_KEYCHAIN_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { function });
    const bool finished = child.waitForFinished(120000);
    output = QString::fromLocal8Bit(child.readAll());
    return finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

QLabel *noticeText(QWidget *window)
{
    return window->findChild<QLabel *>(QStringLiteral("keychainNoticeText"));
}

} // namespace

class TestKeychainNotice final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    /// With a keychain: the notice is up when the keychain is asked, and gone once it answered.
    void noticeComesBeforeTheKeychainPrompt()
    {
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &m_network);
        sandbox::SandboxSession sandbox(&manager, m_dir.filePath(QStringLiteral("sandbox.sqlite")));
        ui::MainWindow window(&manager);
        window.setSandboxSession(&sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // After the window's own connection, so the probe sees what the window made of the signal.
        KeychainProbe probe(&window);
        const int signal = keyStore.metaObject()->indexOfSignal("accessStarted(QString)");
        QVERIFY2(signal >= 0, "the key store does not announce keychain requests");
        QVERIFY(QObject::connect(&keyStore, keyStore.metaObject()->method(signal), &probe,
            probe.metaObject()->method(probe.metaObject()->indexOfSlot("started(QString)"))));

        QSignalSpy opened(&window, &ui::MainWindow::sandboxOpened);
        QTest::mouseClick(
            window.firstRunPage()->findChild<QPushButton *>(QStringLiteral("exploreSandbox")), Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().first().toBool(), true);
        QVERIFY(probe.calls > 0);
        QVERIFY2(probe.noticeShown, "nothing on screen when the keychain was asked");
        QVERIFY2(probe.noticeText.contains(QStringLiteral("keyring password")), qPrintable(probe.noticeText));
        QVERIFY2(probe.noticeText.contains(QStringLiteral("sandbox")), qPrintable(probe.noticeText));
        QVERIFY(!keyStore.isMemoryOnly());
        QTRY_VERIFY(!noticeText(&window)->isVisible()); // the keychain answered: nothing to say
        test::screenshot(&window, QStringLiteral("with-keyring"));
    }

    /// The sandbox account is known but its key is not in the keychain (what libsecret answers when the
    /// unlock prompt of a locked keyring is cancelled): memory-only at once, no second keychain prompt.
    void knownSandboxWithoutItsKey()
    {
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("accounts.json")));
        QVERIFY(registry.current().sandbox); // from the first test
        bool removed = false;
        keyStore.remove(
            registry.current().keychainKey(), this, [&](const accounts::KeyStoreResult &) { removed = true; });
        QTRY_VERIFY(removed);
        accounts::AccountManager manager(&registry, &keyStore, &m_network);
        sandbox::SandboxSession sandbox(&manager, m_dir.filePath(QStringLiteral("sandbox.sqlite")));
        ui::MainWindow window(&manager);
        window.setSandboxSession(&sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        KeychainProbe probe(&window);
        const int signal = keyStore.metaObject()->indexOfSignal("accessStarted(QString)");
        QVERIFY(signal >= 0);
        QVERIFY(QObject::connect(&keyStore, keyStore.metaObject()->method(signal), &probe,
            probe.metaObject()->method(probe.metaObject()->indexOfSlot("started(QString)"))));
        QSignalSpy opened(&window, &ui::MainWindow::sandboxOpened);
        window.openSandbox();
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().first().toBool(), true);
        QCOMPARE(probe.calls, 1); // the read; no write that would prompt a second time
        QLabel *text = noticeText(&window);
        QVERIFY(text && text->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("memory-only key")), qPrintable(text->text()));
        test::screenshot(&window, QStringLiteral("known-sandbox-without-key"));
    }

    void sandboxOpensWithoutKeychain()
    {
        QString output;
        QVERIFY2(runChild(QStringLiteral("childSandboxWithoutKeychain"), output), qPrintable(output));
    }

    void accountWithoutKeychainSaysWhatToDo()
    {
        QString output;
        QVERIFY2(runChild(QStringLiteral("childAccountWithoutKeychain"), output), qPrintable(output));
    }

    // --- run in the children only ---

    void childSandboxWithoutKeychain()
    {
        if (qEnvironmentVariableIsEmpty("CV_KEYCHAIN_CHILD"))
            QSKIP("runs in a child process without a keychain");
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &m_network);
        sandbox::SandboxSession sandbox(&manager, m_dir.filePath(QStringLiteral("sandbox.sqlite")));
        sync::AccountSession session(&keyStore, &m_network);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.setSandboxSession(&sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &ui::MainWindow::sandboxOpened);
        QTest::mouseClick(
            window.firstRunPage()->findChild<QPushButton *>(QStringLiteral("exploreSandbox")), Qt::LeftButton);
        QVERIFY(opened.wait(60000));
        QVERIFY2(opened.first().first().toBool(),
            qPrintable(window.firstRunPage()->findChild<QLabel *>(QStringLiteral("error"))->text()));
        QVERIFY(registry.current().sandbox);
        QLabel *text = noticeText(&window);
        QVERIFY2(text && text->isVisible(), "the memory-only key is not mentioned");
        QVERIFY2(text->text().contains(QStringLiteral("memory-only key")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("throw-away")), qPrintable(text->text()));
        // Only the sandbox's key is kept in memory: a real account added later would still be asked about.
        QVERIFY(!keyStore.isMemoryOnly());
        // And the sandbox works: the session reads the key and syncs.
        QTRY_VERIFY_WITH_TIMEOUT(
            session.connection() == sync::AccountSession::Connection::Online && !session.lastSyncAt().isEmpty(), 60000);
        test::screenshot(&window, QStringLiteral("sandbox-memory-only"));
    }

    void childAccountWithoutKeychain()
    {
        if (qEnvironmentVariableIsEmpty("CV_KEYCHAIN_CHILD"))
            QSKIP("runs in a child process without a keychain");
        // A Connect account (not the sandbox) whose key is in a keychain this session cannot reach.
        sandbox::SandboxHost host;
        sandbox::SandboxOptions options;
        options.dataFile = m_dir.filePath(QStringLiteral("remote.sqlite"));
        QVERIFY(host.start(options).ok());
        accounts::KeyStore keyStore;
        accounts::AccountRegistry registry(m_dir.filePath(QStringLiteral("real.json")));
        accounts::Account account;
        account.id = QStringLiteral("VA-123-456");
        account.name = QStringLiteral("Northwind Vendor");
        account.type = QStringLiteral("vendor");
        account.endpoint = host.baseUrl();
        registry.addOrUpdate(account);
        accounts::AccountManager manager(&registry, &keyStore, &m_network);
        sync::AccountSession session(&keyStore, &m_network);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(session.connection() == sync::AccountSession::Connection::NoKey, 30000);
        QLabel *text = noticeText(&window);
        QVERIFY2(text && text->isVisible(), "nothing says what to do without the key");
        QVERIFY2(text->text().contains(QStringLiteral("Northwind Vendor")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("unlock your keychain")), qPrintable(text->text()));
        auto *retry = window.findChild<QPushButton *>(QStringLiteral("keychainRetry"));
        auto *enter = window.findChild<QPushButton *>(QStringLiteral("keychainEnterKey"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(enter && enter->isVisible());
        test::screenshot(&window, QStringLiteral("account-without-key"));
        // Try again asks the keychain once more (still none here): the advice stays.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            session.connection() == sync::AccountSession::Connection::NoKey && text->isVisible(), 30000);
    }
};

CV_TEST_MAIN(TestKeychainNotice)
#include "tst_keychainnotice.moc"
