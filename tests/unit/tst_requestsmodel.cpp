// The requests table over a real cache of 100,000 requests: QAbstractItemModelTester, filters (type,
// status, environment, assignee, product, created range, search), counts per status, SQL-side sorting and
// paging, next/previous pending request. Prints the time of a filter + sort + first page.
#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/requeststore.h"
#include "models/fulfillment/requestsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cv;
using models::RequestsModel;

namespace {

constexpr int kRows = 100000;
const QStringList kTypes { QStringLiteral("purchase"), QStringLiteral("change"), QStringLiteral("suspend"),
    QStringLiteral("resume"), QStringLiteral("cancel") };
const QStringList kStatuses { QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("failed"),
    QStringLiteral("inquiring") };
const QStringList kEnvironments { QStringLiteral("production"), QStringLiteral("test"), QStringLiteral("preview") };

QString idOf(int i)
{
    return QStringLiteral("PR-%1-%2").arg(i / 1000, 4, 10, QLatin1Char('0')).arg(i % 1000, 4, 10, QLatin1Char('0'));
}

QJsonObject request(int i)
{
    const QString created = QDateTime(QDate(2025, 1, 1).addDays(i % 365), QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
    const QString product = QStringLiteral("PRD-%1").arg(i % 7);
    QJsonObject assignee;
    if (i % 3 == 0)
        assignee = { { QStringLiteral("id"), QStringLiteral("UR-%1").arg(i % 2) },
            { QStringLiteral("name"), i % 2 ? QStringLiteral("Bob") : QStringLiteral("Ann") } };
    return { { QStringLiteral("id"), idOf(i) }, { QStringLiteral("type"), kTypes.at(i % kTypes.size()) },
        { QStringLiteral("status"), kStatuses.at(i % kStatuses.size()) }, { QStringLiteral("created"), created },
        { QStringLiteral("updated"), created },
        { QStringLiteral("assignee"), i % 3 == 0 ? QJsonValue(assignee) : QJsonValue(QString()) },
        { QStringLiteral("marketplace"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Worldwide") } } },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-%1").arg(i) },
                { QStringLiteral("product"),
                    QJsonObject { { QStringLiteral("id"), product },
                        { QStringLiteral("name"), QStringLiteral("Product %1").arg(i % 7) } } },
                { QStringLiteral("connection"),
                    QJsonObject { { QStringLiteral("type"), kEnvironments.at(i % kEnvironments.size()) } } },
                { QStringLiteral("tiers"),
                    QJsonObject { { QStringLiteral("customer"),
                        QJsonObject {
                            { QStringLiteral("name"), QStringLiteral("Customer %1").arg(i % 1000) } } } } } } } };
}

int expected(const std::function<bool(int)> &match)
{
    int n = 0;
    for (int i = 0; i < kRows; ++i)
        n += match(i) ? 1 : 0;
    return n;
}

} // namespace

