// Issue 10, "exactly once, nothing lost, no key leaked": each test reproduces one finding of the fault and
// security probe against the real sandbox over HTTP (or a small raw TCP server where the sandbox cannot
// misbehave that way) and a real SQLite cache.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/accounts/accountregistry.h"
#include "app/accounts/accountvalidator.h"
#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/api/listjob.h"
#include "app/api/rqlquery.h"
#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/threewaymerge.h"
#include "sandbox/store/sandboxstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

using namespace cv;
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

/// A raw HTTP server on loopback that answers each request with `respond(requestHead, socket)` and records
/// what it received (to see which headers reached it).
class RawServer final : public QTcpServer
{
public:
    using Responder = std::function<void(const QByteArray &head, QTcpSocket *socket)>;
    explicit RawServer(Responder respond)
        : m_respond(std::move(respond))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    requests << head;
                    m_respond(head, socket);
                });
            }
        });
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QList<QByteArray> requests;

private:
    Responder m_respond;
};

QByteArray redirectTo(const QString &location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location.toUtf8() + "\r\nContent-Length: 0\r\n\r\n";
}

QJsonObject webhook(const QString &label, const QString &product = QStringLiteral("PRD-000-000-000"))
{
    return { { QStringLiteral("label"), label },
        { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), product } } },
        { QStringLiteral("object_class"), QStringLiteral("fulfillment_request") },
        { QStringLiteral("external_url"), QStringLiteral("https://hooks.example.com/lost-answer") },
        { QStringLiteral("active"), false } };
}

int countWith(SandboxFixture &sandbox, const QString &path, const QString &field, const QString &value)
{
    int count = 0;
    for (const QJsonValue &object : sandbox.get(path + QStringLiteral("?limit=1000")).array())
        count += object.toObject().value(field).toString() == value ? 1 : 0;
    return count;
}

/// Every secret value the sandbox holds: the API key's secret part, API tokens, webhook and action JWT
/// secrets (products and their version snapshots).
QStringList sandboxSecrets(SandboxFixture &sandbox)
{
    QStringList secrets;
    const QString key = QString::fromUtf8(sandbox.apiKey());
    secrets << key.mid(key.indexOf(u':') + 1);
    sandbox::SandboxStore &store = sandbox.server().store();
    for (const QJsonObject &token : store.all(QStringLiteral("tokens")))
        secrets << token.value(QStringLiteral("token")).toString();
    for (const QJsonObject &hook : store.all(QStringLiteral("webhooks")))
        secrets << hook.value(QStringLiteral("jwt_secret")).toString();
    for (const QJsonObject &product : store.all(QStringLiteral("products"))) {
        const QString id = product.value(QStringLiteral("id")).toString();
        secrets << sync::valueAt(product, QStringLiteral("customer_ui_settings.action.jwt_secret")).toString();
        for (const QJsonObject &version : store.all(QStringLiteral("versions"), id))
            secrets << sync::valueAt(version, QStringLiteral("customer_ui_settings.action.jwt_secret")).toString();
    }
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    return secrets;
}

/// Files under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSyncSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString cacheFile() { return m_dir.filePath(QStringLiteral("cache-%1/cache.sqlite").arg(++m_files)); }

    static sandbox::SandboxOptions demo()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        return options;
    }

