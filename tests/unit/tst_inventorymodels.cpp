// The Inventory models over a real cache: each one under QAbstractItemModelTester, the product list's
// status wording and search, and the speed of a large product (500 items, 200 parameters).
#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "models/inventory/actionsmodel.h"
#include "models/inventory/itemsmodel.h"
#include "models/inventory/parametersmodel.h"
#include "models/inventory/productlistmodel.h"
#include "models/inventory/templatesmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace cv;

namespace {

const QString kBig = QStringLiteral("PRD-100-000-001");

QJsonObject product(const QString &id, const QString &name, const QString &status, int version, const QString &updated)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name }, { QStringLiteral("status"), status },
        { QStringLiteral("version"), version },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("versions"), status == QLatin1String("published") ? version : 0 } } },
        { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("updated"), QJsonObject { { QStringLiteral("at"), updated } } } } } };
}

} // namespace

class TestInventoryModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        m_db = std::move(opened).value();
        m_objects = std::make_unique<store::ObjectRepository>(*m_db);

        QVERIFY(m_db->transaction());
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            product(kBig, QStringLiteral("Big Product"), QStringLiteral("published"), 3,
                QStringLiteral("2024-03-01T10:00:00+00:00"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            product(QStringLiteral("PRD-200-000-002"), QStringLiteral("Connect Web Conference Software"),
                QStringLiteral("draft"), 1, QStringLiteral("2024-04-01T10:00:00+00:00"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            product(QStringLiteral("PRD-300-000-003"), QStringLiteral("100%_Off Cloud"), QStringLiteral("draft"), 1,
                QStringLiteral("2024-02-01T10:00:00+00:00"))));
        for (int i = 0; i < 500; ++i) {
            QJsonObject item { { QStringLiteral("id"),
                                   QStringLiteral("%1-%2").arg(kBig).arg(i, 4, 10, QLatin1Char('0')) },
                { QStringLiteral("name"), QStringLiteral("SKU %1").arg(i) },
                { QStringLiteral("mpn"), QStringLiteral("MPN-%1").arg(i, 4, 10, QLatin1Char('0')) },
                { QStringLiteral("type"), i % 2 ? QStringLiteral("ppu") : QStringLiteral("reservation") },
                { QStringLiteral("period"), QStringLiteral("monthly") },
                { QStringLiteral("status"), i < 10 ? QStringLiteral("published") : QStringLiteral("draft") },
                { QStringLiteral("unit"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("users") },
                        { QStringLiteral("title"), QStringLiteral("Users") } } } };
            QVERIFY(m_objects->putServer(QStringLiteral("items"), kBig, item));
        }
        for (int i = 0; i < 200; ++i) {
            QJsonObject parameter { { QStringLiteral("id"), QStringLiteral("PRM-%1").arg(i, 4, 10, QLatin1Char('0')) },
                { QStringLiteral("name"), QStringLiteral("param_%1").arg(i) },
                { QStringLiteral("title"), QStringLiteral("Parameter %1").arg(i) },
                { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("phase"), i % 3 ? QStringLiteral("ordering") : QStringLiteral("fulfillment") },
                { QStringLiteral("scope"), QStringLiteral("asset") }, { QStringLiteral("position"), 200 - i },
                { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), i % 2 == 0 } } } };
            QVERIFY(m_objects->putServer(QStringLiteral("parameters"), kBig, parameter));
        }
        QVERIFY(m_objects->putServer(QStringLiteral("templates"), kBig,
            { { QStringLiteral("id"), QStringLiteral("TL-1") },
                { QStringLiteral("name"), QStringLiteral("Default Activation Template") },
                { QStringLiteral("scope"), QStringLiteral("asset") },
                { QStringLiteral("type"), QStringLiteral("fulfillment") },
                { QStringLiteral("body"), QStringLiteral("Hello {{ param_1 }}") } }));
        QVERIFY(m_objects->putServer(QStringLiteral("templates"), kBig,
            { { QStringLiteral("id"), QStringLiteral("TL-2") }, { QStringLiteral("name"), QStringLiteral("Inquire") },
                { QStringLiteral("scope"), QStringLiteral("asset") },
                { QStringLiteral("type"), QStringLiteral("inquire") } }));
        QVERIFY(m_objects->putServer(QStringLiteral("templates"), kBig,
            { { QStringLiteral("id"), QStringLiteral("TL-3") },
                { QStringLiteral("name"), QStringLiteral("Tier template") },
                { QStringLiteral("scope"), QStringLiteral("tier1") } }));
        QVERIFY(m_objects->putServer(QStringLiteral("actions"), kBig,
            { { QStringLiteral("id"), QStringLiteral("ACT-1") }, { QStringLiteral("action"), QStringLiteral("sso") },
                { QStringLiteral("name"), QStringLiteral("Open portal") },
                { QStringLiteral("scope"), QStringLiteral("asset") },
                { QStringLiteral("description"), QStringLiteral("Single sign-on") } }));
        QVERIFY(m_db->commit());
    }

    void productList()
    {
        models::ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(m_objects.get());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(models::ProductListModel::ColumnCount));
        // Newest first by default.
        QCOMPARE(model.productIdAt(0), QStringLiteral("PRD-200-000-002"));
        const int big = model.rowOf(kBig);
        QVERIFY(big >= 0);
        QCOMPARE(model.index(big, models::ProductListModel::StatusColumn).data().toString(), QStringLiteral("v3"));
        QCOMPARE(
            model.index(big, 0).data(models::ProductListModel::StatusRole).toString(), QStringLiteral("published"));
        QCOMPARE(model.index(big, 0).data(models::ProductListModel::VersionRole).toInt(), 3);
        QCOMPARE(
            model.index(0, models::ProductListModel::StatusColumn).data().toString(), QStringLiteral("Unpublished"));
        QVERIFY(model.index(0, 0).data(models::ProductListModel::UpdatedRole).toDateTime().isValid());

        model.setStatusLabels(QStringLiteral("Draft!"), QStringLiteral("version %1"));
        QCOMPARE(
            model.index(big, models::ProductListModel::StatusColumn).data().toString(), QStringLiteral("version 3"));

        model.sort(models::ProductListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("100%_Off Cloud"));

        model.setFilterText(QStringLiteral("web conf"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QStringLiteral("300-000"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.productIdAt(0), QStringLiteral("PRD-300-000-003"));
        // LIKE wildcards typed by the user are literal.
        model.setFilterText(QStringLiteral("%_"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QStringLiteral("_"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 3);
        model.setRepository(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void items()
    {
        models::ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(m_objects.get());
        model.setHeaderLabels({ QStringLiteral("Name"), QStringLiteral("MPN") });
        QElapsedTimer timer;
        timer.start();
        model.reload(kBig);
        qInfo("items: reload of 500 in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("MPN"));
        QCOMPARE(model.index(0, models::ItemsModel::MpnColumn).data().toString(), QStringLiteral("MPN-0000"));
        QCOMPARE(model.index(1, models::ItemsModel::TypeColumn).data(models::ItemsModel::RawValueRole).toString(),
            QStringLiteral("ppu"));
        QCOMPARE(model.index(0, models::ItemsModel::UnitColumn).data().toString(), QStringLiteral("Users"));
        QCOMPARE(model.index(0, models::ItemsModel::UnitColumn).data(models::ItemsModel::RawValueRole).toString(),
            QStringLiteral("users"));
        QCOMPARE(model.index(0, 0).data(models::ItemsModel::StatusRole).toString(), QStringLiteral("published"));

        timer.restart();
        model.setFilterText(QStringLiteral("MPN-04"));
        qInfo("items: filter of 500 in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 100);
        // Scroll through every cell, as a view would.
        timer.restart();
        model.setFilterText(QString());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.index(row, column).data();
        }
        qInfo("items: reload + reading every cell in %lld ms", timer.elapsed());
        model.reload(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void parameters()
    {
        models::ParametersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(m_objects.get());
        QElapsedTimer timer;
        timer.start();
        model.reload(kBig);
        qInfo("parameters: reload of 200 in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 200);
        // Ordered by position (the last inserted has the lowest).
        QCOMPARE(model.index(0, models::ParametersModel::NameColumn).data().toString(), QStringLiteral("param_199"));
        QCOMPARE(model.index(0, models::ParametersModel::RequiredColumn)
                     .data(models::ParametersModel::RawValueRole)
                     .toBool(),
            false);
        QCOMPARE(
            model.index(199, models::ParametersModel::PhaseColumn).data().toString(), QStringLiteral("fulfillment"));
        timer.restart();
        model.setFilterText(QStringLiteral("param_1"));
        qInfo("parameters: filter of 200 in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 111); // 1, 10-19, 100-199
    }

    void templatesAndActions()
    {
        models::TemplatesModel templates;
        QAbstractItemModelTester tester(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        templates.setRepository(m_objects.get());
        templates.reload(kBig);
        QCOMPARE(templates.rowCount(), 3);
        QCOMPARE(
            templates.index(0, models::TemplatesModel::TypeColumn).data().toString(), QStringLiteral("fulfillment"));
        QCOMPARE(templates.index(2, models::TemplatesModel::ScopeColumn).data().toString(), QStringLiteral("tier1"));
        QCOMPARE(templates.idAt(1), QStringLiteral("TL-2"));

        models::ActionsModel actions;
        QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.setRepository(m_objects.get());
        actions.reload(kBig);
        QCOMPARE(actions.rowCount(), 1);
        QCOMPARE(actions.index(0, models::ActionsModel::ActionColumn).data().toString(), QStringLiteral("sso"));
        QCOMPARE(actions.rowOf(QStringLiteral("ACT-1")), 0);
        actions.setFilterText(QStringLiteral("nothing"));
        QCOMPARE(actions.rowCount(), 0);
    }

    void productListSpeed()
    {
        // Many products: the list and its search stay SQL-side.
        QVERIFY(m_db->transaction());
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
                product(QStringLiteral("PRD-9%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Product %1").arg(i),
                    QStringLiteral("draft"), 1, QStringLiteral("2023-01-01T00:00:00+00:00"))));
        }
        QVERIFY(m_db->commit());
        models::ProductListModel model;
        QElapsedTimer timer;
        timer.start();
        model.setRepository(m_objects.get());
        qInfo("products: reload of %d in %lld ms", model.rowCount(), timer.elapsed());
        QCOMPARE(model.rowCount(), 1003);
        timer.restart();
        model.setFilterText(QStringLiteral("Product 99"));
        qInfo("products: filter in %lld ms (%d rows)", timer.elapsed(), model.rowCount());
        QCOMPARE(model.rowCount(), 11);
    }
};

CV_TEST_CORE_MAIN(TestInventoryModels)
#include "tst_inventorymodels.moc"
