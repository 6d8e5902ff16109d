// The sync engine against the real sandbox over HTTP, into a real SQLite cache: full then incremental
// pulls, offline edits pushed exactly once (even when the answer is lost), conflicts detected and
// resolved each way, faults, and bad input that leaves the cache as it was.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/store/conflictstore.h"
#include "app/store/localchanges.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"
#include "app/sync/conflictresolver.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cv;
using test::HttpResponse;
using test::SandboxFixture;

namespace {

struct Client
{
    QNetworkAccessManager network;
    api::ApiClient api { &network };
    std::unique_ptr<store::CacheDatabase> db;
    std::unique_ptr<sync::SyncEngine> engine;

    Client(const QString &cacheFile, const QString &endpoint, const QByteArray &key)
    {
        api.setEndpoint(QUrl(endpoint));
        api.setApiKey(key);
        api::RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 200;
        policy.timeoutMs = 5000;
        api.setRetryPolicy(policy);
        db = std::move(store::CacheDatabase::open(cacheFile)).value();
        engine = std::make_unique<sync::SyncEngine>(api, *db);
    }
    store::LocalChanges changes() { return store::LocalChanges(*db, engine->objects(), engine->outbox()); }
};

/// A fake "API" answering every request with a canned HTTP response (for bad server replies).
class CannedServer final : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1/public/v1").arg(serverPort()); }

private:
    QByteArray m_response;
};

QString demoProduct(SandboxFixture &sandbox)
{
    return sandbox.get(QStringLiteral("/products")).array().first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString cacheFile() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

    static sandbox::SandboxOptions demo()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 250; // several pages of requests
        return options;
    }