private Q_SLOTS:
    /// Point 1: a create whose answer is lost is not sent again blindly (the probe saw 5 webhooks).
    void aLostAnswerNeverCreatesTwice()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);

        const QString label = QStringLiteral("Lost answer hook");
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        store::OutboxEntry create;
        QVERIFY(client.changes().create(QStringLiteral("webhooks"), QString(), webhook(label, product), create).ok());

        // Every answer is cut after the server acted; the client retries as it normally would.
        sandbox::SandboxOptions cut;
        cut.dataFile = sandbox.dataFile();
        cut.faults = QStringLiteral("cut=1,seed=3");
        SandboxFixture cutting(cut);
        QVERIFY2(cutting.ok(), qPrintable(cutting.error()));
        client.api.setEndpoint(QUrl(cutting.baseUrl()));
        sync::SyncEngine::Options pushOnly;
        pushOnly.pull = false;
        const sync::SyncSummary lost = test::runSync(*client.engine, pushOnly);
        QVERIFY(!lost.ok);
        QCOMPARE(countWith(sandbox, QStringLiteral("/notifications/webhooks"), QStringLiteral("label"), label), 1);

        // Back online: the earlier create is found and adopted, not repeated.
        client.api.setEndpoint(QUrl(sandbox.baseUrl()));
        const sync::SyncSummary done = test::runSync(*client.engine);
        QVERIFY2(done.ok, qPrintable(done.error.summary()));
        QCOMPARE(client.engine->outbox().size(), 0);
        QCOMPARE(countWith(sandbox, QStringLiteral("/notifications/webhooks"), QStringLiteral("label"), label), 1);
        int cached = 0;
        for (const store::CachedObject &object : client.engine->objects().list(QStringLiteral("webhooks"), QString())) {
            if (object.json.value(QStringLiteral("label")).toString() == label) {
                ++cached;
                QVERIFY2(!store::LocalChanges::isLocalId(object.id), qPrintable(object.id));
            }
        }
        QCOMPARE(cached, 1);
    }

    /// Point 1 at the job level: a POST is not repeated after a 5xx; a GET is.
    void aPostIsNotRepeatedAfterAServerError()
    {
        int posts = 0;
        RawServer server([&posts](const QByteArray &head, QTcpSocket *socket) {
            posts += head.startsWith("POST") ? 1 : 0;
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(server.origin() + QStringLiteral("/public/v1")));
        api.setApiKey("SU-000-000-000:abc");
        api::RetryPolicy fast;
        fast.baseDelayMs = 1;
        fast.maxDelayMs = 5;
        api.setRetryPolicy(fast);
        api::ApiJob *post = api.post(QStringLiteral("/notifications/webhooks"), webhook(QStringLiteral("x")));
        QSignalSpy postDone(post, &api::ApiJob::finished);
        QVERIFY(postDone.wait(10000));
        QCOMPARE(posts, 1);
        api::ApiJob *get = api.get(QStringLiteral("/notifications/webhooks"));
        QSignalSpy getDone(get, &api::ApiJob::finished);
        QVERIFY(getDone.wait(10000));
        QCOMPARE(server.requests.size(), 1 + fast.maxAttempts);
    }

    /// Point 2: an offline create whose first attempt failed is never matched with an older object of the
    /// same name: "Backup Pro" exists on the server, the user creates another one offline.
    void anOfflineCreateNeverAdoptsAnotherObject()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const auto existing
            = sandbox.post(QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Backup Pro") } });
        QCOMPARE(existing.status, 201);
        const QString existingId = existing.object().value(QStringLiteral("id")).toString();
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        QTest::qWait(20); // the server's clock moves on: its product is older than the offline create

        store::OutboxEntry create;
        create.naturalKey = QStringLiteral("Backup Pro");
        create.body = { { QStringLiteral("name"), QStringLiteral("Backup Pro") } };
        const auto product = client.changes().create(QStringLiteral("products"), QString(),
            { { QStringLiteral("name"), QStringLiteral("Backup Pro") } }, create);
        QVERIFY(product.ok());
        const QJsonObject item { { QStringLiteral("name"), QStringLiteral("Backup seat") },
            { QStringLiteral("mpn"), QStringLiteral("MPN-BACKUP-SEAT") },
            { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("period"), QStringLiteral("monthly") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } };
        QVERIFY(client.changes().create(QStringLiteral("items"), product.value().id, item, store::OutboxEntry()).ok());

        // A first attempt is recorded (connection refused: nothing listens there).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        client.api.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/public/v1").arg(closedPort)));
        QVERIFY(!test::runSync(*client.engine).ok);

        client.api.setEndpoint(QUrl(sandbox.baseUrl()));
        const sync::SyncSummary done = test::runSync(*client.engine);
        QVERIFY2(done.ok, qPrintable(done.error.summary()));
        QCOMPARE(
            countWith(sandbox, QStringLiteral("/products"), QStringLiteral("name"), QStringLiteral("Backup Pro")), 2);
        QCOMPARE(countWith(sandbox, QStringLiteral("/products/%1/items").arg(existingId), QStringLiteral("mpn"),
                     QStringLiteral("MPN-BACKUP-SEAT")),
            0);
        QCOMPARE(client.engine->outbox().size(), 0);
    }

    /// Point 2, the doubtful case: after a lost answer a NEW object of that name but with other values
    /// appears (someone else's): it is neither adopted nor created again; the user is asked.
    void aDoubtfulMatchWaitsForTheUser()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        const QString label = QStringLiteral("Shared label");
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY(client.changes()
                    .create(QStringLiteral("webhooks"), QString(), webhook(label, product), store::OutboxEntry())
                    .ok());
        // The create was sent before (a killed run), then a colleague made a webhook with that label.
        QSqlQuery(client.db->db()).exec(QStringLiteral("UPDATE outbox SET attempts = 1"));
        QJsonObject theirs = webhook(label, product);
        theirs.insert(QStringLiteral("external_url"), QStringLiteral("https://colleague.example.com/hook"));
        QCOMPARE(sandbox.post(QStringLiteral("/notifications/webhooks"), theirs).status, 201);

        test::runSync(*client.engine);
        QCOMPARE(countWith(sandbox, QStringLiteral("/notifications/webhooks"), QStringLiteral("label"), label), 1);
        const QList<store::OutboxEntry> failed = client.engine->outbox().failed();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(
            failed.first().lastError.contains(QStringLiteral("needs attention")), qPrintable(failed.first().lastError));
    }

    /// Point 7: a cache write that fails (here: a dropped table) stops the sync with an error; it is not
    /// reported as fetched and the cursor does not move.
    void aFailedCacheWriteIsNotASuccess()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        QVERIFY(client.db->exec(QStringLiteral("DROP TABLE tier_accounts")).ok());
        sync::SyncEngine::Options full;
        full.full = true;
        const sync::SyncSummary summary = test::runSync(*client.engine, full);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.storeError.contains(QStringLiteral("tier_accounts")), qPrintable(summary.storeError));
        QCOMPARE(summary.collections.value(QStringLiteral("tier_accounts")).fetched, 0);
    }

    /// Point 7: a server time in the far future does not become the incremental cursor (which would hide
    /// every later change).
    void aFutureStampDoesNotBecomeTheCursor()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QJsonArray requests = sandbox.get(QStringLiteral("/requests?limit=2")).array();
        QCOMPARE(requests.size(), 2);
        QJsonObject bogus = requests.at(0).toObject();
        bogus.insert(QStringLiteral("updated"), QStringLiteral("9999-12-31T23:59:59+00:00"));
        QVERIFY(sandbox.server().store().put(QStringLiteral("requests"), bogus));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);

        const QString other = requests.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(sandbox
                     .put(QStringLiteral("/requests/") + other,
                         { { QStringLiteral("note"), QStringLiteral("changed later") } })
                     .status,
            200);
        const sync::SyncSummary second = test::runSync(*client.engine);
        QVERIFY2(second.ok, qPrintable(second.error.summary()));
        QCOMPARE(client.engine->objects()
                     .get(QStringLiteral("requests"), other)
                     ->json.value(QStringLiteral("note"))
                     .toString(),
            QStringLiteral("changed later"));
    }

    /// Point 7: each product version is its own cached row, although the API gives them the product's id.
    void everyVersionIsKept()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const auto published = sandbox.post(QStringLiteral("/products/%1/versions").arg(product),
            { { QStringLiteral("changes_description"), QStringLiteral("Second") } });
        QVERIFY2(published.status == 201, published.body.constData());
        const qint64 onServer = sandbox.get(QStringLiteral("/products/%1/versions").arg(product)).total();
        QVERIFY(onServer >= 2);
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        QCOMPARE(qint64(client.engine->objects().list(QStringLiteral("versions"), product).size()), onServer);
    }

    /// Point 7: accounts.json entries of the wrong type are not silently erased: the file is kept as .bad.
    void wronglyTypedAccountsAreKeptAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("accounts.json"));
        const QByteArray original
            = R"({"current":"","accounts":[)"
              R"({"id":"VA-000-001","name":"Good","type":"vendor","endpoint":"https://api.example.com/public/v1"},)"
              R"({"id":"VA-000-002","name":42,"type":"vendor","endpoint":"https://api.example.com/public/v1"}]})";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        accounts::AccountRegistry registry(path);
        QCOMPARE(registry.accounts().size(), 1);
        QVERIFY2(registry.loadWarning().contains(QStringLiteral(".bad")), qPrintable(registry.loadWarning()));
        accounts::Account added = registry.accounts().first();
        added.label = QStringLiteral("renamed");
        QVERIFY(registry.addOrUpdate(added));
        QFile bad(path + QStringLiteral(".bad"));
        QVERIFY(bad.open(QIODevice::ReadOnly));
        QCOMPARE(bad.readAll(), original);
    }

