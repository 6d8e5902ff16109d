// cv-bench-palette CACHE_FILE [REPEAT]: the command palette's search (issue 18 point 5: within 50 ms at 100,000
// requests) on a real cache file, timed the way the palette runs it on each key: ui::PaletteModel::setText (the
// store's GlobalSearch over every kind, 5 per kind, and the commands) on the GUI thread. The queries are taken
// from the cache: an exact request id, an id prefix, a customer's name, a customer's e-mail, a word of a product
// name that thousands of requests hold, a command name, 1 and 2 characters. Prints p50/p95 per query and over
// all of them, wall time and the thread's CPU time (the figure that does not depend on other work on the machine);
// asserts nothing. Used by packaging/bench-palette.sh. Opening the file migrates it to the latest
// schema: run it on a copy when the original must stay as it is.
#include "app/store/cachedatabase.h"
#include "app/store/globalsearch.h"
#include "ui/shell/commandpalette.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cv;

namespace {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype at = std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size() - 1) + 0.5));
    return samples.at(at);
}

/// CPU time of this thread: what a query costs on a machine busy with other work (wall time waits for a core).
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString one(store::CacheDatabase &db, const QString &sql)
{
    QSqlQuery query(db.db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

int main(int argc, char *argv[])
{
    // The commands' shortcuts are words of the platform (QKeySequence::NativeText): a GUI application, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: cv-bench-palette CACHE_FILE [REPEAT]\n");
        return 2;
    }
    const int repeat = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 20;
    auto opened = store::CacheDatabase::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "cv-bench-palette: %s\n", qPrintable(opened.error()));
        return 1;
    }
    store::CacheDatabase &db = *opened.value();
    const QString requests = one(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE deleted = 0"));
    // The middle request by rowid: neither the first nor the last written.
    const QString id = one(db,
        QStringLiteral("SELECT id FROM requests WHERE rowid = (SELECT (MIN(rowid) + MAX(rowid)) / 2 FROM requests)"));
    const QString customer = one(db,
        QStringLiteral(
            "SELECT customer FROM requests WHERE rowid = (SELECT (MIN(rowid) + MAX(rowid)) / 3 FROM requests)"));
    const QString email = one(
        db, QStringLiteral("SELECT email FROM tier_accounts WHERE email IS NOT NULL ORDER BY rowid DESC LIMIT 1"));
    const QString product = one(db,
        QStringLiteral("SELECT product_name FROM requests_counts GROUP BY product_name ORDER BY SUM(n) DESC LIMIT 1"));
    QString word = product.section(QLatin1Char(' '), -1);
    if (word.size() < 3)
        word = product;
    const qint64 wordMatches = one(db,
        QStringLiteral("SELECT COUNT(*) FROM requests_search WHERE requests_search MATCH '\"%1\"'")
            .arg(QString(word).replace(QLatin1Char('\''), QStringLiteral("''"))))
                                   .toLongLong();

    struct Case
    {
        QString label, text;
    };
    const QList<Case> cases {
        { QStringLiteral("exact request id"), id },
        { QStringLiteral("id prefix"), id.left(7) },
        { QStringLiteral("customer name"), customer },
        { QStringLiteral("e-mail"), email },
        { QStringLiteral("word in %1 requests").arg(wordMatches), word },
        { QStringLiteral("command name"), QStringLiteral("Go to Usage") },
        { QStringLiteral("approve + id"), QStringLiteral("approve ") + id },
        { QStringLiteral("1 character"), customer.left(1) },
        { QStringLiteral("2 characters"), customer.left(2) },
    };
    std::printf("cache: %s, %s live requests; %d runs per query (setText: store search + commands)\n",
        qPrintable(args.at(1)), qPrintable(requests), repeat);
    ui::PaletteModel model;
    model.setCache(&db);
    QList<double> all, allCpu;
    for (const Case &c : cases) {
        QList<double> samples, cpu;
        model.setText(c.text); // once before timing: the e-mails are read on the first e-mail (timed apart below)
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            model.setText(c.text);
            samples << double(timer.nsecsElapsed()) / 1e6;
            cpu << threadCpuMs() - cpuStart;
        }
        all << samples;
        allCpu << cpu;
        const QString shown = c.text.size() > 28 ? c.text.left(27) + QStringLiteral("…") : c.text;
        std::printf("%-26s %-30s p50 %6.1f ms  p95 %6.1f ms  cpu p50 %5.1f ms  (%d rows, first: %s)\n",
            qPrintable(c.label), qPrintable(QStringLiteral("\"%1\"").arg(shown)), percentile(samples, 0.5),
            percentile(samples, 0.95), percentile(cpu, 0.5), model.rowCount(),
            qPrintable(model.rowCount() ? model.entry(0).kindLabel + QLatin1Char(' ')
                        + (model.entry(0).id.isEmpty() ? model.entry(0).title : model.entry(0).id)
                                        : QStringLiteral("-")));
    }
    // The first e-mail after a sync reads the customers' addresses once (CustomerEmails).
    {
        QList<double> samples, cpu;
        for (int i = 0; i < repeat; ++i) {
            model.forgetReadData();
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            model.setText(email);
            samples << double(timer.nsecsElapsed()) / 1e6;
            cpu << threadCpuMs() - cpuStart;
        }
        std::printf("%-57s p50 %6.1f ms  p95 %6.1f ms  cpu p50 %5.1f ms  (once per sync; not in the figures below)\n",
            "e-mail, first after a sync", percentile(samples, 0.5), percentile(samples, 0.95), percentile(cpu, 0.5));
    }
    std::printf("%-57s p50 %6.1f ms  p95 %6.1f ms  cpu p50 %5.1f ms  cpu p95 %5.1f ms  max %6.1f ms\n", "all queries",
        percentile(all, 0.5), percentile(all, 0.95), percentile(allCpu, 0.5), percentile(allCpu, 0.95),
        percentile(all, 1.0));
    return 0;
}
