// `connect-vendor sync` killed with SIGKILL at many different points resumes and converges to exactly the
// cache of an uninterrupted sync; offline edits survive the kills and reach the server exactly once; the
// API key is written to no file and no output; exit codes say success or an unreachable server.
//
// The sandbox runs in this process (its event loop turns while the children run, see clitestsupport.h).
// A kill point is "when the sandbox receives the child's N-th request, plus D ms": with D = 0 the server
// has acted but the child never gets the answer (the case that could duplicate a create); with D > 0 the
// answer arrives (latency 2-6 ms) and the kill lands while the child parses or stores the page.
// Runs under with-keyring.sh: the children read the key from the same private keyring.
#include "clitestsupport.h"
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/accounts/accountregistry.h"
#include "app/core/datapaths.h"
#include "app/fulfillment/requestactions.h"
#include "app/inventory/producteditor.h"
#include "app/store/localchanges.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"
#include "app/sync/threewaymerge.h"
#include "sandbox/store/sandboxstore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

using namespace cv;
using test::SandboxFixture;
using test::VendorRun;

namespace {

/// Counts the requests the in-process sandbox handles (its "cv.sandbox" debug line, logged after the
/// request was acted on and before the answer is written) and kills the watched child at the chosen one.
struct KillSwitch
{
    QPointer<QProcess> process;
    int count = 0;
    int killAt = 0; ///< 1-based request number; 0 = none
    int delayMs = 0;
    QString lastRequest; ///< "GET /requests 200"
    QString killedAt; ///< the request in flight when the kill was armed

