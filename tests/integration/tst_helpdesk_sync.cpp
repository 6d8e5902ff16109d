// Issue 13: support cases and account changes worked offline, pushed by the sync engine to the sandbox over HTTP.
// A reply to a case opened offline waits for the case's server id; when the case itself is refused, the reply
// is held back with it instead of being sent to a path that cannot exist (it used to come back as a 404).
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/helpdesk/caseactions.h"
#include "app/store/localchanges.h"
#include "app/store/outbox.h"
#include "app/sync/refusedchanges.h"

using namespace cv;
using test::SandboxFixture;

namespace {

struct Client
{
    QNetworkAccessManager network;
    api::ApiClient api { &network };
    std::unique_ptr<store::CacheDatabase> db;
    std::unique_ptr<sync::SyncEngine> engine;
    std::unique_ptr<helpdesk::CaseActions> cases;

    Client(const QString &cacheFile, const QString &endpoint, const QByteArray &key)
    {
        api.setEndpoint(QUrl(endpoint));
        api.setApiKey(key);
        db = std::move(store::CacheDatabase::open(cacheFile)).value();
        engine = std::make_unique<sync::SyncEngine>(api, *db);
        cases = std::make_unique<helpdesk::CaseActions>(*db, engine->objects(), engine->outbox());
    }
};

} // namespace

class TestHelpdeskSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyWaitsForItsCase()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        Client client(dir.filePath(QStringLiteral("cache.sqlite")), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);

        const auto opened = client.cases->openCase(QStringLiteral("Reply after the case"),
            QStringLiteral("The reply is sent once the case exists."), 1, {}, {});
        QVERIFY(opened.ok());
        QVERIFY(client.cases->reply(opened.value(), QStringLiteral("A reply written offline."), {}).ok());
        const sync::SyncSummary summary = test::runSync(*client.engine);
        QVERIFY(summary.ok);
        QCOMPARE(summary.pushed, 2);
        const QString caseId = summary.renamedIds.value(opened.value());
        QVERIFY(caseId.startsWith(QStringLiteral("CA-")));
        const test::HttpResponse messages = sandbox.get(QStringLiteral("/conversations/%1/messages").arg(caseId));
        QCOMPARE(messages.array().size(), 1);
        QCOMPARE(messages.array().first().toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("A reply written offline."));
    }

    void replyToARefusedCaseIsHeldBack()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        Client client(dir.filePath(QStringLiteral("cache.sqlite")), sandbox.baseUrl(), sandbox.apiKey());
        QVERIFY(test::runSync(*client.engine).ok);

        // A case Connect refuses (addressed to the vendor's own account), queued as an older version of the app
        // could have, then a reply to it.
        store::LocalChanges changes(*client.db, client.engine->objects(), client.engine->outbox());
        const QJsonObject body { { QStringLiteral("subject"), QStringLiteral("Refused case") },
            { QStringLiteral("description"), QStringLiteral("Addressed to ourselves.") },
            { QStringLiteral("receiver"),
                QJsonObject { { QStringLiteral("account"),
                    QJsonObject { { QStringLiteral("id"),
                        sandbox.get(QStringLiteral("/accounts"))
                            .array()
                            .first()
                            .toObject()
                            .value(QStringLiteral("id")) } } } } } };
        const auto created = changes.create(QStringLiteral("cases"), QString(), body, {});
        QVERIFY(created.ok());
        QVERIFY(client.cases->reply(created.value().id, QStringLiteral("Never sent alone."), {}).ok());

        const sync::SyncSummary summary = test::runSync(*client.engine);
        QCOMPARE(summary.pushFailed, 1); // the case, with Connect's reason
        QCOMPARE(summary.pushSkipped, 1); // the reply waits for it (before: sent and refused with a 404)
        const QList<store::OutboxEntry> failed = client.engine->outbox().failed();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().collection, QStringLiteral("cases"));
        QVERIFY2(failed.first().lastError.startsWith(QStringLiteral("400")), qPrintable(failed.first().lastError));
        QCOMPARE(client.engine->outbox().pending().size(), 1);

        // Giving the refused case up takes its held-back reply with it: nothing is left to send or to show.
        sync::RefusedChanges refused(*client.db, client.engine->objects(), client.engine->outbox());
        QCOMPARE(refused.of(QStringLiteral("cases"), created.value().id).size(), 1);
        QVERIFY(refused.discard(QStringLiteral("cases"), created.value().id).ok());
        QCOMPARE(client.engine->outbox().size(), 0);
        QVERIFY(!client.engine->objects().get(QStringLiteral("cases"), created.value().id));
        QVERIFY(client.cases->thread(created.value().id).isEmpty());
        QCOMPARE(test::runSync(*client.engine).pushFailed, 0);
    }
};

CV_TEST_CORE_MAIN(TestHelpdeskSync)
#include "tst_helpdesk_sync.moc"
