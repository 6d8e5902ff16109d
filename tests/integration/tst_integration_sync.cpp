// The API module's offline edits against the sandbox over loopback (real SQLite cache, real sync engine):
// a webhook created offline reaches Connect with the secret the wizard showed although neither the cache nor
// the outbox ever holds it (the push takes it from IntegrationActions, in memory); after a restart that lost the
// memory, Connect makes its own secret. Token activate/deactivate/delete go out with the sync. And the sandbox's
// token permissions: a token granted one module gets 403 elsewhere.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/apimodule/integrationactions.h"
#include "app/store/outbox.h"

#include <QDirIterator>
#include <QJsonArray>

using namespace cv;
using test::SandboxFixture;

namespace {

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestIntegrationSync final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_productId;

    struct Client
    {
        std::unique_ptr<api::ApiClient> api;
        std::unique_ptr<store::CacheDatabase> db;
        std::unique_ptr<sync::SyncEngine> engine;
        std::unique_ptr<apimodule::IntegrationActions> actions;
    };

    /// A client on the cache file in m_dir, its push asking `actions` for secrets (as AccountServices wires it).
    Client open(const QByteArray &key)
    {
        Client client;
        client.api = std::make_unique<api::ApiClient>(&m_network);
        client.api->setEndpoint(QUrl(m_sandbox->baseUrl()));
        client.api->setApiKey(key);
        client.db = std::move(store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")))).value();
        client.engine = std::make_unique<sync::SyncEngine>(*client.api, *client.db);
        client.actions = std::make_unique<apimodule::IntegrationActions>(
            *client.db, client.engine->objects(), client.engine->outbox());
        client.engine->setSecretSource(
            [actions = client.actions.get()](const store::OutboxEntry &entry) { return actions->secretsFor(entry); });
        return client;
    }

    apimodule::WebhookDraft draft(const QString &label) const
    {
        apimodule::WebhookDraft d;
        d.label = label;
        d.productId = m_productId;
        d.externalUrl = QStringLiteral("https://hooks.example.com/") + label;
        d.headers = { { QStringLiteral("Content-Type"), QStringLiteral("application/json") } };
        return d;
    }

    QJsonObject serverWebhook(const QString &label)
    {
        const QJsonArray found
            = m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(label,%1)").arg(label)).array();
        return found.size() == 1 ? found.first().toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 4;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_productId = m_sandbox->get(QStringLiteral("/products"))
                          .array()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
        Client client = open(m_sandbox->apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
    }

    void offlineWebhookCarriesTheWizardSecret()
    {
        Client client = open(m_sandbox->apiKey());
        const QString secret = apimodule::newJwtSecret();
        const auto saved = client.actions->createWebhook(draft(QStringLiteral("offline-hook")), secret);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
        QVERIFY(client.engine->outbox().hasUnpushed(QStringLiteral("webhooks"), saved.value().id));
        // Waiting: neither the cached object nor the queued body holds the secret, on disk or in the values.
        QVERIFY(!anyFileContains(m_dir.path(), secret.toUtf8()));
        for (const store::OutboxEntry &entry : client.engine->outbox().pending())
            QVERIFY(!entry.body.contains(QStringLiteral("jwt_secret")));
        QCOMPARE(client.actions->secretInFlight(saved.value().id), secret);

        QVERIFY(test::runSync(*client.engine).ok);
        const QJsonObject server = serverWebhook(QStringLiteral("offline-hook"));
        QCOMPARE(server.value(QStringLiteral("jwt_secret")).toString(), secret);
        QCOMPARE(
            server.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(), m_productId);
        QVERIFY(!anyFileContains(m_dir.path(), secret.toUtf8()));
        // Edit, disable: sent by the next sync, the secret unchanged.
        const QString id = server.value(QStringLiteral("id")).toString();
        apimodule::WebhookDraft changed = draft(QStringLiteral("offline-hook"));
        changed.description = QStringLiteral("now with a description");
        QVERIFY(client.actions->updateWebhook(id, changed));
        QVERIFY(client.actions->setWebhookActive(id, false));
        QVERIFY(test::runSync(*client.engine).ok);
        const QJsonObject after = serverWebhook(QStringLiteral("offline-hook"));
        QCOMPARE(after.value(QStringLiteral("description")).toString(), QStringLiteral("now with a description"));
        QCOMPARE(after.value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(after.value(QStringLiteral("jwt_secret")).toString(), secret);
        QVERIFY(client.actions->removeWebhook(id));
        QVERIFY(test::runSync(*client.engine).ok);
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks/%1").arg(id)).status, 404);
    }

    void secretLostWithTheAppConnectMakesOne()
    {
        QString localId;
        const QString secret = apimodule::newJwtSecret();
        {
            Client before = open(m_sandbox->apiKey());
            localId = before.actions->createWebhook(draft(QStringLiteral("restart-hook")), secret).value().id;
        } // the app quits before syncing: the secret was in memory only
        Client after = open(m_sandbox->apiKey());
        QVERIFY(after.actions->secretInFlight(localId).isEmpty());
        QVERIFY(test::runSync(*after.engine).ok);
        const QString made
            = serverWebhook(QStringLiteral("restart-hook")).value(QStringLiteral("jwt_secret")).toString();
        QVERIFY(!made.isEmpty());
        QVERIFY(made != secret);
    }

    void tokenActionsGoOutWithTheSync()
    {
        const auto created = m_sandbox->post(QStringLiteral("/auth/tokens"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("script") },
                { QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } });
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        Client client = open(m_sandbox->apiKey());
        QVERIFY(test::runSync(*client.engine).ok);
        QVERIFY(client.actions->setTokenActive(id, false));
        QCOMPARE(
            client.engine->objects().get(QStringLiteral("tokens"), id)->json.value(QStringLiteral("status")).toString(),
            QStringLiteral("inactive"));
        QVERIFY(test::runSync(*client.engine).ok);
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/%1").arg(id))
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("inactive"));
        QVERIFY(client.actions->removeToken(id));
        QVERIFY(test::runSync(*client.engine).ok);
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/%1").arg(id)).status, 404);
        QVERIFY(!client.engine->objects().get(QStringLiteral("tokens"), id));
    }

    void tokenPermissionsAnswer403Elsewhere()
    {
        const auto created = m_sandbox->post(QStringLiteral("/auth/tokens"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("fulfillment only") },
                { QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } });
        const QByteArray key = created.object().value(QStringLiteral("token")).toString().toUtf8();
        const QString id = created.object().value(QStringLiteral("id")).toString();
        // No grants yet: everything is allowed.
        QCOMPARE(
            m_sandbox->send("GET", QStringLiteral("/notifications/webhooks"), {}, "application/json", key).status, 200);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/auth/tokens/%1/permissions").arg(id),
                         QJsonObject { { QStringLiteral("id"), QStringLiteral("fulfillment") } })
                     .status,
            201);
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/requests"), {}, "application/json", key).status, 200);
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/accounts"), {}, "application/json", key).status, 200);
        // Reads stay open (the sync lists every collection); changes outside the granted modules are refused.
        QCOMPARE(
            m_sandbox->send("GET", QStringLiteral("/notifications/webhooks"), {}, "application/json", key).status, 200);
        const auto refused
            = m_sandbox->send("POST", QStringLiteral("/notifications/webhooks"), "{}", "application/json", key);
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.body.contains("AUTH_003") && refused.body.contains("api module"), refused.body.constData());
        QCOMPARE(m_sandbox->send("POST", QStringLiteral("/products"), "{}", "application/json", key).status, 403);
        // The sandbox's own key is never restricted.
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks")).status, 200);
    }
};

CV_TEST_CORE_MAIN(TestIntegrationSync)
#include "tst_integration_sync.moc"