    void arm(QProcess *child, int request, int delay)
    {
        process = child;
        count = 0;
        killAt = request;
        delayMs = delay;
        lastRequest.clear();
        killedAt.clear();
    }
    void disarm()
    {
        process = nullptr;
        killAt = 0;
    }
    void onRequest(const QString &line)
    {
        lastRequest = line;
        if (++count != killAt || !process)
            return;
        killedAt = line;
        if (delayMs == 0) {
            process->kill(); // SIGKILL, right now: the answer to this request is lost
            return;
        }
        QTimer::singleShot(delayMs, process.data(), [child = process] {
            if (child && child->state() == QProcess::Running)
                child->kill();
        });
    }
};

KillSwitch g_killSwitch;
QtMessageHandler g_previousHandler = nullptr;

void sandboxWatcher(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg && context.category && qstrncmp(context.category, "cv.sandbox", 10) == 0) {
        if (qstrcmp(context.category, "cv.sandbox") != 0)
            return; // webhook deliveries and the like: noise here
        g_killSwitch.onRequest(message);
        return; // one line per request: too many for the test log
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// Where a cache stands, read without changing it (read-only SQLite; a file killed mid-migration is left
/// for the child to recover): running passes with their offsets, finished passes, the outbox.
QString snapshot(const QString &cacheFile)
{
    if (!QFile::exists(cacheFile))
        return QStringLiteral("no cache file yet");
    QString text;
    const QString name = QStringLiteral("snapshot-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(cacheFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open the cache");
        QSqlQuery query(db);
        QStringList running;
        int finished = 0;
        if (query.exec(QStringLiteral(
                "SELECT collection, parent_id, phase, resume_offset, total, last_sync_at FROM sync_state "
                "ORDER BY collection, parent_id"))) {
            while (query.next()) {
                const qint64 offset = query.value(3).toLongLong();
                if (offset > 0) {
                    running << QStringLiteral("%1%2@%3/%4 (%5)")
                                   .arg(query.value(0).toString(),
                                       query.value(1).toString().isEmpty()
                                           ? QString()
                                           : QLatin1Char('[') + query.value(1).toString() + QLatin1Char(']'))
                                   .arg(offset)
                                   .arg(query.value(4).toLongLong())
                                   .arg(query.value(2).toString());
                } else if (!query.value(5).toString().isEmpty()) {
                    ++finished;
                }
            }
        } else {
            text = QStringLiteral("cache not migrated yet; ");
        }
        QStringList outbox;
        if (query.exec(QStringLiteral(
                "SELECT operation, collection, attempts FROM outbox WHERE state = 'pending' ORDER BY seq"))) {
            while (query.next())
                outbox << QStringLiteral("%1 %2 (attempts %3)")
                              .arg(query.value(0).toString(), query.value(1).toString())
                              .arg(query.value(2).toInt());
        }
        text += QStringLiteral("passes finished: %1; running: %2; outbox: %3")
                    .arg(finished)
                    .arg(running.isEmpty() ? QStringLiteral("-") : running.join(QStringLiteral(", ")),
                        outbox.isEmpty() ? QStringLiteral("empty") : outbox.join(QStringLiteral(", ")));
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

struct CacheState
{
    QMap<QString, QJsonObject> objects;
    QMap<QString, QString> cursors; ///< "collection[parent]" -> "phase since=..."
    QStringList unfinished; ///< cursors left mid-pass (must be none after a completed sync)
    qint64 outbox = -1;
};

CacheState readCache(const QString &cacheFile)
{
    CacheState state;
    auto opened = store::CacheDatabase::open(cacheFile);
    if (!opened)
        return state;
    auto db = std::move(opened).value();
    state.objects = test::dumpCache(*db);
    for (const store::SyncCursor &cursor : store::SyncStateStore(*db).all()) {
        const QString key = cursor.collection + QLatin1Char('[') + cursor.parentId + QLatin1Char(']');
        state.cursors.insert(key, cursor.phase + QStringLiteral(" since=") + cursor.since);
        if (cursor.offset != 0 || !cursor.pending.isEmpty())
            state.unfinished << key;
    }
    state.outbox = store::Outbox(*db).size();
    return state;
}

/// The first differences between two caches, for a failure message.
QString differences(const CacheState &a, const CacheState &b)
{
    QStringList lines;
    for (auto it = a.objects.begin(); it != a.objects.end() && lines.size() < 10; ++it) {
        if (!b.objects.contains(it.key()))
            lines << QStringLiteral("only in the reference: ") + it.key();
        else if (b.objects.value(it.key()) != it.value())
            lines << QStringLiteral("differs: %1\n  reference: %2\n  resumed:   %3")
                         .arg(it.key(), QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(
                                 QJsonDocument(b.objects.value(it.key())).toJson(QJsonDocument::Compact)));
    }
    for (auto it = b.objects.begin(); it != b.objects.end() && lines.size() < 10; ++it) {
        if (!a.objects.contains(it.key()))
            lines << QStringLiteral("only in the resumed cache: ") + it.key();
    }
    for (auto it = a.cursors.begin(); it != a.cursors.end() && lines.size() < 20; ++it) {
        if (b.cursors.value(it.key()) != it.value())
            lines << QStringLiteral("cursor %1: reference '%2', resumed '%3'")
                         .arg(it.key(), it.value(), b.cursors.value(it.key()));
    }
    for (auto it = b.cursors.begin(); it != b.cursors.end() && lines.size() < 20; ++it) {
        if (!a.cursors.contains(it.key()))
            lines << QStringLiteral("cursor only in the resumed cache: %1 '%2'").arg(it.key(), it.value());
    }
    return lines.join(QLatin1Char('\n'));
}

struct KillPoint
{
    int request; ///< 0: a time-based kill `delayMs` after the start (before any request)
    int delayMs;
};

} // namespace

class TestSyncKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    std::unique_ptr<SandboxFixture> m_sandbox;
    accounts::Account m_account;
    QByteArray m_secret; ///< the part of the API key after "SU-xxx-xxx-xxx:"
    QList<VendorRun> m_runs; ///< every child's output, searched for the key at the end
    QString m_product;

    QString dir(const QString &name) const { return m_root.filePath(name); }

    /// The cache file the child uses for data dir `dataDir` (same DataPaths logic as the child).
    QString cacheFile(const QString &dataDir, const accounts::Account &account) const
    {
        core::DataPaths::setRoot(dataDir);
        const QString file = core::DataPaths::cacheFileFor(account.keychainKey());
        core::DataPaths::setRoot(test::isolatedDataRoot());
        return file;
    }

    /// Records `account` in the accounts.json of `dataDir`, where `connect-vendor --data-dir` finds it.
    static bool registerAccount(const QString &dataDir, const accounts::Account &account)
    {
        core::DataPaths::setRoot(dataDir);
        accounts::AccountRegistry registry;
        const bool ok = registry.loadError().isEmpty() && registry.addOrUpdate(account);
        core::DataPaths::setRoot(test::isolatedDataRoot());
        return ok;
    }

    VendorRun sync(const QString &dataDir, const test::VendorOptions &options = {})
    {
        VendorRun run = test::runVendor(dataDir, { QStringLiteral("sync") }, options);
        m_runs << run;
        return run;
    }

    /// Runs `sync` in `dataDir`, killing it at each point in turn (a run that completes first ends the
    /// loop); returns what each kill hit. Then syncs to completion.
    QStringList killLoop(const QString &dataDir, const QList<KillPoint> &points)
    {
        const QString cache = cacheFile(dataDir, m_account);
        QStringList hits;
        for (const KillPoint &point : points) {
            test::VendorOptions options;
            options.started = [&point](QProcess *child) {
                if (point.request == 0) {
                    g_killSwitch.arm(nullptr, 0, 0);
                    QTimer::singleShot(point.delayMs, child, [child] { child->kill(); });
                } else {
                    g_killSwitch.arm(child, point.request, point.delayMs);
                }
            };
            const VendorRun run = sync(dataDir, options);
            const int requests = g_killSwitch.count;
            const QString inFlight = g_killSwitch.killedAt;
            g_killSwitch.disarm();
            if (!run.crashed) {
                // Finished before the kill point: nothing more to interrupt.
                qInfo().noquote() << QStringLiteral("run %1 finished before its kill point (request %2): exit %3")
                                         .arg(hits.size() + 1)
                                         .arg(point.request)
                                         .arg(run.exitCode);
                if (!run.succeeded())
                    qWarning().noquote() << run.describe();
                break;
            }
            const QString hit
                = QStringLiteral("kill %1: %2 -> in flight: %3 | %4")
                      .arg(hits.size() + 1)
                      .arg(point.request == 0
                              ? QStringLiteral("%1 ms after start").arg(point.delayMs)
                              : QStringLiteral("request %1 +%2 ms").arg(point.request).arg(point.delayMs),
                          point.request == 0 ? QStringLiteral("(%1 requests seen)").arg(requests) : inFlight,
                          snapshot(cache));
            qInfo().noquote() << hit;
            hits << hit;
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir().mkpath(dir(QStringLiteral("server"))));
        QLoggingCategory::setFilterRules(QStringLiteral("cv.sandbox.debug=true"));
        g_previousHandler = qInstallMessageHandler(sandboxWatcher);

        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 600;
        options.faults = QStringLiteral("latency=2-6,seed=5"); // a full sync takes a second or two
        m_sandbox = std::make_unique<SandboxFixture>(options, dir(QStringLiteral("server")));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));

