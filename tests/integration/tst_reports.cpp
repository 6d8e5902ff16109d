// Issue 15, point 2: every report computed from a cache filled by a real sync against a seeded sandbox
// (--seed demo plus generated requests, billing requests and tier account requests), exported to CSV and .xlsx
// and read back. Each file's row count and total must equal what this test computes on its own from the synced
// objects (ObjectRepository::list, plain loops below: no code of app/reports). A cancelled export leaves no file
// under the target name (and an older file there untouched), and no partial file beside it.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/reports/reportjob.h"
#include "app/spreadsheet/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <functional>

using namespace cv;
using namespace Qt::StringLiterals;
using reports::ExportFormat;
using reports::ReportParameters;
using reports::ReportTask;

Q_DECLARE_METATYPE(cv::reports::ReportParameters)

namespace {

double quantity(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : value.toString().toDouble();
}

QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

/// The rows and total a report should have, computed here from the cached objects.
struct Expected
{
    qint64 rows = 0;
    double total = 0;
};

/// Splits a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field, field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << field, field.clear();
            rows << row, row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QString m_cacheFile;
    std::unique_ptr<store::CacheDatabase> m_db;

    QList<QJsonObject> cached(const QString &collection)
    {
        QList<QJsonObject> list;
        for (const store::CachedObject &object : store::ObjectRepository(*m_db).list(collection, QString()))
            list << object.json;
        return list;
    }

    /// Rows and total over `collection`: `rowsOf` gives the rows one object makes and adds to the total.
    Expected expect(const QString &collection, const std::function<qint64(const QJsonObject &, double &)> &rowsOf)
    {
        Expected expected;
        for (const QJsonObject &object : cached(collection))
            expected.rows += rowsOf(object, expected.total);
        return expected;
    }