class TestRequestsModel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened);
        m_db = std::move(opened).value();
        store::ObjectRepository objects(*m_db);
        QElapsedTimer timer;
        timer.start();
        store::CacheDatabase::Transaction transaction(*m_db);
        for (int i = 0; i < kRows; ++i)
            QVERIFY(objects.putServer(QStringLiteral("requests"), {}, request(i)));
        QVERIFY(transaction.commit());
        qInfo("inserted %d requests in %lld ms", kRows, timer.elapsed());
    }

    void wholeTable()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.columnCount(), int(RequestsModel::ColumnCount));
        qint64 total = 0;
        for (qint64 n : model.statusCounts())
            total += n;
        QCOMPARE(total, qint64(kRows));
        // Default order: updated descending; the last row is reachable without reading the others.
        const QString first
            = model.data(model.index(0, RequestsModel::UpdatedColumn), RequestsModel::SortRole).toString();
        const QString last
            = model.data(model.index(kRows - 1, RequestsModel::UpdatedColumn), RequestsModel::SortRole).toString();
        QVERIFY(first >= last);
        QVERIFY(!model.requestIdAt(kRows - 1).isEmpty());
        QVERIFY(model.requestIdAt(kRows).isEmpty());
    }

    void filtersSortAndPage()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QSignalSpy counts(&model, &RequestsModel::statusCountsChanged);

        QElapsedTimer timer;
        timer.start();
        RequestsModel::Filter filter;
        filter.types = { QStringLiteral("purchase"), QStringLiteral("change") };
        filter.statuses = { QStringLiteral("pending") };
        filter.environments = { QStringLiteral("production") };
        model.setFilter(filter);
        model.sort(RequestsModel::CustomerColumn, Qt::AscendingOrder);
        const QString firstId = model.requestIdAt(0);
        qInfo("filter + sort + first page of 100,000 requests: %lld ms (%d rows)", timer.elapsed(), model.rowCount());

        const int n = expected([](int i) { return i % 5 < 2 && i % 4 == 0 && i % 3 == 0; });
        QCOMPARE(model.rowCount(), n);
        QVERIFY(!firstId.isEmpty());
        QCOMPARE(model.data(model.index(0, RequestsModel::CustomerColumn)).toString(), QStringLiteral("Customer 0"));
        QCOMPARE(counts.size(), 1);
        // Counts per status ignore the status filter but keep the others.
        QCOMPARE(model.statusCounts().value(QStringLiteral("approved")),
            qint64(expected([](int i) { return i % 5 < 2 && i % 4 == 1 && i % 3 == 0; })));
        for (int row = 0; row < model.rowCount(); row += 97) {
            QCOMPARE(model.data(model.index(row, RequestsModel::StatusColumn), RequestsModel::StatusRole).toString(),
                QStringLiteral("pending"));
            QCOMPARE(model.data(model.index(row, RequestsModel::EnvironmentColumn), RequestsModel::EnvironmentRole)
                         .toString(),
                QStringLiteral("production"));
        }
        // Sorted across page boundaries.
        QString previous;
        for (int row = 0; row < qMin(model.rowCount(), 3 * RequestsModel::PageSize); ++row) {
            const QString customer
                = model.data(model.index(row, RequestsModel::CustomerColumn), RequestsModel::SortRole).toString();
            QVERIFY(previous <= customer);
            previous = customer;
        }

        filter = {};
        filter.search = QStringLiteral("PR-0042-0017");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.requestIdAt(0), QStringLiteral("PR-0042-0017"));

        filter = {};
        filter.search = QStringLiteral("customer 999");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kRows / 1000);

        // Any part of an id (FTS5 trigram index), and text too short for it (the columns' indexes).
        filter.search = QStringLiteral("0042-001");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.statusCounts().value(QStringLiteral("pending")),
            qint64(expected([](int i) { return i >= 42010 && i <= 42019 && i % 4 == 0; })));
        // 1 or 2 characters: the start of the id, customer or product name, any case.
        filter.search = QStringLiteral("pr");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kRows);
        filter.search = QStringLiteral("9");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);

        filter = {};
        filter.productId = QStringLiteral("PRD-3");
        filter.assignee = QStringLiteral("Ann");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected([](int i) { return i % 7 == 3 && i % 3 == 0 && i % 2 == 0; }));

        filter.assignee = RequestsModel::unassignedFilter();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected([](int i) { return i % 7 == 3 && i % 3 != 0; }));

        filter = {};
        filter.createdFrom = QDate(2025, 1, 1);
        filter.createdTo = QDate(2025, 1, 10);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected([](int i) { return i % 365 < 10; }));

        QCOMPARE(model.products().size(), 7);
        QCOMPARE(model.assignees(), (QStringList { QStringLiteral("Ann"), QStringLiteral("Bob") }));
    }

    // Every query the Fulfillment table runs for a filter and an order (counts, a page, the choices, rowOf,
    // adjacent; as RequestStore builds them) walks an index, none scans the requests table (issue 12, point 2);
    // search goes through the FTS5 index (3 characters or more) or the columns' indexes (fewer); an unfiltered
    // page reads in index order without sorting, whatever the column.
    void everyQueryUsesAnIndex()
    {
        store::RequestStore requests(*m_db);
        QList<store::RequestFilter> filters { {} };
        store::RequestFilter f;
        f.statuses = QStringList { QStringLiteral("pending") };
        filters << f;
        f = {};
        f.types = QStringList { QStringLiteral("purchase"), QStringLiteral("change") };
        filters << f;
        f = {};
        f.environments = QStringList { QStringLiteral("test") };
        filters << f;
        f = {};
        f.assignee = QStringLiteral("Ann");
        filters << f;
        f = {};
        f.productId = QStringLiteral("PRD-1");
        filters << f;
        f = {};
        f.createdFrom = QDate(2025, 3, 1);
        f.createdTo = QDate(2025, 3, 31);
        filters << f;
        f = {};
        f.search = QStringLiteral("0042-00");
        filters << f;
        f.statuses = QStringList { QStringLiteral("pending") };
        filters << f;
        f = {};
        f.search = QStringLiteral("7");
        filters << f;
        const QRegularExpression tableScan(QStringLiteral("^SCAN requests( |$)"));
        for (const store::RequestFilter &filter : std::as_const(filters)) {
            for (int field = 0; field < store::RequestFieldCount; ++field) {
                for (bool ascending : { true, false }) {
                    const store::RequestOrder order { store::RequestField(field), ascending };
                    const QList<QStringList> plans = requests.queryPlans(filter, order);
                    QCOMPARE(plans.size(), 6);
                    for (const QStringList &plan : plans) {
                        QVERIFY(!plan.isEmpty());
                        for (const QString &line : plan) {
                            const bool fullScan = line.contains(tableScan) && !line.contains(QLatin1String("INDEX"));
                            QVERIFY2(!fullScan,
                                qPrintable(QStringLiteral("%1 / %2: %3")
                                               .arg(field)
                                               .arg(ascending)
                                               .arg(plan.join(QLatin1String("; ")))));
                        }
                    }
                    if (!filter.search.isEmpty()) {
                        const QString where = plans.at(1).join(QLatin1String("; "));
                        // 3 characters or more: the matches the store found once in the FTS index (requests_search)
                        // and keeps in its temporary table until the search or the cache changes.
                        QVERIFY2(where.contains(filter.search.size() >= 3 ? QLatin1String("requests_hits_")
                                                                          : QLatin1String("requests_live_customer")),
                            qPrintable(where));
                    }
                    if (filter == store::RequestFilter()) {
                        const QString page = plans.at(1).join(QLatin1String("; "));
                        QVERIFY2(page.contains(QLatin1String("requests_live_"))
                                && !page.contains(QLatin1String("TEMP B-TREE")),
                            qPrintable(page));
                    }
                }
            }
        }
    }

    /// rowOf (used to keep the selection when a sync moves rows) agrees with the rows the model shows, for
    /// every sort column in both directions, NULLs included, and says -1 for a request the filter leaves out.
    void rowOfAgreesWithTheRowsShown()
    {
        RequestsModel model;
        model.setDatabase(m_db.get());
        RequestsModel::Filter filter;
        filter.productId = QStringLiteral("PRD-1");
        model.setFilter(filter);
        for (int column = 0; column < RequestsModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                model.sort(column, order);
                const int count = model.rowCount();
                QVERIFY(count > 10);
                for (int row : { 0, 1, count / 3, count / 2, count - 2, count - 1 }) {
                    const QString id = model.requestIdAt(row);
                    QVERIFY2(model.rowOf(id) == row,
                        qPrintable(QStringLiteral("column %1 order %2: %3 is at row %4, rowOf says %5")
                                       .arg(column)
                                       .arg(int(order))
                                       .arg(id)
                                       .arg(row)
                                       .arg(model.rowOf(id))));
                }
            }
        }
        QCOMPARE(model.rowOf(idOf(2)), -1); // PRD-1 is i % 7 == 1
    }

    void adjacentPending()
    {
        RequestsModel model;
        model.setDatabase(m_db.get());
        RequestsModel::Filter filter;
        filter.productId = QStringLiteral("PRD-1");
        model.setFilter(filter);
        model.sort(RequestsModel::IdColumn, Qt::AscendingOrder);
        // Pending = i % 4 == 0, PRD-1 = i % 7 == 1: i = 8, 36, 64, ...
        const QString next = model.adjacentRequest(idOf(8), true, QStringLiteral("pending"));
        QCOMPARE(next, idOf(36));
        QCOMPARE(model.adjacentRequest(idOf(36), false, QStringLiteral("pending")), idOf(8));
        QCOMPARE(model.adjacentRequest(idOf(8), false, QStringLiteral("pending")), QString());
        QCOMPARE(model.rowOf(idOf(36)), 5); // i = 1, 8, 15, 22, 29, 36
        model.sort(RequestsModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.adjacentRequest(idOf(36), true, QStringLiteral("pending")), idOf(8));
        // Sorting by a column with NULLs (assignee, ascending: NULLs first) walks the rows in table order,
        // across the NULL/non-NULL boundary too.
        model.sort(RequestsModel::AssigneeColumn, Qt::AscendingOrder);
        const int unassigned = expected([](int i) { return i % 7 == 1 && i % 3 != 0; });
        for (int row : { 0, 1, unassigned - 2, unassigned - 1, unassigned, model.rowCount() - 2 }) {
            QCOMPARE(model.adjacentRequest(model.requestIdAt(row), true, {}), model.requestIdAt(row + 1));
            QCOMPARE(model.adjacentRequest(model.requestIdAt(row + 1), false, {}), model.requestIdAt(row));
        }
        QCOMPARE(model.adjacentRequest(model.requestIdAt(model.rowCount() - 1), true, {}), QString());
    }
};

CV_TEST_CORE_MAIN(TestRequestsModel)
#include "tst_requestsmodel.moc"
