#include "app/cli/synccommands.h"

#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/api/apiclient.h"
#include "app/api/listjob.h"
#include "app/api/rqlquery.h"
#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/cli/syncprogress.h"
#include "app/core/appinfo.h"
#include "app/core/datapaths.h"
#include "app/reports/reportjob.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"
#include "app/sync/puller.h"
#include "app/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <functional>
#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace cv::cli {

namespace {

/// The account named by --account, else the current one; prints why when there is none.
std::optional<accounts::Account> chooseAccount(
    const QCommandLineParser &parser, const accounts::AccountRegistry &registry)
{
    if (!registry.loadError().isEmpty()) {
        printError(registry.loadError());
        return std::nullopt;
    }
    if (!registry.loadWarning().isEmpty())
        printError(QStringLiteral("warning: %1").arg(registry.loadWarning()));
    const QString wanted = parser.value(QStringLiteral("account"));
    if (wanted.isEmpty()) {
        if (registry.current().isValid())
            return registry.current();
        printError(QStringLiteral("no account: add one with '%1 account add'").arg(core::AppInfo::executableName()));
        return std::nullopt;
    }
    for (const accounts::Account &account : registry.accounts()) {
        if (account.matches(wanted))
            return account;
    }
    printError(
        QStringLiteral("no account named '%1' (see: %2 account list)").arg(wanted, core::AppInfo::executableName()));
    return std::nullopt;
}

std::unique_ptr<store::CacheDatabase> openCache(const accounts::Account &account)
{
    auto opened = store::CacheDatabase::open(core::DataPaths::cacheFileFor(account.keychainKey()));
    if (!opened) {
        printError(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

/// The process's peak resident memory in bytes, or -1 where it is not measured.
qint64 peakMemoryBytes()
{
#if defined(Q_OS_UNIX)
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return qint64(usage.ru_maxrss); // bytes on macOS
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux and the BSDs
#endif
#else
    return -1;
#endif
}

/// The CPU time this process used so far (user, system) in seconds, or {-1, -1} where it is not measured: on a
/// machine shared with other work it compares runs better than the wall time.
std::pair<double, double> cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return { -1, -1 };
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return { seconds(usage.ru_utime), seconds(usage.ru_stime) };
#else
    return { -1, -1 };
#endif
}

/// Bytes this process had written to storage (Linux /proc/self/io write_bytes), or -1.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

/// --connections N (1..6), default Puller::kDefaultConnections; 0 on a bad value (said on stderr).
int connectionsOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("connections")))
        return sync::Puller::kDefaultConnections;
    bool ok = false;
    const int value = parser.value(QStringLiteral("connections")).toInt(&ok);
    if (!ok || value < 1 || value > 6) {
        printError(QStringLiteral("--connections: expected a number from 1 to 6, got '%1'")
                       .arg(parser.value(QStringLiteral("connections"))));
        return 0;
    }
    return value;
}

QString collectionLine(const QString &name, const sync::CollectionResult &result)
{
    return QStringLiteral("%1 %2 fetched, %3 on the server%4%5%6")
        .arg(name + QLatin1Char(':'), -22)
        .arg(result.fetched, 7)
        .arg(result.total, 7)
        .arg(result.incremental ? QStringLiteral(" (changes only)") : QStringLiteral(" (full)"))
        .arg(result.removed ? QStringLiteral(", %1 removed").arg(result.removed) : QString())
        .arg(result.conflicts ? QStringLiteral(", %1 conflicts").arg(result.conflicts) : QString());
}

QJsonObject collectionJson(const sync::CollectionResult &result)
{
    return { { QStringLiteral("fetched"), result.fetched }, { QStringLiteral("total"), result.total },
        { QStringLiteral("incremental"), result.incremental }, { QStringLiteral("removed"), result.removed },
        { QStringLiteral("conflicts"), result.conflicts } };
}

/// The exit code for a finished sync (see exitcodes.h).
ExitCode syncExitCode(const sync::SyncSummary &summary)
{
    if (summary.offline)
        return ExitCode::Offline;
    if (!summary.storeError.isEmpty() || summary.cancelled || !summary.error.ok())
        return ExitCode::Failed;
    if (summary.pushFailed > 0 || summary.newConflicts > 0)
        return ExitCode::NeedsAttention;
    return summary.ok ? ExitCode::Success : ExitCode::Failed;
}

} // namespace

