// Issue 15, point 2: the Reports module through its widgets, in the real window at 1024x700, against a
// seeded sandbox synced over loopback: pick a report, run it (preview and summary), export it (the file and
// the history entry), run it again from the history, and the charts of the requests.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/reports/reportjob.h"
#include "app/sync/accountsession.h"
#include "models/reports/reportmodels.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace cv;
using namespace Qt::StringLiterals;
using core::ModuleId;

class TestReportsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::applyTheme(*qApp); }

    void runExportRerunAndCharts()
    {
        sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 300;
        test::SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        core::DataPaths::setRoot(dir.path());
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        keyStore.setMemoryOnly(true);
        accounts::AccountRegistry registry(dir.filePath(u"accounts.json"_s));
        accounts::AccountManager manager(&registry, &keyStore, &network);
        bool added = false;
        manager.addAccount(sandbox.baseUrl(), sandbox.apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY2(r.ok(), qPrintable(r.validation.detail));
            added = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        sync::AccountSession session(&keyStore, &network);
        session.setInterval(3600 * 1000);
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
        QVERIFY(synced.first().first().value<sync::SyncSummary>().ok);

        window.showModule(ModuleId::Reports);
        auto *page = qobject_cast<ui::ReportsPage *>(window.modulePage(ModuleId::Reports));
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->reportList()->count(), int(reports::definitions().size()));
        QSignalSpy finished(page, &ui::ReportsPage::runFinished);

        // Fulfillment requests, approved ones only: the preview shows them and the summary counts them.
        page->selectReport(u"fulfillment_requests"_s);
        auto *status = page->findChild<QComboBox *>(u"reportStatus"_s);
        status->setCurrentIndex(status->findData(QStringList { u"approved"_s }));
        QTest::mouseClick(page->findChild<QPushButton *>(u"runReport"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto preview = finished.takeFirst().first().value<reports::ReportOutcome>();
        QVERIFY2(preview.ok(), qPrintable(preview.run.error));
        const qint64 approved = sandbox.get(u"/requests?status=approved&limit=1"_s).total();
        QCOMPARE(preview.run.rows, approved);
        QCOMPARE(page->previewTable()->model()->rowCount(), int(std::min<qint64>(approved, 500)));
        const int statusColumn = preview.headers.indexOf(u"Request Status"_s);
        // The status reads as the filter above it does ("Approved"; the walk saw "tiers_setup" in the preview); the
        // value underneath, and in the export, stays Connect's.
        for (int row = 0; row < page->previewTable()->model()->rowCount(); ++row) {
            const QModelIndex cell = page->previewTable()->model()->index(row, statusColumn);
            QCOMPARE(cell.data().toString(), status->currentText());
            QCOMPARE(cell.data(Qt::EditRole).toString(), u"approved"_s);
        }
        const int typeColumn = preview.headers.indexOf(u"Request Type"_s);
        QVERIFY2(typeColumn >= 0, qPrintable(preview.headers.join(u'|')));
        const QString shownType = page->previewTable()->model()->index(0, typeColumn).data().toString();
        QVERIFY2(shownType.at(0).isUpper() && !shownType.contains(u'_'), qPrintable(shownType));
        QVERIFY(page->summary()->text().contains(QLocale().toString(approved)));
        // Readable at a glance (the walk saw "2026-12-03T23:1…" and cut ids): dates as "2026-12-03 23:14", the
        // whole value in the export and the tooltip, and the id column wide enough for a request id.
        const int createdColumn = preview.headers.indexOf(u"Created"_s);
        QVERIFY2(createdColumn >= 0, qPrintable(preview.headers.join(u'|')));
        const QModelIndex created = page->previewTable()->model()->index(0, createdColumn);
        QVERIFY2(
            QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"_s).match(created.data().toString()).hasMatch(),
            qPrintable(created.data().toString()));
        QVERIFY(created.data(Qt::EditRole).toString().contains(u'T'));
        const QModelIndex firstId = page->previewTable()->model()->index(0, 0);
        QVERIFY2(page->previewTable()->columnWidth(0)
                >= page->previewTable()->fontMetrics().horizontalAdvance(firstId.data().toString()),
            qPrintable(firstId.data().toString()));
        test::screenshot(&window, u"preview"_s);

        // A sync while the vendor reads the preview (F5 in the walk emptied it and put the status back to its
        // default): the preview, its summary and the chosen filters stay.
        {
            const QString summaryBefore = page->summary()->text();
            const int rowsBefore = page->previewTable()->model()->rowCount();
            synced.clear();
            session.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
            QCoreApplication::processEvents();
            QCOMPARE(page->previewTable()->model()->rowCount(), rowsBefore);
            QCOMPARE(page->summary()->text(), summaryBefore);
            QCOMPARE(status->currentData().toStringList(), QStringList { u"approved"_s });
        }

        // "You can sort": a header click sorts the preview on the values underneath; numbers as numbers.
        QTableView *table = page->previewTable();
        const int itemsColumn = preview.headers.indexOf(u"Total Quantity"_s);
        QVERIFY2(itemsColumn >= 0, qPrintable(preview.headers.join(u'|')));
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->columnViewportPosition(itemsColumn) + table->columnWidth(itemsColumn) / 2, 5));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), itemsColumn);
        const auto quantityAt = [&](int row) { return table->model()->index(row, itemsColumn).data(Qt::EditRole); };
        bool numeric = false;
        for (int row = 1; row < table->model()->rowCount(); ++row) {
            numeric = numeric || quantityAt(row).toDouble() >= 10.0;
            const bool ascending = table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
            QVERIFY2(ascending ? quantityAt(row - 1).toDouble() <= quantityAt(row).toDouble()
                               : quantityAt(row - 1).toDouble() >= quantityAt(row).toDouble(),
                qPrintable(
                    u"row %1: %2 then %3"_s.arg(row).arg(quantityAt(row - 1).toString(), quantityAt(row).toString())));
        }
        QVERIFY(numeric); // quantities of two digits sort after 9, not between 1 and 2
        // Another report starts in its own order again.
        page->selectReport(u"customers"_s);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        page->selectReport(u"fulfillment_requests"_s);
        status->setCurrentIndex(status->findData(QStringList { u"approved"_s }));

        // Export: the file is written, the history keeps the run with its parameters.
        const QString target = dir.filePath(u"approved.csv"_s);
        page->exportTo(reports::ExportFormat::Csv, target);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.takeFirst().first().value<reports::ReportOutcome>().ok());
        QVERIFY(QFile::exists(target));
        {
            QFile csv(target);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QByteArray text = csv.readAll();
            QVERIFY2(text.contains(",approved,") && !text.contains(",Approved,"), text.left(400).constData());
        }
        QCOMPARE(page->historyModel()->rowCount(), 1);
        const reports::ReportRun *run = page->historyModel()->run(0);
        QCOMPARE(run->reportId, u"fulfillment_requests"_s);
        QCOMPARE(run->params.statuses, QStringList { u"approved"_s });
        QCOMPARE(run->rows, approved);
        QCOMPARE(run->file, target);

        // Run again from the history, after switching to another report: the report and parameters come back.
        page->selectReport(u"customers"_s);
        QFile::remove(target);
        page->tabs()->setCurrentIndex(2);
        test::screenshot(&window, u"history"_s);
        page->historyTable()->setCurrentIndex(page->historyTable()->model()->index(0, 0));
        QTest::mouseClick(page->findChild<QPushButton *>(u"rerunReport"_s), Qt::LeftButton);
        QCOMPARE(page->currentReport(), u"fulfillment_requests"_s);
        QCOMPARE(page->parameters().statuses, QStringList { u"approved"_s });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(QFile::exists(target));
        QCOMPARE(page->historyModel()->rowCount(), 2);

        // The SLA report sums nothing: its summary gives the average days the open requests have waited.
        finished.clear();
        page->tabs()->setCurrentIndex(0);
        page->selectReport(u"pending_sla"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"runReport"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto sla = finished.takeFirst().first().value<reports::ReportOutcome>();
        QVERIFY2(sla.ok(), qPrintable(sla.run.error));
        QVERIFY(sla.run.rows > 0 && sla.run.rows <= sla.preview.size());
        const qsizetype daysColumn = sla.headers.indexOf(u"Days Open"_s);
        QVERIFY(daysColumn >= 0);
        double days = 0;
        for (const QVariantList &row : sla.preview)
            days += row.at(daysColumn).toDouble();
        const QString average = QLocale().toString(days / double(sla.run.rows), 'f', 1);
        QVERIFY2(page->summary()->text().contains(average), qPrintable(page->summary()->text() + u" / "_s + average));

        // The lab: "filter by different statuses, creation date, and requester". The requester is the provider
        // whose marketplace sent the request; the choice lists the providers the cache knows.
        finished.clear();
        page->selectReport(u"fulfillment_requests"_s);
        status->setCurrentIndex(0); // any status
        const QJsonObject provider = sandbox.get(u"/requests?limit=1"_s)
                                         .array()
                                         .first()
                                         .toObject()
                                         .value(u"asset"_s)
                                         .toObject()
                                         .value(u"connection"_s)
                                         .toObject()
                                         .value(u"provider"_s)
                                         .toObject();
        const QString providerId = provider.value(u"id"_s).toString();
        QVERIFY2(providerId.startsWith(u"PA-"_s), qPrintable(providerId));
        auto *requester = page->findChild<QComboBox *>(u"reportRequester"_s);
        QVERIFY(requester->isEnabled());
        const int providerIndex = requester->findData(providerId);
        QVERIFY2(providerIndex > 0, qPrintable(providerId));
        QVERIFY(requester->itemText(providerIndex).contains(provider.value(u"name"_s).toString()));
        requester->setCurrentIndex(providerIndex);
        QCOMPARE(page->parameters().requesterId, providerId);
        QTest::mouseClick(page->findChild<QPushButton *>(u"runReport"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto byRequester = finished.takeFirst().first().value<reports::ReportOutcome>();
        QVERIFY2(byRequester.ok(), qPrintable(byRequester.run.error));
        QCOMPARE(byRequester.run.rows,
            sandbox.get(u"/requests?eq(asset.connection.provider.id,%1)&limit=1"_s.arg(providerId)).total());
        QVERIFY(byRequester.run.rows > 0);
        const qsizetype providerColumn = byRequester.headers.indexOf(u"Provider"_s);
        QVERIFY(providerColumn >= 0);
        for (const QVariantList &row : byRequester.preview)
            QCOMPARE(row.at(providerColumn).toString(), provider.value(u"name"_s).toString());
        requester->setCurrentIndex(0);

        // At 800 px the parameters wrap: every field is whole inside the page, none past its right edge (the walk
        // saw the third column cut off there).
        for (const QSize size : { QSize(800, 560), QSize(1024, 700) }) {
            window.resize(size);
            QTest::qWait(50);
            QCoreApplication::processEvents();
            const QWidget *area = page->findChild<QWidget *>(u"reportTabsArea"_s);
            const QRect visible(area->mapTo(&window, QPoint(0, 0)), area->size());
            for (const char *name : { "reportFrom", "reportTo", "reportProduct", "reportMarketplace", "reportType",
                     "reportStatus", "reportEnvironment", "reportRequester" }) {
                const QWidget *field = page->findChild<QWidget *>(QLatin1String(name));
                const QRect at(field->mapTo(&window, QPoint(0, 0)), field->size());
                QVERIFY2(visible.contains(at),
                    qPrintable(u"%1 at %2..%3, the page shows %4..%5 (window %6 px)"_s.arg(QLatin1String(name))
                                   .arg(at.left())
                                   .arg(at.right())
                                   .arg(visible.left())
                                   .arg(visible.right())
                                   .arg(size.width())));
            }
            test::screenshot(&window, u"parameters-%1"_s.arg(size.width()));
        }

        // Charts: requests per day by status, and the time to fulfil.
        page->tabs()->setCurrentIndex(1);
        QTRY_VERIFY(page->charts()->perDaySeriesCount() > 0);
        test::screenshot(&window, u"charts"_s);
        page->charts()->splitBox()->setCurrentIndex(2); // by type
        QTRY_VERIFY(page->charts()->perDaySeriesCount() > 0);
    }
};

CV_TEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
