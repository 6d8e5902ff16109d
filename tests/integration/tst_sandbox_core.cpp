// connect-sandbox, the server itself: the exact start-up lines, RQL operators over HTTP, faults
// (deterministic, 5xx, 429 + Retry-After, cut connections, latency), survival of SIGKILL, and --load of
// every real Connect response in tests/data/connect-api/samples (see SOURCES.md there) coming back unchanged.
#include "sandbox/store/sandboxstore.h"
#include "sandboxfixture.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <csignal>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

namespace {

QString sandboxExe()
{
    return QStringLiteral(CV_SANDBOX_EXE);
}

/// Starts connect-sandbox as a process and reads its two start-up lines.
struct SandboxProcess
{
    QProcess process;
    QString url;
    QString key;

    bool start(const QStringList &arguments)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(sandboxExe(), arguments);
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (out.count('\n') < 2) {
            if (!process.waitForReadyRead(30000))
                return false;
            out += process.readAllStandardOutput();
        }
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
        url = lines.value(0);
        key = lines.value(1);
        return true;
    }
};

} // namespace

class TestSandboxCore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsListeningAndKeyLines()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
            dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--api-key"),
            QStringLiteral("SU-123-456-789:my-secret") }));
        QVERIFY2(QRegularExpression(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:\\d+/public/v1$"))
                     .match(sandbox.url)
                     .hasMatch(),
            qPrintable(sandbox.url));
        QCOMPARE(sandbox.key, QStringLiteral("API key: SU-123-456-789:my-secret"));
        sandbox.process.terminate();
        QVERIFY(sandbox.process.waitForFinished(10000));

        QProcess bad;
        bad.start(sandboxExe(),
            { QStringLiteral("--api-key"), QStringLiteral("not-a-key"), QStringLiteral("--data"),
                dir.filePath(QStringLiteral("b.sqlite")) });
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("--api-key"));
    }

    void survivesSigkill()
    {
        QTemporaryDir dir;
        const QStringList args { QStringLiteral("--data"), dir.filePath(QStringLiteral("s.sqlite")) };
        QString productId;
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start(args));
            QNetworkAccessManager network;
            QNetworkRequest request(QUrl(sandbox.url.mid(13) + QStringLiteral("/products")));
            request.setRawHeader("Authorization", "ApiKey " + sandbox.key.mid(9).toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(request, R"({"name":"Survivor"})");
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            productId = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
            ::kill(pid_t(sandbox.process.processId()), SIGKILL);
            QVERIFY(sandbox.process.waitForFinished(10000));
        }
        SandboxProcess again;
        QVERIFY(again.start(args));
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(again.url.mid(13) + QStringLiteral("/products/") + productId));
        request.setRawHeader("Authorization", "ApiKey " + again.key.mid(9).toUtf8());
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Survivor"));
        again.process.terminate();
        again.process.waitForFinished(10000);
    }

    void rqlOperatorsOverHttp_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // MPNs, in order
        QTest::newRow("eq") << QStringLiteral("eq(mpn,M-3)") << QStringList { QStringLiteral("M-3") };
        QTest::newRow("shorthand") << QStringLiteral("mpn=M-3") << QStringList { QStringLiteral("M-3") };
        QTest::newRow("ne") << QStringLiteral("ne(type,ppu)")
                            << QStringList { QStringLiteral("M-1"), QStringLiteral("M-3") };
        QTest::newRow("in") << QStringLiteral("in(mpn,(M-1,M-4))")
                            << QStringList { QStringLiteral("M-1"), QStringLiteral("M-4") };
        QTest::newRow("out") << QStringLiteral("out(mpn,(M-1,M-4))")
                             << QStringList { QStringLiteral("M-2"), QStringLiteral("M-3") };
        QTest::newRow("ilike") << QStringLiteral("ilike(name,*GOLD*)") << QStringList { QStringLiteral("M-2") };
        QTest::newRow("like is case-sensitive") << QStringLiteral("like(name,*GOLD*)") << QStringList {};
        QTest::newRow("or") << QStringLiteral("or(eq(mpn,M-1),eq(mpn,M-2))")
                            << QStringList { QStringLiteral("M-1"), QStringLiteral("M-2") };
        QTest::newRow("pipe") << QStringLiteral("(mpn=M-1|mpn=M-2)")
                              << QStringList { QStringLiteral("M-1"), QStringLiteral("M-2") };
        QTest::newRow("not") << QStringLiteral("not(eq(type,reservation))")
                             << QStringList { QStringLiteral("M-2"), QStringLiteral("M-4") };
        QTest::newRow("and + comma") << QStringLiteral("eq(type,ppu),eq(mpn,M-4)")
                                     << QStringList { QStringLiteral("M-4") };
        QTest::newRow("quoted value with comma")
            << QStringLiteral("eq(name,\"Plan, Basic\")") << QStringList { QStringLiteral("M-3") };
        QTest::newRow("nested field") << QStringLiteral("eq(unit.title,Users)")
                                      << QStringList { QStringLiteral("M-1"), QStringLiteral("M-3") };
        QTest::newRow("number gt") << QStringLiteral("gt(commitment.count,1)") << QStringList { QStringLiteral("M-1") };
        QTest::newRow("search") << QStringLiteral("search=basic") << QStringList { QStringLiteral("M-3") };
        QTest::newRow("ordering refused where the spec has none")
            << QStringLiteral("ordering(mpn)") << QStringList { QStringLiteral("error") };
        QTest::newRow("unknown field") << QStringLiteral("eq(colour,red)") << QStringList { QStringLiteral("error") };
        QTest::newRow("lookup not allowed") << QStringLiteral("gt(mpn,M-1)") << QStringList { QStringLiteral("error") };
        QTest::newRow("select adds, never projects")
            << QStringLiteral("eq(mpn,M-1)&select(mpn)") << QStringList { QStringLiteral("M-1") };
    }

    void rqlOperatorsOverHttp()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        SandboxFixture sandbox;
        QVERIFY(sandbox.ok());
        const QString product
            = sandbox.post(QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("RQL") } })
                  .object()
                  .value(QStringLiteral("id"))
                  .toString();
        const QString items = QStringLiteral("/products/%1/items").arg(product);
        for (const QJsonValue &example : sandbox.get(items).array())
            sandbox.del(items + QLatin1Char('/') + example.toObject().value(QStringLiteral("id")).toString());
        const auto add = [&](const char *name, const char *mpn, const char *type, const char *unit, int commitment) {
            const HttpResponse r = sandbox.post(items,
                { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("mpn"), QLatin1String(mpn) },
                    { QStringLiteral("type"), QLatin1String(type) },
                    { QStringLiteral("precision"),
                        QLatin1String(QLatin1String(type) == QLatin1String("ppu") ? "decimal(2)" : "integer") },
                    { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QLatin1String(unit) } } },
                    { QStringLiteral("commitment"), QJsonObject { { QStringLiteral("count"), commitment } } } });
            QVERIFY2(r.status == 201, qPrintable(r.errors()));
        };
        add("Users yearly", "M-1", "reservation", "users", 12);
        add("Gold storage", "M-2", "ppu", "gb", 1);
        add("Plan, Basic", "M-3", "reservation", "users", 1);
        add("Calls", "M-4", "ppu", "calls", 1);
        const HttpResponse r = sandbox.get(items + QLatin1Char('?') + query);
        if (expected == QStringList { QStringLiteral("error") }) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("RQL_001"));
            QVERIFY(!r.errors().isEmpty());
            return;
        }
        QVERIFY2(r.status == 200, qPrintable(r.errors()));
        QStringList mpns;
        for (const QJsonValue &value : r.array())
            mpns << value.toObject().value(QStringLiteral("mpn")).toString();
        mpns.sort(); // the spec allows no ordering on items; /products covers ordering
        QCOMPARE(mpns, expected);
        QCOMPARE(r.total(), qint64(expected.size()));
        if (query.contains(QStringLiteral("select"))) {
            // django-rql: select(mpn) adds mpn to the default fields (issue 17, point 4), it does not drop them.
            const QJsonObject shown = r.array().first().toObject();
            for (const char *field : { "id", "mpn", "name", "type", "unit" })
                QVERIFY2(shown.contains(QLatin1String(field)), field);
        }
    }

    void faultsAreDeterministic()
    {
        const auto statuses = [] {
            cv::sandbox::SandboxOptions options;
            options.faults = QStringLiteral("error=0.3,throttle=0.2,seed=42");
            SandboxFixture sandbox(options);
            QStringList seen;
            for (int i = 0; i < 30; ++i) {
                const HttpResponse r = sandbox.get(QStringLiteral("/accounts"));
                seen << QString::number(r.status);
                if (r.status == 429) {
                    QTest::qVerify(r.header("retry-after") == "1", "Retry-After", "", __FILE__, __LINE__);
                }
                if (r.status >= 500) {
                    QTest::qVerify(r.errorCode() == QStringLiteral("SYS_001"), "5xx body", "", __FILE__, __LINE__);
                }
            }
            return seen;
        };
        const QStringList first = statuses();
        QCOMPARE(statuses(), first);
        QVERIFY(first.contains(QStringLiteral("200")));
        QVERIFY(first.contains(QStringLiteral("429")));
        QVERIFY(first.contains(QStringLiteral("500")) || first.contains(QStringLiteral("502"))
            || first.contains(QStringLiteral("503")));
    }

    /// Issue 12 point 4: pages after the first are read by key (pk > the last row served) and the total is not
    /// counted again; they must be exactly the pages OFFSET gives, with and without a filter, and a write in
    /// between must not make a page skip or repeat a row.
    void keysetPagesAreTheOffsetPages()
    {
        cv::sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 2500;
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const auto ids = [](const HttpResponse &r) {
            QStringList list;
            for (const QJsonValue &value : r.array())
                list << value.toObject().value(QStringLiteral("id")).toString();
            return list;
        };
        for (const QString &filter : { QString(), QStringLiteral("eq(status,pending)&") }) {
            const QString path = QStringLiteral("/requests?") + filter + QStringLiteral("limit=1000&offset=%1");
            QStringList walked;
            qint64 total = -1;
            for (int offset = 0; total < 0 || offset < total; offset += 1000) {
                const HttpResponse page = sandbox.get(path.arg(offset));
                QCOMPARE(page.status, 200);
                total = page.total();
                walked << ids(page);
            }
            QCOMPARE(qint64(walked.size()), total);
            QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
            // A write clears the memo: the same offsets now run as OFFSET queries and give the same rows.
            QCOMPARE(sandbox.put(QStringLiteral("/requests/") + walked.first(), { { QStringLiteral("note"), filter } })
                         .status,
                200);
            QStringList again;
            for (int offset = 2000; offset >= 0; offset -= 1000)
                again = ids(sandbox.get(path.arg(offset))) + again;
            QCOMPARE(again, walked);
        }
        // Deleting a row of page 1 before page 2 is read: page 2 starts where OFFSET says (no stale key).
        const QStringList first = ids(sandbox.get(QStringLiteral("/requests?limit=1000&offset=0")));
        QVERIFY(sandbox.server().store().remove(QStringLiteral("requests"), first.at(10)));
        const QStringList second = ids(sandbox.get(QStringLiteral("/requests?limit=1000&offset=1000")));
        const QStringList whole = ids(sandbox.get(QStringLiteral("/requests?limit=1000&offset=999")));
        QCOMPARE(second.first(), whole.at(1));
    }

    void cutConnectionsAndLatency()
    {
        cv::sandbox::SandboxOptions options;
        options.faults = QStringLiteral("latency=100,cut=1,seed=1");
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.ok());
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = sandbox.get(QStringLiteral("/accounts"));
        QVERIFY(timer.elapsed() >= 100);
        // The body was promised whole and cut short: the client sees an error, not a 200 with half a body.
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));

        QCOMPARE(cv::sandbox::Faults::parse(QStringLiteral("error=2")).ok(), false);
        QCOMPARE(cv::sandbox::Faults::parse(QStringLiteral("nonsense=1")).ok(), false);
    }

    void loadsEverySampleUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        const QString p = QStringLiteral("/products/PRD-276-377-545");
        QTest::newRow("product") << QStringLiteral("product_response.json") << p;
        QTest::newRow("items") << QStringLiteral("items_response.json") << p + QStringLiteral("/items");
        QTest::newRow("ordering parameters") << QStringLiteral("ordering_parameters_response.json")
                                             << p + QStringLiteral("/parameters?eq(phase,ordering)");
        QTest::newRow("fulfillment parameters") << QStringLiteral("fulfillment_parameters_response.json")
                                                << p + QStringLiteral("/parameters?eq(phase,fulfillment)");
        QTest::newRow("configuration parameters") << QStringLiteral("configuration_parameters_response.json")
                                                  << p + QStringLiteral("/parameters?eq(phase,configuration)");
        QTest::newRow("templates") << QStringLiteral("templates_response.json") << p + QStringLiteral("/templates");
        QTest::newRow("actions") << QStringLiteral("actions_response.json") << p + QStringLiteral("/actions");
        QTest::newRow("media") << QStringLiteral("media_response.json") << p + QStringLiteral("/media");
        QTest::newRow("units") << QStringLiteral("units_response.json") << QStringLiteral("/settings/units");
        QTest::newRow("categories") << QStringLiteral("categories_response.json") << QStringLiteral("/categories");
        QTest::newRow("locales") << QStringLiteral("locales_response.json") << QStringLiteral("/localization/locales");
        QTest::newRow("translations") << QStringLiteral("product_translations_response.json")
                                      << QStringLiteral("/localization/translations");
        QTest::newRow("translation attributes")
            << QStringLiteral("translation_attributes_response.json")
            << QStringLiteral("/localization/translations/TRN-1079-0833-9890/attributes");
        QTest::newRow("purchase request")
            << QStringLiteral("request_purchase_preview.json") << QStringLiteral("/requests/PR-7658-9572-0778-001");
        QTest::newRow("tier config request") << QStringLiteral("tier_config_request.json")
                                             << QStringLiteral("/tier/config-requests/TCR-625-056-106-001");
    }

    void loadsEverySampleUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        const QString samples = QStringLiteral(CV_TEST_DATA_DIR "/connect-api/samples");
        QVERIFY2(QDir(samples).exists(), qPrintable(samples));
        static std::unique_ptr<SandboxFixture> loaded;
        if (!loaded) {
            cv::sandbox::SandboxOptions options;
            options.loadDir = samples;
            loaded = std::make_unique<SandboxFixture>(options);
            QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
        }
        QFile sample(samples + QLatin1Char('/') + file);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QJsonDocument expected = QJsonDocument::fromJson(sample.readAll());
        const HttpResponse r = loaded->get(
            path + (path.contains(QLatin1Char('?')) ? QStringLiteral("&limit=1000") : QStringLiteral("?limit=1000")));
        QVERIFY2(r.status == 200, qPrintable(r.errors()));
        if (expected.isArray())
            QCOMPARE(r.array(), expected.array());
        else
            QCOMPARE(r.object(), expected.object());
    }

    // Issue 17, point 4: a bad file is skipped and listed; the sandbox starts with the others
    // (tst_sandbox_fidelity covers the kinds and the parent checks).
    void loadSkipsBadFiles()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"id\": \"PRD-1-2-3\", ");
        broken.close();
        cv::sandbox::SandboxOptions options;
        options.loadDir = dir.path();
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QCOMPARE(sandbox.server().loadRejections().size(), 1);
        const QString rejected = sandbox.server().loadRejections().first();
        QVERIFY2(rejected.contains(QStringLiteral("broken.json")) && rejected.contains(QStringLiteral("offset")),
            qPrintable(rejected));
        QFile::remove(broken.fileName());
        QFile unknown(dir.filePath(QStringLiteral("unknown.json")));
        QVERIFY(unknown.open(QIODevice::WriteOnly));
        unknown.write(R"({"id": "ZZZ-1", "name": "what"})");
        unknown.close();
        SandboxFixture again(options);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.server().loadRejections().size(), 1);
        QVERIFY2(again.server().loadRejections().first().contains(QStringLiteral("ZZZ-1")),
            qPrintable(again.server().loadRejections().first()));
    }
};

CV_TEST_CORE_MAIN(TestSandboxCore)
#include "tst_sandbox_core.moc"
