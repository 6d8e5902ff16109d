// The Connect REST client (app/connect) against the real in-process connect-sandbox over HTTP on loopback, and
// against tiny canned HTTP servers for what the sandbox will not do on purpose: capture request headers, stay
// silent, send a malformed Content-Range or a non-JSON 200.
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/api/listjob.h"
#include "app/api/rqlquery.h"
#include "app/core/appinfo.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>

#include <memory>

using namespace cv::api;
using cv::test::SandboxFixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// What a finished job reported, copied in its finished() handler (the job is deleted later by the client).
struct Outcome
{
    bool done = false;
    int finishedCount = 0;
    ApiError error;
    ApiResponse response;
    int attempts = 0;
    bool sentBefore = false;
    bool ok() const { return done && error.ok(); }
    QJsonObject object() const { return response.json.object(); }
};

std::shared_ptr<Outcome> track(ApiJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &ApiJob::finished, job, [outcome](ApiJob *finished) {
        outcome->done = true;
        ++outcome->finishedCount;
        outcome->error = finished->error();
        outcome->response = finished->response();
        outcome->attempts = finished->attempts();
        outcome->sentBefore = finished->wasSentBefore();
    });
    return outcome;
}

Outcome waitFor(const std::shared_ptr<Outcome> &outcome, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&outcome] { return outcome->done; }, timeoutMs))
        qWarning("job did not finish in %d ms", timeoutMs);
    return *outcome;
}

Outcome run(ApiJob *job, int timeoutMs = 30000)
{
    return waitFor(track(job), timeoutMs);
}

struct ListOutcome
{
    bool done = false;
    ApiError error;
    QList<qint64> offsets;
    QList<qint64> totals;
    QStringList ids;
    qint64 total = -1;
    qint64 received = 0;
};

std::shared_ptr<ListOutcome> track(ListJob *job)
{
    auto outcome = std::make_shared<ListOutcome>();
    QObject::connect(job, &ListJob::pageReceived, job, [outcome](const QJsonArray &page, qint64 offset, qint64 total) {
        outcome->offsets << offset;
        outcome->totals << total;
        for (const QJsonValue &value : page)
            outcome->ids << value.toObject().value(QStringLiteral("id")).toString();
    });
    QObject::connect(job, &ListJob::finished, job, [outcome](ListJob *finished) {
        outcome->done = true;
        outcome->error = finished->error();
        outcome->total = finished->total();
        outcome->received = finished->received();
    });
    return outcome;
}

ListOutcome waitFor(const std::shared_ptr<ListOutcome> &outcome, int timeoutMs = 60000)
{
    if (!QTest::qWaitFor([&outcome] { return outcome->done; }, timeoutMs))
        qWarning("job did not finish in %d ms", timeoutMs);
    return *outcome;
}

