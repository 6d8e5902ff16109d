// The pipelined pull (issue 12 point 3) against the real sandbox over HTTP into a real SQLite cache: pages of
// 1,000, collections listed over several connections at once, every write on the writer's own connection (the
// caller's connection only reads), and a run stopped after a committed batch resuming without gaps or doubles.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/store/syncstate.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

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
        api.setRetryPolicy(policy);
        db = std::move(store::CacheDatabase::open(cacheFile)).value();
        engine = std::make_unique<sync::SyncEngine>(api, *db);
    }
};

sandbox::SandboxOptions demo(int requests, const QString &faults = {})
{
    sandbox::SandboxOptions options;
    options.seed = QStringLiteral("demo");
    options.seedRequests = requests;
    options.faults = faults;
    return options;
}

/// Rows this connection has inserted, updated or deleted since it was opened (SQLite's total_changes()).
qint64 changesBy(store::CacheDatabase &db)
{
    QSqlQuery query(db.db());
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() ? query.value(0).toLongLong() : -1;
}

QStringList serverIds(SandboxFixture &sandbox, const QString &collection)
{
    QStringList ids;
    for (int offset = 0;; offset += 1000) {
        const QJsonArray page
            = sandbox.get(QStringLiteral("/%1?limit=1000&offset=%2").arg(collection).arg(offset)).array();
        for (const QJsonValue &value : page)
            ids << value.toObject().value(QStringLiteral("id")).toString();
        if (page.size() < 1000)
            return ids;
    }
}

} // namespace

class TestSyncPipeline final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString cacheFile() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    /// Pages of 1,000 (the API's maximum), and with a server that takes 40 ms per answer the default sync has
    /// several requests out at once (independent collections in parallel).
    void pagesOfAThousandOverSeveralConnections()
    {
        SandboxFixture sandbox(demo(2100, QStringLiteral("latency=40")));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        const sync::SyncSummary summary = test::runSync(*client.engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary() + summary.storeError));
        QCOMPARE(sandbox.server().largestPage(), 1000);
        QVERIFY2(sandbox.server().maxConcurrentRequests() >= 2,
            qPrintable(QString::number(sandbox.server().maxConcurrentRequests())));
        QCOMPARE(client.engine->objects().count(QStringLiteral("requests")),
            sandbox.get(QStringLiteral("/requests?limit=0")).total());
    }

    /// One connection when asked for one.
    void oneConnectionWhenAskedForOne()
    {
        SandboxFixture sandbox(demo(300, QStringLiteral("latency=20")));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        sync::SyncEngine::Options options;
        options.connections = 1;
        QVERIFY(test::runSync(*client.engine, options).ok);
        QCOMPARE(sandbox.server().maxConcurrentRequests(), 1);
    }

    /// The pages are written by the writer thread over its own connection: the caller's connection (the GUI
    /// thread's in the app) changes nothing during a pull, so it never waits for a write lock.
    void theCallersConnectionOnlyReads()
    {
        SandboxFixture sandbox(demo(1500));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        const qint64 before = changesBy(*client.db);
        QVERIFY(before >= 0);
        sync::SyncEngine::Options pullOnly;
        pullOnly.push = false;
        const sync::SyncSummary summary = test::runSync(*client.engine, pullOnly);
        QVERIFY2(summary.ok, qPrintable(summary.error.summary() + summary.storeError));
        QVERIFY(client.engine->objects().count(QStringLiteral("requests")) >= 1500);
        QCOMPARE(changesBy(*client.db), before);
    }

    /// A run stopped after a batch was committed keeps that batch and its cursor; the next run continues from
    /// there (fetching less than everything) and ends with exactly the server's objects.
    void aStoppedRunResumesWithoutGapsOrDoubles()
    {
        SandboxFixture sandbox(demo(7000, QStringLiteral("latency=10")));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        Client client(cacheFile(), sandbox.baseUrl(), sandbox.apiKey());
        QObject context;
        bool cancelled = false;
        QObject::connect(client.engine.get(), &sync::SyncEngine::progress, &context,
            [&](const QString &collection, qint64 done, qint64 total) {
                if (collection == QLatin1String("requests") && done < total && !cancelled) {
                    cancelled = true;
                    client.engine->cancel();
                }
            });
        const sync::SyncSummary first = test::runSync(*client.engine);
        QVERIFY(cancelled);
        QVERIFY(!first.ok);
        const qint64 stored = client.engine->objects().count(QStringLiteral("requests"));
        QVERIFY2(stored > 0 && stored < 7000, qPrintable(QString::number(stored)));
        QCOMPARE(client.engine->syncState().get(QStringLiteral("requests")).offset, stored);

        const sync::SyncSummary second = test::runSync(*client.engine);
        QVERIFY2(second.ok, qPrintable(second.error.summary() + second.storeError));
        const QStringList expected = serverIds(sandbox, QStringLiteral("requests"));
        QCOMPARE(second.collections.value(QStringLiteral("requests")).fetched, qint64(expected.size()) - stored);
        const QStringList cached = client.engine->objects().ids(QStringLiteral("requests"));
        QCOMPARE(QSet<QString>(cached.begin(), cached.end()), QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(cached.size(), expected.size());
    }
};

CV_TEST_CORE_MAIN(TestSyncPipeline)
#include "tst_sync_pipeline.moc"