#if defined(Q_OS_LINUX)
    /// Point 4: a full disk (a file-size limit here) is reported as such while syncing; a checkpoint cut short
    /// at close leaves a file that SQLite recovers from its WAL, and the outbox is still there.
    void aFullDiskLosesNothing()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QString file = cacheFile();
        const QString copy = m_dir.filePath(QStringLiteral("crashed/cache.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        qint64 objectsBefore = 0;
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing the test
        struct rlimit unlimited
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &unlimited), 0);
        {
            Client client(file, sandbox.baseUrl(), sandbox.apiKey());
            QVERIFY(client.db->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")).ok());
            QJsonObject edited { { QStringLiteral("id"), product }, { QStringLiteral("name"), QStringLiteral("x") } };
            store::OutboxEntry update;
            update.operation = QStringLiteral("update");
            // The first sync fills the cache; an offline edit waits in the outbox.
            QVERIFY(test::runSync(*client.engine).ok);
            edited = client.engine->objects().get(QStringLiteral("products"), product)->json;
            edited.insert(QStringLiteral("short_description"), QStringLiteral("Written before the disk filled up"));
            QVERIFY(client.changes().update(QStringLiteral("products"), product, edited, update).ok());
            objectsBefore = client.engine->objects().count(QStringLiteral("requests"));

            // The disk fills up during a full sync: the run stops and says so. The WAL is emptied first: SQLite
            // reuses a WAL from its start after a checkpoint, so with compressed bodies (schema v6) a whole sync
            // can fit inside the WAL the first sync left and never grow a file past the limit.
            QVERIFY(client.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            struct rlimit small = unlimited;
            small.rlim_cur = QFileInfo(file + QStringLiteral("-wal")).size() + 16 * 1024;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            sync::SyncEngine::Options full;
            full.full = true;
            full.push = false;
            const sync::SyncSummary summary = test::runSync(*client.engine, full);
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &unlimited), 0);
            QVERIFY(!summary.ok);
            QVERIFY2(summary.storeError.contains(QStringLiteral("disk is full")),
                qPrintable(summary.storeError + summary.error.summary()));

            // A crash now leaves the database and its WAL as they are on disk.
            for (const QString &suffix : { QString(), QStringLiteral("-wal") })
                QVERIFY(QFile::copy(file + suffix, copy + suffix));
        }
        {
            // Opened with the disk full: the checkpoint at close copies what fits and fails.
            struct rlimit small = unlimited;
            small.rlim_cur = QFileInfo(copy).size() + 8 * 1024;
            auto opened = store::CacheDatabase::open(copy);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
            auto db = std::move(opened).value();
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            db.reset();
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &unlimited), 0);
        }
        // Space is back: the file opens (SQLite replays the WAL) with every object and the outbox.
        auto reopened = store::CacheDatabase::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error()));
        auto db = std::move(reopened).value();
        QCOMPARE(store::Outbox(*db).size(), 1);
        QCOMPARE(store::ObjectRepository(*db).count(QStringLiteral("requests")), objectsBefore);
    }
