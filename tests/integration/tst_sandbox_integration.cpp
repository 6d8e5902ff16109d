// connect-sandbox over real HTTP: API tokens (REFERENCE §3.22) and webhooks (§3.23) including real
// delivery to a receiver in the test, with the HS256 JWT of §5 verified against the webhook's secret.
#include "sandboxfixture.h"
#include "testmain.h"

#include "sandbox/api/sandboxcontext.h"
#include "sandbox/http/jwt.h"
#include "sandbox/seed/demoseed.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

namespace {

/// A minimal HTTP endpoint on 127.0.0.1 that records each request and answers 200 {"ok": true}.
class HookReceiver final : public QObject
{
public:
    struct Call
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-cased names
        QByteArray body;
    };

    HookReceiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    QList<Call> calls;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Call call;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        call.method = requestLine.value(0);
        call.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                call.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = call.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        call.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        calls.append(call);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\nConnection: "
                      "close\r\n\r\n{\"ok\": true}");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestSandboxIntegration final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;

    QJsonObject createToken(const QString &name = QStringLiteral("Zap"))
    {
        const HttpResponse created = m_sandbox->post(QStringLiteral("/auth/tokens"),
            { { QStringLiteral("name"), name },
                { QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("zapier") } } } });
        [&] { QCOMPARE(created.status, 201); }();
        return created.object();
    }

    QJsonObject webhookBody(const QString &url) const
    {
        return { { QStringLiteral("label"), QStringLiteral("Lab hook") },
            { QStringLiteral("object_class"), QStringLiteral("fulfillment_request") },
            { QStringLiteral("external_url"), url }, { QStringLiteral("product_id"), m_product },
            { QStringLiteral("description"), QStringLiteral("For the test") },
            { QStringLiteral("http_method"), QStringLiteral("POST") },
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("team"), QStringLiteral("lab") } } },
            { QStringLiteral("headers"), QJsonObject { { QStringLiteral("X-Lab-Hook"), QStringLiteral("yes") } } } };
    }

    QJsonObject webhook(const QString &id)
    {
        return m_sandbox->get(QStringLiteral("/notifications/webhooks/") + id).object();
    }
    int stat(const QString &id, const char *name)
    {
        return webhook(id).value(QStringLiteral("stats")).toObject().value(QLatin1String(name)).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse product = m_sandbox->post(
            QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Hooked Product") } });
        QCOMPARE(product.status, 201);
        m_product = product.object().value(QStringLiteral("id")).toString();
    }

    void cleanup() { m_sandbox.reset(); }

    void tokenSecretIsShownOnceAndWorksAtOnce()
    {
        const QJsonObject token = createToken();
        const QString id = token.value(QStringLiteral("id")).toString();
        const QString secret = token.value(QStringLiteral("token")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^SU-\\d{3}-\\d{3}-\\d{3}$")).match(id).hasMatch(), qPrintable(id));
        QVERIFY2(QRegularExpression(QStringLiteral("^SU-\\d{3}-\\d{3}-\\d{3}:[0-9a-f]{32}$")).match(secret).hasMatch(),
            qPrintable(secret));
        QVERIFY(secret.startsWith(id + QLatin1Char(':')));
        QCOMPARE(token.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(token.value(QStringLiteral("extension")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("zapier"));
        QVERIFY(token.value(QStringLiteral("extension"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("EX-")));
        QCOMPARE(token.value(QStringLiteral("owner")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Connect Lab Vendor"));
        QVERIFY(token.value(QStringLiteral("permissions")).isArray());

        // The new key authenticates immediately.
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, secret.toUtf8()).status, 200);

        // Never again in a list or a get.
        const HttpResponse list = m_sandbox->get(QStringLiteral("/auth/tokens"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.total(), 2); // the demo key and this one
        QVERIFY(!list.body.contains(secret.toUtf8()));
        QVERIFY(!list.body.contains(m_sandbox->apiKey()));
        for (const QJsonValue &t : list.array())
            QVERIFY(!t.toObject().contains(QStringLiteral("token")));
        const HttpResponse got = m_sandbox->get(QStringLiteral("/auth/tokens/") + id);
        QCOMPARE(got.status, 200);
        QVERIFY(!got.object().contains(QStringLiteral("token")));
        QVERIFY(!got.body.contains(secret.mid(15).toUtf8()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens?eq(extension.name,zapier)")).total(), 1);
        // A second token of the same extension shares its id.
        QCOMPARE(createToken(QStringLiteral("Zap 2"))
                     .value(QStringLiteral("extension"))
                     .toObject()
                     .value(QStringLiteral("id")),
            token.value(QStringLiteral("extension")).toObject().value(QStringLiteral("id")));
    }

    void tokenValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QByteArray("{\"extension\": {\"name\": \"zapier\"}}") << QStringLiteral("name:");
        QTest::newRow("blank name") << QByteArray("{\"name\": \"  \", \"extension\": {\"name\": \"zapier\"}}")
                                    << QStringLiteral("name:");
        QTest::newRow("long name") << ("{\"name\": \"" + QByteArray(129, 'n')
            + "\", \"extension\": {\"name\": \"zapier\"}}")
                                   << QStringLiteral("name:");
        QTest::newRow("no extension") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("extension:");
        QTest::newRow("unknown extension id")
            << QByteArray("{\"name\": \"x\", \"extension\": {\"id\": \"EX-999-999\"}}") << QStringLiteral("extension:");
        QTest::newRow("bad extension name") << QByteArray("{\"name\": \"x\", \"extension\": {\"name\": \"My Ext\"}}")
                                            << QStringLiteral("extension.name:");
        QTest::newRow("long description")
            << ("{\"name\": \"x\", \"extension\": {\"name\": \"zapier\"}, \"description\": \"" + QByteArray(256, 'd')
                   + "\"}")
            << QStringLiteral("description:");
        QTest::newRow("past expiration") << QByteArray("{\"name\": \"x\", \"extension\": {\"name\": \"zapier\"}, "
                                                       "\"expiration_date\": \"2001-01-01T00:00:00+00:00\"}")
                                         << QStringLiteral("expiration_date:");
        QTest::newRow("bad expiration") << QByteArray(
            "{\"name\": \"x\", \"extension\": {\"name\": \"zapier\"}, \"expiration_date\": \"soon\"}")
                                        << QStringLiteral("expiration_date:");
        QTest::newRow("foreign owner") << QByteArray(
            "{\"name\": \"x\", \"extension\": {\"name\": \"zapier\"}, \"owner\": {\"id\": \"VA-000-000\"}}")
                                       << QStringLiteral("owner:");
    }

    void tokenValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResponse refused = m_sandbox->send("POST", QStringLiteral("/auth/tokens"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY2(refused.errors().startsWith(field), qPrintable(refused.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens")).total(), 1);
    }

    void deactivatedOrDeletedTokenIsLockedOut()
    {
        const QJsonObject token = createToken();
        const QString id = token.value(QStringLiteral("id")).toString();
        const QByteArray secret = token.value(QStringLiteral("token")).toString().toUtf8();

        const HttpResponse off = m_sandbox->post(QStringLiteral("/auth/tokens/%1/deactivate").arg(id));
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        QVERIFY(!off.object().contains(QStringLiteral("token")));
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, secret).status, 401);
        const HttpResponse again = m_sandbox->post(QStringLiteral("/auth/tokens/%1/deactivate").arg(id));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), QStringLiteral("AUTH_012"));
        QVERIFY2(again.errors().contains(id) && again.errors().contains(QStringLiteral("inactive")),
            qPrintable(again.errors()));

        QCOMPARE(m_sandbox->post(QStringLiteral("/auth/tokens/%1/activate").arg(id)).status, 200);
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, secret).status, 200);
        QCOMPARE(m_sandbox->post(QStringLiteral("/auth/tokens/%1/activate").arg(id)).status, 400);

        QCOMPARE(m_sandbox->del(QStringLiteral("/auth/tokens/") + id).status, 204);
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, secret).status, 401);
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/") + id).status, 404);
        QCOMPARE(m_sandbox->del(QStringLiteral("/auth/tokens/") + id).status, 404);
    }

    void demoTokenCannotBeRemoved()
    {
        const QString demoId = QString::fromUtf8(m_sandbox->apiKey()).section(QLatin1Char(':'), 0, 0);
        const HttpResponse del = m_sandbox->del(QStringLiteral("/auth/tokens/") + demoId);
        QCOMPARE(del.status, 400);
        QVERIFY2(del.errors().contains(demoId) && del.errors().contains(QStringLiteral("demo key")),
            qPrintable(del.errors()));
        QCOMPARE(m_sandbox->post(QStringLiteral("/auth/tokens/%1/deactivate").arg(demoId)).status, 400);
        const HttpResponse demo = m_sandbox->get(QStringLiteral("/auth/tokens/") + demoId);
        QCOMPARE(demo.status, 200);
        QCOMPARE(demo.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(!demo.object().contains(QStringLiteral("token")));
    }

    void tokenUpdateAndPermissions()
    {
        const QString id = createToken().value(QStringLiteral("id")).toString();
        const HttpResponse renamed = m_sandbox->put(QStringLiteral("/auth/tokens/") + id,
            { { QStringLiteral("name"), QStringLiteral("Renamed") },
                { QStringLiteral("description"), QStringLiteral("New") } });
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        QVERIFY(!renamed.object().contains(QStringLiteral("token")));
        QCOMPARE(m_sandbox->put(QStringLiteral("/auth/tokens/") + id, { { QStringLiteral("name"), QString() } }).status,
            400);

        const QString path = QStringLiteral("/auth/tokens/%1/permissions").arg(id);
        const HttpResponse granted = m_sandbox->post(path,
            { { QStringLiteral("id"), QStringLiteral("products") },
                { QStringLiteral("object"), QJsonObject { { QStringLiteral("id"), m_product } } } });
        QCOMPARE(granted.status, 201);
        QCOMPARE(granted.object().value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString(),
            m_product);
        QVERIFY(granted.object()
                    .value(QStringLiteral("events"))
                    .toObject()
                    .value(QStringLiteral("granted"))
                    .toObject()
                    .contains(QStringLiteral("at")));
        QCOMPARE(m_sandbox->post(path, { { QStringLiteral("id"), QStringLiteral("requests") } }).status, 201);
        QCOMPARE(m_sandbox->post(path, {}).status, 400);
        QCOMPARE(m_sandbox->get(path).total(), 2);
        QCOMPARE(m_sandbox->get(path + QStringLiteral("?eq(id,products)")).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/") + id)
                     .object()
                     .value(QStringLiteral("permissions"))
                     .toArray()
                     .size(),
            2);
        QCOMPARE(m_sandbox->send("DELETE", path, "{\"id\": \"products\"}").status, 204);
        QCOMPARE(m_sandbox->get(path).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/") + id)
                     .object()
                     .value(QStringLiteral("permissions"))
                     .toArray()
                     .size(),
            1);
    }

    void webhookCrud()
    {
        const HttpResponse created = m_sandbox->post(QStringLiteral("/notifications/webhooks"),
            { { QStringLiteral("label"), QStringLiteral("Minimal") },
                { QStringLiteral("object_class"), QStringLiteral("Fulfillment_Request") },
                { QStringLiteral("external_url"), QStringLiteral("https://hooks.example/x") },
                { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), m_product } } } });
        QCOMPARE(created.status, 201);
        const QJsonObject hook = created.object();
        const QString id = hook.value(QStringLiteral("id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^WH-\\d{3}-\\d{3}-\\d{3}$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(hook.value(QStringLiteral("object_class")).toString(), QStringLiteral("fulfillment_request"));
        QCOMPARE(hook.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
        QCOMPARE(hook.value(QStringLiteral("http_method")).toString(), QStringLiteral("POST"));
        QCOMPARE(hook.value(QStringLiteral("active")).toBool(), true);
        QVERIFY2(QRegularExpression(QStringLiteral("^JWT-[0-9a-f-]{36}$"))
                     .match(hook.value(QStringLiteral("jwt_secret")).toString())
                     .hasMatch(),
            qPrintable(hook.value(QStringLiteral("jwt_secret")).toString()));
        QCOMPARE(hook.value(QStringLiteral("product")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Hooked Product"));
        QCOMPARE(hook.value(QStringLiteral("api_url")).toString(), m_sandbox->baseUrl());
        QCOMPARE(hook.value(QStringLiteral("stats")).toObject(),
            (QJsonObject { { QStringLiteral("events"), 0 }, { QStringLiteral("triggers"), 0 },
                { QStringLiteral("success_triggers"), 0 }, { QStringLiteral("failure_triggers"), 0 },
                { QStringLiteral("failure_since_last_success"), 0 } }));
        QVERIFY(hook.value(QStringLiteral("last_success")).isNull());
        QVERIFY(hook.value(QStringLiteral("last_failure")).isNull());
        QCOMPARE(hook.value(QStringLiteral("data")).toObject(), QJsonObject());

        const HttpResponse updated = m_sandbox->put(QStringLiteral("/notifications/webhooks/") + id,
            { { QStringLiteral("label"), QStringLiteral("Renamed") }, { QStringLiteral("active"), false },
                { QStringLiteral("http_method"), QStringLiteral("get") } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(QStringLiteral("label")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(updated.object().value(QStringLiteral("http_method")).toString(), QStringLiteral("GET"));
        QCOMPARE(updated.object().value(QStringLiteral("jwt_secret")), hook.value(QStringLiteral("jwt_secret")));
        QVERIFY(!updated.object().value(QStringLiteral("modified_at")).toString().isEmpty());
        const HttpResponse badUpdate = m_sandbox->put(QStringLiteral("/notifications/webhooks/") + id,
            { { QStringLiteral("object_class"), QStringLiteral("asset") } });
        QCOMPARE(badUpdate.status, 400);
        QVERIFY2(badUpdate.errors().startsWith(QStringLiteral("object_class:")), qPrintable(badUpdate.errors()));

        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(active,false)")).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(active,true)")).total(), 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(product.id,%1)").arg(m_product)).total(), 1);
        QCOMPARE(m_sandbox->del(QStringLiteral("/notifications/webhooks/") + id).status, 204);
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks/") + id).status, 404);
        QCOMPARE(m_sandbox->post(QStringLiteral("/notifications/webhooks/%1/trigger").arg(id)).status, 404);
    }

    void webhookValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("no label") << QStringLiteral("label") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("label:");
        QTest::newRow("long label") << QStringLiteral("label") << QJsonValue(QString(101, QLatin1Char('l')))
                                    << QStringLiteral("label:");
        QTest::newRow("no url") << QStringLiteral("external_url") << QJsonValue(QJsonValue::Undefined)
                                << QStringLiteral("external_url:");
        QTest::newRow("ftp url") << QStringLiteral("external_url") << QJsonValue(QStringLiteral("ftp://example.com/x"))
                                 << QStringLiteral("external_url:");
        QTest::newRow("not a url") << QStringLiteral("external_url") << QJsonValue(QStringLiteral("hooks"))
                                   << QStringLiteral("external_url:");
        QTest::newRow("bad class") << QStringLiteral("object_class") << QJsonValue(QStringLiteral("asset"))
                                   << QStringLiteral("object_class:");
        QTest::newRow("no class") << QStringLiteral("object_class") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("object_class:");
        QTest::newRow("bad type") << QStringLiteral("type") << QJsonValue(QStringLiteral("sometimes"))
                                  << QStringLiteral("type:");
        QTest::newRow("GET on create") << QStringLiteral("http_method") << QJsonValue(QStringLiteral("GET"))
                                       << QStringLiteral("http_method:");
        QTest::newRow("unknown product") << QStringLiteral("product_id")
                                         << QJsonValue(QStringLiteral("PRD-000-000-000"))
                                         << QStringLiteral("product_id:");
        QTest::newRow("no product") << QStringLiteral("product_id") << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("product_id:");
        QTest::newRow("empty secret") << QStringLiteral("jwt_secret") << QJsonValue(QString())
                                      << QStringLiteral("jwt_secret:");
        QTest::newRow("long secret") << QStringLiteral("jwt_secret") << QJsonValue(QString(101, QLatin1Char('s')))
                                     << QStringLiteral("jwt_secret:");
        QTest::newRow("active not bool") << QStringLiteral("active") << QJsonValue(QStringLiteral("yes"))
                                         << QStringLiteral("active:");
        QTest::newRow("data not object") << QStringLiteral("data") << QJsonValue(3) << QStringLiteral("data:");
        QTest::newRow("header not string")
            << QStringLiteral("headers") << QJsonValue(QJsonObject { { QStringLiteral("X-N"), 1 } })
            << QStringLiteral("headers:");
        QTest::newRow("bad header name") << QStringLiteral("headers")
                                         << QJsonValue(QJsonObject { { QStringLiteral("X N"), QStringLiteral("v") } })
                                         << QStringLiteral("headers:");
    }

    void webhookValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject body = webhookBody(QStringLiteral("https://hooks.example/x"));
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpResponse refused = m_sandbox->post(QStringLiteral("/notifications/webhooks"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY2(refused.errors().startsWith(error), qPrintable(refused.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/notifications/webhooks")).total(), 0);
    }

    void webhookDeliversSignedCalls()
    {
        HookReceiver receiver;
        const HttpResponse created
            = m_sandbox->post(QStringLiteral("/notifications/webhooks"), webhookBody(receiver.url()));
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        const QByteArray secret = created.object().value(QStringLiteral("jwt_secret")).toString().toUtf8();

        // Manual trigger.
        const HttpResponse triggered = m_sandbox->post(QStringLiteral("/notifications/webhooks/%1/trigger").arg(id));
        QCOMPARE(triggered.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.calls.size(), 1, 10000);
        const HookReceiver::Call call = receiver.calls.first();
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.path, QByteArray("/hook"));
        QCOMPARE(call.headers.value("x-lab-hook"), QByteArray("yes"));
        QVERIFY(call.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        QCOMPARE(body.value(QStringLiteral("webhook_id")).toString(), id);
        QCOMPARE(body.value(QStringLiteral("webhook_name")).toString(), QStringLiteral("Lab hook"));
        QCOMPARE(body.value(QStringLiteral("object_class")).toString(), QStringLiteral("fulfillment_requests"));
        QCOMPARE(body.value(QStringLiteral("account_id")).toString(), m_sandbox->server().context().accountId());
        QCOMPARE(body.value(QStringLiteral("product_id")).toString(), m_product);
        QCOMPARE(body.value(QStringLiteral("api_url")).toString(), m_sandbox->baseUrl());
        QVERIFY(QDateTime::fromString(body.value(QStringLiteral("triggered_at")).toString(), Qt::ISODate).isValid());
        QVERIFY(body.value(QStringLiteral("triggered_at")).toString().endsWith(QStringLiteral("+00:00")));
        QVERIFY(
            body.contains(QStringLiteral("last_success_at")) && body.value(QStringLiteral("last_success_at")).isNull());
        QVERIFY(
            body.contains(QStringLiteral("last_failure_at")) && body.value(QStringLiteral("last_failure_at")).isNull());
        QCOMPARE(body.value(QStringLiteral("processing_timeout")).toInt(), 600);
        QCOMPARE(body.value(QStringLiteral("data")).toObject(),
            (QJsonObject { { QStringLiteral("team"), QStringLiteral("lab") } }));

        const QByteArray authorization = call.headers.value("authorization");
        QVERIFY2(authorization.startsWith("Bearer "), authorization.constData());
        const QByteArray jwt = authorization.mid(7);
        const auto claims = cv::sandbox::http::verifyHs256(jwt, secret);
        QVERIFY2(claims, claims ? "" : qPrintable(claims.error()));
        QCOMPARE(claims.value().value(QStringLiteral("webhook_id")).toString(), id);
        QCOMPARE(claims.value().value(QStringLiteral("product_id")).toString(), m_product);
        QVERIFY(claims.value().value(QStringLiteral("exp")).toInteger()
            > claims.value().value(QStringLiteral("iat")).toInteger());
        QVERIFY(!cv::sandbox::http::verifyHs256(jwt, secret + "x"));
        QVERIFY(!cv::sandbox::http::verifyHs256(jwt, QByteArrayLiteral("JWT-wrong")));

        QTRY_COMPARE_WITH_TIMEOUT(stat(id, "success_triggers"), 1, 10000);
        QJsonObject hook = webhook(id);
        QCOMPARE(hook.value(QStringLiteral("stats")).toObject().value(QStringLiteral("triggers")).toInt(), 1);
        QCOMPARE(hook.value(QStringLiteral("stats")).toObject().value(QStringLiteral("failure_triggers")).toInt(), 0);
        const QJsonObject success = hook.value(QStringLiteral("last_success")).toObject();
        QCOMPARE(success.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(success.value(QStringLiteral("status_code")).toInt(), 200);
        QCOMPARE(success.value(QStringLiteral("response")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(success.value(QStringLiteral("duration")).isDouble());
        QVERIFY(hook.value(QStringLiteral("last_failure")).isNull());
        QCOMPARE(hook.value(QStringLiteral("last_event")).toString(), success.value(QStringLiteral("time")).toString());

        // A change in the watched queue fires it too; other classes and products do not.
        cv::sandbox::SandboxContext &context = m_sandbox->server().context();
        context.changed(QStringLiteral("listing_request"), {}, m_product);
        context.changed(QStringLiteral("fulfillment_request"), {}, QStringLiteral("PRD-000-000-000"));
        context.changed(
            QStringLiteral("fulfillment_request"), { { QStringLiteral("id"), QStringLiteral("PR-1") } }, m_product);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.calls.size(), 2, 10000);
        const QJsonObject second = QJsonDocument::fromJson(receiver.calls.at(1).body).object();
        QCOMPARE(second.value(QStringLiteral("last_success_at")).toString(),
            success.value(QStringLiteral("time")).toString());
        QVERIFY(cv::sandbox::http::verifyHs256(receiver.calls.at(1).headers.value("authorization").mid(7), secret));
        QTRY_COMPARE_WITH_TIMEOUT(stat(id, "success_triggers"), 2, 10000);
        QCOMPARE(stat(id, "events"), 1);

        // Inactive webhooks stay silent on changes.
        QCOMPARE(
            m_sandbox->put(QStringLiteral("/notifications/webhooks/") + id, { { QStringLiteral("active"), false } })
                .status,
            200);
        context.changed(QStringLiteral("fulfillment_request"), {}, m_product);
        QTest::qWait(300);
        QCOMPARE(receiver.calls.size(), 2);
    }

    void failedDeliveryIsRecorded()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more: connection refused
        const HttpResponse created = m_sandbox->post(QStringLiteral("/notifications/webhooks"),
            webhookBody(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->post(QStringLiteral("/notifications/webhooks/%1/trigger").arg(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(stat(id, "failure_triggers"), 1, 10000);
        const QJsonObject hook = webhook(id);
        const QJsonObject failure = hook.value(QStringLiteral("last_failure")).toObject();
        QCOMPARE(failure.value(QStringLiteral("status")).toString(), QStringLiteral("failure"));
        QVERIFY(failure.value(QStringLiteral("status_code")).isNull());
        QVERIFY(!failure.value(QStringLiteral("errors")).toString().isEmpty());
        QVERIFY(!failure.value(QStringLiteral("time")).toString().isEmpty());
        QCOMPARE(
            hook.value(QStringLiteral("stats")).toObject().value(QStringLiteral("failure_since_last_success")).toInt(),
            1);
        QVERIFY(hook.value(QStringLiteral("last_success")).isNull());
    }

    void seedHasTokensAndWebhooks()
    {
        cv::sandbox::seedIntegration(m_sandbox->server().context(), m_product);
        const HttpResponse tokens = m_sandbox->get(QStringLiteral("/auth/tokens?ordering(name)"));
        QCOMPARE(tokens.total(), 3);
        QVERIFY(!tokens.body.contains("\"token\""));
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens?eq(status,inactive)")).total(), 1);
        const HttpResponse zapier = m_sandbox->get(QStringLiteral("/auth/tokens?ilike(name,*zapier*)"));
        QCOMPARE(zapier.total(), 1);
        QCOMPARE(
            zapier.array().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        const HttpResponse hooks = m_sandbox->get(QStringLiteral("/notifications/webhooks"));
        QCOMPARE(hooks.total(), 2);
        const HttpResponse active = m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(active,true)"));
        QCOMPARE(active.total(), 1);
        const QJsonObject hook = active.array().first().toObject();
        QCOMPARE(hook.value(QStringLiteral("object_class")).toString(), QStringLiteral("fulfillment_request"));
        QCOMPARE(hook.value(QStringLiteral("external_url")).toString(), QStringLiteral("http://127.0.0.1:9/hook"));
        QCOMPARE(hook.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(), m_product);
        // A change to the product's requests makes the seeded webhook fail visibly.
        m_sandbox->server().context().changed(QStringLiteral("fulfillment_request"), {}, m_product);
        const QString id = hook.value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(stat(id, "failure_triggers"), 1, 10000);
    }
};

CV_TEST_CORE_MAIN(TestSandboxIntegration)
#include "tst_sandbox_integration.moc"
