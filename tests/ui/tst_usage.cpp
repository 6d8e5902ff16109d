// usage_ui (issue 15, point 1): the Usage module through its widgets against the in-process sandbox seeded with
// `--seed demo`, over loopback through a relay that can be unplugged. The files from the cache; a file from
// template to accepted (create, download the template, fill it with the project's .xlsx writer, upload, submit,
// the provider accepts on the sandbox, the app shows accepted after a sync, with its records); a filled file with
// ten deliberate errors reported by sheet, row and column with nothing uploaded; a draft made offline uploaded
// after reconnecting.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"
#include "unpluggablenetwork.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/spreadsheet/xlsxreader.h"
#include "app/spreadsheet/xlsxwriter.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "app/usage/usageactions.h"
#include "models/usage/usagemodels.h"
#include "ui/shell/mainwindow.h"
#include "ui/usage/createusagefiledialog.h"
#include "ui/usage/uploadcheckdialog.h"
#include "ui/usage/usagefilepage.h"
#include "ui/usage/usagepage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace cv;
using test::SandboxFixture;

namespace {

using Network = test::UnpluggableNetwork;

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestUsage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Network> m_net;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_product;
    QString m_asset; ///< a subscription of the product, for asset.id look-ups
    QString m_acceptedId;

    ui::UsagePage *page() const { return qobject_cast<ui::UsagePage *>(m_window->modulePage(core::ModuleId::Usage)); }
    store::ObjectRepository &objects() const { return m_session->engine()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    /// "Create usage file" through its dialog, for the demo product on its first marketplace, for May 2026.
    QString createThroughDialog(const QString &name)
    {
        ui::CreateUsageFileDialog *dialog = page()->createFile();
        if (!dialog)
            return {};
        dialog->productBox()->setCurrentIndex(dialog->productBox()->findData(m_product));
        dialog->marketplaceBox()->setCurrentIndex(0);
        dialog->fromEdit()->setDate(QDate(2026, 5, 1));
        dialog->toEdit()->setDate(QDate(2026, 6, 1));
        dialog->nameEdit()->setText(name);
        test::screenshot(dialog, QStringLiteral("create"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return page()->filePage()->fileId();
    }

    /// Fills the downloaded template's records tab with the project's writer: one row per example row (one per
    /// item), a record id, a quantity and the subscription; the other tabs are kept as they were.
    QString fillTemplate(const QString &templatePath, const QString &name)
    {
        const auto book = spreadsheet::readWorkbookFile(templatePath);
        if (!book)
            return {};
        QList<spreadsheet::WorkbookSheet> sheets;
        for (const spreadsheet::XlsxSheet &sheet : book.value().sheets) {
            spreadsheet::WorkbookSheet out { sheet.name, {}, 0 };
            const int columns = sheet.columnCount();
            const QMap<int, QString> header = sheet.rows.value(1);
            for (auto row = sheet.rows.cbegin(); row != sheet.rows.cend(); ++row) {
                QVariantList cells(columns);
                for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
                    cells[cell.key()] = cell.value();
                if (sheet.name == QLatin1String("records") && row.key() > 1) {
                    for (int c = 0; c < columns; ++c) {
                        const QString column = header.value(c);
                        if (column == QLatin1String("record_id"))
                            cells[c] = QStringLiteral("%1-%2").arg(name).arg(row.key());
                        else if (column == QLatin1String("quantity"))
                            cells[c] = 10 * row.key() + 0.5; // a number cell
                        else if (column == QLatin1String("asset_search_value"))
                            cells[c] = m_asset;
                    }
                }
                while (out.rows.size() < row.key() - 1)
                    out.rows.append(QVariantList());
                out.rows.append(cells);
            }
            sheets.append(out);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(spreadsheet::writeWorkbook(sheets)) <= 0)
            return {};
        return path;
    }

    QJsonObject serverFile(const QString &id) { return m_sandbox->get(QStringLiteral("/usage/files/") + id).object(); }

    QList<QJsonObject> serverFilesNamed(const QString &name)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : m_sandbox->get(QStringLiteral("/usage/files?limit=100")).array()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                found << value.toObject();
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_net = std::make_unique<Network>(quint16(QUrl(m_sandbox->baseUrl()).port()));
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_manager->addAccount(m_net->endpoint(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY(r.ok());
            added = true;
        });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QVERIFY(syncAndWait());
        m_window->showModule(core::ModuleId::Usage);
        QVERIFY(page());
        QTRY_VERIFY(page()->services());
        for (const store::CachedObject &product : objects().list(QStringLiteral("products"), QString())) {
            if (product.json.value(QStringLiteral("name")).toString() == QLatin1String("Connect Cloud Storage"))
                m_product = product.id;
        }
        QVERIFY(!m_product.isEmpty());
        for (const store::CachedObject &asset : objects().list(QStringLiteral("assets"), QString(),
                 store::ObjectQuery().where(QStringLiteral("product_id"), m_product))) {
            m_asset = asset.id;
            break;
        }
        QVERIFY2(!m_asset.isEmpty(), "the demo seed has subscriptions of the demo product");
    }

    void filesFromTheCache()
    {
        models::UsageFilesModel *files = page()->filesModel();
        QTRY_COMPARE(files->rowCount(), 3); // the demo seed: this month's draft, last month ready, older accepted
        QStringList statuses;
        for (int row = 0; row < files->rowCount(); ++row)
            statuses << text(files, row, models::UsageFilesModel::StatusColumn);
        statuses.sort();
        QCOMPARE(
            statuses, (QStringList { QStringLiteral("Accepted"), QStringLiteral("Draft"), QStringLiteral("Ready") }));
        QCOMPARE(text(files, 0, models::UsageFilesModel::ProductColumn), QStringLiteral("Connect Cloud Storage"));
        test::screenshot(m_window.get(), QStringLiteral("01-files"));
        page()->statusFilter()->setCurrentIndex(page()->statusFilter()->findData(QStringLiteral("accepted")));
        QCOMPARE(files->rowCount(), 1);
        m_acceptedId = files->idAt(0);
        page()->statusFilter()->setCurrentIndex(0);
        QTest::keyClicks(page()->searchField(), QStringLiteral("two months"));
        QCOMPARE(files->rowCount(), 1);
        page()->searchField()->clear();
        QCOMPARE(files->rowCount(), 3);
        // The accepted file's records, synced from /usage/records.
        page()->openFile(m_acceptedId);
        QTRY_VERIFY(page()->filePage()->recordsModel()->rowCount() > 0);
        QCOMPARE(text(page()->filePage()->recordsModel(), 0, models::UsageRecordsModel::StatusColumn),
            QStringLiteral("Approved"));
        QCOMPARE(page()->filePage()->statusLabel()->text(), QStringLiteral("Accepted"));
        QVERIFY(page()->filePage()->actionButton(usage::FileAction::Close)->isEnabled());
        QVERIFY(!page()->filePage()->actionButton(usage::FileAction::Submit)->isEnabled());
        test::screenshot(m_window.get(), QStringLiteral("02-accepted-records"));
        page()->showList();
    }

    /// The lab: "open the creation dialogue and download the template" -- from the Create dialog, for the product
    /// and period chosen there, with nothing created; the dialog says where it was saved.
    void templateFromTheCreateDialog()
    {
        const qint64 files = m_session->engine()->objects().count(QStringLiteral("usage_files"));
        const int queued = m_session->outboxSize();
        ui::CreateUsageFileDialog *dialog = page()->createFile();
        QVERIFY(dialog);
        dialog->productBox()->setCurrentIndex(dialog->productBox()->findData(m_product));
        dialog->marketplaceBox()->setCurrentIndex(0);
        dialog->fromEdit()->setDate(QDate(2026, 4, 1));
        dialog->toEdit()->setDate(QDate(2026, 5, 1));
        QVERIFY(dialog->templateButton()->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("from-dialog.xlsx"));
        QVERIFY(dialog->saveTemplate(path));
        QVERIFY(dialog->templateResult()->isVisible());
        QVERIFY2(dialog->templateResult()->text().contains(QStringLiteral("from-dialog.xlsx")),
            qPrintable(dialog->templateResult()->text()));
        const auto book = spreadsheet::readWorkbookFile(path);
        QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error()));
        QVERIFY(book.value().sheetNames.contains(QStringLiteral("records")));
        QVERIFY(dialog->isVisible()); // still open: the vendor may go on and create the file
        dialog->reject();
        QCOMPARE(m_session->engine()->objects().count(QStringLiteral("usage_files")), files);
        QCOMPARE(m_session->outboxSize(), queued);
    }