QByteArray httpResponse(const QByteArray &statusLine, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + statusLine + "\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

/// A loopback HTTP/1.1 server with canned answers, in order (the last one repeats); no answers = never answer.
/// Records each request (head + body) and counts connections.
class CannedServer final : public QObject
{
public:
    explicit CannedServer(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/public/v1").arg(m_server.serverPort())); }

    QList<QByteArray> requests; ///< whole requests, head and body
    int connections = 0;

    QByteArray header(int request, const QByteArray &name) const
    {
        const QByteArray whole = requests.value(request);
        const QByteArray head = whole.left(whole.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon > 0 && trimmed.left(colon).compare(name, Qt::CaseInsensitive) == 0)
                return trimmed.mid(colon + 1).trimmed();
        }
        return {};
    }
    QByteArray body(int request) const
    {
        const QByteArray &whole = requests.value(request);
        return whole.mid(whole.indexOf("\r\n\r\n") + 4);
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        requests << buffer;
        m_buffers.remove(socket);
        if (m_answers.isEmpty())
            return; // silent: keep the connection open and say nothing
        const QByteArray answer = m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first();
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

RetryPolicy fastPolicy(int maxAttempts = 5)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 200;
    policy.timeoutMs = 10000;
    return policy;
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QString m_product;

    SandboxFixture &sandbox() { return *m_sandbox; }
    ApiClient &client() { return *m_client; }

    /// A fresh product with no items; returns its items path.
    QString emptyItemsPath()
    {
        const Outcome created = run(client().post(s("/products"), { { s("name"), s("Client %1").arg(++m_counter) } }));
        const QString product = created.object().value(s("id")).toString();
        const QString items = s("/products/%1/items").arg(product);
        for (const QJsonValue &example : sandbox().get(items).array())
            sandbox().del(items + u'/' + example.toObject().value(s("id")).toString());
        return items;
    }

    QJsonObject item(const QString &name, const QString &mpn) const
    {
        return { { s("name"), name }, { s("mpn"), mpn }, { s("type"), s("ppu") }, { s("precision"), s("decimal(2)") },
            { s("unit"), QJsonObject { { s("id"), s("gb") } } } };
    }

    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(sandbox().ok(), qPrintable(sandbox().error()));
        m_client = std::make_unique<ApiClient>();
        client().setEndpoint(QUrl(sandbox().baseUrl()));
        client().setApiKey(sandbox().apiKey());
        client().setRetryPolicy(fastPolicy());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void defaults()
    {
        ApiClient fresh;
        QCOMPARE(fresh.endpoint(), QUrl(cv::core::AppInfo::defaultEndpoint()));
        QVERIFY(!fresh.hasApiKey());
        fresh.setApiKey("ApiKey SU-123-456-789:secret");
        QCOMPARE(fresh.tokenId(), s("SU-123-456-789"));
        QCOMPARE(fresh.urlFor(s("/products/PRD-1"), s("limit=1")).toString(),
            s("https://api.connect.cloudblue.com/public/v1/products/PRD-1?limit=1"));
        fresh.setEndpoint(QUrl(s("http://localhost:1/public/v1/")));
        QCOMPARE(fresh.urlFor(s("accounts")).toString(), s("http://localhost:1/public/v1/accounts"));
    }

    void roundTrips()
    {
        const Outcome created = run(client().post(s("/products"), { { s("name"), s("Round trip") } }));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        QCOMPARE(created.response.status, 201);
        QCOMPARE(created.attempts, 1);
        QVERIFY(!created.sentBefore);
        const QString product = created.object().value(s("id")).toString();
        QVERIFY(product.startsWith(s("PRD-")));

        const Outcome fetched = run(client().get(s("/products/") + product));
        QVERIFY2(fetched.ok(), qPrintable(fetched.error.summary()));
        QCOMPARE(fetched.object().value(s("name")).toString(), s("Round trip"));

        const QString items = s("/products/%1/items").arg(product);
        const Outcome added = run(client().post(items, item(s("Round item"), s("RT-1"))));
        QVERIFY2(added.ok(), qPrintable(added.error.summary()));
        const QString itemId = added.object().value(s("id")).toString();

        QJsonObject changed = added.object();
        changed[s("name")] = s("Round item renamed");
        const Outcome updated = run(client().put(items + u'/' + itemId, changed));
        QVERIFY2(updated.ok(), qPrintable(updated.error.summary()));
        QCOMPARE(updated.response.status, 200);
        QCOMPARE(updated.object().value(s("name")).toString(), s("Round item renamed"));
        QCOMPARE(
            run(client().get(items + u'/' + itemId)).object().value(s("name")).toString(), s("Round item renamed"));

        const Outcome deleted = run(client().del(items + u'/' + itemId));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.summary()));
        QCOMPARE(deleted.response.status, 204);
        QVERIFY(deleted.response.json.isNull());

        const Outcome gone = run(client().get(items + u'/' + itemId));
        QCOMPARE(gone.error.kind, ApiError::Kind::Http);
        QCOMPARE(gone.error.httpStatus, 404);
        QCOMPARE(gone.attempts, 1); // 4xx is final
        QCOMPARE(client().runningJobs(), 0);
    }

    void sendsAuthorizationAndUserAgent()
    {
        CannedServer server({ httpResponse("200 OK", { "Content-Type: application/json" }, "[]") });
        ApiClient capture;
        capture.setEndpoint(server.base());
        capture.setApiKey("SU-111-222-333:top-secret");
        const Outcome outcome = run(capture.get(s("/accounts")));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.summary()));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests.first().startsWith("GET /public/v1/accounts HTTP/1.1\r\n"));
        QCOMPARE(server.header(0, "Authorization"), QByteArray("ApiKey SU-111-222-333:top-secret"));
        QCOMPARE(server.header(0, "User-Agent"), cv::core::AppInfo::userAgent());
        QCOMPARE(server.header(0, "Accept"), QByteArray("application/json"));
        QCOMPARE(capture.tokenId(), s("SU-111-222-333"));
        // The URL carries no credential; an error names method and path only.
        QVERIFY(!outcome.response.body.contains("secret"));
    }

    void wrongKeyIs401()
    {
        ApiClient wrong;
        wrong.setEndpoint(QUrl(sandbox().baseUrl()));
        wrong.setApiKey("SU-000-000-000:wrong");
        wrong.setRetryPolicy(fastPolicy());
        const Outcome outcome = run(wrong.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.errorCode, s("AUTH_001"));
        QVERIFY(!outcome.error.errors.isEmpty());
        QCOMPARE(outcome.attempts, 1);
        QVERIFY(!outcome.error.summary().contains(s("wrong")));
        QVERIFY2(outcome.error.summary().startsWith(s("401 AUTH_001: ")), qPrintable(outcome.error.summary()));
    }

    void validationErrorIs400()
    {
        const QString items = emptyItemsPath();
        QVERIFY(run(client().post(items, item(s("First"), s("DUP-1")))).ok());
        const Outcome outcome = run(client().post(items, item(s("Second"), s("DUP-1"))));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(outcome.error.errorCode, s("VAL_001"));
        QVERIFY2(outcome.error.errors.join(u'|').contains(s("mpn: ")), qPrintable(outcome.error.errors.join(u'|')));
        QCOMPARE(outcome.error.method, QByteArray("POST"));
        QCOMPARE(outcome.error.path, items);
        QCOMPARE(outcome.error.url.path(), s("/public/v1") + items);
        QVERIFY2(outcome.error.summary().startsWith(s("400 VAL_001: mpn: ")), qPrintable(outcome.error.summary()));
        QVERIFY2(outcome.error.summary().endsWith(s("(POST %1)").arg(items)), qPrintable(outcome.error.summary()));
        QCOMPARE(outcome.attempts, 1);
    }

    void builderQueriesUnderstoodBySandbox()
    {
        const QString items = emptyItemsPath();
        const QStringList names { s("Plan, Basic"), s("Gold (annual)"), s("the \"best\" plan"), s("it's mine"),
            s("Café ☕ +1"), s("a&b=c"), s("50% off"), s("two  spaces"), s("semi;colon/slash?q"), s("plain") };
        for (int i = 0; i < names.size(); ++i) {
            const Outcome added = run(client().post(items, item(names.at(i), s("Q-%1").arg(i))));
            QVERIFY2(added.ok(), qPrintable(added.error.summary()));
        }
        const auto names_ = [&](const Rql &filter) {
            QStringList found;
            const ListOutcome listed = waitFor(track(client().list(items, RqlQuery(filter), 100)));
            if (!listed.error.ok())
                return QStringList { s("error: ") + listed.error.summary() };
            const Outcome page = run(client().get(items, RqlQuery(filter).toQueryString(100, 0)));
            for (const QJsonValue &value : page.response.json.array())
                found << value.toObject().value(s("name")).toString();
            found.sort();
            return found;
        };
        // Every awkward value round-trips through eq().
        for (const QString &name : names)
            QCOMPARE(names_(Rql::eq(s("name"), name)), QStringList { name });

        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        QStringList others = names;
        others.removeAll(s("plain"));
        QCOMPARE(names_(Rql::ne(s("name"), s("plain"))), sorted(others));
        QCOMPARE(names_(Rql::like(s("name"), s("*(annual)*"))), QStringList { s("Gold (annual)") });
        QCOMPARE(names_(Rql::like(s("name"), s("*PLAN*"))), QStringList());
        QCOMPARE(names_(Rql::ilike(s("name"), s("*PLAN*"))), sorted({ s("Plan, Basic"), s("the \"best\" plan") }));
        QCOMPARE(names_(Rql::in(s("name"), { s("Plan, Basic"), s("a&b=c"), s("nope") })),
            sorted({ s("Plan, Basic"), s("a&b=c") }));
        QStringList notIn = names;
        notIn.removeAll(s("Plan, Basic"));
        notIn.removeAll(s("it's mine"));
        QCOMPARE(names_(Rql::out(s("name"), { s("Plan, Basic"), s("it's mine") })), sorted(notIn));
        QCOMPARE(names_(Rql::isNull(s("mpn"))), QStringList());
        QCOMPARE(names_(Rql::notNull(s("mpn"))), sorted(names));
        QCOMPARE(names_(Rql::isEmpty(s("mpn"))), QStringList());
        QCOMPARE(names_(Rql::notEmpty(s("mpn"))), sorted(names));
        QCOMPARE(names_(Rql::and_({ Rql::ilike(s("name"), s("*plan*")), Rql::eq(s("mpn"), s("Q-0")) })),
            QStringList { s("Plan, Basic") });
        QCOMPARE(names_(Rql::or_({ Rql::eq(s("mpn"), s("Q-1")), Rql::eq(s("mpn"), s("Q-9")) })),
            sorted({ s("Gold (annual)"), s("plain") }));
        QCOMPARE(names_(Rql::not_(Rql::ne(s("mpn"), s("Q-3")))), QStringList { s("it's mine") });
        QCOMPARE(names_(Rql::eq(s("dynamic"), false)).size() + names_(Rql::eq(s("dynamic"), true)).size(),
            int(names.size()));
        const QDateTime past(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime future(QDate(2999, 1, 1), QTime(0, 0), QTimeZone(3600));
        QCOMPARE(names_(Rql::gt(s("events.created.at"), past)), sorted(names));
        QCOMPARE(names_(Rql::ge(s("events.created.at"), past)), sorted(names));
        QCOMPARE(names_(Rql::lt(s("events.created.at"), future)), sorted(names));
        QCOMPARE(names_(Rql::le(s("events.created.at"), past)), QStringList());

        // A value RQL cannot quote is refused before sending.
        const ListOutcome refused = waitFor(track(client().list(items, RqlQuery(Rql::eq(s("name"), s("it's \"x\""))))));
        QCOMPARE(refused.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(refused.offsets.isEmpty());

        // search= and ordering on /products.
        const Outcome searched = run(client().get(s("/products"),
            RqlQuery().search(s("Round trip")).orderBy({ s("-name"), s("+events.created.at") }).toQueryString(10, 0)));
        QVERIFY2(searched.ok(), qPrintable(searched.error.summary()));
    }

    void listPagesThrough250()
    {
        const QString items = emptyItemsPath();
        for (int i = 0; i < 250; ++i) {
            const auto r = sandbox().post(items, item(s("Page item %1").arg(i), s("P-%1").arg(i)));
            QVERIFY2(r.status == 201, qPrintable(r.errors()));
        }
        const ListOutcome all = waitFor(track(client().list(items, RqlQuery(), 100)));
        QVERIFY2(all.error.ok(), qPrintable(all.error.summary()));
        QCOMPARE(all.offsets, (QList<qint64> { 0, 100, 200 }));
        QCOMPARE(all.totals, (QList<qint64> { 250, 250, 250 }));
        QCOMPARE(all.total, qint64(250));
        QCOMPARE(all.received, qint64(250));
        QCOMPARE(QSet<QString>(all.ids.cbegin(), all.ids.cend()).size(), 250);

        const ListOutcome resumed = waitFor(track(client().list(items, RqlQuery(), 100, 200)));
        QVERIFY(resumed.error.ok());
        QCOMPARE(resumed.offsets, QList<qint64> { 200 });
        QCOMPARE(resumed.received, qint64(50));
        QCOMPARE(resumed.ids, all.ids.mid(200));

        ListJob *late = client().list(items, RqlQuery(), 100);
        late->setStartOffset(150); // still before the first page
        const ListOutcome fromLate = waitFor(track(late));
        QCOMPARE(fromLate.offsets, QList<qint64> { 150 });
        QCOMPARE(fromLate.received, qint64(100));

        const ListOutcome filtered
            = waitFor(track(client().list(items, RqlQuery(Rql::ilike(s("name"), s("Page item 1*"))), 50)));
        QVERIFY(filtered.error.ok());
        QCOMPARE(filtered.total, qint64(111)); // 1, 10-19, 100-199
        QCOMPARE(filtered.offsets, (QList<qint64> { 0, 50, 100 }));

        const ListOutcome empty = waitFor(track(client().list(items, RqlQuery(Rql::eq(s("mpn"), s("none"))), 100)));
        QVERIFY(empty.error.ok());
        QCOMPARE(empty.total, qint64(0));
        QCOMPARE(empty.offsets, QList<qint64> { 0 });
    }

    void retriesThroughFaults()
    {
        cv::sandbox::SandboxOptions options;
        options.faults = s("error=0.3,throttle=0.2,cut=0.1,seed=3");
        SandboxFixture faulty(options);
        QVERIFY2(faulty.ok(), qPrintable(faulty.error()));
        ApiClient flaky;
        flaky.setEndpoint(QUrl(faulty.baseUrl()));
        flaky.setApiKey(faulty.apiKey());
        // The sequence of faults depends only on the request order (seed 3), so running the GETs one after another
        // makes this deterministic. Retry-After is 1 s on every 429; a 50 ms cap (x6 = 300 ms for Retry-After) keeps
        // the test short - retryAfterIsHonoured() checks the full delay.
        RetryPolicy policy = fastPolicy(12);
        policy.maxDelayMs = 50;
        flaky.setRetryPolicy(policy);
        int retried = 0;
        int attempts = 0;
        for (int i = 0; i < 40; ++i) {
            const Outcome outcome = run(flaky.get(s("/accounts")));
            QVERIFY2(outcome.ok(), qPrintable(QString::number(i) + u' ' + outcome.error.summary()));
            QVERIFY(outcome.response.json.isArray());
            retried += outcome.attempts > 1 ? 1 : 0;
            attempts += outcome.attempts;
        }
        QVERIFY2(retried >= 5, qPrintable(QString::number(retried)));
        QVERIFY(attempts > 50);
    }

    void cutReplyIsANetworkError()
    {
        cv::sandbox::SandboxOptions options;
        options.faults = s("cut=1,seed=1");
        SandboxFixture cutting(options);
        QVERIFY2(cutting.ok(), qPrintable(cutting.error()));
        ApiClient cutClient;
        cutClient.setEndpoint(QUrl(cutting.baseUrl()));
        cutClient.setApiKey(cutting.apiKey());
        cutClient.setRetryPolicy(fastPolicy(3));
        const Outcome outcome = run(cutClient.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network); // not a 200 with half a body
        QCOMPARE(outcome.attempts, 3);
        QVERIFY(outcome.sentBefore);
    }

    void retryAfterIsHonoured()
    {
        CannedServer server(
            { httpResponse("429 Too Many Requests", { "Retry-After: 1", "Content-Type: application/json" },
                  R"({"error_code":"SYS_429","errors":["slow down"]})"),
                httpResponse("200 OK", { "Content-Type: application/json" }, "[]") });
        ApiClient throttled;
        throttled.setEndpoint(server.base());
        throttled.setRetryPolicy(fastPolicy());
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(throttled.get(s("/accounts")));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.summary()));
        QCOMPARE(outcome.attempts, 2);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!outcome.sentBefore); // a 429 proves nothing was applied

        // Without a retry the 429 is the result, with its body parsed.
        CannedServer always(
            { httpResponse("429 Too Many Requests", { "Retry-After: 0", "Content-Type: application/json" },
                R"({"error_code":"SYS_429","errors":["slow down"]})") });
        throttled.setEndpoint(always.base());
        throttled.setRetryPolicy(fastPolicy(3));
        const Outcome gaveUp = run(throttled.get(s("/accounts")));
        QCOMPARE(gaveUp.error.kind, ApiError::Kind::Http);
        QCOMPARE(gaveUp.error.httpStatus, 429);
        QCOMPARE(gaveUp.error.errorCode, s("SYS_429"));
        QCOMPARE(gaveUp.attempts, 3);
        QCOMPARE(always.requests.size(), 3);
    }

    void retriesResendTheSameBody()
    {
        CannedServer server({ httpResponse("503 Service Unavailable", {}, "busy"),
            httpResponse("200 OK", { "Content-Type: application/json" }, R"({"id":"PRD-1"})") });
        ApiClient retrying;
        retrying.setEndpoint(server.base());
        retrying.setRetryPolicy(fastPolicy());
        const QJsonObject body { { s("name"), s("Résumé") }, { s("n"), 1 } };
        const Outcome outcome = run(retrying.put(s("/products/PRD-1"), body));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.summary()));
        QCOMPARE(outcome.attempts, 2);
        QVERIFY(outcome.sentBefore);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.body(0), QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(server.body(1), server.body(0));
        QCOMPARE(server.header(1, "Content-Type"), QByteArray("application/json"));

        // A POST is not idempotent: after a 503 (which may have half-applied) it is not sent again; the
        // caller looks the object up first (issue 10).
        CannedServer creating({ httpResponse("503 Service Unavailable", {}, "busy"),
            httpResponse("201 Created", { "Content-Type: application/json" }, R"({"id":"PRD-2"})") });
        retrying.setEndpoint(creating.base());
        const Outcome posted = run(retrying.post(s("/products"), body));
        QCOMPARE(posted.error.httpStatus, 503);
        QCOMPARE(posted.attempts, 1);
        QVERIFY(posted.sentBefore);
        QCOMPARE(creating.requests.size(), 1);

        CannedServer upload({ httpResponse("502 Bad Gateway", {}, {}), httpResponse("200 OK", {}, "{}") });
        retrying.setEndpoint(upload.base());
        const QList<MultipartPart> parts { { "icon", "logo \"1\".png", "image/png", QByteArray("\x89PNG-bytes", 10) },
            { "name", {}, {}, "Product" } };
        const Outcome uploaded = run(retrying.putMultipart(s("/products/PRD-1"), parts));
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error.summary()));
        QCOMPARE(upload.requests.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(upload.requests.at(i).startsWith("PUT /public/v1/products/PRD-1 "));
            QVERIFY(upload.header(i, "Content-Type").startsWith("multipart/form-data; boundary="));
            QVERIFY(upload.body(i).contains(QByteArray("\x89PNG-bytes", 10)));
            QVERIFY(upload.body(i).contains("name=\"icon\"; filename=\"logo %221%22.png\""));
            QVERIFY(upload.body(i).contains("Product"));
        }
    }

    void silentServerTimesOut()
    {
        CannedServer silent({});
        ApiClient waiting;
        waiting.setEndpoint(silent.base());
        RetryPolicy policy = fastPolicy(2);
        policy.timeoutMs = 300;
        waiting.setRetryPolicy(policy);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(waiting.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(silent.requests.size(), 2);
        QVERIFY(timer.elapsed() >= 600);
        QVERIFY(outcome.sentBefore);
        QVERIFY2(outcome.error.summary().startsWith(s("timeout: ")), qPrintable(outcome.error.summary()));
    }

    void cancelStopsRetries()
    {
        CannedServer silent({});
        ApiClient waiting;
        waiting.setEndpoint(silent.base());
        waiting.setRetryPolicy(fastPolicy());
        ApiJob *job = waiting.get(s("/accounts"));
        const auto outcome = track(job);
        QTRY_COMPARE(silent.requests.size(), 1);
        job->cancel();
        QVERIFY(outcome->done); // finished() before cancel() returned
        QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(outcome->attempts, 1);
        QTest::qWait(300);
        QCOMPARE(outcome->finishedCount, 1);
        QCOMPARE(silent.connections, 1);

        // Cancelled while waiting to retry: no further attempt.
        CannedServer failing({ httpResponse("503 Service Unavailable", {}, {}) });
        RetryPolicy slow = fastPolicy();
        slow.baseDelayMs = 2000;
        slow.maxDelayMs = 2000;
        waiting.setRetryPolicy(slow);
        waiting.setEndpoint(failing.base());
        const auto second = track(waiting.get(s("/accounts")));
        QTRY_COMPARE(failing.requests.size(), 1);
        QTest::qWait(100);
        waiting.cancelAll();
        QCOMPARE(second->error.kind, ApiError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(failing.requests.size(), 1);

        // cancelAll() reaches a ListJob and its page.
        CannedServer silentList({});
        waiting.setEndpoint(silentList.base());
        const auto listed = track(waiting.list(s("/products"), RqlQuery(), 100));
        QTRY_COMPARE(silentList.requests.size(), 1);
        waiting.cancelAll();
        QVERIFY(listed->done);
        QCOMPARE(listed->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(waiting.runningJobs(), 0);
    }

    void malformedContentRange()
    {
        const QByteArray page = R"([{"id":"PRD-1"}])";
        CannedServer server(
            { httpResponse("200 OK", { "Content-Type: application/json", "Content-Range: items nonsense" }, page) });
        ApiClient canned;
        canned.setEndpoint(server.base());
        canned.setRetryPolicy(fastPolicy());
        const ListOutcome bad = waitFor(track(canned.list(s("/products"), RqlQuery(), 100)));
        QCOMPARE(bad.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(bad.error.detail.contains(s("malformed Content-Range: items nonsense")), qPrintable(bad.error.detail));
        QVERIFY2(bad.error.detail.contains(server.base().toString() + s("/products?limit=100&offset=0")),
            qPrintable(bad.error.detail));
        QVERIFY(bad.offsets.isEmpty());
        QCOMPARE(server.requests.size(), 1); // not retried

        CannedServer missing({ httpResponse("200 OK", { "Content-Type: application/json" }, page) });
        canned.setEndpoint(missing.base());
        const ListOutcome noHeader = waitFor(track(canned.list(s("/products"), RqlQuery(), 100)));
        QCOMPARE(noHeader.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(noHeader.error.detail.contains(s("missing Content-Range")), qPrintable(noHeader.error.detail));

        CannedServer object({ httpResponse(
            "200 OK", { "Content-Type: application/json", "Content-Range: items 0-0/1" }, R"({"id":"PRD-1"})") });
        canned.setEndpoint(object.base());
        const ListOutcome notArray = waitFor(track(canned.list(s("/products"), RqlQuery(), 100)));
        QCOMPARE(notArray.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(notArray.error.detail.contains(s("expected a JSON array, got a JSON object")),
            qPrintable(notArray.error.detail));
    }

    void nonJsonBodyIsInvalid()
    {
        CannedServer server({ httpResponse("200 OK", { "Content-Type: text/html" }, "<html>maintenance</html>") });
        ApiClient canned;
        canned.setEndpoint(server.base());
        canned.setRetryPolicy(fastPolicy());
        const Outcome outcome = run(canned.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(outcome.attempts, 1);
        QVERIFY2(outcome.error.detail.contains(s("not JSON")), qPrintable(outcome.error.detail));
        QVERIFY(outcome.error.detail.contains(s("maintenance")));

        // The same body is fine where no JSON is expected.
        const Outcome raw = run(canned.getRaw(s("/accounts"), {}, "text/html"));
        QVERIFY2(raw.ok(), qPrintable(raw.error.summary()));
        QCOMPARE(raw.response.body, QByteArray("<html>maintenance</html>"));
        QCOMPARE(server.header(1, "Accept"), QByteArray("text/html"));
    }

    // Issue 17, point 3: a 3 MB error body was printed on every attempt (12 MB on stderr). The summary keeps a
    // capped excerpt, and the log says it once, when the job gives up.
    void hugeErrorBodyIsCappedAndSaidOnce()
    {
        const QByteArray marker = "BEGIN-OF-THE-HUGE-MESSAGE";
        const QByteArray message = marker + QByteArray(3 * 1024 * 1024, 'x');
        // (No raw string here: moc's tokenizer loses the class after R"(...")" + x + R"("...)".)
        const QByteArray body = QByteArray("{\"error_code\":\"SYS_001\",\"errors\":[\"") + message + "\"]}";
        CannedServer server({ httpResponse("503 Service Unavailable", { "Content-Type: application/json" }, body) });
        ApiClient canned;
        canned.setEndpoint(server.base());
        canned.setRetryPolicy(fastPolicy(4));
        static qint64 loggedBytes = 0;
        static int mentions = 0;
        loggedBytes = 0;
        mentions = 0;
        QLoggingCategory::setFilterRules(s("cv.*=true"));
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                  loggedBytes += text.size();
                  mentions += int(text.count(s("BEGIN-OF-THE-HUGE-MESSAGE")));
              });
        const Outcome outcome = run(canned.get(s("/accounts")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(outcome.attempts, 4);
        QCOMPARE(outcome.error.httpStatus, 503);
        const QString summary = outcome.error.summary();
        QVERIFY2(summary.size() < 2000, qPrintable(QString::number(summary.size())));
        QVERIFY2(summary.contains(QString::fromLatin1(marker)) && summary.contains(s("SYS_001")),
            qPrintable(summary.left(300)));
        QVERIFY2(summary.contains(s("3145753 characters")), qPrintable(summary.right(300)));
        QVERIFY2(loggedBytes < 16 * 1024, qPrintable(QString::number(loggedBytes)));
        QCOMPARE(mentions, 1);
    }

    // Issue 17, point 3: 10,000-deep nesting and an HTML error page each get a clear error that says where.
    void deepNestingIsInvalid()
    {
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        CannedServer server({ httpResponse("200 OK", { "Content-Type: application/json" }, deep) });
        ApiClient canned;
        canned.setEndpoint(server.base());
        canned.setRetryPolicy(fastPolicy());
        const Outcome outcome = run(canned.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(outcome.attempts, 1);
        QVERIFY2(outcome.error.detail.contains(s("not JSON")) && outcome.error.detail.contains(s("nested")),
            qPrintable(outcome.error.detail));
        QVERIFY2(outcome.error.summary().contains(s("GET /accounts")), qPrintable(outcome.error.summary()));
        QVERIFY(outcome.error.summary().size() < 400);
    }

    void htmlErrorPageIsAnHttpError()
    {
        const QByteArray page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                                "Gateway</h1></center><hr><center>nginx</center></body></html>";
        CannedServer server({ httpResponse("502 Bad Gateway", { "Content-Type: text/html" }, page) });
        ApiClient canned;
        canned.setEndpoint(server.base());
        canned.setRetryPolicy(fastPolicy(2));
        const Outcome outcome = run(canned.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 502);
        QCOMPARE(outcome.attempts, 2); // a gateway error is worth another try
        const QString summary = outcome.error.summary();
        QVERIFY2(summary.startsWith(s("502")) && summary.contains(s("GET /accounts")), qPrintable(summary));
        QVERIFY2(summary.size() < 300, qPrintable(summary));
    }

    void refusedConnectionIsNetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            port = probe.serverPort();
        }
        ApiClient nowhere;
        nowhere.setEndpoint(QUrl(s("http://127.0.0.1:%1/public/v1").arg(port)));
        nowhere.setRetryPolicy(fastPolicy(2));
        const Outcome outcome = run(nowhere.get(s("/accounts")));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QCOMPARE(outcome.attempts, 2);
        QVERIFY(!outcome.sentBefore); // refused: the server never saw it
    }
};

CV_TEST_CORE_MAIN(TestApiClient)
#include "tst_apiclient.moc"