        // The account as `account add` would record it (AccountValidator reads the first of GET /accounts).
        const QJsonObject first = m_sandbox->get(QStringLiteral("/accounts")).array().first().toObject();
        m_account.id = first.value(QStringLiteral("id")).toString();
        m_account.name = first.value(QStringLiteral("name")).toString();
        m_account.type = first.value(QStringLiteral("type")).toString().toLower();
        m_account.endpoint = m_sandbox->baseUrl();
        m_account.label = QStringLiteral("lab");
        QVERIFY(m_account.isValid());
        const QByteArray key = m_sandbox->apiKey();
        m_secret = key.mid(key.indexOf(':') + 1);
        QVERIFY(m_secret.size() >= 16);

        // One key in the (private) keyring; both data dirs list the account.
        const accounts::KeyStoreResult written = test::writeKey(m_account.keychainKey(), key);
        QVERIFY2(written.ok(), qPrintable(written.detail));
        QVERIFY(registerAccount(dir(QStringLiteral("a")), m_account));
        QVERIFY(registerAccount(dir(QStringLiteral("b")), m_account));
        m_product = m_sandbox->get(QStringLiteral("/products"))
                        .array()
                        .first()
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
        QVERIFY(!m_product.isEmpty());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        m_sandbox.reset();
    }

    /// A full first sync killed at 10+ points converges to the reference sync's cache and cursors.
    void killedFullSyncConverges()
    {
        const VendorRun reference = sync(dir(QStringLiteral("a")));
        QVERIFY2(reference.succeeded(), qPrintable(reference.describe()));
        QVERIFY2(reference.outText().contains(QStringLiteral("requests:")), qPrintable(reference.describe()));

        // Points spread over the whole pull: startup, the first pages, mid-collection, sub-collections.
        const QList<KillPoint> points { { 0, 40 }, { 1, 0 }, { 2, 0 }, { 3, 9 }, { 5, 0 }, { 7, 4 }, { 9, 0 },
            { 12, 8 }, { 15, 0 }, { 18, 5 }, { 22, 0 }, { 26, 10 }, { 30, 0 }, { 35, 3 }, { 40, 0 } };
        const QStringList hits = killLoop(dir(QStringLiteral("b")), points);
        QVERIFY2(hits.size() >= 10, qPrintable(hits.join(QLatin1Char('\n'))));
        // Genuinely different points: what was in flight and where the cursors stood differ each time.
        QStringList distinct;
        for (const QString &hit : hits)
            distinct << hit.section(QLatin1String(" -> "), 1);
        distinct.removeDuplicates();
        QVERIFY2(distinct.size() >= 10, qPrintable(hits.join(QLatin1Char('\n'))));

        const VendorRun last = sync(dir(QStringLiteral("b")));
        QVERIFY2(last.succeeded(), qPrintable(last.describe()));

        const CacheState expected = readCache(cacheFile(dir(QStringLiteral("a")), m_account));
        const CacheState resumed = readCache(cacheFile(dir(QStringLiteral("b")), m_account));
        QVERIFY(expected.objects.size() > 1500);
        QVERIFY2(expected.unfinished.isEmpty(), qPrintable(expected.unfinished.join(QLatin1Char(' '))));
        QVERIFY2(resumed.unfinished.isEmpty(), qPrintable(resumed.unfinished.join(QLatin1Char(' '))));
        QVERIFY2(expected.objects == resumed.objects && expected.cursors == resumed.cursors,
            qPrintable(differences(expected, resumed)));
    }

    /// Offline edits queued before the kills (the push is now interrupted too) reach the server exactly
    /// once; both caches agree again afterwards.
    void offlineEditsSurviveKills()
    {
        const QString cacheB = cacheFile(dir(QStringLiteral("b")), m_account);
        const QString mpn = QStringLiteral("MPN-KILL-") + QUuid::createUuid().toString(QUuid::Id128).left(10).toUpper();
        const QString description = QStringLiteral("Edited offline, synced through kills");
        {
            auto opened = store::CacheDatabase::open(cacheB);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
            auto db = std::move(opened).value();
            store::ObjectRepository objects(*db);
            store::Outbox outbox(*db);
            store::LocalChanges changes(*db, objects, outbox);
            store::OutboxEntry create;
            create.operation = QStringLiteral("create");
            const QJsonObject item { { QStringLiteral("name"), QStringLiteral("SKU Kill Test") },
                { QStringLiteral("mpn"), mpn }, { QStringLiteral("type"), QStringLiteral("reservation") },
                { QStringLiteral("period"), QStringLiteral("monthly") },
                { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } };
            const auto created = changes.create(QStringLiteral("items"), m_product, item, create);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
            const auto product = objects.get(QStringLiteral("products"), m_product);
            QVERIFY(product.has_value());
            QJsonObject edited = product->json;
            edited.insert(QStringLiteral("short_description"), description);
            store::OutboxEntry update;
            update.operation = QStringLiteral("update");
            const auto updated = changes.update(QStringLiteral("products"), m_product, edited, update);
            QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error()));
            QCOMPARE(outbox.size(), 2);
        }
        // Meanwhile the server changes too, so that the pull after the push has pages to interrupt.
        const QJsonArray pending = m_sandbox->get(QStringLiteral("/requests?eq(status,pending)&limit=150")).array();
        QVERIFY(pending.size() >= 20);
        for (const QJsonValue &request : pending) {
            const QString id = request.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(m_sandbox
                         ->put(QStringLiteral("/requests/") + id,
                             { { QStringLiteral("note"), QStringLiteral("changed while offline") } })
                         .status,
                200);
        }

        // Push points first: the create in flight (created, answer lost), the look-up that follows, the
        // update's check and its PUT (applied, answer lost); then the pull.
        const QList<KillPoint> points { { 1, 0 }, { 1, 0 }, { 2, 0 }, { 2, 0 }, { 2, 4 }, { 3, 0 }, { 4, 6 }, { 6, 0 },
            { 9, 0 }, { 13, 4 }, { 18, 0 }, { 24, 0 } };
        const QStringList hits = killLoop(dir(QStringLiteral("b")), points);
        QVERIFY2(hits.size() >= 10, qPrintable(hits.join(QLatin1Char('\n'))));
        const QString all = hits.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("in flight: POST /products/%1/items").arg(m_product)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("in flight: PUT /products/%1").arg(m_product)), qPrintable(all));
        // The attempt is on disk before the request leaves: the run after a kill looks the item up by MPN
        // instead of posting it again (a second POST is refused by the sandbox as a duplicate MPN; a server
        // without that check would create a second item).
        QVERIFY2(hits.first().contains(QStringLiteral("in flight: POST /products/%1/items 201").arg(m_product))
                && hits.first().contains(QStringLiteral("create items (attempts 1)")),
            qPrintable(all));
        QVERIFY2(all.count(QStringLiteral("in flight: POST ")) == 1, qPrintable(all));

        const VendorRun last = sync(dir(QStringLiteral("b")));
        QVERIFY2(last.succeeded(), qPrintable(last.describe()));

        // On the server: exactly one item with that MPN, the description edited.
        const test::HttpResponse items
            = m_sandbox->get(QStringLiteral("/products/%1/items?eq(mpn,%2)").arg(m_product, mpn));
        QCOMPARE(items.status, 200);
        QCOMPARE(items.total(), 1);
        int withMpn = 0;
        for (const QJsonValue &item :
            m_sandbox->get(QStringLiteral("/products/%1/items?limit=1000").arg(m_product)).array())
            withMpn += item.toObject().value(QStringLiteral("mpn")).toString() == mpn ? 1 : 0;
        QCOMPARE(withMpn, 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_product)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            description);

        // The outbox is empty, as `status --json` reports it.
        const VendorRun status
            = test::runVendor(dir(QStringLiteral("b")), { QStringLiteral("status"), QStringLiteral("--json") });
        m_runs << status;
        QVERIFY2(status.succeeded(), qPrintable(status.describe()));
        const QJsonObject report = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(report.value(QStringLiteral("outbox")).toInt(-1), 0);
        QCOMPARE(report.value(QStringLiteral("conflicts")).toInt(-1), 0);

        // The reference catches up with an uninterrupted sync: the caches agree again.
        const VendorRun reference = sync(dir(QStringLiteral("a")));
        QVERIFY2(reference.succeeded(), qPrintable(reference.describe()));
        const CacheState expected = readCache(cacheFile(dir(QStringLiteral("a")), m_account));
        const CacheState resumed = readCache(cacheFile(dir(QStringLiteral("b")), m_account));
        QCOMPARE(resumed.outbox, 0);
        QVERIFY2(resumed.unfinished.isEmpty(), qPrintable(resumed.unfinished.join(QLatin1Char(' '))));
        QVERIFY2(expected.objects == resumed.objects && expected.cursors == resumed.cursors,
            qPrintable(differences(expected, resumed)));
        int cachedWithMpn = 0;
        for (auto it = resumed.objects.begin(); it != resumed.objects.end(); ++it) {
            if (it.key().startsWith(QLatin1String("items/"))
                && it.value().value(QStringLiteral("mpn")).toString() == mpn) {
                ++cachedWithMpn;
                QVERIFY2(!store::LocalChanges::isLocalId(it.value().value(QStringLiteral("id")).toString()),
                    qPrintable(it.key()));
            }
        }
        QCOMPARE(cachedWithMpn, 1);
    }

    /// Issue 10 point 9: random SIGKILLs while a faulty server (500/502/503, 429, cut connections) answers and
    /// the outbox holds every kind of edit the app queues: product create (next to an older product of the
    /// same name: a decoy that must not be adopted), item create + rename, parameter, template and action
    /// creates, webhook create (next to a decoy with the same label), product update, a request transition
    /// and a request note. New batches are queued while the kills go on. Afterwards every edit is on the server
    /// exactly once. CV_KILL_COUNT kills (default 20: the short version in the default suite;
    /// packaging/kill-sync.sh runs 100+), CV_KILL_SEED picks the kill points. Prints the counts.
    void randomKillsUnderFaults()
    {
        const int target
            = qEnvironmentVariableIsSet("CV_KILL_COUNT") ? qEnvironmentVariableIntValue("CV_KILL_COUNT") : 20;
        const quint32 seed
            = qEnvironmentVariableIsSet("CV_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("CV_KILL_SEED")) : 7;
        const int batches = std::max(2, target / 12);
        // (12 kills per batch: the sweep below reaches the webhook create, the last create of a batch.)
        QRandomGenerator random(seed);

        QVERIFY(QDir().mkpath(dir(QStringLiteral("scale-server"))));
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 60 + 25 * batches; // per batch a pending request to reject and an inquiring one to note
        options.faults = QStringLiteral("latency=1-3,error=0.1,throttle=0.05,cut=0.02,retry-after=0,seed=%1").arg(seed);
        SandboxFixture faulty(options, dir(QStringLiteral("scale-server")));
        QVERIFY2(faulty.ok(), qPrintable(faulty.error()));
        // The test's own calls go to a second, clean server on the same data file.
        sandbox::SandboxOptions cleanOptions;
        cleanOptions.dataFile = faulty.dataFile();
        SandboxFixture clean(cleanOptions);
        QVERIFY2(clean.ok(), qPrintable(clean.error()));

        accounts::Account account = m_account;
        account.endpoint = faulty.baseUrl();
        const QString data = dir(QStringLiteral("scale"));
        QVERIFY(registerAccount(data, account));
        QVERIFY(test::writeKey(account.keychainKey(), faulty.apiKey()).ok());
        const QString cache = cacheFile(data, account);
        const auto syncToTheEnd = [&] {
            for (int run = 0; run < 15; ++run) {
                if (sync(data).succeeded())
                    return true;
            }
            return false;
        };
        QVERIFY(syncToTheEnd());
        const QString product
            = clean.get(QStringLiteral("/products")).array().first().toObject().value(QStringLiteral("id")).toString();

        struct Batch
        {
            QString tag;
            QString decoyProduct;
            QString decoyWebhook;
            QString rejected;
            QString noted;
        };
        QList<Batch> queued;
        QStringList used;
        const auto enqueue = [&](Batch &batch) -> QString {
            batch.tag = QStringLiteral("k%1x%2").arg(queued.size() + 1).arg(random.bounded(100000));
            // Someone else's objects with the same name/label, created before the offline edits.
            const auto decoy = clean.post(QStringLiteral("/products"),
                { { QStringLiteral("name"), QString(QStringLiteral("Scale ") + batch.tag) } });
            batch.decoyProduct = decoy.object().value(QStringLiteral("id")).toString();
            const auto hook = clean.post(QStringLiteral("/notifications/webhooks"),
                { { QStringLiteral("label"), QString(QStringLiteral("Hook ") + batch.tag) },
                    { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), product } } },
                    { QStringLiteral("object_class"), QStringLiteral("fulfillment_request") },
                    { QStringLiteral("external_url"), QStringLiteral("https://someone-else.example.com/hook") } });
            batch.decoyWebhook = hook.object().value(QStringLiteral("id")).toString();
            if (batch.decoyProduct.isEmpty() || batch.decoyWebhook.isEmpty())
                return QStringLiteral("decoys not created: %1 %2")
                    .arg(QString::fromUtf8(decoy.body), QString::fromUtf8(hook.body));
            QTest::qWait(5); // the decoys are older than the offline creates

            auto opened = store::CacheDatabase::open(cache);
            if (!opened)
                return opened.error();
            auto db = std::move(opened).value();
            store::ObjectRepository objects(*db);
            store::Outbox outbox(*db);
            inventory::ProductEditor editor(*db, objects, outbox);
            const auto describe = [](const inventory::EditError &e) { return e.errors.join(QStringLiteral("; ")); };
            const auto created = editor.createProduct(QString(QStringLiteral("Scale ") + batch.tag));
            if (!created)
                return QStringLiteral("product: ") + describe(created.error());
            // An edit queued on the new product: it must land on ours, never on the decoy.
            if (auto r = editor.updateProduct(created.value().id,
                    { { QStringLiteral("short_description"), QString(QStringLiteral("Ours ") + batch.tag) } });
                !r)
                return QStringLiteral("new product update: ") + describe(r.error());
            const auto item = editor.create(QStringLiteral("items"), product,
                { { QStringLiteral("name"), QString(QStringLiteral("Item ") + batch.tag) },
                    { QStringLiteral("mpn"), QString(QStringLiteral("MPN-") + batch.tag) },
                    { QStringLiteral("type"), QStringLiteral("reservation") },
                    { QStringLiteral("period"), QStringLiteral("monthly") },
                    { QStringLiteral("precision"), QStringLiteral("integer") },
                    { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } });
            if (!item)
                return QStringLiteral("item: ") + describe(item.error());
            if (auto r = editor.update(QStringLiteral("items"), product, item.value().id,
                    { { QStringLiteral("name"), QStringLiteral("Item %1 renamed").arg(batch.tag) } });
                !r)
                return QStringLiteral("item rename: ") + describe(r.error());
            if (auto r = editor.create(QStringLiteral("parameters"), product,
                    { { QStringLiteral("name"), QString(QStringLiteral("param_") + batch.tag) },
                        { QStringLiteral("title"), QString(QStringLiteral("Parameter ") + batch.tag) },
                        { QStringLiteral("description"), QStringLiteral("Made offline") },
                        { QStringLiteral("type"), QStringLiteral("text") },
                        { QStringLiteral("phase"), QStringLiteral("ordering") },
                        { QStringLiteral("scope"), QStringLiteral("asset") },
                        { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), false } } } });
                !r)
                return QStringLiteral("parameter: ") + describe(r.error());
            if (auto r = editor.create(QStringLiteral("templates"), product,
                    { { QStringLiteral("name"), QString(QStringLiteral("Template ") + batch.tag) },
                        { QStringLiteral("scope"), QStringLiteral("asset") },
                        { QStringLiteral("type"), QStringLiteral("pending") },
                        { QStringLiteral("body"), QString(QStringLiteral("# Pending\n\nBatch ") + batch.tag) } });
                !r)
                return QStringLiteral("template: ") + describe(r.error());
            if (auto r = editor.create(QStringLiteral("actions"), product,
                    { { QStringLiteral("action"), QString(QStringLiteral("act_") + batch.tag) },
                        { QStringLiteral("name"), QString(QStringLiteral("Action ") + batch.tag) },
                        { QStringLiteral("description"), QStringLiteral("Made offline") },
                        { QStringLiteral("scope"), QStringLiteral("asset") } });
                !r)
                return QStringLiteral("action: ") + describe(r.error());
            store::LocalChanges changes(*db, objects, outbox);
            QJsonObject webhook { { QStringLiteral("label"), QString(QStringLiteral("Hook ") + batch.tag) },
                { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), product } } },
                { QStringLiteral("object_class"), QStringLiteral("fulfillment_request") },
                { QStringLiteral("external_url"), QString(QStringLiteral("https://hooks.example.com/") + batch.tag) },
                { QStringLiteral("active"), false } };
            const auto hookId = changes.create(QStringLiteral("webhooks"), QString(), webhook, store::OutboxEntry());
            if (!hookId)
                return QStringLiteral("webhook: ") + hookId.error();
            webhook.insert(QStringLiteral("description"), QString(QStringLiteral("Ours ") + batch.tag));
            if (auto r = changes.update(QStringLiteral("webhooks"), hookId.value().id, webhook, store::OutboxEntry());
                !r)
                return QStringLiteral("webhook update: ") + r.error();
            if (auto r = editor.updateProduct(product,
                    { { QStringLiteral("short_description"), QString(QStringLiteral("Batch ") + batch.tag) } });
                !r)
                return QStringLiteral("product update: ") + describe(r.error());
            // A request transition and a note, on pending requests no earlier batch touched.
            for (const store::CachedObject &request : objects.list(QStringLiteral("requests"), QString())) {
                if (used.contains(request.id) || request.dirty)
                    continue;
                const QString status = request.json.value(QStringLiteral("status")).toString();
                if (batch.rejected.isEmpty() && status == QLatin1String("pending"))
                    batch.rejected = request.id;
                else if (batch.noted.isEmpty() && status != QLatin1String("pending")
                    && fulfillment::isAllowed(QStringLiteral("update"), status))
                    batch.noted = request.id;
                else
                    continue;
                used << request.id;
                if (!batch.noted.isEmpty() && !batch.rejected.isEmpty())
                    break;
            }
            if (batch.noted.isEmpty() || batch.rejected.isEmpty())
                return QStringLiteral("not enough requests left");
            fulfillment::RequestActions requests(*db, objects, outbox);
            if (auto r = requests.reject(batch.rejected, QString(QStringLiteral("Rejected in batch ") + batch.tag)); !r)
                return QStringLiteral("reject failed");
            if (auto r = requests.setNote(batch.noted, QString(QStringLiteral("Note ") + batch.tag)); !r)
                return QStringLiteral("note failed");
            return {};
        };

        int kills = 0;
        int finishedFirst = 0;
        const int perBatch = std::max(1, target / batches);
        const int kSweep = std::min(perBatch, 14);
        int runsSinceEnqueue = 0;
        QStringList hits;
        for (int round = 0; kills < target && round < target * 4; ++round) {
            if (queued.size() < batches && kills >= queued.size() * perBatch) {
                Batch batch;
                const QString problem = enqueue(batch);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                queued << batch;
                runsSinceEnqueue = 0;
            }
            // After new edits are queued, the first runs are killed request by request with the answer lost
            // (delay 0): each create, look-up and update of the push in turn. Then random points, mostly
            // early (the push), some deep in the pull.
            const bool sweep = runsSinceEnqueue < kSweep;
            const int request = sweep
                ? runsSinceEnqueue + 1
                : (random.bounded(100) < 70 ? 1 + int(random.bounded(30)) : 1 + int(random.bounded(150)));
            const int delay = sweep || random.bounded(3) == 0 ? 0 : int(random.bounded(8));
            ++runsSinceEnqueue;
            test::VendorOptions vendorOptions;
            vendorOptions.started = [&](QProcess *child) { g_killSwitch.arm(child, request, delay); };
            const VendorRun run = sync(data, vendorOptions);
            const QString inFlight = g_killSwitch.killedAt;
            g_killSwitch.disarm();
            if (run.crashed) {
                ++kills;
                hits << QStringLiteral("kill %1: request %2 +%3 ms: %4 | %5")
                            .arg(kills)
                            .arg(request)
                            .arg(delay)
                            .arg(inFlight, snapshot(cache));
            } else {
                ++finishedFirst;
            }
        }
        QVERIFY(syncToTheEnd());
        QCOMPARE(kills, target);

        // Every edit exactly once; decoys never taken for the offline creates.
        int lost = 0;
        int doubled = 0;
        int adopted = 0;
        QStringList problems;
        const auto count = [&](const QString &path, const QString &field, const QString &value) {
            int n = 0;
            for (const QJsonValue &object : clean.get(path + QStringLiteral("?limit=1000")).array())
                n += sync::valueAt(object.toObject(), field).toVariant().toString() == value ? 1 : 0;
            return n;
        };
        const auto expectOne = [&](const QString &what, int n) {
            if (n == 0)
                ++lost, problems << QStringLiteral("lost: ") + what;
            else if (n > 1)
                doubled += n - 1, problems << QStringLiteral("%1 times: %2").arg(n).arg(what);
        };
        for (const Batch &batch : std::as_const(queued)) {
            const QString items = QStringLiteral("/products/%1/items").arg(product);
            expectOne(QString(QStringLiteral("item MPN-") + batch.tag),
                count(items, QStringLiteral("mpn"), QString(QStringLiteral("MPN-") + batch.tag)));
            expectOne(QString(QStringLiteral("item rename ") + batch.tag),
                count(items, QStringLiteral("name"), QStringLiteral("Item %1 renamed").arg(batch.tag)));
            expectOne(QString(QStringLiteral("parameter ") + batch.tag),
                count(QStringLiteral("/products/%1/parameters").arg(product), QStringLiteral("name"),
                    QString(QStringLiteral("param_") + batch.tag)));
            expectOne(QString(QStringLiteral("template ") + batch.tag),
                count(QStringLiteral("/products/%1/templates").arg(product), QStringLiteral("name"),
                    QString(QStringLiteral("Template ") + batch.tag)));
            expectOne(QString(QStringLiteral("action ") + batch.tag),
                count(QStringLiteral("/products/%1/actions").arg(product), QStringLiteral("action"),
                    QString(QStringLiteral("act_") + batch.tag)));
            // Ours exists once, with the edit queued after its create; the decoy (same name or label, older)
            // never took that edit: if it did, the create was matched to someone else's object.
            const QString ours = QStringLiteral("Ours ") + batch.tag;
            expectOne(QStringLiteral("product Scale ") + batch.tag,
                count(QStringLiteral("/products"), QStringLiteral("short_description"), ours));
            expectOne(QStringLiteral("webhook Hook ") + batch.tag,
                count(QStringLiteral("/notifications/webhooks"), QStringLiteral("description"), ours));
            const int products = count(
                QStringLiteral("/products"), QStringLiteral("name"), QString(QStringLiteral("Scale ") + batch.tag));
            const int hooks = count(QStringLiteral("/notifications/webhooks"), QStringLiteral("label"),
                QString(QStringLiteral("Hook ") + batch.tag));
            if (products > 2)
                doubled += products - 2,
                    problems << QStringLiteral("%1 products Scale %2").arg(products).arg(batch.tag);
            if (hooks > 2)
                doubled += hooks - 2, problems << QStringLiteral("%1 webhooks Hook %2").arg(hooks).arg(batch.tag);
            const QJsonObject decoyProduct = clean.get(QStringLiteral("/products/") + batch.decoyProduct).object();
            if (decoyProduct.value(QStringLiteral("short_description")).toString() == ours)
                ++adopted, problems << QStringLiteral("decoy adopted: product ") + batch.decoyProduct;
            const QJsonObject decoyHook
                = clean.get(QStringLiteral("/notifications/webhooks/") + batch.decoyWebhook).object();
            if (decoyHook.value(QStringLiteral("description")).toString() == ours)
                ++adopted, problems << QStringLiteral("decoy adopted: webhook ") + batch.decoyWebhook;
            const QJsonObject rejected = clean.get(QStringLiteral("/requests/") + batch.rejected).object();
            if (rejected.value(QStringLiteral("status")).toString() != QLatin1String("failed"))
                ++lost, problems << QStringLiteral("lost: reject of ") + batch.rejected;
            if (clean.get(QStringLiteral("/requests/") + batch.noted).object().value(QStringLiteral("note")).toString()
                != QString(QStringLiteral("Note ") + batch.tag))
                ++lost, problems << QStringLiteral("lost: note on ") + batch.noted;
        }
        if (clean.get(QStringLiteral("/products/") + product)
                .object()
                .value(QStringLiteral("short_description"))
                .toString()
            != QStringLiteral("Batch ") + queued.last().tag)
            ++lost, problems << QStringLiteral("lost: the last product update");
        const CacheState state = readCache(cache);
        const int edits = int(queued.size()) * 13 + 1;
        const QString counts = QStringLiteral("kill test: %1 kills (%2 runs ended before their kill point), faults %3; "
                                              "%4 batches, %5 edits; lost %6, doubled %7, adopted %8; outbox left %9")
                                   .arg(kills)
                                   .arg(finishedFirst)
                                   .arg(options.faults)
                                   .arg(queued.size())
                                   .arg(edits)
                                   .arg(lost)
                                   .arg(doubled)
                                   .arg(adopted)
                                   .arg(state.outbox);
        qInfo().noquote() << counts;
        std::printf("%s\n", qPrintable(counts));
        std::fflush(stdout);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + hits.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(state.outbox, 0);
        QVERIFY2(state.unfinished.isEmpty(), qPrintable(state.unfinished.join(QLatin1Char(' '))));
    }

    /// Exit 0 on success is checked above; an unreachable server fails with a message that says so.
    void syncFailsWhenServerUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more

        accounts::Account offline = m_account;
        offline.endpoint = QStringLiteral("http://127.0.0.1:%1/public/v1").arg(port);
        QVERIFY(registerAccount(dir(QStringLiteral("c")), offline));
        const accounts::KeyStoreResult written = test::writeKey(offline.keychainKey(), m_sandbox->apiKey());
        QVERIFY2(written.ok(), qPrintable(written.detail));

        const VendorRun run = sync(dir(QStringLiteral("c")));
        QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 3); // offline (app/cli/exitcodes.h)
        QVERIFY2(run.errText().contains(QStringLiteral("connect-vendor: offline:")), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(run.describe()));
    }

    /// The API key's secret is in no file under any data dir and in no child's output.
    void apiKeyIsNowhere()
    {
        for (const QString &name : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
            QVERIFY(test::fileCount(dir(name)) >= 2); // accounts.json and the cache at least
            const QStringList leaks = test::filesContaining(dir(name), m_secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
        // Including the SQLite files and their -wal (kept by the killed runs).
        QVERIFY(QFile::exists(cacheFile(dir(QStringLiteral("b")), m_account)));
        QVERIFY(m_runs.size() >= 20);
        for (const VendorRun &run : std::as_const(m_runs)) {
            QVERIFY2(!run.out.contains(m_secret), qPrintable(run.describe()));
            QVERIFY2(!run.err.contains(m_secret), qPrintable(run.describe()));
        }
    }

    /// Issue 10 point 5: no secret the sandbox knows (API key, API tokens, webhook and action JWT secrets,
    /// in products and their versions) is in any file of the data, config and cache folders after the
    /// syncs above, and those files are private to their owner (files 0600, folders 0700).
    void noSecretInTheDataFolders()
    {
        QStringList secrets { QString::fromUtf8(m_secret) };
        sandbox::SandboxStore &store = m_sandbox->server().store();
        for (const QJsonObject &token : store.all(QStringLiteral("tokens")))
            secrets << token.value(QStringLiteral("token")).toString();
        for (const QJsonObject &hook : store.all(QStringLiteral("webhooks")))
            secrets << hook.value(QStringLiteral("jwt_secret")).toString();
        for (const QJsonObject &product : store.all(QStringLiteral("products"))) {
            secrets << sync::valueAt(product, QStringLiteral("customer_ui_settings.action.jwt_secret")).toString();
            for (const QJsonObject &version :
                store.all(QStringLiteral("versions"), product.value(QStringLiteral("id")).toString()))
                secrets << sync::valueAt(version, QStringLiteral("customer_ui_settings.action.jwt_secret")).toString();
        }
        secrets.removeAll(QString());
        secrets.removeDuplicates();
        QVERIFY2(secrets.size() >= 4, qPrintable(QString::number(secrets.size())));
        QStringList folders { dir(QStringLiteral("a")), dir(QStringLiteral("b")), dir(QStringLiteral("c")) };
        for (const char *xdg : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" }) {
            if (qEnvironmentVariableIsSet(xdg))
                folders << qEnvironmentVariable(xdg);
        }
        QStringList leaks;
        int files = 0;
        for (const QString &folder : std::as_const(folders)) {
            files += test::fileCount(folder);
            for (const QString &secret : std::as_const(secrets)) {
                for (const QString &path : test::filesContaining(folder, secret.toUtf8()))
                    leaks << QStringLiteral("%1... in %2").arg(secret.left(6), path);
            }
        }
        QVERIFY(files >= 6);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        QStringList open;
        for (const QString &name : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
            QDirIterator it(
                dir(name), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const auto mode = QFile::permissions(path);
                if (mode
                    & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                        | QFile::ExeOther))
                    open << QStringLiteral("%1 (%2)").arg(path).arg(int(mode), 0, 16);
            }
        }
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    }
};

CV_TEST_CORE_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