    void templateToAccepted()
    {
        const QString localId = createThroughDialog(QStringLiteral("Lab usage May"));
        QVERIFY2(localId.startsWith(QStringLiteral("local:")), qPrintable(localId));
        // Created on Connect by the sync that "Create" starts.
        QTRY_VERIFY_WITH_TIMEOUT(page()->filePage()->fileId().startsWith(QStringLiteral("UF-")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        const QString id = page()->filePage()->fileId();
        QCOMPARE(serverFile(id).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

        // The template: Connect's tabs and columns, one example row per item of the product.
        const QString templatePath = m_dir.filePath(QStringLiteral("template.xlsx"));
        const auto written = page()->downloadTemplate(id, templatePath);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
        const auto book = spreadsheet::readWorkbookFile(templatePath);
        QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error()));
        QCOMPARE(book.value().sheetNames,
            (QStringList { QStringLiteral("instructions"), QStringLiteral("general"), QStringLiteral("categories"),
                QStringLiteral("records") }));
        const spreadsheet::XlsxSheet *records = book.value().sheet(QStringLiteral("records"));
        QStringList header;
        for (const QString &column : records->rows.value(1))
            header << column;
        QCOMPARE(header, usage::usageRecordColumns());
        const qint64 items = objects().count(QStringLiteral("items"), m_product);
        QVERIFY(items > 0);
        QCOMPARE(records->rows.size(), items + 1);
        const spreadsheet::XlsxSheet *general = book.value().sheet(QStringLiteral("general"));
        QCOMPARE(general->text(3, 1), id); // report_id
        QCOMPARE(general->text(4, 1), QStringLiteral("2026-05-01T00:00:00Z")); // report_start_time_utc
        QCOMPARE(general->text(7, 1), m_product);

        // Filled with the shared writer and uploaded: checked here, then sent by the sync.
        const QString filled = fillTemplate(templatePath, QStringLiteral("may"));
        QVERIFY(!filled.isEmpty());
        const auto uploaded = page()->uploadFile(id, filled);
        QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error()));
        QVERIFY(uploaded.value());
        QVERIFY(!page()->lastCheckDialog());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page()->filePage()->statusLabel()->text(), QStringLiteral("Ready"), 30000);
        QCOMPARE(serverFile(id).value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QTRY_COMPARE_WITH_TIMEOUT(page()->filePage()->recordsModel()->rowCount(), int(items), 30000);
        QCOMPARE(text(page()->filePage()->recordsModel(), 0, models::UsageRecordsModel::StatusColumn),
            QStringLiteral("Valid"));
        test::screenshot(m_window.get(), QStringLiteral("03-ready"));

        // Submit from the page; the provider accepts on Connect; the next sync shows it.
        QPushButton *submit = page()->filePage()->actionButton(usage::FileAction::Submit);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            serverFile(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        const test::HttpResponse accepted = m_sandbox->post(QStringLiteral("/usage/files/%1/accept").arg(id),
            { { QStringLiteral("acceptance_note"), QStringLiteral("Matches our figures") } });
        QCOMPARE(accepted.status, 200);
        QVERIFY(syncAndWait());
        QCOMPARE(page()->filePage()->statusLabel()->text(), QStringLiteral("Accepted"));
        QVERIFY2(page()
                     ->filePage()
                     ->findChild<QLabel *>(QStringLiteral("usage-file-notes"))
                     ->text()
                     .contains(QStringLiteral("Matches our figures")),
            "acceptance note shown");
        QCOMPARE(text(page()->filePage()->recordsModel(), 0, models::UsageRecordsModel::StatusColumn),
            QStringLiteral("Approved"));
        const int row = page()->filesModel()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(text(page()->filesModel(), row, models::UsageFilesModel::StatusColumn), QStringLiteral("Accepted"));
        test::screenshot(m_window.get(), QStringLiteral("04-accepted"));
        page()->showList();
    }

    void tenErrorsReportedNothingUploaded()
    {
        const QString localId = createThroughDialog(QStringLiteral("Lab usage with errors"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->filePage()->fileId().startsWith(QStringLiteral("UF-")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        const QString id = page()->filePage()->fileId();
        const QString mpn
            = objects().list(QStringLiteral("items"), m_product).first().json.value(QStringLiteral("mpn")).toString();

        // Columns in the SDK's order; each row has exactly one mistake.
        const QStringList columns = usage::usageRecordColumns();
        const auto row = [&](QHash<QString, QVariant> changes) {
            QHash<QString, QVariant> values { { QStringLiteral("record_id"), QStringLiteral("ok") },
                { QStringLiteral("item_search_criteria"), QStringLiteral("item.mpn") },
                { QStringLiteral("item_search_value"), mpn }, { QStringLiteral("quantity"), 3 },
                { QStringLiteral("start_time_utc"), QStringLiteral("2026-05-02 00:00:00") },
                { QStringLiteral("end_time_utc"), QStringLiteral("2026-05-03 00:00:00") },
                { QStringLiteral("asset_search_criteria"), QStringLiteral("asset.id") },
                { QStringLiteral("asset_search_value"), m_asset } };
            static int next = 0;
            values.insert(QStringLiteral("record_id"), QStringLiteral("rec-%1").arg(++next));
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                values.insert(it.key(), it.value());
            QVariantList cells;
            for (const QString &column : columns)
                cells << values.value(column);
            return cells;
        };
        spreadsheet::WorkbookSheet records { QStringLiteral("records"), {}, 0 };
        records.rows << QVariantList(columns.cbegin(), columns.cend());
        records.rows << row({ { QStringLiteral("quantity"), QStringLiteral("abc") } }); // 2
        records.rows << row({ { QStringLiteral("item_search_value"), QStringLiteral("NO-SUCH-MPN") } }); // 3
        records.rows << row({ { QStringLiteral("start_time_utc"), QStringLiteral("2026-04-30 23:00:00") } }); // 4
        records.rows << row({ { QStringLiteral("end_time_utc"), QStringLiteral("2026-06-01 00:00:01") } }); // 5
        records.rows << row({ { QStringLiteral("record_id"), QVariant() } }); // 6
        records.rows << row({ { QStringLiteral("record_id"), QStringLiteral("rec-1") } }); // 7: duplicate of row 2
        records.rows << row({ { QStringLiteral("start_time_utc"), QStringLiteral("yesterday") } }); // 8
        records.rows << row({ { QStringLiteral("quantity"), -4 } }); // 9
        records.rows << row({ { QStringLiteral("item_search_criteria"), QStringLiteral("item.name") } }); // 10
        records.rows << row({ { QStringLiteral("asset_search_value"), QStringLiteral("AS-0000-0000-0000") } }); // 11
        const QString path = m_dir.filePath(QStringLiteral("errors.xlsx"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(spreadsheet::writeWorkbook({ { QStringLiteral("categories"), {}, 0 }, records }));
        }
        const qint64 outboxBefore = m_session->outboxSize();
        const auto uploaded = page()->uploadFile(id, path);
        QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error()));
        QVERIFY(!uploaded.value());
        ui::UploadCheckDialog *dialog = page()->lastCheckDialog();
        QVERIFY(dialog);
        QTableWidget *problems = dialog->problemsTable();
        QStringList found;
        for (int r = 0; r < problems->rowCount(); ++r)
            found << QStringLiteral("%1|%2|%3")
                         .arg(problems->item(r, 0)->text(), problems->item(r, 1)->text(), problems->item(r, 2)->text());
        QCOMPARE(found,
            (QStringList { QStringLiteral("records|2|F (quantity)"), QStringLiteral("records|3|D (item_search_value)"),
                QStringLiteral("records|4|G (start_time_utc)"), QStringLiteral("records|5|H (end_time_utc)"),
                QStringLiteral("records|6|A (record_id)"), QStringLiteral("records|7|A (record_id)"),
                QStringLiteral("records|8|G (start_time_utc)"), QStringLiteral("records|9|F (quantity)"),
                QStringLiteral("records|10|C (item_search_criteria)"),
                QStringLiteral("records|11|J (asset_search_value)") }));
        QVERIFY2(problems->item(0, 3)->text().contains(QStringLiteral("'abc' is not a number")),
            qPrintable(problems->item(0, 3)->text()));
        QVERIFY(problems->item(2, 3)->text().contains(QStringLiteral("before the period")));
        // Clicking a problem shows its cell in the sheet.
        const QRect rect = problems->visualItemRect(problems->item(8, 3));
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        const QModelIndex cell = dialog->sheetView()->currentIndex();
        QCOMPARE(cell.row(), 9); // row 10
        QCOMPARE(cell.column(), 2); // column C
        QCOMPARE(cell.data().toString(), QStringLiteral("item.name"));
        QVERIFY(dialog->sheetView()->selectionModel()->isSelected(cell));
        test::screenshot(dialog, QStringLiteral("05-ten-errors"));

        // Nothing queued, nothing sent: Connect still has the draft with no upload.
        QCOMPARE(m_session->outboxSize(), outboxBefore);
        QVERIFY(syncAndWait());
        const QJsonObject server = serverFile(id);
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(server.value(QStringLiteral("usage_file_uri")).toString(), QString());
        QCOMPARE(server.value(QStringLiteral("stats")).toObject().value(QStringLiteral("uploaded")).toInt(), 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/usage/records?usage_file=") + id).total(), 0);
        dialog->close();

        // A sheet without a required column is refused as a whole, with the missing columns named.
        spreadsheet::WorkbookSheet noQuantity { QStringLiteral("records"), { { QStringLiteral("record_id") } }, 0 };
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(spreadsheet::writeWorkbook({ noQuantity }));
        file.close();
        QVERIFY(!page()->uploadFile(id, path).value());
        QVERIFY(page()->lastCheckDialog());
        const QString summary
            = page()->lastCheckDialog()->findChild<QLabel *>(QStringLiteral("usage-check-summary"))->text();
        QVERIFY2(
            summary.contains(QStringLiteral("missing required column(s): item_search_criteria")), qPrintable(summary));
        page()->lastCheckDialog()->close();
        QCOMPARE(m_session->outboxSize(), outboxBefore);
        Q_UNUSED(localId);
        page()->showList();
    }

    void draftMadeOfflineUploadsAfterReconnecting()
    {
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        QCOMPARE(m_session->connection(), sync::AccountSession::Connection::Offline);
        const QString name = QStringLiteral("Lab usage offline");
        const QString localId = createThroughDialog(name);
        QVERIFY2(localId.startsWith(QStringLiteral("local:")), qPrintable(localId));
        // Template and check work offline from the cache.
        const QString templatePath = m_dir.filePath(QStringLiteral("offline-template.xlsx"));
        QVERIFY(page()->downloadTemplate(localId, templatePath).ok());
        const QString filled = fillTemplate(templatePath, QStringLiteral("offline"));
        const auto uploaded = page()->uploadFile(localId, filled);
        QVERIFY2(uploaded.ok() && uploaded.value(), uploaded.ok() ? "problems" : qPrintable(uploaded.error()));
        QVERIFY(m_session->outboxSize() >= 2); // the create and its upload
        QVERIFY2(page()->filePage()->statusLabel()->text().contains(QStringLiteral("waiting for sync")),
            qPrintable(page()->filePage()->statusLabel()->text()));
        test::screenshot(m_window.get(), QStringLiteral("06-offline-draft"));
        QVERIFY(serverFilesNamed(name).isEmpty());

        m_net->setUp(true);
        QVERIFY(syncAndWait());
        QCOMPARE(m_session->outboxSize(), 0);
        const QList<QJsonObject> server = serverFilesNamed(name);
        QCOMPARE(server.size(), 1);
        const QString id = server.first().value(QStringLiteral("id")).toString();
        QCOMPARE(server.first().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QVERIFY(m_sandbox->get(QStringLiteral("/usage/records?usage_file=") + id).total() > 0);
        QCOMPARE(page()->filePage()->fileId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(page()->filePage()->statusLabel()->text(), QStringLiteral("Ready"), 30000);
    }

    void rejectNeedsANote()
    {
        // The seeded "Usage of last month" is ready: submit it, then reject it from the page.
        models::UsageFilesModel *files = page()->filesModel();
        QString id;
        for (int row = 0; row < files->rowCount(); ++row) {
            if (text(files, row, models::UsageFilesModel::NameColumn) == QLatin1String("Usage of last month"))
                id = files->idAt(row);
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(page()->runAction(id, usage::FileAction::Submit).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            serverFile(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        QVERIFY(syncAndWait());
        const auto noNote = page()->runAction(id, usage::FileAction::Reject, QStringLiteral("  "));
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error(), QStringLiteral("rejection_note: This field is required."));
        QCOMPARE(m_session->outboxSize(), 0);
        QVERIFY(!page()->runAction(id, usage::FileAction::Close).ok()); // only an accepted file is closed
        QVERIFY(page()->runAction(id, usage::FileAction::Reject, QStringLiteral("Figures too high")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            serverFile(id).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"), 30000);
        QCOMPARE(serverFile(id).value(QStringLiteral("rejection_note")).toString(), QStringLiteral("Figures too high"));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxSize(), 0, 30000);
        QVERIFY(syncAndWait());
        QCOMPARE(text(files, files->rowOf(id), models::UsageFilesModel::StatusColumn), QStringLiteral("Rejected"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

CV_TEST_MAIN(TestUsage)
#include "tst_usage.moc"
