// cv-bench-ui CACHE_FILE [REPEAT]: the Fulfillment table's reads on a real cache file, timed the way the page
// runs them (through models::RequestsModel on the GUI thread: counts, the first screen of rows, the product and
// assignee choices). Prints p50/p95 of table open, every filter, every sort and a few searches. Used by
// packaging/bench-ui.sh; prints figures, asserts nothing. Opening the file migrates it to the latest schema
// (timed and printed apart): run it on a copy when the original must stay as it is.
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/requeststore.h"
#include "models/fulfillment/requestsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace cv;
using models::RequestsModel;

namespace {

constexpr int kScreenRows = 40; // rows a table shows at once

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype at = std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size() - 1) + 0.5));
    return samples.at(at);
}

/// What the table shows after a change: the count and the first screen of rows.
void readScreen(const RequestsModel &model)
{
    const int rows = std::min(model.rowCount(), kScreenRows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < RequestsModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
}

QList<double> timed(int repeat, const std::function<void()> &prepare, const std::function<void()> &run)
{
    QList<double> samples;
    for (int i = 0; i < repeat; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return samples;
}

void print(const QString &label, const QList<double> &samples, const QString &extra = {})
{
    std::printf("%-44s p50 %8.1f ms  p95 %8.1f ms%s\n", qPrintable(label), percentile(samples, 0.5),
        percentile(samples, 0.95), qPrintable(extra.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(extra)));
}

QString scalar(store::CacheDatabase &db, const QString &sql)
{
    QSqlQuery query(db.db());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: cv-bench-ui CACHE_FILE [REPEAT]\n");
        return 2;
    }
    const int repeat = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 20;

    QElapsedTimer timer;
    timer.start();
    auto opened = store::CacheDatabase::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "cv-bench-ui: %s\n", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<store::CacheDatabase> db = std::move(opened).value();
    std::printf("cache open (with any migration to v%d): %.1f ms\n", db->schemaVersion(), double(timer.elapsed()));
    std::printf("requests in the cache: %s\n",
        qPrintable(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE deleted = 0"))));

    // Table open: what the Fulfillment page does when the account's cache is attached.
    print(QStringLiteral("table open (counts, first screen, choices)"),
        timed(
            repeat, [] {},
            [&] {
                RequestsModel model;
                model.setDatabase(db.get());
                readScreen(model);
                (void)model.products();
                (void)model.assignees();
            }));

    RequestsModel model;
    model.setDatabase(db.get());
    const QList<QPair<QString, QString>> products = model.products();
    const QStringList assignees = model.assignees();
    const QString middleId = model.requestIdAt(model.rowCount() / 2);
    // The request page reads one whole object (its JSON, compressed from cache schema v6): a different request
    // each time, spread over the list. Timed in wall and in thread CPU time (a loaded machine inflates the first).
    {
        store::ObjectRepository objects(*db);
        const int count = model.rowCount();
        const int reads = std::max(repeat, 50);
        QStringList ids;
        for (int i = 0; i < reads; ++i)
            ids << model.requestIdAt(int((qint64(i) * 7919) % std::max(1, count)));
        QList<double> wall, cpu;
        for (const QString &id : std::as_const(ids)) {
            timespec before {}, after {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
            QElapsedTimer timer;
            timer.start();
            const auto object = objects.get(QStringLiteral("requests"), id);
            wall << double(timer.nsecsElapsed()) / 1e6;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
            cpu << double(after.tv_sec - before.tv_sec) * 1e3 + double(after.tv_nsec - before.tv_nsec) / 1e6;
            if (!object || object->json.isEmpty())
                std::fprintf(stderr, "cv-bench-ui: request %s not read\n", qPrintable(id));
        }
        print(QStringLiteral("read one request (detail view: JSON parsed)"), wall,
            QStringLiteral("CPU p50 %1 ms, p95 %2 ms")
                .arg(percentile(cpu, 0.5), 0, 'f', 2)
                .arg(percentile(cpu, 0.95), 0, 'f', 2));
    }
    const QString customer
        = model.data(model.index(model.rowCount() / 3, RequestsModel::CustomerColumn), RequestsModel::SortRole)
              .toString();
    const QString newest
        = model.data(model.index(0, RequestsModel::CreatedColumn), RequestsModel::SortRole).toString().left(10);

    QList<QPair<QString, RequestsModel::Filter>> filters;
    auto add = [&](const QString &label, const std::function<void(RequestsModel::Filter &)> &set) {
        RequestsModel::Filter f;
        set(f);
        filters.append({ label, f });
    };
    const QStringList statuses = model.statusCounts().keys();
    for (const QString &status : statuses)
        add(QStringLiteral("filter status=%1").arg(status), [&](auto &f) { f.statuses = { status }; });
    for (const char *type : { "purchase", "change", "suspend", "resume", "cancel" })
        add(QStringLiteral("filter type=%1").arg(QLatin1String(type)),
            [&](auto &f) { f.types = { QString::fromLatin1(type) }; });
    for (const char *environment : { "production", "test", "preview" })
        add(QStringLiteral("filter environment=%1").arg(QLatin1String(environment)),
            [&](auto &f) { f.environments = { QString::fromLatin1(environment) }; });
    if (!assignees.isEmpty())
        add(QStringLiteral("filter assignee=%1").arg(assignees.first()),
            [&](auto &f) { f.assignee = assignees.first(); });
    add(QStringLiteral("filter unassigned"), [&](auto &f) { f.assignee = RequestsModel::unassignedFilter(); });
    if (!products.isEmpty())
        add(QStringLiteral("filter product=%1").arg(products.first().first),
            [&](auto &f) { f.productId = products.first().first; });
    const QDate last = QDate::fromString(newest, Qt::ISODate);
    if (last.isValid())
        add(QStringLiteral("filter created last 30 days"), [&](auto &f) {
            f.createdFrom = last.addDays(-30);
            f.createdTo = last;
        });
    add(QStringLiteral("filter pending+purchase+production"), [&](auto &f) {
        f.statuses = { QStringLiteral("pending") };
        f.types = { QStringLiteral("purchase") };
        f.environments = { QStringLiteral("production") };
    });
    add(QStringLiteral("search id %1").arg(middleId), [&](auto &f) { f.search = middleId; });
    add(QStringLiteral("search id part %1").arg(middleId.right(6)), [&](auto &f) { f.search = middleId.right(6); });
    if (customer.size() > 6)
        add(QStringLiteral("search customer part '%1'").arg(customer.mid(2, 5)),
            [&](auto &f) { f.search = customer.mid(2, 5); });
    if (!products.isEmpty())
        add(QStringLiteral("search product part '%1'").arg(products.first().second.left(6)),
            [&](auto &f) { f.search = products.first().second.left(6); });
    add(QStringLiteral("search 2 characters 'ab'"), [&](auto &f) { f.search = QStringLiteral("ab"); });
    add(QStringLiteral("search 1 character '7'"), [&](auto &f) { f.search = QStringLiteral("7"); });
    add(QStringLiteral("search without a match"), [&](auto &f) { f.search = QStringLiteral("zzqxw"); });

    QList<double> all;
    for (const auto &[label, filter] : std::as_const(filters)) {
        int rows = 0;
        const QList<double> samples = timed(
            repeat,
            [&] {
                // A new store each time: a search is timed as typed the first time, without the matches a store
                // keeps from the same search before (RequestStore::matchSearch).
                model.setDatabase(db.get());
                model.setFilter({});
            },
            [&] {
                model.setFilter(filter);
                readScreen(model);
                rows = model.rowCount();
            });
        all << samples;
        print(label, samples, QStringLiteral("%1 rows").arg(rows));
    }
    model.setFilter({});
    for (int column = 0; column < RequestsModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QList<double> samples = timed(
                repeat,
                [&] {
                    model.sort(
                        column == RequestsModel::UpdatedColumn ? RequestsModel::IdColumn : RequestsModel::UpdatedColumn,
                        Qt::DescendingOrder);
                },
                [&] {
                    model.sort(column, order);
                    readScreen(model);
                });
            all << samples;
            print(QStringLiteral("sort %1 %2")
                      .arg(store::RequestStore::column(store::RequestField(column)),
                          order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                samples);
        }
    }
    // Scrolling: a screen in the middle of the sorted list (a page the model has not read yet).
    model.sort(RequestsModel::CustomerColumn, Qt::AscendingOrder);
    const QList<double> scroll = timed(
        repeat,
        [&] {
            // Sorting again drops the pages read so far.
            model.sort(RequestsModel::IdColumn, Qt::AscendingOrder);
            model.sort(RequestsModel::CustomerColumn, Qt::AscendingOrder);
        },
        [&] {
            const int middle = model.rowCount() / 2;
            for (int row = middle; row < std::min(model.rowCount(), middle + kScreenRows); ++row)
                (void)model.data(model.index(row, RequestsModel::IdColumn));
        });
    print(QStringLiteral("scroll to the middle, sorted by customer"), scroll);
    all << scroll;
    std::printf("%-44s p50 %8.1f ms  p95 %8.1f ms  (max %.1f ms)\n", "every filter, sort and search",
        percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1.0));
    return 0;
}