#endif

    /// Point 3: the API key is never sent to another origin; the error names the redirect target.
    void theApiKeyNeverFollowsARedirect()
    {
        RawServer elsewhere([](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
            socket->disconnectFromHost();
        });
        const QString target = elsewhere.origin() + QStringLiteral("/public/v1/accounts");
        RawServer redirecting([target](const QByteArray &, QTcpSocket *socket) {
            socket->write(redirectTo(target));
            socket->disconnectFromHost();
        });
        QNetworkAccessManager network;
        accounts::AccountValidator validator(&network);
        accounts::ValidationResult result;
        bool done = false;
        validator.validate(redirecting.origin() + QStringLiteral("/public/v1"), "SU-123-456-789:topsecretvalue",
            [&](const accounts::ValidationResult &r) {
                result = r;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QVERIFY2(result.detail.contains(QStringLiteral("redirects to ") + target), qPrintable(result.detail));
        QVERIFY(result.status != accounts::ValidationStatus::Ok);

        api::ApiClient api(&network);
        api.setEndpoint(QUrl(redirecting.origin() + QStringLiteral("/public/v1")));
        api.setApiKey("SU-123-456-789:topsecretvalue");
        api::ApiJob *job = api.get(QStringLiteral("/accounts"));
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!job->ok());
        QVERIFY2(job->error().summary().contains(QStringLiteral("redirects to ") + target),
            qPrintable(job->error().summary()));
        // A link asked for as such (an agreement's document): the 3xx is the answer, with its Location, and it is
        // still not followed.
        api::ApiJob *link = api.getLink(QStringLiteral("/agreements/AGP-1/versions/1/document"));
        QSignalSpy linked(link, &api::ApiJob::finished);
        QVERIFY(linked.wait(10000));
        QVERIFY2(link->ok(), qPrintable(link->error().summary()));
        QCOMPARE(link->response().status, 302);
        QCOMPARE(QString::fromUtf8(link->response().header("Location")), target);
        for (const QByteArray &request : std::as_const(elsewhere.requests))
            QVERIFY2(!request.contains("topsecretvalue"), request.constData());
        QVERIFY(elsewhere.requests.isEmpty());
    }

    /// Point 5: after a seeded sync no secret the sandbox knows is in the cache files (json or base_json of any
    /// collection, -wal included), and the cache is private to its owner.
    void noSecretReachesTheCache()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        // A regenerated action secret reaches the product and, once published, its versions.
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QCOMPARE(sandbox.post(QStringLiteral("/products/%1/actions/regeneratesecret").arg(product)).status, 200);
        const QString file = cacheFile();
        {
            Client client(file, sandbox.baseUrl(), sandbox.apiKey());
            const sync::SyncSummary summary = test::runSync(*client.engine);
            QVERIFY2(summary.ok, qPrintable(summary.error.summary()));
            QVERIFY(client.engine->objects().count(QStringLiteral("versions")) > 0);
            QVERIFY(client.engine->objects().count(QStringLiteral("webhooks")) > 0);
            const QStringList secrets = sandboxSecrets(sandbox);
            QVERIFY2(secrets.size() >= 4, qPrintable(secrets.join(u' ')));
            QStringList leaks;
            for (const QString &secret : secrets) {
                for (const QString &path : filesContaining(QFileInfo(file).absolutePath(), secret.toUtf8()))
                    leaks << QStringLiteral("%1... in %2").arg(secret.left(6), path);
            }
            // The JSON bodies are stored compressed (schema v6): a secret in them would not show in the file's
            // bytes, so every object and base is also read back through the store.
            for (const store::CollectionSpec &spec : store::collections()) {
                const QList<store::CachedObject> objects
                    = client.engine->objects().list(spec.name, QString(), store::ObjectQuery().withDeleted());
                for (const store::CachedObject &object : objects) {
                    QByteArray text = QJsonDocument(object.json).toJson(QJsonDocument::Compact);
                    if (object.base)
                        text += QJsonDocument(*object.base).toJson(QJsonDocument::Compact);
                    for (const QString &secret : secrets) {
                        if (text.contains(secret.toUtf8()))
                            leaks << QStringLiteral("%1... in %2/%3").arg(secret.left(6), spec.name, object.id);
                    }
                }
            }
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
        QDirIterator it(QFileInfo(file).absolutePath(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            const auto mode = QFile::permissions(path);
            QVERIFY2(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)),
                qPrintable(QStringLiteral("%1: mode %2").arg(path).arg(int(mode), 0, 16)));
        }
        const auto folder = QFile::permissions(QFileInfo(file).absolutePath());
        QVERIFY2(!(folder & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup)),
            qPrintable(QString::number(int(folder), 16)));
    }

    /// Point 6: a body that drips forever ends at the per-request deadline (the transfer timeout alone
    /// restarts with every byte).
    void aDrippingBodyEndsAtTheDeadline()
    {
        QList<QPointer<QTcpSocket>> sockets;
        RawServer dripping([&sockets](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            sockets << socket;
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(50);
        });
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(dripping.origin() + QStringLiteral("/public/v1")));
        api.setApiKey("SU-000-000-000:abc");
        api::RetryPolicy policy;
        policy.maxAttempts = 1;
        policy.timeoutMs = 400; // never reached: a byte arrives every 50 ms
        policy.deadlineMs = 1500;
        api.setRetryPolicy(policy);
        QElapsedTimer clock;
        clock.start();
        api::ApiJob *job = api.get(QStringLiteral("/accounts"));
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(8000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(job->error().kind, api::ApiError::Kind::Timeout);
        QVERIFY2(job->error().summary().contains(QStringLiteral("1500 ms")), qPrintable(job->error().summary()));

        accounts::AccountValidator validator(&network);
        validator.setTimeout(400);
        validator.setDeadline(1500);
        bool done = false;
        accounts::ValidationResult result;
        validator.validate(dripping.origin() + QStringLiteral("/public/v1"), "SU-000-000-000:abc",
            [&](const accounts::ValidationResult &r) {
                result = r;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 8000));
        QCOMPARE(result.status, accounts::ValidationStatus::Unreachable);
    }

    /// Point 6: a server that claims a huge total and returns the same full page forever is stopped.
    void pagingThatNeverAdvancesStops()
    {
        RawServer endless([](const QByteArray &head, QTcpSocket *socket) {
            QJsonArray page;
            for (int i = 0; i < 10; ++i)
                page.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("PR-%1").arg(i) } });
            const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Compact);
            const int at = int(head.indexOf("offset="));
            const QByteArray offset = at < 0 ? QByteArray("0") : head.mid(at + 7).split('&').first().split(' ').first();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Range: items " + offset + "-"
                + QByteArray::number(offset.toLongLong() + 9)
                + "/100000000\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(endless.origin() + QStringLiteral("/public/v1")));
        api.setApiKey("SU-000-000-000:abc");
        api::ListJob *list = api.list(QStringLiteral("/requests"), api::RqlQuery(), 10);
        QSignalSpy finished(list, &api::ListJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!list->ok());
        QVERIFY2(list->error().summary().contains(QStringLiteral("repeats")), qPrintable(list->error().summary()));
        QVERIFY(endless.requests.size() <= 3);
    }

    /// Point 8: an answer larger than the limit is not buffered.
    void anOversizedAnswerIsRefused()
    {
        RawServer huge([](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n[");
            socket->write(QByteArray(64 * 1024, ' '));
        });
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(huge.origin() + QStringLiteral("/public/v1")));
        api.setApiKey("SU-000-000-000:abc");
        api::ApiJob *job = api.get(QStringLiteral("/accounts"));
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->error().kind, api::ApiError::Kind::InvalidResponse);
        QVERIFY2(job->error().summary().contains(QStringLiteral("larger than")), qPrintable(job->error().summary()));
    }

    /// Point 8: hostile RQL nested 10,000 deep gets a 400 (the parser used to overflow the stack), and
    /// the server still answers afterwards.
    void deeplyNestedRqlIsRefused()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const int depth = 10000;
        const QString query = QStringLiteral("not(").repeated(depth) + QStringLiteral("eq(status,pending)")
            + QStringLiteral(")").repeated(depth);
        const auto deep = sandbox.get(QStringLiteral("/requests?") + query);
        QCOMPARE(deep.status, 400);
        QVERIFY2(deep.errors().contains(QStringLiteral("nested")), qPrintable(deep.errors()));
        QString grouped = QStringLiteral("(").repeated(depth) + QStringLiteral("eq(status,pending)")
            + QStringLiteral(")").repeated(depth);
        QCOMPARE(sandbox.get(QStringLiteral("/requests?") + grouped).status, 400);
        QCOMPARE(sandbox.get(QStringLiteral("/requests?limit=1")).status, 200);
        // Deep but within the limit: answered (not "Parameter count mismatch").
        const QString legal = QStringLiteral("not(").repeated(15) + QStringLiteral("eq(status,pending)")
            + QStringLiteral(")").repeated(15);
        const auto answered = sandbox.get(QStringLiteral("/requests?") + legal);
        QVERIFY2(answered.status == 200, qPrintable(answered.errors()));
    }

    /// Point 8: the sandbox refuses a huge request body from its Content-Length instead of buffering it.
    void aHugeRequestBodyIsRefused()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /public/v1/products/" + product.toUtf8()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ApiKey " + sandbox.apiKey()
            + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 314572800\r\n\r\n"
            + QByteArray(64 * 1024, 'a'));
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000));
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QCOMPARE(sandbox.get(QStringLiteral("/products/") + product).status, 200);
    }

    /// Point 8: a malformed customer_ui_settings string is refused instead of wiping the settings.
    void malformedCustomerUiSettingsAreRefused()
    {
        SandboxFixture sandbox(demo());
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QString product = sandbox.get(QStringLiteral("/products"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QJsonObject before = sandbox.get(QStringLiteral("/products/") + product)
                                       .object()
                                       .value(QStringLiteral("customer_ui_settings"))
                                       .toObject();
        QVERIFY(!before.isEmpty());
        const auto put = sandbox.put(QStringLiteral("/products/") + product,
            { { QStringLiteral("customer_ui_settings"), QStringLiteral("{not json") } });
        QCOMPARE(put.status, 400);
        QVERIFY2(put.errors().contains(QStringLiteral("customer_ui_settings")), qPrintable(put.errors()));
        const QJsonObject after = sandbox.get(QStringLiteral("/products/") + product)
                                      .object()
                                      .value(QStringLiteral("customer_ui_settings"))
                                      .toObject();
        QCOMPARE(after, before);
    }
};

CV_TEST_CORE_MAIN(TestSyncSafety)
#include "tst_sync_safety.moc"
