// cv-bench-palette CACHE_FILE [REPEAT]: the command palette's search (issue 18 point 5: within 50 ms at 100,000
// requests) on a real cache file, timed the way the palette runs it on each key: ui::PaletteModel::setText (the
// store's GlobalSearch over every kind, 5 per kind, and the commands) on the GUI thread. The queries are taken
// from the cache: an exact request id, an id prefix, a customer's name, a customer's e-mail, a word of a product
// name that thousands of requests hold, a command name, 1 and 2 characters. Prints p50/p95 per query and over
// all of them; asserts nothing. Used by packaging/bench-palette.sh. Opening the file migrates it to the latest
// schema: run it on a copy when the original must stay as it is.
#include "app/store/cachedatabase.h"
#include "app/store/globalsearch.h"
#include "ui/shell/commandpalette.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

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
    QCoreApplication app(argc, argv);
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
    const QString email = one(db,
        QStringLiteral("SELECT json_extract(json, '$.contact_info.contact.email') FROM tier_accounts WHERE "
                       "json_extract(json, '$.contact_info.contact.email') IS NOT NULL ORDER BY rowid DESC LIMIT 1"));
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
    QList<double> all;
    for (const Case &c : cases) {
        QList<double> samples;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setText(c.text);
            samples << double(timer.nsecsElapsed()) / 1e6;
        }
        all << samples;
        const QString shown = c.text.size() > 28 ? c.text.left(27) + QStringLiteral("…") : c.text;
        std::printf("%-26s %-30s p50 %6.1f ms  p95 %6.1f ms  (%d rows, first: %s)\n", qPrintable(c.label),
            qPrintable(QStringLiteral("\"%1\"").arg(shown)), percentile(samples, 0.5), percentile(samples, 0.95),
            model.rowCount(),
            qPrintable(model.rowCount() ? model.entry(0).kindLabel + QLatin1Char(' ')
                        + (model.entry(0).id.isEmpty() ? model.entry(0).title : model.entry(0).id)
                                        : QStringLiteral("-")));
    }
    std::printf("%-57s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", "all queries", percentile(all, 0.5),
        percentile(all, 0.95), percentile(all, 1.0));
    return 0;
}
