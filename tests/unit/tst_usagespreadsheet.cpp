#include "testmain.h"

#include "app/usage/usagerules.h"
#include "app/usage/usagespreadsheet.h"

#include <QFile>

using namespace cv::usage;

namespace {
// QVERIFY2 evaluates its message even on success, so never call error() on an ok result there.
template<typename R> QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

QVariantList cells(std::initializer_list<const char *> texts)
{
    QVariantList row;
    for (const char *text : texts)
        row.append(text ? QVariant(QString::fromUtf8(text)) : QVariant());
    return row;
}

UsageTemplateInfo sampleInfo()
{
    UsageTemplateInfo info;
    info.reportName = QStringLiteral("January usage");
    info.reportStartTimeUtc = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    info.reportEndTimeUtc = QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
    info.usageSchema = UsageSchema::TR;
    info.productId = QStringLiteral("PRD-123-456-789");
    info.productName = QStringLiteral("Cloud Storage \u00e4\u00f6\u00fc");
    info.currency = QStringLiteral("EUR");
    info.items = { { QStringLiteral("MPN-A"), QStringLiteral("a"), QStringLiteral("Storage GB"),
                       QStringLiteral("decimal(2)") },
        { QStringLiteral("MPN-B"), QStringLiteral("b"), QStringLiteral("Users"), QStringLiteral("integer") } };
    return info;
}

// The records sheet used for validation. Columns: 0 record_id, 1 criteria, 2 item value, 3 amount,
// 4 quantity, 5 start, 6 end, 7 asset criteria, 8 asset value, 9 tier, 10 note.
QVariantList recordsHeader()
{
    return cells({ "record_id", "item_search_criteria", "item_search_value", "amount", "quantity", "start_time_utc",
        "end_time_utc", "asset_search_criteria", "asset_search_value", "tier", "record_note" });
}
} // namespace

