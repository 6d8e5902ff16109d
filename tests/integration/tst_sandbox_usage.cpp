// connect-sandbox over real HTTP: usage files (REFERENCE §3.21): create, the xlsx template, upload and
// validation of the records, the status flow (submit, accept, reject, close, delete, reprocess), records.
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/spreadsheet/xlsxreader.h"
#include "app/usage/usagespreadsheet.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"

#include <QRegularExpression>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;
namespace usage = cv::usage;

class TestSandboxUsage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;
    QJsonObject m_market;
    QString m_contract;

    /// A records sheet with the SDK's columns; each row is {record_id, mpn, quantity}.
    static QByteArray workbook(const QList<QStringList> &rows)
    {
        const QStringList columns = usage::usageRecordColumns();
        usage::WorkbookSheet sheet;
        sheet.name = QStringLiteral("records");
        QVariantList header;
        for (const QString &c : columns)
            header << c;
        sheet.rows << header;
        for (const QStringList &row : rows) {
            QHash<QString, QString> values { { QStringLiteral("record_id"), row.at(0) },
                { QStringLiteral("item_search_criteria"), QStringLiteral("item.mpn") },
                { QStringLiteral("item_search_value"), row.at(1) }, { QStringLiteral("quantity"), row.at(2) },
                { QStringLiteral("start_time_utc"), QStringLiteral("2024-05-01 00:00:00") },
                { QStringLiteral("end_time_utc"), QStringLiteral("2024-06-01 00:00:00") },
                { QStringLiteral("asset_search_criteria"), QStringLiteral("parameter.param_a") },
                { QStringLiteral("asset_search_value"), QStringLiteral("customer-1") } };
            QVariantList cells;
            for (const QString &c : columns) {
                const QString v = values.value(c);
                bool isNumber = false;
                const double n = v.toDouble(&isNumber);
                cells << (v.isEmpty() ? QVariant() : isNumber ? QVariant(n) : QVariant(v));
            }
            sheet.rows << cells;
        }
        return usage::writeWorkbook({ sheet });
    }

    QString createFile(const QString &name = QStringLiteral("May usage"))
    {
        const HttpResponse r = m_sandbox->post(QStringLiteral("/usage/files"), body(name));
        return r.object().value(QStringLiteral("id")).toString();
    }
    QJsonObject body(const QString &name) const
    {
        return { { QStringLiteral("name"), name }, { QStringLiteral("description"), QStringLiteral("Monthly report") },
            { QStringLiteral("period"),
                QJsonObject { { QStringLiteral("from"), QStringLiteral("2024-05-01T00:00:00+00:00") },
                    { QStringLiteral("to"), QStringLiteral("2024-06-01T00:00:00+00:00") } } },
            { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), m_product } } },
            { QStringLiteral("contract"), QJsonObject { { QStringLiteral("id"), m_contract } } },
            { QStringLiteral("external_id"), QStringLiteral("ext-1") } };
    }
    HttpResponse upload(const QString &id, const QByteArray &data, const QByteArray &fileName = "usage.xlsx")
    {
        return m_sandbox->multipart("POST", QStringLiteral("/usage/files/%1/upload").arg(id),
            { { "usage_file", fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data } });
    }
    HttpResponse action(const QString &id, const QString &name, const QJsonObject &json = {})
    {
        return m_sandbox->post(QStringLiteral("/usage/files/%1/%2").arg(id, name), json);
    }
    QByteArray fetch(const QString &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QByteArray data = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
            ? reply->readAll()
            : QByteArray();
        reply->deleteLater();
        return data;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_product
            = m_sandbox
                  ->post(QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Metered Storage") } })
                  .object()
                  .value(QStringLiteral("id"))
                  .toString();
        m_market = cv::sandbox::seedMarket(m_sandbox->server().context(), m_product);
        m_contract = m_market.value(QStringLiteral("contracts"))
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString();
        QVERIFY(m_contract.startsWith(QStringLiteral("CRD-")));
    }

    void cleanup() { m_sandbox.reset(); }

    void createListUpdate()
    {
        const HttpResponse created = m_sandbox->post(QStringLiteral("/usage/files"), body(QStringLiteral("May usage")));
        QVERIFY2(created.status == 201, qPrintable(created.errors()));
        const QJsonObject file = created.object();
        const QString id = file.value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^UF-\\d{4}-\\d{2}-\\d{4}-\\d{4}$")).match(id).hasMatch());
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(file.value(QStringLiteral("schema")).toString(), QStringLiteral("qt"));
        QCOMPARE(file.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(file.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(file.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Cloud Marketplace US"));
        QCOMPARE(file.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(), m_product);
        QVERIFY(file.value(QStringLiteral("vendor"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("VA-")));
        QVERIFY(!file.value(QStringLiteral("events"))
                     .toObject()
                     .value(QStringLiteral("created"))
                     .toObject()
                     .value(QStringLiteral("at"))
                     .toString()
                     .isEmpty());

        QJsonObject bad = body(QString(101, QLatin1Char('x')));
        bad.remove(QStringLiteral("contract"));
        const HttpResponse refused = m_sandbox->post(QStringLiteral("/usage/files"), bad);
        QCOMPARE(refused.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY(refused.errors().contains(QStringLiteral("name: Ensure this field has no more than 100 characters.")));
        QVERIFY(refused.errors().contains(QStringLiteral("contract: This field is required.")));
        QJsonObject noPeriod = body(QStringLiteral("x"));
        noPeriod.remove(QStringLiteral("period"));
        QVERIFY(m_sandbox->post(QStringLiteral("/usage/files"), noPeriod)
                    .errors()
                    .contains(QStringLiteral("period: This field is required.")));

        createFile(QStringLiteral("June usage"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files")).total(), 2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files?eq(name,June%20usage)")).total(), 1);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/usage/files?eq(status,draft)&eq(product.id,%1)").arg(m_product)).total(),
            2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files?eq(status,ready)")).total(), 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files/") + id).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("May usage"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files/UF-2000-01-0000-0000")).status, 404);
        const HttpResponse updated = m_sandbox->put(
            QStringLiteral("/usage/files/") + id, { { QStringLiteral("note"), QStringLiteral("corrected") } });
        QCOMPARE(updated.object().value(QStringLiteral("note")).toString(), QStringLiteral("corrected"));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/usage/files/") + id,
                         { { QStringLiteral("description"), QString(201, QLatin1Char('d')) } })
                     .errorCode(),
            QStringLiteral("VAL_001"));
    }

    void templateIsAnXlsx()
    {
        const HttpResponse r = m_sandbox->get(QStringLiteral("/usage/products/%1/template").arg(m_product));
        QCOMPARE(r.status, 200);
        const QString link = r.object().value(QStringLiteral("template_link")).toString();
        QVERIFY2(link.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(link));
        const QByteArray xlsx = fetch(link); // no API key needed, like Connect's storage links
        QVERIFY(xlsx.startsWith("PK"));
        const auto sheet = usage::readUsageSpreadsheet(xlsx);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error()));
        for (const QString &column :
            { QStringLiteral("record_id"), QStringLiteral("item_search_value"), QStringLiteral("quantity") })
            QVERIFY(sheet.value().header.contains(column));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/products/PRD-000-000-000/template")).status, 404);
    }

    void goodFileFlow()
    {
        const QString id = createFile();
        const HttpResponse uploaded = upload(id,
            workbook({ { QStringLiteral("r1"), QStringLiteral("SKU-A"), QStringLiteral("10") },
                { QStringLiteral("r2"), QStringLiteral("SKU-B"), QStringLiteral("2.5") } }));
        QVERIFY2(uploaded.status == 200, qPrintable(uploaded.errors()));
        QJsonObject file = uploaded.object();
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(file.value(QStringLiteral("records")).toObject().value(QStringLiteral("valid")).toInt(), 2);
        QCOMPARE(file.value(QStringLiteral("records")).toObject().value(QStringLiteral("invalid")).toInt(), 0);
        QCOMPARE(file.value(QStringLiteral("stats")).toObject().value(QStringLiteral("uploaded")).toInt(), 2);
        QVERIFY(file.value(QStringLiteral("usage_file_uri")).toString().endsWith(QStringLiteral("/usage.xlsx")));
        QVERIFY(fetch(file.value(QStringLiteral("usage_file_uri")).toString()).startsWith("PK"));

        const HttpResponse records = m_sandbox->get(QStringLiteral("/usage/records?usagefile.id=") + id);
        QCOMPARE(records.status, 200);
        QCOMPARE(records.total(), 2);
        const QJsonObject record = records.array().at(0).toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^UR-\\d{4}-\\d{2}-\\d{4}-\\d{4}-\\d{4}-\\d{4}$"))
                    .match(record.value(QStringLiteral("id")).toString())
                    .hasMatch());
        QCOMPARE(record.value(QStringLiteral("usage")).toDouble(), 10.0);
        QCOMPARE(record.value(QStringLiteral("item")).toObject().value(QStringLiteral("mpn")).toString(),
            QStringLiteral("SKU-A"));
        QCOMPARE(record.value(QStringLiteral("start_date")).toString(), QStringLiteral("2024-05-01T00:00:00+00:00"));
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(
            m_sandbox
                ->get(QStringLiteral("/usage/records?eq(usagefile.id,%1)&eq(item.id,%2)")
                          .arg(id,
                              record.value(QStringLiteral("item")).toObject().value(QStringLiteral("id")).toString()))
                .total(),
            1);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/usage/records/") + record.value(QStringLiteral("id")).toString()).status,
            200);

        QCOMPARE(action(id, QStringLiteral("accept")).errorCode(), QStringLiteral("UF_001"));
        QCOMPARE(action(id, QStringLiteral("submit")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("pending"));
        file = action(
            id, QStringLiteral("accept"), { { QStringLiteral("acceptance_note"), QStringLiteral("looks right") } })
                   .object();
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(file.value(QStringLiteral("acceptance_note")).toString(), QStringLiteral("looks right"));
        QVERIFY(file.value(QStringLiteral("events")).toObject().contains(QStringLiteral("accepted")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?eq(status,approved)")).total(), 2);
        QCOMPARE(action(id, QStringLiteral("close")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("closed"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?eq(status,closed)")).total(), 2);
        const HttpResponse again = action(id, QStringLiteral("close"));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), QStringLiteral("UF_001"));
        QVERIFY2(again.errors().contains(id) && again.errors().contains(QStringLiteral("closed")),
            qPrintable(again.errors()));
        QCOMPARE(upload(id, workbook({})).errorCode(), QStringLiteral("UF_001"));
        QCOMPARE(
            m_sandbox->put(QStringLiteral("/usage/files/") + id, { { QStringLiteral("note"), QStringLiteral("x") } })
                .errorCode(),
            QStringLiteral("UF_002"));
    }

    /// Issue 17 point 4 and issue 15: chunks of an accepted file, closing records (one, in bulk), the provider's
    /// reconciliation upload, the records list's `usage_file` filter, records outside the period refused.
    void chunksRecordCloseReconciliation()
    {
        const QString id = createFile();
        QVERIFY2(upload(id,
                     workbook({ { QStringLiteral("r1"), QStringLiteral("SKU-A"), QStringLiteral("10") },
                         { QStringLiteral("r2"), QStringLiteral("SKU-B"), QStringLiteral("2") },
                         { QStringLiteral("r3"), QStringLiteral("SKU-A"), QStringLiteral("1") } }))
                     .status
                == 200,
            "upload");
        const HttpResponse byAlias = m_sandbox->get(QStringLiteral("/usage/records?usage_file=") + id);
        QCOMPARE(byAlias.status, 200);
        QCOMPARE(byAlias.total(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?eq(usage_file,%1)").arg(id)).total(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?usage_file=UF-none")).total(), 0);
        const QStringList records = [&] {
            QStringList ids;
            for (const QJsonValue &r : byAlias.array())
                ids << r.toObject().value(QStringLiteral("id")).toString();
            return ids;
        }();

        // A valid (not yet approved) record cannot be closed; no chunk before the file is accepted.
        QCOMPARE(m_sandbox->post(QStringLiteral("/usage/records/%1/close").arg(records.at(0))).errorCode(),
            QStringLiteral("UR_001"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/chunks?usagefile.id=") + id).total(), 0);
        const QByteArray recon = workbook({});
        QCOMPARE(m_sandbox
                     ->multipart("POST", QStringLiteral("/usage/files/%1/reconciliation").arg(id),
                         { { "recon_file", "recon.xlsx", "application/octet-stream", recon } })
                     .errorCode(),
            QStringLiteral("UF_001"));
        QCOMPARE(action(id, QStringLiteral("submit")).status, 200);
        QCOMPARE(action(id, QStringLiteral("accept")).status, 200);

        const HttpResponse chunks = m_sandbox->get(QStringLiteral("/usage/chunks?usagefile.id=") + id);
        QCOMPARE(chunks.status, 200);
        QCOMPARE(chunks.total(), 1);
        const QJsonObject chunk = chunks.array().at(0).toObject();
        const QString chunkId = chunk.value(QStringLiteral("id")).toString();
        QVERIFY2(chunkId.startsWith(QStringLiteral("UFC-")), qPrintable(chunkId));
        QCOMPARE(chunk.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(chunk.value(QStringLiteral("stats")).toObject().value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/chunks/") + chunkId).status, 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/chunks/UFC-none")).status, 404);
        QCOMPARE(m_sandbox->put(QStringLiteral("/usage/chunks/") + chunkId, {}).status, 400);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/usage/chunks/") + chunkId,
                         { { QStringLiteral("external_id"), QStringLiteral("B-7") } })
                     .object()
                     .value(QStringLiteral("external_id"))
                     .toString(),
            QStringLiteral("B-7"));
        const HttpResponse download = m_sandbox->get(QStringLiteral("/usage/chunks/%1/download").arg(chunkId));
        QCOMPARE(download.status, 200);
        const auto book = cv::spreadsheet::readWorkbook(download.body);
        QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error()));
        QCOMPARE(book.value().sheets.first().rows.size(), 4); // header + 3 records

        // One record closed alone, then the rest in bulk (206, one result each, an unknown id refused on its own).
        const HttpResponse closedOne = m_sandbox->post(QStringLiteral("/usage/records/%1/close").arg(records.at(0)),
            { { QStringLiteral("external_billing_id"), QStringLiteral("INV-1") } });
        QVERIFY2(closedOne.status == 200, qPrintable(closedOne.errors()));
        QCOMPARE(closedOne.object().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(closedOne.object().value(QStringLiteral("external_billing_id")).toString(), QStringLiteral("INV-1"));
        QCOMPARE(m_sandbox->post(QStringLiteral("/usage/records/UR-none/close")).status, 404);
        const QJsonArray bulk { QJsonObject { { QStringLiteral("id"), records.at(1) },
                                    { QStringLiteral("external_billing_id"), QStringLiteral("INV-2") } },
            QJsonObject { { QStringLiteral("id"), records.at(0) } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("UR-none") } } };
        const HttpResponse many = m_sandbox->send(
            "POST", QStringLiteral("/usage/records/close-records"), QJsonDocument(bulk).toJson(), "application/json");
        QCOMPARE(many.status, 206);
        const QJsonArray results = QJsonDocument::fromJson(many.body).array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QVERIFY(results.at(0).toObject().value(QStringLiteral("error_details")).isUndefined());
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("error_codes")).toString(), QStringLiteral("UR_001"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("error_codes")).toString(), QStringLiteral("UR_404"));

        // Closing the chunk bills what is left; a closed chunk is not closed or regenerated again.
        QCOMPARE(m_sandbox->post(QStringLiteral("/usage/chunks/%1/close").arg(chunkId)).status, 400);
        const HttpResponse closedChunk = m_sandbox->post(QStringLiteral("/usage/chunks/%1/close").arg(chunkId),
            { { QStringLiteral("external_billing_id"), QStringLiteral("INV-3") } });
        QVERIFY2(closedChunk.status == 200, qPrintable(closedChunk.errors()));
        QCOMPARE(closedChunk.object().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(
            closedChunk.object().value(QStringLiteral("stats")).toObject().value(QStringLiteral("closed")).toInt(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?usage_file=%1&status=closed").arg(id)).total(), 3);
        QCOMPARE(m_sandbox->post(QStringLiteral("/usage/chunks/%1/regenerate").arg(chunkId)).errorCode(),
            QStringLiteral("UFC_001"));

        // The provider's reconciliation file of the accepted file.
        const HttpResponse reconciled
            = m_sandbox->multipart("POST", QStringLiteral("/usage/files/%1/reconciliation").arg(id),
                { { "recon_file", "recon.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    recon } });
        QVERIFY2(reconciled.status == 200, qPrintable(reconciled.errors()));
        const QString reconUri = reconciled.object().value(QStringLiteral("reconciliation_file_uri")).toString();
        QVERIFY2(reconUri.endsWith(QStringLiteral("/recon.xlsx")), qPrintable(reconUri));
        QCOMPARE(fetch(reconUri), recon);
        QCOMPARE(
            m_sandbox->multipart("POST", QStringLiteral("/usage/files/%1/reconciliation").arg(id), {}).status, 400);
    }

    void recordsOutsideThePeriodAreRefused()
    {
        const QString id = createFile(); // period May 2024; the workbook's rows run 2024-05-01 to 2024-06-01
        const HttpResponse created = m_sandbox->post(QStringLiteral("/usage/files"), [&] {
            QJsonObject b = body(QStringLiteral("Half of May"));
            b.insert(QStringLiteral("period"),
                QJsonObject { { QStringLiteral("from"), QStringLiteral("2024-05-01T00:00:00+00:00") },
                    { QStringLiteral("to"), QStringLiteral("2024-05-15T00:00:00+00:00") } });
            return b;
        }());
        const QString half = created.object().value(QStringLiteral("id")).toString();
        const QByteArray rows = workbook({ { QStringLiteral("r1"), QStringLiteral("SKU-A"), QStringLiteral("1") } });
        QCOMPARE(upload(id, rows).object().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        const QJsonObject refused = upload(half, rows).object();
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QVERIFY2(
            refused.value(QStringLiteral("error_detail")).toString().contains(QStringLiteral("is after the period")),
            qPrintable(refused.value(QStringLiteral("error_detail")).toString()));
    }

    void badRowsMakeTheFileInvalid()
    {
        const QString id = createFile();
        const HttpResponse uploaded = upload(id,
            workbook({ { QStringLiteral("r1"), QStringLiteral("SKU-A"), QStringLiteral("abc") },
                { QStringLiteral("r2"), QStringLiteral("NO-SUCH"), QStringLiteral("1") },
                { QStringLiteral("r3"), QStringLiteral("SKU-B"), QStringLiteral("3") } }));
        QCOMPARE(uploaded.status, 200);
        const QJsonObject file = uploaded.object();
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        const QString detail = file.value(QStringLiteral("error_detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("Row 2, quantity: 'abc' is not a number")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Row 3, item_search_value:")), qPrintable(detail));
        QCOMPARE(detail.split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(file.value(QStringLiteral("records")).toObject().value(QStringLiteral("invalid")).toInt(), 2);
        QCOMPARE(file.value(QStringLiteral("records")).toObject().value(QStringLiteral("valid")).toInt(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?usagefile.id=") + id).total(), 0);
        const HttpResponse submit = action(id, QStringLiteral("submit"));
        QCOMPARE(submit.errorCode(), QStringLiteral("UF_001"));
        QVERIFY(submit.errors().contains(QStringLiteral("'invalid'")));

        // A corrected file can go up again; reprocess returns an invalid file to draft.
        QCOMPARE(action(id, QStringLiteral("reprocess")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("draft"));
        QCOMPARE(upload(id, workbook({ { QStringLiteral("r1"), QStringLiteral("SKU-A"), QStringLiteral("1") } }))
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("ready"));
        QCOMPARE(action(id, QStringLiteral("submit")).status, 200);
        QCOMPARE(action(id, QStringLiteral("reject")).errorCode(), QStringLiteral("VAL_001")); // a rejection says why
        const QJsonObject rejected = action(
            id, QStringLiteral("reject"), { { QStringLiteral("rejection_note"), QStringLiteral("wrong month") } })
                                         .object();
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected.value(QStringLiteral("rejection_note")).toString(), QStringLiteral("wrong month"));
        QCOMPARE(action(id, QStringLiteral("delete")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("deleted"));
    }

    void notAnXlsxIsRefused()
    {
        const QString id = createFile();
        const QJsonObject before = m_sandbox->get(QStringLiteral("/usage/files/") + id).object();
        const HttpResponse r = upload(id, "record_id,quantity\nr1,5\n", "usage.csv");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY2(r.errors().contains(QStringLiteral("xlsx")), qPrintable(r.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files/") + id).object(), before);
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/usage/files/%1/upload").arg(id)).errorCode(), QStringLiteral("VAL_001"));
        QCOMPARE(m_sandbox
                     ->multipart(
                         "POST", QStringLiteral("/usage/files/%1/upload").arg(id), { { "other", "x.xlsx", {}, "x" } })
                     .errors(),
            QStringLiteral("usage_file: This field is required."));
    }

    void refusedTransitions_data()
    {
        QTest::addColumn<QString>("actionName");
        for (const char *name : { "submit", "accept", "reject", "close", "reprocess" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void refusedTransitions()
    {
        QFETCH(QString, actionName);
        const QString id = createFile();
        const HttpResponse r = action(id, actionName, { { QStringLiteral("rejection_note"), QStringLiteral("n") } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("UF_001"));
        QVERIFY2(r.errors().contains(QStringLiteral("Usage file %1").arg(id))
                && r.errors().contains(QStringLiteral("'draft'")),
            qPrintable(r.errors()));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/usage/files/") + id).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("draft"));
        QCOMPARE(action(id, QStringLiteral("delete")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("deleted"));
        QCOMPARE(action(id, QStringLiteral("delete")).errorCode(), QStringLiteral("UF_001"));
    }

    void seedMakesFilesInSeveralStates()
    {
        cv::sandbox::seedUsage(m_sandbox->server().context(), m_product, m_market);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/files")).total(), 3);
        for (const char *status : { "draft", "ready", "accepted" })
            QCOMPARE(
                m_sandbox->get(QStringLiteral("/usage/files?eq(status,%1)").arg(QLatin1String(status))).total(), 1);
        const QString ready = m_sandbox->get(QStringLiteral("/usage/files?eq(status,ready)"))
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?usagefile.id=") + ready).total(), 2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?eq(status,approved)")).total(), 2);
    }
};

CV_TEST_CORE_MAIN(TestSandboxUsage)
#include "tst_sandbox_usage.moc"
