#include "app/cli/synccommands.h"

#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/api/apiclient.h"
#include "app/cli/clioutput.h"
#include "app/core/appinfo.h"
#include "app/core/datapaths.h"
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
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <csignal>

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

} // namespace

int runSyncCommand(const QCommandLineParser &parser)
{
    accounts::AccountRegistry registry;
    const auto account = chooseAccount(parser, registry);
    if (!account)
        return 1;
    if (account->sandbox) {
        printError(QStringLiteral("the built-in sandbox account syncs inside the app; to sync from the command line, "
                                  "run connect-sandbox and add it with '%1 account add'")
                       .arg(core::AppInfo::executableName()));
        return 1;
    }
    auto cache = openCache(*account);
    if (!cache)
        return 1;

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setEndpoint(QUrl(account->endpoint));
    sync::SyncEngine engine(client, *cache);
    accounts::KeyStore keyStore;
    int exitCode = 1;
    QElapsedTimer clock;
    QString lastCollection;

    QObject::connect(
        &engine, &sync::SyncEngine::progress, &engine, [&](const QString &collection, qint64 done, qint64 total) {
            if (collection != lastCollection || done == total) {
                printProgress(QStringLiteral("%1: %2/%3\n").arg(collection).arg(done).arg(total));
                lastCollection = collection;
            }
        });
    QObject::connect(&engine, &sync::SyncEngine::finished, &engine, [&](const sync::SyncSummary &summary) {
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
        const double seconds = double(clock.elapsed()) / 1000.0;
        const qint64 requests = summary.collections.value(QStringLiteral("requests")).fetched;
        printOut(QStringLiteral("took %1 s\n").arg(seconds, 0, 'f', 1));
        printOut(QStringLiteral("requests/s: %1 (%2 requests fetched)\n")
                     .arg(seconds > 0 ? double(requests) / seconds : 0.0, 0, 'f', 0)
                     .arg(requests));
        if (const qint64 peak = peakMemoryBytes(); peak >= 0)
            printOut(QStringLiteral("peak memory: %1 MB\n").arg((peak + 512 * 1024) / (1024 * 1024)));
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
        exitCode = summary.ok ? 0 : 1;
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
            QCoreApplication::exit(1);
            return;
        }
        client.setApiKey(key.secret);
        clock.start();
        printProgress(
            QStringLiteral("Syncing %1 (%2) with %3\n").arg(account->displayName(), account->id, account->endpoint));
        sync::SyncEngine::Options options;
        options.full = parser.isSet(QStringLiteral("full"));
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
        return 1;
    auto cache = openCache(*account);
    if (!cache)
        return 1;
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
        return 0;
    }
    printOut(QStringLiteral("%1 (%2) at %3\n").arg(account->displayName(), account->id, account->endpoint));
    printTable(rows);
    printOut(
        QStringLiteral("outbox: %1 local changes waiting\nconflicts: %2\n").arg(outbox.size()).arg(conflicts.count()));
    return 0;
}

} // namespace cv::cli