class TestUsageSpreadsheet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateRoundTrip()
    {
        const QByteArray xlsx = writeUsageTemplate(sampleInfo());
        QVERIFY(xlsx.startsWith("PK"));
        const auto sheet = readUsageSpreadsheet(xlsx);
        QVERIFY2(sheet.ok(), errorText(sheet).constData());
        QCOMPARE(sheet.value().sheetName, QStringLiteral("records"));
        QCOMPARE(sheet.value().header, usageRecordColumns());
        QCOMPARE(sheet.value().rows.size(), 2);
        const UsageRow &first = sheet.value().rows.at(0);
        QCOMPARE(first.rowNumber, 2);
        QCOMPARE(first.values.value(QStringLiteral("item_search_criteria")), QStringLiteral("item.mpn"));
        QCOMPARE(first.values.value(QStringLiteral("item_search_value")), QStringLiteral("MPN-A"));
        QCOMPARE(first.values.value(QStringLiteral("item_name")), QStringLiteral("Storage GB"));
        QCOMPARE(first.values.value(QStringLiteral("item_precision")), QStringLiteral("decimal(2)"));
        QCOMPARE(first.values.value(QStringLiteral("quantity")), QStringLiteral("0"));
        QCOMPARE(first.values.value(QStringLiteral("start_time_utc")), QStringLiteral("2024-01-01 00:00:00"));
        QCOMPARE(first.values.value(QStringLiteral("end_time_utc")), QStringLiteral("2024-02-01 00:00:00"));
        QCOMPARE(first.values.value(QStringLiteral("category_id")), QStringLiteral("generic_category"));
        QVERIFY(first.values.value(QStringLiteral("record_id")).isEmpty());
        QCOMPARE(sheet.value().rows.at(1).rowNumber, 3);
        QCOMPARE(sheet.value().rows.at(1).values.value(QStringLiteral("item_search_value")), QStringLiteral("MPN-B"));

        // The template is a template: the vendor still has to fill record ids and assets.
        UsageValidationContext ctx;
        ctx.schema = UsageSchema::QT;
        ctx.items = sampleInfo().items;
        const QList<UsageRowError> errors = validateUsageRows(sheet.value(), ctx);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(describe(errors.first()), QStringLiteral("Row 2, record_id: is required"));
        QCOMPARE(describe(errors.at(1)), QStringLiteral("Row 2, asset_search_value: is required"));
    }

    void workbookWithoutRecordsSheet()
    {
        const auto noRecords = readUsageSpreadsheet(
            writeWorkbook({ { QStringLiteral("general"), {} }, { QStringLiteral("categories"), {} } }));
        QVERIFY(!noRecords.ok());
        QCOMPARE(noRecords.error(),
            QStringLiteral("no 'records' or 'usage_records' sheet in the workbook (sheets: general, categories)"));
    }

    void validationFindsEachError()
    {
        WorkbookSheet records { QStringLiteral("usage_records"), { recordsHeader() } };
        // Row 2: good, text cells.
        records.rows.append(cells({ "R1", "item.mpn", "MPN-A", "5.5", "10", "2024-01-01 00:00:00",
            "2024-01-31 23:59:59", "asset.id", "AS-1", "1" }));
        // Row 3: good, with numbers and real date cells, local id, parameter lookup.
        records.rows.append({ QStringLiteral("R2"), QStringLiteral("item.local_id"), QStringLiteral("b"), 0.1, 3,
            QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2024, 1, 15), QTime(12, 30), Qt::UTC),
            QStringLiteral("parameter.subscription_id"), QStringLiteral("SUB-9"), 0 });
        // Row 4: whitespace only, skipped as empty. Rows 5 onwards: one problem each (mostly).
        records.rows.append(cells({ "  ", nullptr, " " }));
        records.rows.append(cells({ "R3", "item.mpn", "MPN-A", "1", "abc", "2024-01-01T00:00:00Z",
            "2024-01-02T00:00:00+01:00", "asset.id", "AS-1", "2" }));
        records.rows.append(cells({ "R1", "item.mpn", "MPN-A", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-1", "1" }));
        records.rows.append(cells({ "R4", "item.mpn", "MPN-X", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-1", "1" }));
        records.rows.append(cells({ "R5", "item.name", "Users", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-1", "1" }));
        records.rows.append(cells({ "R6", "item.mpn", "MPN-A", "1", "1", "2024-01-02 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-1", "1" }));
        records.rows.append(cells(
            { "R7", "item.mpn", "MPN-A", "1", "1", "yesterday", "2024-01-02 00:00:00", "asset.id", "AS-1", "1" }));
        records.rows.append(cells({ "R8", "item.mpn", "MPN-A", nullptr, "1", "2024-01-01 00:00:00",
            "2024-01-02 00:00:00", "asset.id", "AS-1", "3" }));
        records.rows.append(cells({ "R9", "item.mpn", "MPN-A", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-404", "1" }));
        records.rows.append(cells({ "R10", "item.mpn", "MPN-A", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "parameter.", "x", "1" }));
        records.rows.append(cells({ nullptr, "item.mpn", "MPN-A", "1", "-1", "2024-01-01 00:00:00",
            "2024-02-30 00:00:00", "asset.id", "AS-2", "1" }));
        records.rows.append(cells({ "R11", "item.mpn", "MPN-A", "1", "1", "2024-01-01 00:00:00", "2024-01-02 00:00:00",
            "asset.id", "AS-2", "1", "a note" }));
        // The records sheet is not the first one; inline strings exercise the other string path.
        const QByteArray xlsx = writeWorkbook({ { QStringLiteral("categories"), {} }, records }, XlsxStrings::Inline);
        QVERIFY(!xlsx.isEmpty());
        const auto sheet = readUsageSpreadsheet(xlsx);
        QVERIFY2(sheet.ok(), errorText(sheet).constData());
        QCOMPARE(sheet.value().sheetName, QStringLiteral("usage_records"));
        QCOMPARE(sheet.value().rows.size(), 13); // row 4 skipped

        const UsageRow &numeric = sheet.value().rows.at(1);
        QCOMPARE(numeric.rowNumber, 3);
        QCOMPARE(numeric.values.value(QStringLiteral("amount")), QStringLiteral("0.1"));
        QCOMPARE(numeric.values.value(QStringLiteral("quantity")), QStringLiteral("3"));
        QCOMPARE(numeric.values.value(QStringLiteral("start_time_utc")), QStringLiteral("2024-01-01 00:00:00"));
        QCOMPARE(numeric.values.value(QStringLiteral("end_time_utc")), QStringLiteral("2024-01-15 12:30:00"));
        QCOMPARE(sheet.value().rows.at(2).rowNumber, 5);

        UsageValidationContext ctx;
        ctx.schema = UsageSchema::TR;
        ctx.items = sampleInfo().items;
        ctx.assetIds = { QStringLiteral("AS-1"), QStringLiteral("AS-2") };
        const QList<UsageRowError> errors = validateUsageRows(sheet.value(), ctx);
        QList<std::pair<int, QString>> found;
        for (const UsageRowError &error : errors)
            found.append({ error.rowNumber, error.column });
        const QList<std::pair<int, QString>> expected {
            { 5, QStringLiteral("quantity") },
            { 6, QStringLiteral("record_id") },
            { 7, QStringLiteral("item_search_value") },
            { 8, QStringLiteral("item_search_criteria") },
            { 9, QStringLiteral("end_time_utc") },
            { 10, QStringLiteral("start_time_utc") },
            { 11, QStringLiteral("amount") },
            { 11, QStringLiteral("tier") },
            { 12, QStringLiteral("asset_search_value") },
            { 13, QStringLiteral("asset_search_criteria") },
            { 14, QStringLiteral("record_id") },
            { 14, QStringLiteral("quantity") },
            { 14, QStringLiteral("end_time_utc") },
        };
        if (found != expected) {
            for (const UsageRowError &error : errors)
                qWarning().noquote() << describe(error);
        }
        QCOMPARE(found, expected);
        QCOMPARE(describe(errors.at(0)), QStringLiteral("Row 5, quantity: 'abc' is not a number"));
        QCOMPARE(describe(errors.at(1)), QStringLiteral("Row 6, record_id: 'R1' is already used in row 2"));
        QCOMPARE(describe(errors.at(2)), QStringLiteral("Row 7, item_search_value: no item with MPN 'MPN-X'"));
        QCOMPARE(describe(errors.at(4)),
            QStringLiteral("Row 9, end_time_utc: '2024-01-02 00:00:00' is not after start_time_utc "
                           "'2024-01-02 00:00:00'"));
        QCOMPARE(describe(errors.at(6)), QStringLiteral("Row 11, amount: is required for the TR schema"));
        QCOMPARE(describe(errors.at(8)), QStringLiteral("Row 12, asset_search_value: no asset with id 'AS-404'"));
        QCOMPARE(describe(errors.at(11)), QStringLiteral("Row 14, quantity: '-1' is negative"));

        // QT needs neither amount nor tier; without known assets any asset id goes.
        ctx.schema = UsageSchema::QT;
        ctx.assetIds.clear();
        const QList<UsageRowError> qtErrors = validateUsageRows(sheet.value(), ctx);
        QVERIFY(std::none_of(qtErrors.cbegin(), qtErrors.cend(), [](const UsageRowError &e) {
            return e.column == QLatin1String("amount") || e.column == QLatin1String("tier")
                || e.column == QLatin1String("asset_search_value");
        }));
    }

    void dynamicItems()
    {
        UsageSheet sheet;
        UsageRow row;
        row.rowNumber = 2;
        row.values = { { QStringLiteral("record_id"), QStringLiteral("R1") },
            { QStringLiteral("item_search_criteria"), QStringLiteral("item.mpn") },
            { QStringLiteral("item_search_value"), QStringLiteral("NEW-1") },
            { QStringLiteral("item_mpn"), QStringLiteral("NEW-1") },
            { QStringLiteral("item_name"), QStringLiteral("New item") },
            { QStringLiteral("item_precision"), QStringLiteral("decimal(4)") },
            { QStringLiteral("quantity"), QStringLiteral("1.25") },
            { QStringLiteral("start_time_utc"), QStringLiteral("2024-01-01 00:00:00") },
            { QStringLiteral("end_time_utc"), QStringLiteral("2024-01-02 00:00:00") },
            { QStringLiteral("asset_search_criteria"), QStringLiteral("asset.id") },
            { QStringLiteral("asset_search_value"), QStringLiteral("AS-1") } };
        sheet.rows = { row };
        UsageValidationContext ctx;
        QCOMPARE(validateUsageRows(sheet, ctx).size(), 1); // unknown item
        ctx.allowDynamicItems = true;
        QVERIFY(validateUsageRows(sheet, ctx).isEmpty());
        sheet.rows[0].values[QStringLiteral("item_precision")] = QStringLiteral("decimal(3)");
        const auto errors = validateUsageRows(sheet, ctx);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(1).column, QStringLiteral("item_precision"));
    }

    void readerErrors()
    {
        const auto notZip = readUsageSpreadsheet("record_id,quantity\nR1,1\n");
        QVERIFY(!notZip.ok());
        QVERIFY2(notZip.error().startsWith(QStringLiteral("not a zip archive")), errorText(notZip).constData());

        QVERIFY(!readUsageSpreadsheet(QByteArray()).ok());

        // The header may start lower down: the first non-empty row counts.
        const auto missingColumns = readUsageSpreadsheet(writeWorkbook({ { QStringLiteral("records"),
            { {}, {}, cells({ "record_id", "item_search_criteria", "quantity" }), cells({ "R1" }) } } }));
        QVERIFY(!missingColumns.ok());
        QCOMPARE(missingColumns.error(),
            QStringLiteral("sheet 'records', header row 3: missing required column(s): item_search_value, "
                           "start_time_utc, end_time_utc, asset_search_criteria, asset_search_value"));

        const auto duplicate = readUsageSpreadsheet(
            writeWorkbook({ { QStringLiteral("records"), { cells({ "record_id", "record_id" }) } } }));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error(), QStringLiteral("sheet 'records', cell B1: duplicate column 'record_id'"));

        const auto empty = readUsageSpreadsheet(writeWorkbook({ { QStringLiteral("records"), {} } }));
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(QStringLiteral("no header row")), errorText(empty).constData());
    }

    // Issue 17, point 1: fuzz_xlsx found a cell reference of many letters ("lformats.org/sn1") overflowing the
    // column number (signed overflow, UBSan; before the fix the read went on and failed later on malformed XML).
    // A reference beyond XFD, or not a cell at all, is refused by name.
    void cellReferenceBeyondTheLastColumn()
    {
        QFile file(QStringLiteral(CV_FUZZ_CORPUS_DIR "/xlsx/crash-column-overflow"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = readUsageSpreadsheet(file.readAll());
        QVERIFY(!result.ok());
        // The first bad reference of the sheet is named (the file holds 'I0s' before 'lformats.org/sn1').
        QVERIFY2(result.error().contains(QStringLiteral("cell reference 'I0s' is not a cell")),
            errorText(result).constData());
    }

    void zipThatIsNotAWorkbook()
    {
        // A zip that is not a workbook: rename the workbook part in a real file's bytes (the name is stored
        // uncompressed in both the local and the central directory header).
        QByteArray xlsx = writeUsageTemplate(sampleInfo());
        QVERIFY(xlsx.contains("xl/workbook.xml"));
        xlsx.replace("xl/workbook.xml", "xl/workbook.xmX");
        const auto result = readUsageSpreadsheet(xlsx);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), QStringLiteral("not an xlsx workbook: the zip archive has no xl/workbook.xml"));
    }

    void periodAndCellPositions()
    {
        // Columns in another order than the SDK's, starting at column B: errors carry the sheet's column.
        WorkbookSheet records { QStringLiteral("records"),
            { { QVariant(), QStringLiteral("quantity"), QStringLiteral("record_id"),
                QStringLiteral("item_search_criteria"), QStringLiteral("item_search_value"),
                QStringLiteral("start_time_utc"), QStringLiteral("end_time_utc"),
                QStringLiteral("asset_search_criteria"), QStringLiteral("asset_search_value") } } };
        const auto row = [](const char *quantity, const char *start, const char *end, const char *id) {
            return QVariantList { QVariant(), QString::fromLatin1(quantity), QString::fromLatin1(id),
                QStringLiteral("item.mpn"), QStringLiteral("MPN-A"), QString::fromLatin1(start),
                QString::fromLatin1(end), QStringLiteral("asset.id"), QStringLiteral("AS-1") };
        };
        records.rows << row("1", "2024-01-01 00:00:00", "2024-02-01 00:00:00", "in"); // the whole period: fine
        records.rows << row("1", "2023-12-31 23:59:59", "2024-01-02 00:00:00", "early");
        records.rows << row("1", "2024-01-30 00:00:00", "2024-02-01 00:00:01", "late");
        records.rows << row("x", "2024-01-02 00:00:00", "2024-01-03 00:00:00", "nan");
        const auto sheet = readUsageSpreadsheet(writeWorkbook({ records }));
        QVERIFY2(sheet.ok(), errorText(sheet).constData());
        QCOMPARE(sheet.value().headerColumns.first(), 1);
        UsageValidationContext ctx;
        ctx.items
            = { { QStringLiteral("MPN-A"), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("integer") } };
        ctx.periodFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        ctx.periodTo = QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
        const QList<UsageRowError> errors = validateUsageRows(sheet.value(), ctx);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).rowNumber, 3);
        QCOMPARE(errors.at(0).cell(), QStringLiteral("F3"));
        QVERIFY2(errors.at(0).message.contains(QStringLiteral("is before the period (2024-01-01 00:00:00 to "
                                                              "2024-02-01 00:00:00)")),
            qPrintable(errors.at(0).message));
        QCOMPARE(errors.at(1).cell(), QStringLiteral("G4"));
        QVERIFY(errors.at(1).message.contains(QStringLiteral("after the period")));
        QCOMPARE(errors.at(2).cell(), QStringLiteral("B5"));
        // Without a period nothing is out of it.
        ctx.periodFrom = ctx.periodTo = QDateTime();
        QCOMPARE(validateUsageRows(sheet.value(), ctx).size(), 1);
    }

    void actionsEachStatusAllows()
    {
        using cv::usage::FileAction;
        const auto names = [](const QString &status) {
            QStringList list;
            for (const FileAction action : cv::usage::allowedActions(status))
                list << cv::usage::actionName(action);
            return list.join(QLatin1Char(','));
        };
        QCOMPARE(names(QStringLiteral("draft")), QStringLiteral("upload,delete"));
        QCOMPARE(names(QStringLiteral("invalid")), QStringLiteral("upload,delete"));
        QCOMPARE(names(QStringLiteral("ready")), QStringLiteral("submit,delete"));
        QCOMPARE(names(QStringLiteral("pending")), QStringLiteral("accept,reject"));
        QCOMPARE(names(QStringLiteral("accepted")), QStringLiteral("close"));
        QCOMPARE(names(QStringLiteral("rejected")), QStringLiteral("delete"));
        QCOMPARE(names(QStringLiteral("closed")), QString());
        QCOMPARE(names(QStringLiteral("uploading")), QString());
        QVERIFY(!cv::usage::validateNewFile({}).isEmpty());
        cv::usage::NewUsageFile file { QStringLiteral("PRD-1"), QStringLiteral("CRD-1"), QStringLiteral("May"), {},
            QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC) };
        QCOMPARE(cv::usage::validateNewFile(file),
            QStringList { QStringLiteral("period: to (2024-05-01T00:00:00+00:00) is not after from "
                                         "(2024-06-01T00:00:00+00:00).") });
        std::swap(file.from, file.to);
        QVERIFY(cv::usage::validateNewFile(file).isEmpty());
    }

    void schemaNames()
    {
        QCOMPARE(parseUsageSchema(u"tr"), std::optional<UsageSchema>(UsageSchema::TR));
        QCOMPARE(usageSchemaName(UsageSchema::CR), QStringLiteral("CR"));
        QVERIFY(!parseUsageSchema(u"XX"));
    }
};

CV_TEST_CORE_MAIN(TestUsageSpreadsheet)
#include "tst_usagespreadsheet.moc"
