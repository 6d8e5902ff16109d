// `connect-vendor sync` killed with SIGKILL at many different points resumes and converges to exactly the
// cache of an uninterrupted sync; offline edits survive the kills and reach the server exactly once; the
// API key is written to no file and no output; exit codes say success or an unreachable server.
//
// The sandbox runs in this process (its event loop turns while the children run, see clitestsupport.h).
// A kill point is "when the sandbox receives the child's N-th request, plus D ms": with D = 0 the server
// has acted but the child never gets the answer (the case that could duplicate a create); with D > 0 the
// answer arrives (latency 2-6 ms) and the kill lands while the child parses or stores the page.
// Runs under with-keyring.sh: the children read the key from the same private keyring.
#include "testmain.h"
#include "clitestsupport.h"
#include "sandboxfixture.h"
#include "synctestsupport.h"

#include "app/accounts/accountregistry.h"
#include "app/core/datapaths.h"
#include "app/store/localchanges.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"

#include <QLoggingCategory>
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
    int killAt = 0;     ///< 1-based request number; 0 = none
    int delayMs = 0;
    QString lastRequest; ///< "GET /requests 200"
    QString killedAt;    ///< the request in flight when the kill was armed

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
        if (query.exec(QStringLiteral("SELECT collection, parent_id, phase, resume_offset, total, last_sync_at FROM sync_state "
                                      "ORDER BY collection, parent_id"))) {
            while (query.next()) {
                const qint64 offset = query.value(3).toLongLong();
                if (offset > 0) {
                    running << QStringLiteral("%1%2@%3/%4 (%5)")
                                   .arg(query.value(0).toString(),
                                        query.value(1).toString().isEmpty() ? QString() : QLatin1Char('[') + query.value(1).toString() + QLatin1Char(']'))
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
        if (query.exec(QStringLiteral("SELECT operation, collection, attempts FROM outbox WHERE state = 'pending' ORDER BY seq"))) {
            while (query.next())
                outbox << QStringLiteral("%1 %2 (attempts %3)").arg(query.value(0).toString(), query.value(1).toString()).arg(query.value(2).toInt());
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
    QStringList unfinished;         ///< cursors left mid-pass (must be none after a completed sync)
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
                              QString::fromUtf8(QJsonDocument(b.objects.value(it.key())).toJson(QJsonDocument::Compact)));
    }
    for (auto it = b.objects.begin(); it != b.objects.end() && lines.size() < 10; ++it) {
        if (!a.objects.contains(it.key()))
            lines << QStringLiteral("only in the resumed cache: ") + it.key();
    }
    for (auto it = a.cursors.begin(); it != a.cursors.end() && lines.size() < 20; ++it) {
        if (b.cursors.value(it.key()) != it.value())
            lines << QStringLiteral("cursor %1: reference '%2', resumed '%3'").arg(it.key(), it.value(), b.cursors.value(it.key()));
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
        VendorRun run = test::runVendor(dataDir, {QStringLiteral("sync")}, options);
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
                                         .arg(hits.size() + 1).arg(point.request).arg(run.exitCode);
                if (!run.succeeded())
                    qWarning().noquote() << run.describe();
                break;
            }
            const QString hit = QStringLiteral("kill %1: %2 -> in flight: %3 | %4")
                                    .arg(hits.size() + 1)
                                    .arg(point.request == 0 ? QStringLiteral("%1 ms after start").arg(point.delayMs)
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
        m_product = m_sandbox->get(QStringLiteral("/products")).array().first().toObject().value(QStringLiteral("id")).toString();
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
        const QList<KillPoint> points{{0, 40}, {1, 0}, {2, 0}, {3, 9}, {5, 0}, {7, 4}, {9, 0}, {12, 8},
                                      {15, 0}, {18, 5}, {22, 0}, {26, 10}, {30, 0}, {35, 3}, {40, 0}};
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
            const QJsonObject item{{QStringLiteral("name"), QStringLiteral("SKU Kill Test")}, {QStringLiteral("mpn"), mpn},
                                   {QStringLiteral("type"), QStringLiteral("reservation")}, {QStringLiteral("period"), QStringLiteral("monthly")},
                                   {QStringLiteral("unit"), QJsonObject{{QStringLiteral("id"), QStringLiteral("users")}}}};
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
            QCOMPARE(m_sandbox->put(QStringLiteral("/requests/") + id, {{QStringLiteral("note"), QStringLiteral("changed while offline")}}).status, 200);
        }

        // Push points first: the create in flight (created, answer lost), the look-up that follows, the
        // update's check and its PUT (applied, answer lost); then the pull.
        const QList<KillPoint> points{{1, 0}, {1, 0}, {2, 0}, {2, 0}, {2, 4}, {3, 0}, {4, 6}, {6, 0}, {9, 0}, {13, 4}, {18, 0}, {24, 0}};
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
        const test::HttpResponse items = m_sandbox->get(QStringLiteral("/products/%1/items?eq(mpn,%2)").arg(m_product, mpn));
        QCOMPARE(items.status, 200);
        QCOMPARE(items.total(), 1);
        int withMpn = 0;
        for (const QJsonValue &item : m_sandbox->get(QStringLiteral("/products/%1/items?limit=1000").arg(m_product)).array())
            withMpn += item.toObject().value(QStringLiteral("mpn")).toString() == mpn ? 1 : 0;
        QCOMPARE(withMpn, 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_product).object().value(QStringLiteral("short_description")).toString(), description);

        // The outbox is empty, as `status --json` reports it.
        const VendorRun status = test::runVendor(dir(QStringLiteral("b")), {QStringLiteral("status"), QStringLiteral("--json")});
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
            if (it.key().startsWith(QLatin1String("items/")) && it.value().value(QStringLiteral("mpn")).toString() == mpn) {
                ++cachedWithMpn;
                QVERIFY2(!store::LocalChanges::isLocalId(it.value().value(QStringLiteral("id")).toString()), qPrintable(it.key()));
            }
        }
        QCOMPARE(cachedWithMpn, 1);
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
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("connect-vendor: offline:")), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(run.describe()));
    }

    /// The API key's secret is in no file under any data dir and in no child's output.
    void apiKeyIsNowhere()
    {
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
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
};

CV_TEST_CORE_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