int runSyncCommand(const QCommandLineParser &parser)
{
    accounts::AccountRegistry registry;
    const auto account = chooseAccount(parser, registry);
    if (!account)
        return ExitCode::Failed;
    if (account->sandbox) {
        printError(QStringLiteral("the built-in sandbox account syncs inside the app; to sync from the command line, "
                                  "run connect-sandbox and add it with '%1 account add'")
                       .arg(core::AppInfo::executableName()));
        return ExitCode::UsageError;
    }
    const int connections = connectionsOption(parser);
    if (connections == 0)
        return ExitCode::UsageError;
    auto cache = openCache(*account);
    if (!cache)
        return ExitCode::Failed;
    const bool json = parser.isSet(QStringLiteral("json"));

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setEndpoint(QUrl(account->endpoint));
    sync::SyncEngine engine(client, *cache);
    accounts::KeyStore keyStore;
    int exitCode = ExitCode::Failed;
    QElapsedTimer clock;
    SyncProgress progress(SyncProgress::styleForStderr(), printProgress, SyncProgress::terminalWidth());
    qint64 requestsDoneMs = -1;
    // The longest time the event loop (the GUI thread's, in the app) was busy during the sync: a 10 ms timer
    // that fires late by that much.
    QTimer tick;
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(
        &tick, &QTimer::timeout, &tick, [&] { longestStallMs = qMax(longestStallMs, sinceTick.restart() - 10); });

    QObject::connect(
        &engine, &sync::SyncEngine::progress, &engine, [&](const QString &collection, qint64 done, qint64 total) {
            if (collection == QLatin1String("requests"))
                requestsDoneMs = clock.elapsed();
            progress.update(collection, done, total);
        });
    QObject::connect(&engine, &sync::SyncEngine::finished, &engine, [&](const sync::SyncSummary &summary) {
        progress.finish();
        exitCode = syncExitCode(summary);
        const double seconds = double(clock.elapsed()) / 1000.0;
        if (json) {
            QJsonObject collections;
            for (auto it = summary.collections.begin(); it != summary.collections.end(); ++it)
                collections.insert(it.key(), collectionJson(it.value()));
            QString error = summary.storeError;
            if (error.isEmpty() && !summary.error.ok())
                error = summary.error.summary();
            printJson(QJsonObject { { QStringLiteral("account"), account->id }, { QStringLiteral("ok"), summary.ok },
                { QStringLiteral("offline"), summary.offline }, { QStringLiteral("cancelled"), summary.cancelled },
                { QStringLiteral("collections"), collections },
                { QStringLiteral("outbox"),
                    QJsonObject { { QStringLiteral("sent"), summary.pushed },
                        { QStringLiteral("refused"), summary.pushFailed },
                        { QStringLiteral("held_back"), summary.pushSkipped } } },
                { QStringLiteral("new_conflicts"), summary.newConflicts }, { QStringLiteral("seconds"), seconds },
                { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
                { QStringLiteral("exit_code"), exitCode } });
            QCoreApplication::exit(exitCode);
            return;
        }
        for (auto it = summary.collections.begin(); it != summary.collections.end(); ++it)
            printOut(collectionLine(it.key(), it.value()) + QLatin1Char('\n'));
        printOut(QStringLiteral("outbox: %1 sent, %2 refused, %3 held back by conflicts\n")
                     .arg(summary.pushed)
                     .arg(summary.pushFailed)
                     .arg(summary.pushSkipped));
        if (summary.newConflicts > 0)
            printOut(QStringLiteral("%1 new conflicts: resolve them in the app (status bar > Conflicts)\n")
                         .arg(summary.newConflicts));
        // The benchmark's figures (packaging/bench-sync.sh reads these lines).
        const qint64 requests = summary.collections.value(QStringLiteral("requests")).fetched;
        printOut(QStringLiteral("took %1 s\n").arg(seconds, 0, 'f', 1));
        printOut(QStringLiteral("requests/s: %1 (%2 requests fetched)\n")
                     .arg(seconds > 0 ? double(requests) / seconds : 0.0, 0, 'f', 0)
                     .arg(requests));
        if (requestsDoneMs >= 0)
            printOut(QStringLiteral("requests part: %1 s\n").arg(double(requestsDoneMs) / 1000.0, 0, 'f', 2));
        if (const auto [user, system] = cpuSeconds(); user >= 0)
            printOut(QStringLiteral("cpu time: %1 s (user %2 s, system %3 s)\n")
                         .arg(user + system, 0, 'f', 1)
                         .arg(user, 0, 'f', 1)
                         .arg(system, 0, 'f', 1));
        printOut(QStringLiteral("longest event-loop stall: %1 ms\n").arg(longestStallMs));
        if (const qint64 peak = peakMemoryBytes(); peak >= 0)
            printOut(QStringLiteral("peak memory: %1 MB\n").arg((peak + 512 * 1024) / (1024 * 1024)));
        if (const qint64 written = bytesWritten(); written >= 0)
            printOut(QStringLiteral("bytes written: %1 MB\n").arg(double(written) / (1024 * 1024), 0, 'f', 1));
        if (!summary.storeError.isEmpty())
            printError(summary.storeError);
        else if (summary.cancelled)
            printError(QStringLiteral("sync cancelled; the next sync resumes where this one stopped"));
        else if (summary.offline)
            printError(QStringLiteral("offline: %1; the next sync resumes where this one stopped")
                           .arg(summary.error.summary()));
        else if (!summary.error.ok())
            printError(summary.error.summary());
        else if (summary.pushFailed > 0)
            printError(QStringLiteral("%1 local changes were refused by the server").arg(summary.pushFailed));
        QCoreApplication::exit(exitCode);
    });

    // Ctrl+C cancels cleanly; a harder kill is safe too (each page is committed with its cursor).
    static sync::SyncEngine *running = nullptr;
    running = &engine;
    std::signal(
        SIGINT, [](int) { QMetaObject::invokeMethod(running, &sync::SyncEngine::cancel, Qt::QueuedConnection); });

    keyStore.read(account->keychainKey(), &engine, [&](const accounts::KeyStoreResult &key) {
        if (!key.ok()) {
            printError(key.status == accounts::KeyStoreStatus::Unavailable
                    ? QStringLiteral("no system keychain is available (%1)").arg(key.detail)
                    : QStringLiteral("no API key for %1 in the keychain (%2); add the account again")
                          .arg(account->displayName(), key.detail));
            exitCode = ExitCode::NoApiKey;
            QCoreApplication::exit(exitCode);
            return;
        }
        client.setApiKey(key.secret);
        clock.start();
        sinceTick.start();
        tick.start(10);
        printProgress(
            QStringLiteral("Syncing %1 (%2) with %3\n").arg(account->displayName(), account->id, account->endpoint));
        sync::SyncEngine::Options options;
        options.full = parser.isSet(QStringLiteral("full"));
        options.connections = connections;
        options.collections = parser.value(QStringLiteral("collection")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        engine.start(options);
    });
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    running = nullptr;
    return exitCode;
}

int runStatusCommand(const QCommandLineParser &parser)
{
    accounts::AccountRegistry registry;
    const auto account = chooseAccount(parser, registry);
    if (!account)
        return ExitCode::Failed;
    auto cache = openCache(*account);
    if (!cache)
        return ExitCode::Failed;
    store::ObjectRepository objects(*cache);
    store::SyncStateStore state(*cache);
    store::Outbox outbox(*cache);
    store::ConflictStore conflicts(*cache);

    QHash<QString, QString> lastSync;
    for (const store::SyncCursor &cursor : state.all()) {
        if (cursor.lastSyncAt > lastSync.value(cursor.collection))
            lastSync.insert(cursor.collection, cursor.lastSyncAt);
    }
    QJsonObject collections;
    QList<QStringList> rows { { QStringLiteral("COLLECTION"), QStringLiteral("CACHED"), QStringLiteral("LAST SYNC") } };
    for (const QString &name : sync::Puller::pulledCollections()) {
        const qint64 count = objects.count(name);
        const QString when = lastSync.value(name);
        collections.insert(name,
            QJsonObject { { QStringLiteral("count"), count },
                { QStringLiteral("last_sync"), when.isEmpty() ? QJsonValue() : QJsonValue(when) } });
        rows.append({ name, QString::number(count), when.isEmpty() ? QStringLiteral("never") : when });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root { { QStringLiteral("account"), account->id },
            { QStringLiteral("collections"), collections }, { QStringLiteral("outbox"), outbox.size() },
            { QStringLiteral("conflicts"), conflicts.count() } };
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return ExitCode::Success;
    }
    printOut(QStringLiteral("%1 (%2) at %3\n").arg(account->displayName(), account->id, account->endpoint));
    printTable(rows);
    printOut(
        QStringLiteral("outbox: %1 local changes waiting\nconflicts: %2\n").arg(outbox.size()).arg(conflicts.count()));
    return ExitCode::Success;
}

namespace {

int benchFetch(const QCommandLineParser &parser, const accounts::Account &account, int connections)
{
    QStringList names = parser.value(QStringLiteral("collection")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        for (const QString &name : sync::Puller::pulledCollections()) {
            if (!store::collection(name)->isSubCollection())
                names << name;
        }
    }
    for (const QString &name : std::as_const(names)) {
        const store::CollectionSpec *spec = store::collection(name);
        if (!spec || spec->isSubCollection()) {
            printError(QStringLiteral("--collection: '%1' is not a top-level collection").arg(name));
            return ExitCode::UsageError;
        }
    }
    int pageSize = sync::Puller::kPageSize;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 1000) {
            printError(QStringLiteral("--page-size: expected a number from 1 to 1000"));
            return ExitCode::UsageError;
        }
    }
    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setEndpoint(QUrl(account.endpoint));
    accounts::KeyStore keyStore;
    int exitCode = 1;
    QElapsedTimer clock;
    // What the sync lists: each collection, then the sub-collections of every object of it (Puller's rule: the
    // children of a listed collection follow it), so the objects counted are those a full sync pulls.
    struct Listing
    {
        QString name, parentId;
    };
    QList<Listing> waiting;
    for (const QString &name : std::as_const(names))
        waiting.append({ name, QString() });
    const QStringList pulled = sync::Puller::pulledCollections();
    auto childrenOf = [&](const QString &name) {
        QStringList children;
        for (const QString &child : pulled) {
            if (store::collection(child)->parentCollection == name)
                children << child;
        }
        return children;
    };
    QHash<QString, qint64> childObjects, childPages, childListings;
    int running = 0;
    qint64 objects = 0;
    QObject context;
    std::function<void()> next = [&] {
        while (running < connections && !waiting.isEmpty()) {
            const Listing listing = waiting.takeFirst();
            const QString name = listing.name;
            const QStringList children = childrenOf(name);
            auto parentIds = std::make_shared<QStringList>();
            api::ListJob *job
                = client.list(store::collection(name)->pathFor(listing.parentId), api::RqlQuery(), pageSize);
            ++running;
            QObject::connect(job, &api::ListJob::pageReceived, &context,
                [&, parentIds, children](const QJsonArray &page, qint64, qint64) {
                    objects += page.size();
                    if (children.isEmpty())
                        return;
                    for (const QJsonValue &object : page)
                        *parentIds << object.toObject().value(QStringLiteral("id")).toString();
                });
            QObject::connect(
                job, &api::ListJob::finished, &context, [&, listing, parentIds, children](api::ListJob *done) {
                    const QString &name = listing.name;
                    --running;
                    if (!done->ok()) {
                        printError(QStringLiteral("%1: %2").arg(name, done->error().summary()));
                        QCoreApplication::exit(ExitCode::Failed);
                        return;
                    }
                    for (const QString &child : children) {
                        for (const QString &parentId : std::as_const(*parentIds)) {
                            waiting.append({ child, parentId });
                            ++childListings[child];
                        }
                    }
                    if (listing.parentId.isEmpty()) {
                        printOut(QStringLiteral("fetch %1: %2 objects, %3 pages in %4 s\n")
                                     .arg(name)
                                     .arg(done->received())
                                     .arg(done->pages())
                                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2));
                    } else {
                        childObjects[name] += done->received();
                        childPages[name] += done->pages();
                        if (--childListings[name] == 0)
                            printOut(QStringLiteral("fetch %1 (under each parent): %2 objects, %3 pages in %4 s\n")
                                         .arg(name)
                                         .arg(childObjects.value(name))
                                         .arg(childPages.value(name))
                                         .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2));
                    }
                    if (running == 0 && waiting.isEmpty()) {
                        printOut(QStringLiteral("fetch total: %1 objects in %2 s (page size %3, %4 connections)\n")
                                     .arg(objects)
                                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2)
                                     .arg(pageSize)
                                     .arg(connections));
                        if (const qint64 peak = peakMemoryBytes(); peak >= 0)
                            printOut(QStringLiteral("peak memory: %1 MB\n").arg((peak + 512 * 1024) / (1024 * 1024)));
                        exitCode = 0;
                        QCoreApplication::exit(ExitCode::Success);
                        return;
                    }
                    next();
                });
        }
    };
    keyStore.read(account.keychainKey(), &context, [&](const accounts::KeyStoreResult &key) {
        if (!key.ok()) {
            printError(QStringLiteral("no API key for %1 in the keychain (%2)").arg(account.displayName(), key.detail));
            QCoreApplication::exit(ExitCode::Failed);
            return;
        }
        client.setApiKey(key.secret);
        clock.start();
        next();
    });
    QCoreApplication::exec();
    return exitCode;
}

