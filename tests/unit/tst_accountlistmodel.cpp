#include "testmain.h"

#include "app/accounts/accountregistry.h"
#include "models/accounts/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace cv;

class TestAccountListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRegistry()
    {
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        models::AccountListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        accounts::Account a;
        a.id = QStringLiteral("VA-1");
        a.name = QStringLiteral("Alpha");
        a.type = QStringLiteral("vendor");
        a.endpoint = QStringLiteral("https://a.test/public/v1");
        accounts::Account b = a;
        b.id = QStringLiteral("VA-2");
        b.name = QString(); // unnamed accounts show their id
        registry.addOrUpdate(a);
        registry.addOrUpdate(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("VA-2"));
        QVERIFY(model.index(1).data(models::AccountListModel::IsCurrentRole).toBool());
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        registry.setCurrent(a.keychainKey());
        QVERIFY(model.index(0).data(models::AccountListModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(1).data(models::AccountListModel::IsCurrentRole).toBool());
        QCOMPARE(model.index(0).data(models::AccountListModel::KeychainKeyRole).toString(), a.keychainKey());

        registry.remove(a.keychainKey());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(models::AccountListModel::IsCurrentRole).toBool());
    }
};

CV_TEST_CORE_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
