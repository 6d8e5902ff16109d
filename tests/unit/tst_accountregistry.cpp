#include "testmain.h"

#include "app/accounts/accountregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cv::accounts;

namespace {
Account makeAccount(const QString &id, const QString &endpoint = QStringLiteral("https://api.example.test/public/v1"))
{
    Account account;
    account.id = id;
    account.name = QStringLiteral("Account ") + id;
    account.type = QStringLiteral("vendor");
    account.endpoint = endpoint;
    return account;
}
} // namespace

class TestAccountRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addSwitchRemovePersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        {
            AccountRegistry registry(path);
            QVERIFY(registry.isEmpty());
            QVERIFY(!registry.current().isValid());
            QSignalSpy current(&registry, &AccountRegistry::currentChanged);
            QVERIFY(registry.addOrUpdate(makeAccount(QStringLiteral("VA-1"))));
            QVERIFY(registry.addOrUpdate(makeAccount(QStringLiteral("VA-2"))));
            QCOMPARE(current.count(), 2);
            QCOMPARE(registry.current().id, QStringLiteral("VA-2"));
            QVERIFY(registry.setCurrent(makeAccount(QStringLiteral("VA-1")).keychainKey()));
            QVERIFY(!registry.setCurrent(QStringLiteral("nope")));
        }
        AccountRegistry reloaded(path);
        QCOMPARE(reloaded.accounts().size(), 2);
        QCOMPARE(reloaded.current().id, QStringLiteral("VA-1"));
        QVERIFY(reloaded.remove(reloaded.current().keychainKey()));
        QCOMPARE(reloaded.current().id, QStringLiteral("VA-2"));
        QVERIFY(!reloaded.remove(QStringLiteral("nope")));
    }

    /// A name Connect reports after a rename is kept, survives a restart, and leaves the open account open (no
    /// currentChanged: that would restart its session). The user's own label still wins for display.
    void setNameKeepsTheAccountOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        const Account account = makeAccount(QStringLiteral("VA-1"));
        {
            AccountRegistry registry(path);
            QVERIFY(registry.addOrUpdate(account));
            QSignalSpy current(&registry, &AccountRegistry::currentChanged);
            QSignalSpy changed(&registry, &AccountRegistry::accountsChanged);
            QVERIFY(registry.setName(account.keychainKey(), QStringLiteral("Renamed on Connect")));
            QCOMPARE(current.count(), 0);
            QCOMPARE(changed.count(), 1);
            QVERIFY(registry.setName(account.keychainKey(), QStringLiteral("Renamed on Connect")));
            QCOMPARE(changed.count(), 1); // the same name again changes nothing
            QVERIFY(!registry.setName(QStringLiteral("nope"), QStringLiteral("x")));
        }
        AccountRegistry reloaded(path);
        QCOMPARE(reloaded.current().name, QStringLiteral("Renamed on Connect"));
        QCOMPARE(reloaded.current().id, QStringLiteral("VA-1"));
    }

    void sameIdOnTwoEndpointsAreTwoAccounts()
    {
        QTemporaryDir dir;
        AccountRegistry registry(dir.filePath(QStringLiteral("a.json")));
        registry.addOrUpdate(makeAccount(QStringLiteral("VA-1"), QStringLiteral("https://one.test/public/v1")));
        registry.addOrUpdate(makeAccount(QStringLiteral("VA-1"), QStringLiteral("https://two.test/public/v1")));
        QCOMPARE(registry.accounts().size(), 2);
        Account renamed = makeAccount(QStringLiteral("VA-1"), QStringLiteral("https://two.test/public/v1"));
        renamed.name = QStringLiteral("Renamed");
        registry.addOrUpdate(renamed);
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.current().name, QStringLiteral("Renamed"));
    }

    void malformedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"accounts\": [ {\"id\": ");
        file.close();
        AccountRegistry registry(path);
        QVERIFY(registry.isEmpty());
        QVERIFY2(registry.loadError().contains(path), qPrintable(registry.loadError()));
        QVERIFY(registry.loadError().contains(QStringLiteral("offset")));
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));
    }

    // Issue 17, point 3: valid JSON of the wrong shape said "(no error occurred at offset 0)".
    void wrongShapeSaysWhatWasFound_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("found");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("an array");
        QTest::newRow("string") << QByteArray("\"accounts\"") << QStringLiteral("a string");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("a number");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("an empty file");
    }

    void wrongShapeSaysWhatWasFound()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, found);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        AccountRegistry registry(path);
        QVERIFY(registry.isEmpty());
        const QString error = registry.loadError();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("no error occurred")), qPrintable(error));
        QVERIFY2(error.contains(found) && error.contains(QStringLiteral("\"accounts\"")), qPrintable(error));
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));
    }

    void fileHoldsNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        AccountRegistry registry(path);
        registry.addOrUpdate(makeAccount(QStringLiteral("VA-9")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("VA-9"));
        QVERIFY(!text.contains("SU-"));
        QVERIFY(!text.toLower().contains("apikey"));
    }
};

CV_TEST_CORE_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