int benchInsert(const QCommandLineParser &parser, const accounts::Account &account)
{
    const QString target = parser.value(QStringLiteral("to"));
    const QString name = parser.value(QStringLiteral("collection")).isEmpty()
        ? QStringLiteral("requests")
        : parser.value(QStringLiteral("collection"));
    const store::CollectionSpec *spec = store::collection(name);
    if (target.isEmpty() || QFile::exists(target) || !spec) {
        printError(QStringLiteral("bench insert: --to must name a new file and --collection a known collection"));
        return ExitCode::UsageError;
    }
    auto source = openCache(account);
    if (!source)
        return ExitCode::Failed;
    auto opened = store::CacheDatabase::open(target);
    if (!opened) {
        printError(opened.error());
        return ExitCode::Failed;
    }
    auto db = std::move(opened).value();
    db->exec(QStringLiteral("PRAGMA cache_size = -65536")); // as the sync's writer (PageWriter)
    store::ObjectRepository from(*source);
    store::ObjectRepository to(*db);
    QElapsedTimer clock;
    qint64 timedMs = 0;
    qint64 rows = 0;
    clock.start();
    if (!db->transaction()) {
        printError(db->lastError());
        return ExitCode::Failed;
    }
    timedMs += clock.elapsed();
    // Read in chunks (not timed), insert them into one open transaction (timed).
    for (int offset = 0;; offset += 1000) {
        store::ObjectQuery chunk;
        chunk.limit = 1000;
        chunk.offset = offset;
        chunk.includeDeleted = true;
        const QList<store::CachedObject> objects = from.list(name, QString(), chunk);
        if (objects.isEmpty())
            break;
        clock.restart();
        for (const store::CachedObject &object : objects)
            to.putServer(name, object.parentId, object.json);
        timedMs += clock.elapsed();
        rows += objects.size();
    }
    clock.restart();
    const bool committed = db->commit();
    timedMs += clock.elapsed();
    if (!committed || to.failureCount() > 0) {
        printError(QStringLiteral("bench insert: %1").arg(committed ? to.lastError() : db->lastError()));
        return ExitCode::Failed;
    }
    printOut(QStringLiteral("insert %1: %2 objects in %3 s (one transaction)\n")
                 .arg(name)
                 .arg(rows)
                 .arg(double(timedMs) / 1000.0, 0, 'f', 2));
    return ExitCode::Success;
}