private Q_SLOTS:
    void fullThenIncremental()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        const sync::SyncSummary first = test::runSync(*client.engine);
        QVERIFY2(first.ok, qPrintable(first.error.summary()));
        QCOMPARE(first.collections.value(QStringLiteral("requests")).fetched,
            sandbox.get(QStringLiteral("/requests?limit=0")).total());
        QVERIFY(first.collections.value(QStringLiteral("requests")).fetched >= 290);
        QCOMPARE(client.engine->objects().count(QStringLiteral("requests")),
            first.collections.value(QStringLiteral("requests")).total);
        QCOMPARE(client.engine->objects().count(QStringLiteral("items")), 4);
        QVERIFY(!first.collections.value(QStringLiteral("requests")).incremental);

        // Change two things on the server; the next sync fetches only those.
        const QString request = sandbox.get(QStringLiteral("/requests?eq(status,pending)&limit=1"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QCOMPARE(sandbox
                     .put(QStringLiteral("/requests/") + request,
                         { { QStringLiteral("note"), QStringLiteral("changed on the server") } })
                     .status,
            200);
        const QString product = demoProduct(sandbox);
        QCOMPARE(sandbox
                     .put(QStringLiteral("/products/") + product,
                         { { QStringLiteral("short_description"), QStringLiteral("Server edit") } })
                     .status,
            200);

        const sync::SyncSummary second = test::runSync(*client.engine);
        QVERIFY2(second.ok, qPrintable(second.error.summary()));
        const sync::CollectionResult requests = second.collections.value(QStringLiteral("requests"));
        QVERIFY(requests.incremental);
        QVERIFY2(requests.fetched >= 1 && requests.fetched <= 2, qPrintable(QString::number(requests.fetched)));
        QCOMPARE(second.collections.value(QStringLiteral("products")).fetched, 1);
        QCOMPARE(client.engine->objects()
                     .get(QStringLiteral("requests"), request)
                     ->json.value(QStringLiteral("note"))
                     .toString(),
            QStringLiteral("changed on the server"));
        QCOMPARE(client.engine->objects()
                     .get(QStringLiteral("products"), product)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Server edit"));

        // A third sync with nothing changed fetches nothing incremental at all.
        const sync::SyncSummary third = test::runSync(*client.engine);
        QCOMPARE(third.collections.value(QStringLiteral("requests")).fetched, 0);
        QCOMPARE(third.collections.value(QStringLiteral("products")).fetched, 0);

        // --full fetches everything again and removes what the server no longer has.
        QCOMPARE(sandbox
                     .del(QStringLiteral("/auth/tokens/")
                         + sandbox.get(QStringLiteral("/auth/tokens?eq(name,Old%20reporting%20script)"))
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString())
                     .status,
            204);
        sync::SyncEngine::Options full;
        full.full = true;
        const sync::SyncSummary fourth = test::runSync(*client.engine, full);
        QVERIFY(fourth.ok);
        QCOMPARE(fourth.collections.value(QStringLiteral("requests")).fetched,
            first.collections.value(QStringLiteral("requests")).fetched);
        QCOMPARE(fourth.collections.value(QStringLiteral("tokens")).removed, 1);
    }

    void offlineEditsReachTheServerOnce()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        SandboxFixture sandbox(options);
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        const QString product = demoProduct(sandbox);

        // Offline: a new item and a changed description, saved locally with their outbox entries.
        store::LocalChanges changes = client.changes();
        store::OutboxEntry create;
        create.operation = QStringLiteral("create");
        const QJsonObject item { { QStringLiteral("name"), QStringLiteral("SKU Users") },
            { QStringLiteral("mpn"), QStringLiteral("MPN-246-USERS") },
            { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("period"), QStringLiteral("monthly") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } };
        const auto created = changes.create(QStringLiteral("items"), product, item, create);
        QVERIFY(created.ok());
        QJsonObject edited = client.engine->objects().get(QStringLiteral("products"), product)->json;
        edited.insert(QStringLiteral("short_description"), QStringLiteral("Edited offline"));
        store::OutboxEntry update;
        update.operation = QStringLiteral("update");
        QVERIFY(changes.update(QStringLiteral("products"), product, edited, update).ok());
        QCOMPARE(client.engine->outbox().size(), 2);

        // The first push attempt loses every answer: a second server on the same data cuts each
        // connection mid-body after acting. The create must not be repeated on the next attempt.
        sandbox::SandboxOptions cut;
        cut.dataFile = sandbox.dataFile();
        cut.faults = QStringLiteral("cut=1,seed=1");
        SandboxFixture cutting(cut);
        QVERIFY2(cutting.ok(), qPrintable(cutting.error()));
        client.api.setEndpoint(QUrl(cutting.baseUrl()));
        api::RetryPolicy once;
        once.maxAttempts = 1;
        client.api.setRetryPolicy(once);
        sync::SyncEngine::Options pushOnly;
        pushOnly.pull = false;
        const sync::SyncSummary lost = test::runSync(*client.engine, pushOnly);
        QVERIFY(!lost.ok);
        QVERIFY(lost.offline);
        // The server did create the item although the client never heard of it.
        QCOMPARE(sandbox.get(QStringLiteral("/products/%1/items?eq(mpn,MPN-246-USERS)").arg(product)).total(), 1);

        // Back online: the push finishes and nothing is created twice.
        client.api.setEndpoint(QUrl(sandbox.baseUrl()));
        client.api.setRetryPolicy({});
        const sync::SyncSummary done = test::runSync(*client.engine);
        QVERIFY2(done.ok, qPrintable(done.error.summary()));
        QCOMPARE(client.engine->outbox().size(), 0);
        QCOMPARE(sandbox.get(QStringLiteral("/products/%1/items?eq(mpn,MPN-246-USERS)").arg(product)).total(), 1);
        QCOMPARE(sandbox.get(QStringLiteral("/products/") + product)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Edited offline"));
        // The local item now carries its server id.
        const auto byMpn = store::ObjectQuery().where(QStringLiteral("mpn"), QStringLiteral("MPN-246-USERS"));
        const auto items = client.engine->objects().list(QStringLiteral("items"), product, byMpn);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().id.startsWith(product + QLatin1Char('-')));
        QVERIFY(!items.first().dirty);
    }

    void conflictsAreDetectedAndResolved_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keep mine") << int(sync::Resolution::KeepMine) << QStringLiteral("Mine");
        QTest::newRow("keep theirs") << int(sync::Resolution::KeepTheirs) << QStringLiteral("Theirs");
        QTest::newRow("edit") << int(sync::Resolution::UseValue) << QStringLiteral("Edited from both");
    }

    void conflictsAreDetectedAndResolved()
    {
        QFETCH(int, resolution);
        QFETCH(QString, expected);
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        SandboxFixture sandbox(options);
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        const QString product = demoProduct(sandbox);

        // Offline edit of two fields; meanwhile the server changes one of them and another field.
        QJsonObject mine = client.engine->objects().get(QStringLiteral("products"), product)->json;
        mine.insert(QStringLiteral("short_description"), QStringLiteral("Mine"));
        mine.insert(QStringLiteral("detailed_description"), QStringLiteral("Only mine"));
        store::OutboxEntry update;
        update.operation = QStringLiteral("update");
        QVERIFY(client.changes().update(QStringLiteral("products"), product, mine, update).ok());
        QCOMPARE(sandbox
                     .put(QStringLiteral("/products/") + product,
                         { { QStringLiteral("short_description"), QStringLiteral("Theirs") },
                             { QStringLiteral("external_id"), QStringLiteral("EXT-9") } })
                     .status,
            200);

        const sync::SyncSummary merged = test::runSync(*client.engine);
        QCOMPARE(merged.newConflicts, 1);
        QCOMPARE(merged.pushSkipped, 1); // nothing is overwritten while the conflict is open
        const QList<store::Conflict> open = client.engine->conflicts().open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("short_description"));
        QCOMPARE(open.first().mine.toString(), QStringLiteral("Mine"));
        QCOMPARE(open.first().theirs.toString(), QStringLiteral("Theirs"));
        const QJsonObject local = client.engine->objects().get(QStringLiteral("products"), product)->json;
        QCOMPARE(local.value(QStringLiteral("external_id")).toString(), QStringLiteral("EXT-9")); // theirs, merged in
        QCOMPARE(local.value(QStringLiteral("detailed_description")).toString(), QStringLiteral("Only mine"));
        QCOMPARE(sandbox.get(QStringLiteral("/products/") + product)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Theirs"));

        sync::ConflictResolver resolver(
            *client.db, client.engine->objects(), client.engine->outbox(), client.engine->conflicts());
        QVERIFY(
            resolver
                .resolve(open.first().id, sync::Resolution(resolution), QJsonValue(QStringLiteral("Edited from both")))
                .ok());
        QCOMPARE(client.engine->conflicts().count(), 0);
        const sync::SyncSummary pushed = test::runSync(*client.engine);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.summary()));
        const QJsonObject server = sandbox.get(QStringLiteral("/products/") + product).object();
        QCOMPARE(server.value(QStringLiteral("short_description")).toString(), expected);
        QCOMPARE(server.value(QStringLiteral("detailed_description")).toString(), QStringLiteral("Only mine"));
        QCOMPARE(server.value(QStringLiteral("external_id")).toString(), QStringLiteral("EXT-9"));
        QVERIFY(!client.engine->objects().get(QStringLiteral("products"), product)->dirty);
    }

    void faultsStillGiveTheRightState()
    {
        sandbox::SandboxOptions options = demo();
        options.faults = QStringLiteral("latency=0-5,error=0.15,throttle=0.05,cut=0.05,retry-after=0,seed=11");
        SandboxFixture faulty(options);
        QVERIFY2(faulty.ok(), qPrintable(faulty.error()));
        Client client(cacheFile(), faulty.baseUrl(), faulty.apiKey());
        api::RetryPolicy patient;
        patient.maxAttempts = 8;
        patient.baseDelayMs = 5;
        patient.maxDelayMs = 50;
        client.api.setRetryPolicy(patient);
        sync::SyncSummary summary;
        for (int run = 0; run < 5 && !summary.ok; ++run) // a run may still give up: the next resumes
            summary = test::runSync(*client.engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary()));

        // The same data without faults, synced into another cache: identical.
        sandbox::SandboxOptions clean;
        clean.dataFile = faulty.dataFile();
        // The faulty server stays up; a second, clean server reads the same file.
        SandboxFixture reference(clean);
        Client referenceClient(cacheFile(), reference.baseUrl(), reference.apiKey());
        QVERIFY(test::runSync(*referenceClient.engine).ok);
        // Webhooks name the API they were read from: the two servers have different ports.
        const auto withoutApiUrl = [](QMap<QString, QJsonObject> dump) {
            for (QJsonObject &object : dump)
                object.remove(QStringLiteral("api_url"));
            return dump;
        };
        const auto synced = withoutApiUrl(test::dumpCache(*client.db));
        const auto expected = withoutApiUrl(test::dumpCache(*referenceClient.db));
        QStringList differences;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (synced.value(it.key()) != it.value())
                differences << it.key();
        }
        for (auto it = synced.begin(); it != synced.end(); ++it) {
            if (!expected.contains(it.key()))
                differences << QStringLiteral("extra ") + it.key();
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 10).join(QStringLiteral(", "))));
        QCOMPARE(synced.size(), expected.size());
    }

    void badInputLeavesTheCacheAsItWas_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a Connect API")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>")
            << QStringLiteral("not JSON");
        QTest::newRow("malformed JSON") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Range: items 0-0/1\r\nContent-Length: "
            "8\r\n\r\n[{\"id\":1") << QStringLiteral("not JSON");
        QTest::newRow("wrong Content-Range") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Range: items banana\r\nContent-Length: "
            "2\r\n\r\n[]") << QStringLiteral("Content-Range");
        // Issue 17, point 3: one row per kind of bad reply, so each keeps a clear error and leaves nothing applied.
        QTest::newRow("object for a list") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Range: items 0-0/1\r\nContent-Length: "
            "10\r\n\r\n{\"id\":\"x\"}") << QStringLiteral("expected a JSON array");
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        QTest::newRow("10,000-deep nesting") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Range: items 0-0/1\r\nContent-Length: "
            + QByteArray::number(deep.size()) + "\r\n\r\n" + deep)
                                             << QStringLiteral("nested");
        const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        QTest::newRow("HTML error page") << QByteArray(
            "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(html.size())
            + "\r\n\r\n" + html) << QStringLiteral("502");
        QTest::newRow("wrong key") << QByteArray(
            "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 67\r\n\r\n"
            R"({"error_code":"AUTH_001","errors":["API request is unauthorized."]})")
                                   << QStringLiteral("AUTH_001");
    }

    void badInputLeavesTheCacheAsItWas()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, expected);
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        SandboxFixture sandbox(options);
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        const auto before = test::dumpCache(*client.db);
        const auto cursorsBefore = client.engine->syncState().all().size();

        CannedServer bad(response);
        client.api.setEndpoint(QUrl(bad.endpoint()));
        api::RetryPolicy once;
        once.maxAttempts = 1;
        client.api.setRetryPolicy(once);
        const sync::SyncSummary summary = test::runSync(*client.engine);
        QVERIFY(!summary.ok);
        const QString said = api::ApiError::kindName(summary.error.kind) + QLatin1Char(' ') + summary.error.summary();
        QVERIFY2(said.contains(expected), qPrintable(said));
        // Says where: the request that got the bad reply. Which collection fails first depends on how the
        // pipelined sync's parallel requests are scheduled, so any Connect path of this pass counts.
        static const QRegularExpression where(QStringLiteral("GET /[a-z/-]+\\?"));
        QVERIFY2(where.match(summary.error.summary()).hasMatch(), qPrintable(summary.error.summary()));
        QCOMPARE(test::dumpCache(*client.db), before);
        QCOMPARE(client.engine->syncState().all().size(), cursorsBefore);
    }
};

CV_TEST_CORE_MAIN(TestSync)
#include "tst_sync.moc"
