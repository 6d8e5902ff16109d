// API keys in the real keychain (gnome-keyring over D-Bus, under with-keyring.sh): write, read, overwrite,
// remove, scoped per account; and an unavailable keychain reported as such, not as a missing key.
#include "testmain.h"

#include "app/accounts/keystore.h"

#include <QProcess>

using namespace cv::accounts;

class TestKeyStore final : public QObject
{
    Q_OBJECT

    KeyStoreResult wait(const std::function<void(KeyStore::Callback)> &call)
    {
        KeyStoreResult out;
        bool done = false;
        call([&](const KeyStoreResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.status = KeyStoreStatus::Failed, out.detail = QStringLiteral("timed out");
        return out;
    }

private Q_SLOTS:
    void roundTripInTheRealKeychain()
    {
        KeyStore store;
        const QString key = QStringLiteral("https://a.test/public/v1:VA-1");
        const QString other = QStringLiteral("https://b.test/public/v1:VA-1");
        auto w = wait([&](auto cb) { store.write(key, "SU-111-111-111:first", this, cb); });
        QVERIFY2(w.ok(), qPrintable(w.detail));
        QVERIFY(wait([&](auto cb) { store.write(other, "SU-222-222-222:other", this, cb); }).ok());
        QVERIFY(wait([&](auto cb) { store.write(key, "SU-111-111-111:second", this, cb); }).ok());

        const auto r = wait([&](auto cb) { store.read(key, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.secret, QByteArray("SU-111-111-111:second"));
        QCOMPARE(wait([&](auto cb) { store.read(other, this, cb); }).secret, QByteArray("SU-222-222-222:other"));

        QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
        QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status, KeyStoreStatus::NotFound);
        QVERIFY(wait([&](auto cb) { store.read(other, this, cb); }).ok());
    }

    void memoryOnlyKeepsNothingInTheKeychain()
    {
        KeyStore memory;
        memory.setMemoryOnly(true);
        const QString key = QStringLiteral("https://m.test/public/v1:VA-9");
        QVERIFY(wait([&](auto cb) { memory.write(key, "SU-9:x", this, cb); }).ok());
        QCOMPARE(wait([&](auto cb) { memory.read(key, this, cb); }).secret, QByteArray("SU-9:x"));
        KeyStore real;
        QCOMPARE(wait([&](auto cb) { real.read(key, this, cb); }).status, KeyStoreStatus::NotFound);
    }

    void unavailableKeychainIsReported()
    {
        // Run the probe below in a child with no usable session bus and no display.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cv-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("CV_KEYSTORE_PROBE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("probeWithoutKeychain") });
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }

    void probeWithoutKeychain()
    {
        if (qEnvironmentVariableIsEmpty("CV_KEYSTORE_PROBE"))
            QSKIP("runs only as the child of unavailableKeychainIsReported");
        KeyStore store;
        const auto w = wait([&](auto cb) { store.write(QStringLiteral("k"), "v", this, cb); });
        QCOMPARE(w.status, KeyStoreStatus::Unavailable);
        QVERIFY(!w.detail.isEmpty());
    }
};

CV_TEST_CORE_MAIN(TestKeyStore)
#include "tst_keystore.moc"