    reports::ReportOutcome exportReport(
        const QString &id, const ReportParameters &params, ExportFormat format, const QString &target)
    {
        ReportTask task;
        task.cacheFile = m_cacheFile;
        task.reportId = id;
        task.params = params;
        task.mode = ReportTask::Mode::Export;
        task.format = format;
        task.target = target;
        std::atomic_bool cancel = false;
        return reports::ReportJob::runNow(task, cancel);
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 600;
        m_sandbox = std::make_unique<test::SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        QVERIFY(m_dir.isValid());
        m_cacheFile = m_dir.filePath(u"cache.sqlite"_s);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        client.setEndpoint(QUrl(m_sandbox->baseUrl()));
        client.setApiKey(m_sandbox->apiKey());
        m_db = std::move(store::CacheDatabase::open(m_cacheFile)).value();
        sync::SyncEngine engine(client, *m_db);
        const sync::SyncSummary summary = test::runSync(engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.detail));
    }

    /// The sync pulls what the reports read (point 3): as many objects as the sandbox serves.
    void syncCoversReportData_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("path");
        QTest::newRow("billing requests") << u"billing_requests"_s << u"/subscriptions/requests"_s;
        QTest::newRow("tier account requests") << u"tier_account_requests"_s << u"/tier/account-requests"_s;
        QTest::newRow("tier configs") << u"tier_configs"_s << u"/tier/configs"_s;
        QTest::newRow("assets") << u"assets"_s << u"/assets"_s;
        QTest::newRow("requests") << u"requests"_s << u"/requests"_s;
    }
    void syncCoversReportData()
    {
        QFETCH(QString, collection);
        QFETCH(QString, path);
        const qint64 served = m_sandbox->get(path + u"?limit=1"_s).total();
        QVERIFY(served > 0);
        QCOMPARE(store::ObjectRepository(*m_db).count(collection), served);
    }

    void exportsMatchTheCache_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<ReportParameters>("params");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("totalColumn");

        const ReportParameters all;
        ReportParameters approvedProduction;
        approvedProduction.statuses = { u"approved"_s };
        approvedProduction.environment = u"production"_s;
        ReportParameters lastQuarter;
        lastQuarter.from = QDate::currentDate().addDays(-90);
        lastQuarter.to = QDate::currentDate();
        lastQuarter.types = { u"purchase"_s, u"change"_s };
        ReportParameters open;
        open.statuses = { u"pending"_s, u"inquiring"_s };

        QTest::newRow("fulfillment requests")
            << u"fulfillment_requests"_s << all << u"requests"_s << u"Total Quantity"_s;
        QTest::newRow("fulfillment requests, approved in production")
            << u"fulfillment_requests"_s << approvedProduction << u"requests"_s << u"Total Quantity"_s;
        QTest::newRow("fulfillment requests, purchases and changes of 90 days")
            << u"fulfillment_requests"_s << lastQuarter << u"requests"_s << u"Total Quantity"_s;
        QTest::newRow("fulfillment request lines")
            << u"fulfillment_request_lines"_s << all << u"requests"_s << u"Quantity"_s;
        QTest::newRow("fulfillment request lines, approved in production")
            << u"fulfillment_request_lines"_s << approvedProduction << u"requests"_s << u"Quantity"_s;
        QTest::newRow("failed requests") << u"failed_requests"_s << all << u"requests"_s << QString();
        QTest::newRow("billing requests")
            << u"billing_requests"_s << all << u"billing_requests"_s << u"Total Quantity"_s;
        QTest::newRow("billing request lines")
            << u"billing_request_lines"_s << all << u"billing_requests"_s << u"Quantity"_s;
        QTest::newRow("subscriptions") << u"subscriptions"_s << all << u"assets"_s << u"Total Quantity"_s;
        QTest::newRow("tier configuration requests")
            << u"tier_config_requests"_s << all << u"tier_config_requests"_s << QString();
        QTest::newRow("tier configurations") << u"tier_configs"_s << all << u"tier_configs"_s << QString();
        QTest::newRow("listing requests") << u"listing_requests"_s << all << u"listing_requests"_s << QString();
        QTest::newRow("listings") << u"listings"_s << all << u"listings"_s << QString();
        QTest::newRow("customers") << u"customers"_s << all << u"tier_accounts"_s << QString();
        QTest::newRow("contracts") << u"contracts"_s << all << u"contracts"_s << QString();
        QTest::newRow("SLA of open requests") << u"pending_sla"_s << open << u"requests"_s << QString();
        QTest::newRow("helpdesk cases") << u"helpdesk_cases"_s << all << u"cases"_s << QString();
        QTest::newRow("tier account requests")
            << u"tier_account_requests"_s << all << u"tier_account_requests"_s << QString();
        QTest::newRow("usage per subscription")
            << u"usage_per_subscription"_s << all << u"usage_records"_s << u"Usage"_s;
    }

    void exportsMatchTheCache()
    {
        QFETCH(QString, report);
        QFETCH(ReportParameters, params);
        QFETCH(QString, collection);
        QFETCH(QString, totalColumn);
        if (!store::collection(collection))
            QSKIP("the usage records are not synced on this branch yet");

        // What the test expects, from the objects as synced.
        const auto inRange = [&](const QString &iso) {
            return (!params.from.isValid() || iso.left(10) >= params.from.toString(Qt::ISODate))
                && (!params.to.isValid() || iso.left(10) <= params.to.toString(Qt::ISODate));
        };
        const auto requestMatches = [&](const QJsonObject &request) {
            return (params.statuses.isEmpty() || params.statuses.contains(request.value(u"status"_s).toString()))
                && (params.types.isEmpty() || params.types.contains(request.value(u"type"_s).toString()))
                && (params.environment.isEmpty()
                    || at(request, u"asset.connection.type"_s).toString() == params.environment)
                && inRange(request.value(u"created"_s).toString());
        };
        const auto sumItems = [](const QJsonArray &items) {
            double sum = 0;
            for (const QJsonValue &item : items)
                sum += quantity(item.toObject().value(u"quantity"_s));
            return sum;
        };
        Expected expected;
        if (report == QLatin1String("fulfillment_requests") || report == QLatin1String("pending_sla")) {
            expected = expect(collection, [&](const QJsonObject &request, double &total) -> qint64 {
                if (!requestMatches(request))
                    return 0;
                total += sumItems(at(request, u"asset.items"_s).toArray());
                return 1;
            });
        } else if (report == QLatin1String("fulfillment_request_lines")) {
            expected = expect(collection, [&](const QJsonObject &request, double &total) -> qint64 {
                if (!requestMatches(request))
                    return 0;
                qint64 lines = 0;
                for (const QJsonValue &item : at(request, u"asset.items"_s).toArray()) {
                    const double now = quantity(item.toObject().value(u"quantity"_s));
                    if (now == 0 && quantity(item.toObject().value(u"old_quantity"_s)) == 0)
                        continue;
                    total += now;
                    ++lines;
                }
                return lines;
            });
        } else if (report == QLatin1String("failed_requests")) {
            expected = expect(collection, [&](const QJsonObject &request, double &) -> qint64 {
                return request.value(u"status"_s).toString() == QLatin1String("failed")
                    && !request.value(u"reason"_s).toString().isEmpty();
            });
            QVERIFY(expected.rows > 0);
        } else if (report == QLatin1String("billing_requests") || report == QLatin1String("subscriptions")) {
            expected = expect(collection, [&](const QJsonObject &object, double &total) -> qint64 {
                total += sumItems(object.value(u"items"_s).toArray());
                return 1;
            });
        } else if (report == QLatin1String("billing_request_lines")) {
            expected = expect(collection, [&](const QJsonObject &object, double &total) -> qint64 {
                total += sumItems(object.value(u"items"_s).toArray());
                return object.value(u"items"_s).toArray().size();
            });
        } else if (report == QLatin1String("usage_per_subscription")) {
            expected = expect(collection, [&](const QJsonObject &record, double &total) -> qint64 {
                total += quantity(record.value(u"usage"_s));
                return 1;
            });
        } else {
            expected.rows = cached(collection).size();
        }
        QVERIFY2(expected.rows > 0, "the seeded account has data for every report");

        for (const ExportFormat format : { ExportFormat::Csv, ExportFormat::Xlsx }) {
            const bool csv = format == ExportFormat::Csv;
            const QString target = m_dir.filePath(
                u"%1-%2.%3"_s.arg(report, QString::number(qHash(QTest::currentDataTag())), csv ? u"csv"_s : u"xlsx"_s));
            const reports::ReportOutcome outcome = exportReport(report, params, format, target);
            QVERIFY2(outcome.ok(), qPrintable(outcome.run.error));
            QCOMPARE(outcome.file, target);
            QCOMPARE(outcome.run.rows, expected.rows);

            // Read the file back: header + one line per row, and the total column's sum.
            QStringList headers;
            QList<QStringList> rows;
            if (csv) {
                rows = readCsv(target);
                QVERIFY(!rows.isEmpty());
                headers = rows.takeFirst();
            } else {
                const auto workbook = spreadsheet::readWorkbookFile(target);
                QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error()));
                QCOMPARE(workbook.value().sheets.size(), 1);
                const spreadsheet::XlsxSheet &sheet = workbook.value().sheets.first();
                const int columns = sheet.columnCount();
                for (int c = 0; c < columns; ++c)
                    headers << sheet.text(1, c);
                for (auto it = sheet.rows.cbegin(); it != sheet.rows.cend(); ++it) {
                    if (it.key() == 1)
                        continue;
                    QStringList row;
                    for (int c = 0; c < columns; ++c)
                        row << it.value().value(c);
                    rows << row;
                }
            }
            QCOMPARE(qint64(rows.size()), expected.rows);
            QVERIFY(headers.contains(u"Product ID"_s) || headers.contains(u"Account ID"_s)
                || headers.contains(u"Contract ID"_s) || headers.contains(u"Case ID"_s)
                || headers.contains(u"Subscription ID"_s));
            if (!totalColumn.isEmpty()) {
                const qsizetype column = headers.indexOf(totalColumn);
                QVERIFY2(column >= 0, qPrintable(totalColumn));
                double sum = 0;
                for (const QStringList &row : std::as_const(rows))
                    sum += row.value(column).toDouble();
                QCOMPARE(sum, expected.total);
                QCOMPARE(outcome.run.total, expected.total);
            }
        }
    }

    /// Issue 15's speed: a report reads only its paths out of each object's text (JsonPick). Every row of every
    /// report, filtered or not, must equal the row the whole parsed object gives.
    void pickedRowsEqualWholeObjects()
    {
        const store::ObjectRepository repository(*m_db);
        ReportParameters marketplace;
        marketplace.marketplaceId = at(cached(u"requests"_s).constFirst(), u"marketplace.id"_s).toString();
        QVERIFY(!marketplace.marketplaceId.isEmpty());
        marketplace.from = QDate::currentDate().addDays(-60);
        for (const reports::ReportDefinition &report : reports::definitions()) {
            for (const ReportParameters &params : { ReportParameters(), marketplace }) {
                QList<QVariantList> picked, whole;
                reports::ReportRunner runner(repository);
                const reports::RunResult fast = runner.run(report, params, [&](const QVariantList &row) {
                    picked << row;
                    return true;
                });
                runner.setWholeObjects(true);
                const reports::RunResult reference = runner.run(report, params, [&](const QVariantList &row) {
                    whole << row;
                    return true;
                });
                QVERIFY2(fast.error.isEmpty() && reference.error.isEmpty(), qPrintable(report.id));
                QVERIFY2(params.marketplaceId.isEmpty() ? !whole.isEmpty() : true, qPrintable(report.id));
                QCOMPARE(fast.objects, reference.objects);
                QCOMPARE(picked.size(), whole.size());
                for (qsizetype i = 0; i < whole.size(); ++i) {
                    for (qsizetype c = 0; c < report.columns.size(); ++c) {
                        const QVariant &a = picked.at(i).at(c);
                        const QVariant &b = whole.at(i).at(c);
                        if (a != b || a.metaType() != b.metaType())
                            QFAIL(
                                qPrintable(u"%1, row %2, %3: picked %4 (%5), whole %6 (%7)"_s.arg(report.id).arg(i).arg(
                                    report.columns.at(c).title, a.toString(), QString::fromLatin1(a.typeName()),
                                    b.toString(), QString::fromLatin1(b.typeName()))));
                    }
                }
                QCOMPARE(fast.total, reference.total);
            }
        }
    }

    /// A cancelled export writes nothing under the target's name, keeps an older file there, leaves no part file.
    void cancelLeavesNoFile()
    {
        for (const ExportFormat format : { ExportFormat::Csv, ExportFormat::Xlsx }) {
            const QString folder = m_dir.filePath(u"cancel-%1"_s.arg(int(format)));
            QVERIFY(QDir().mkpath(folder));
            const QString target = folder + u"/lines.out"_s;
            ReportTask task;
            task.cacheFile = m_cacheFile;
            task.reportId = u"fulfillment_request_lines"_s;
            task.mode = ReportTask::Mode::Export;
            task.format = format;
            task.target = target;

            // Cancelled at the first progress report: nothing at the target.
            {
                reports::ReportJob job(task);
                QSignalSpy finished(&job, &reports::ReportJob::finished);
                connect(&job, &reports::ReportJob::progress, &job, [&job] { job.cancel(); });
                job.start();
                QVERIFY(finished.wait(60000));
                const auto outcome = finished.first().first().value<reports::ReportOutcome>();
                QVERIFY(outcome.run.cancelled);
                QVERIFY(outcome.file.isEmpty());
            }
            QVERIFY(!QFile::exists(target));
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);

            // An older export at the target survives a cancelled one untouched.
            {
                QFile older(target);
                QVERIFY(older.open(QIODevice::WriteOnly));
                older.write("older export\n");
            }
            {
                std::atomic_bool cancel = true; // cancelled before the first row
                const auto outcome = reports::ReportJob::runNow(task, cancel);
                QVERIFY(outcome.run.cancelled);
            }
            QFile kept(target);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("older export\n"));
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
        }
    }

    /// Offline: the report reads the cache only, with the sandbox gone.
    void computedOffline()
    {
        m_sandbox.reset();
        ReportTask task;
        task.cacheFile = m_cacheFile;
        task.reportId = u"subscriptions"_s;
        std::atomic_bool cancel = false;
        const auto outcome = reports::ReportJob::runNow(task, cancel);
        QVERIFY2(outcome.ok(), qPrintable(outcome.run.error));
        QCOMPARE(outcome.run.rows, qint64(cached(u"assets"_s).size()));
        QCOMPARE(qint64(outcome.preview.size()), std::min<qint64>(outcome.run.rows, task.previewRows));
    }
};

CV_TEST_CORE_MAIN(TestReports)
#include "tst_reports.moc"