/// `bench reports [--collection ids] [--to folder]`: each report (or those named) computed over the whole
/// cache, then exported to CSV and .xlsx in `folder` (default: a temporary one, removed), with the time of each
/// step; the process's peak memory at the end (packaging/bench-reports.sh runs one report per process).
int benchReports(const QCommandLineParser &parser, const accounts::Account &account)
{
    const QString cacheFile = core::DataPaths::cacheFileFor(account.keychainKey());
    if (!openCache(account)) // migrates the cache if needed; the runs below open their own connections
        return ExitCode::Failed;
    QStringList ids = parser.value(QStringLiteral("collection")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        for (const reports::ReportDefinition &report : reports::definitions())
            ids << report.id;
    }
    QTemporaryDir scratch;
    const QString folder
        = parser.value(QStringLiteral("to")).isEmpty() ? scratch.path() : parser.value(QStringLiteral("to"));
    int failures = 0;
    for (const QString &id : std::as_const(ids)) {
        const reports::ReportDefinition *report = reports::definition(id);
        if (!report) {
            printError(QStringLiteral("bench reports: no report \"%1\"").arg(id));
            return ExitCode::UsageError;
        }
        const std::atomic_bool never = false;
        reports::ReportTask task;
        task.cacheFile = cacheFile;
        task.reportId = id;
        // CPU time beside each wall time: on a shared machine the wall time also counts the others' work.
        const auto cpuNow = [] {
            const auto [user, system] = cpuSeconds();
            return user + system;
        };
        double cpuBefore = cpuNow();
        const reports::ReportOutcome computed = reports::ReportJob::runNow(task, never);
        QStringList figures { QStringLiteral("compute %1 s (cpu %2 s)")
                                  .arg(double(computed.elapsedMs) / 1000.0, 0, 'f', 2)
                                  .arg(cpuNow() - cpuBefore, 0, 'f', 2) };
        QString error = computed.run.error;
        for (const auto format : { reports::ExportFormat::Csv, reports::ExportFormat::Xlsx }) {
            const bool csv = format == reports::ExportFormat::Csv;
            task.mode = reports::ReportTask::Mode::Export;
            task.format = format;
            task.target = QDir(folder).filePath(id + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
            cpuBefore = cpuNow();
            const reports::ReportOutcome exported = reports::ReportJob::runNow(task, never);
            if (error.isEmpty())
                error = exported.run.error;
            figures << QStringLiteral("%1 %2 s (cpu %3 s, %4 MB)")
                           .arg(csv ? QStringLiteral("csv") : QStringLiteral("xlsx"))
                           .arg(double(exported.elapsedMs) / 1000.0, 0, 'f', 2)
                           .arg(cpuNow() - cpuBefore, 0, 'f', 2)
                           .arg(double(QFileInfo(task.target).size()) / 1048576.0, 0, 'f', 1);
        }
        if (!error.isEmpty()) {
            ++failures;
            printOut(QStringLiteral("report %1: failed: %2\n").arg(id, error));
            continue;
        }
        printOut(QStringLiteral("report %1: %2 rows from %3 objects; %4\n")
                     .arg(id)
                     .arg(computed.run.rows)
                     .arg(computed.run.objects)
                     .arg(figures.join(QStringLiteral(", "))));
    }
    if (const qint64 peak = peakMemoryBytes(); peak >= 0)
        printOut(QStringLiteral("peak memory: %1 MB\n").arg((peak + 512 * 1024) / (1024 * 1024)));
    return failures == 0 ? ExitCode::Success : ExitCode::Failed;
}

} // namespace

int runBenchCommand(const QCommandLineParser &parser, const QStringList &positional)
{
    accounts::AccountRegistry registry;
    const auto account = chooseAccount(parser, registry);
    if (!account)
        return ExitCode::Failed;
    const QString mode = positional.value(1);
    if (mode == QLatin1String("fetch")) {
        const int connections = connectionsOption(parser);
        return connections == 0 ? 2 : benchFetch(parser, *account, connections);
    }
    if (mode == QLatin1String("insert"))
        return benchInsert(parser, *account);
    if (mode == QLatin1String("reports"))
        return benchReports(parser, *account);
    printError(QStringLiteral("bench: expected 'fetch', 'insert' or 'reports', got '%1'").arg(mode));
    return ExitCode::UsageError;
}

} // namespace cv::cli
