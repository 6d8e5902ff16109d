#include "sandbox/usage/usagespreadsheet.h"

#include "app/spreadsheet/xlsxreader.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cv::sandbox::usage {

namespace {

const QString kGenericCategoryId = QStringLiteral("generic_category");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Columns every schema needs; amount and tier depend on the schema and are checked per row.
QStringList requiredColumns()
{
    return { QStringLiteral("record_id"), QStringLiteral("item_search_criteria"), QStringLiteral("item_search_value"),
        QStringLiteral("quantity"), QStringLiteral("start_time_utc"), QStringLiteral("end_time_utc"),
        QStringLiteral("asset_search_criteria"), QStringLiteral("asset_search_value") };
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// ---- validation -------------------------------------------------------------------------------------

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// `YYYY-MM-DD HH:MM:SS` or ISO-8601 with `T`, optional fraction and zone; no zone means UTC.
/// Parsed by hand so that a wall-clock time that does not exist locally (DST gap) is not "fixed up".
std::optional<QDateTime> parseUtc(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?)(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = match.captured(3);
    if (zone.isEmpty() || zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

bool isKnownPrecision(const QString &precision)
{
    static const QStringList known { QStringLiteral("integer"), QStringLiteral("decimal(1)"),
        QStringLiteral("decimal(2)"), QStringLiteral("decimal(4)"), QStringLiteral("decimal(8)") };
    return known.contains(precision);
}

} // namespace

QString usageSchemaName(UsageSchema schema)
{
    switch (schema) {
    case UsageSchema::QT: return QStringLiteral("QT");
    case UsageSchema::TR: return QStringLiteral("TR");
    case UsageSchema::PR: return QStringLiteral("PR");
    case UsageSchema::CR: return QStringLiteral("CR");
    }
    return QString();
}

std::optional<UsageSchema> parseUsageSchema(QStringView name)
{
    for (const UsageSchema schema : { UsageSchema::QT, UsageSchema::TR, UsageSchema::PR, UsageSchema::CR }) {
        if (name.compare(usageSchemaName(schema), Qt::CaseInsensitive) == 0)
            return schema;
    }
    return std::nullopt;
}

QStringList usageRecordColumns()
{
    return { QStringLiteral("record_id"), QStringLiteral("record_note"), QStringLiteral("item_search_criteria"),
        QStringLiteral("item_search_value"), QStringLiteral("amount"), QStringLiteral("quantity"),
        QStringLiteral("start_time_utc"), QStringLiteral("end_time_utc"), QStringLiteral("asset_search_criteria"),
        QStringLiteral("asset_search_value"), QStringLiteral("item_name"), QStringLiteral("item_mpn"),
        QStringLiteral("item_precision"), QStringLiteral("category_id"), QStringLiteral("asset_recon_id"),
        QStringLiteral("tier") };
}

QByteArray writeUsageTemplate(const UsageTemplateInfo &info)
{
    WorkbookSheet instructions { QStringLiteral("instructions"), {}, 110 };
    const QStringList lines {
        QStringLiteral("Usage file for %1 (%2)").arg(info.productName, info.productId),
        QString(),
        QStringLiteral("1. Fill one row per usage record on the 'records' tab; keep the header row as it is."),
        QStringLiteral("2. record_id must be unique within the file."),
        QStringLiteral(
            "3. item_search_criteria is item.mpn or item.local_id; item_search_value is the MPN or local id."),
        QStringLiteral("4. asset_search_criteria is asset.id or parameter.<name>; asset_search_value is the value."),
        QStringLiteral("5. Times are UTC, formatted YYYY-MM-DD HH:MM:SS; start_time_utc must be before end_time_utc."),
        QStringLiteral(
            "6. amount is required for the CR, PR and TR schemas; tier for TR (1, 2, or 0 for the end customer)."),
        QStringLiteral("7. category_id refers to the 'categories' tab."),
    };
    for (const QString &line : lines)
        instructions.rows.append({ line.isEmpty() ? QVariant() : QVariant(line) });

    WorkbookSheet general { QStringLiteral("general"), {}, 28 };
    general.rows = {
        { QStringLiteral("report_name"), info.reportName },
        { QStringLiteral("report_note"), info.reportNote },
        { QStringLiteral("report_id"), info.reportId },
        { QStringLiteral("report_start_time_utc"), isoUtc(info.reportStartTimeUtc) },
        { QStringLiteral("report_end_time_utc"), isoUtc(info.reportEndTimeUtc) },
        { QStringLiteral("usage_schema"), usageSchemaName(info.usageSchema) },
        { QStringLiteral("product_id"), info.productId },
        { QStringLiteral("product_name"), info.productName },
        { QStringLiteral("marketplace_id"), info.marketplaceId },
        { QStringLiteral("marketplace_name"), info.marketplaceName },
        { QStringLiteral("hub_id"), info.hubId },
        { QStringLiteral("hub_name"), info.hubName },
        { QStringLiteral("vendor_account_id"), info.vendorAccountId },
        { QStringLiteral("vendor_account_name"), info.vendorAccountName },
        { QStringLiteral("provider_account_id"), info.providerAccountId },
        { QStringLiteral("provider_account_name"), info.providerAccountName },
        { QStringLiteral("distribution_contract_id"), info.distributionContractId },
        { QStringLiteral("currency"), info.currency },
    };

    WorkbookSheet categories { QStringLiteral("categories"), {}, 30 };
    categories.rows = { { QStringLiteral("category_id"), QStringLiteral("category_name"),
                            QStringLiteral("category_description") },
        { kGenericCategoryId, QStringLiteral("Generic Category"), QStringLiteral("Generic autogenerated category") } };

    WorkbookSheet records { QStringLiteral("records"), {}, 22 };
    const QStringList header = usageRecordColumns();
    records.rows.append(QVariantList(header.cbegin(), header.cend()));
    const auto col = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const QString start
        = info.reportStartTimeUtc.isValid() ? info.reportStartTimeUtc.toUTC().toString(kTimeFormat) : QString();
    const QString end
        = info.reportEndTimeUtc.isValid() ? info.reportEndTimeUtc.toUTC().toString(kTimeFormat) : QString();
    // Example rows show the item columns filled in; record ids and assets are the vendor's to fill. Times
    // are text, not date cells, so they keep the exact format the upload expects whatever Excel's locale.
    for (const UsageTemplateItem &item : info.items) {
        QVariantList row(header.size());
        row[col("item_search_criteria")] = QStringLiteral("item.mpn");
        row[col("item_search_value")] = item.mpn;
        row[col("quantity")] = 0;
        row[col("start_time_utc")] = start;
        row[col("end_time_utc")] = end;
        row[col("asset_search_criteria")] = QStringLiteral("asset.id");
        row[col("item_name")] = item.name;
        row[col("item_precision")] = item.precision;
        row[col("category_id")] = kGenericCategoryId;
        records.rows.append(row);
    }
    return writeWorkbook({ instructions, general, categories, records });
}

cv::core::Result<UsageSheet, QString> readUsageSpreadsheet(const QByteArray &xlsx)
{
    // The official template names the sheet `records`, the SDKs `usage_records` (POST /usage/files/{id}/upload).
    const QStringList wanted { QStringLiteral("records"), QStringLiteral("usage_records") };
    const auto workbook = spreadsheet::readWorkbook(xlsx, wanted);
    if (!workbook)
        return workbook.error();
    const spreadsheet::XlsxSheet *found = nullptr;
    for (const QString &name : wanted) {
        if (!found)
            found = workbook.value().sheet(name);
    }
    if (!found) {
        const QStringList &names = workbook.value().sheetNames;
        return QStringLiteral("no 'records' or 'usage_records' sheet in the workbook (sheets: %1)")
            .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    }

    UsageSheet sheet;
    sheet.sheetName = found->name;
    const auto &rows = found->rows;
    if (rows.isEmpty())
        return QStringLiteral("sheet '%1': no header row (the sheet is empty)").arg(sheet.sheetName);

    // Header: the first non-empty row. Its column positions map later cells to names.
    const int headerRow = rows.firstKey();
    sheet.headerRow = headerRow;
    QMap<int, QString> columns;
    for (auto it = rows.first().cbegin(); it != rows.first().cend(); ++it) {
        if (sheet.header.contains(it.value()))
            return QStringLiteral("sheet '%1', cell %2: duplicate column '%3'")
                .arg(sheet.sheetName, spreadsheet::cellReference(headerRow, it.key()), it.value());
        sheet.header.append(it.value());
        sheet.headerColumns.append(it.key());
        columns.insert(it.key(), it.value());
    }
    QStringList missing;
    for (const QString &required : requiredColumns()) {
        if (!sheet.header.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty())
        return QStringLiteral("sheet '%1', header row %2: missing required column(s): %3")
            .arg(sheet.sheetName)
            .arg(headerRow)
            .arg(missing.join(QStringLiteral(", ")));

    for (auto rowIt = std::next(rows.cbegin()); rowIt != rows.cend(); ++rowIt) {
        UsageRow row;
        row.rowNumber = rowIt.key();
        bool empty = true;
        for (auto colIt = columns.cbegin(); colIt != columns.cend(); ++colIt) {
            const QString value = rowIt.value().value(colIt.key());
            empty = empty && value.isEmpty();
            row.values.insert(colIt.value(), value);
        }
        if (!empty) // cells outside the header's columns do not make a record
            sheet.rows.append(std::move(row));
    }
    return sheet;
}

QList<UsageRowError> validateUsageRows(const UsageSheet &sheet, const UsageValidationContext &ctx)
{
    QList<UsageRowError> errors;
    QHash<QString, int> recordIds; // record_id -> first row using it
    const bool needsAmount = ctx.schema != UsageSchema::QT;

    for (const UsageRow &row : sheet.rows) {
        const auto value = [&row](const char *column) { return row.values.value(QLatin1String(column)); };
        const auto fail = [&errors, &row](const char *column, const QString &message) {
            errors.append({ row.rowNumber, QLatin1String(column), message });
        };
        const auto quoted = [](const QString &text) -> QString { return QLatin1Char('\'') + text + QLatin1Char('\''); };

        const QString recordId = value("record_id");
        if (recordId.isEmpty())
            fail("record_id", QStringLiteral("is required"));
        else if (recordIds.contains(recordId))
            fail("record_id",
                QStringLiteral("%1 is already used in row %2").arg(quoted(recordId)).arg(recordIds.value(recordId)));
        else
            recordIds.insert(recordId, row.rowNumber);

        const QString criteria = value("item_search_criteria");
        const QString itemValue = value("item_search_value");
        const bool byMpn = criteria == QLatin1String("item.mpn");
        if (!byMpn && criteria != QLatin1String("item.local_id")) {
            fail("item_search_criteria",
                criteria.isEmpty() ? QStringLiteral("is required")
                                   : QStringLiteral("%1 is not item.mpn or item.local_id").arg(quoted(criteria)));
        } else if (itemValue.isEmpty()) {
            fail("item_search_value", QStringLiteral("is required"));
        } else {
            const bool known = std::any_of(ctx.items.cbegin(), ctx.items.cend(),
                [&](const UsageTemplateItem &item) { return (byMpn ? item.mpn : item.localId) == itemValue; });
            // A dynamically reported item declares itself in the item_* columns.
            const bool dynamic = ctx.allowDynamicItems && byMpn && value("item_mpn") == itemValue
                && !value("item_name").isEmpty() && isKnownPrecision(value("item_precision"));
            if (!known && !dynamic)
                fail("item_search_value",
                    QStringLiteral("no item with %1 %2")
                        .arg(byMpn ? QStringLiteral("MPN") : QStringLiteral("local id"), quoted(itemValue)));
        }
        const QString precision = value("item_precision");
        if (!precision.isEmpty() && !isKnownPrecision(precision))
            fail("item_precision",
                QStringLiteral("%1 is not one of integer, decimal(1), decimal(2), decimal(4), decimal(8)")
                    .arg(quoted(precision)));

        const QString quantity = value("quantity");
        if (quantity.isEmpty())
            fail("quantity", QStringLiteral("is required"));
        else if (const auto q = number(quantity); !q)
            fail("quantity", QStringLiteral("%1 is not a number").arg(quoted(quantity)));
        else if (*q < 0)
            fail("quantity", QStringLiteral("%1 is negative").arg(quoted(quantity)));

        if (needsAmount) {
            const QString amount = value("amount");
            if (amount.isEmpty())
                fail("amount", QStringLiteral("is required for the %1 schema").arg(usageSchemaName(ctx.schema)));
            else if (!number(amount))
                fail("amount", QStringLiteral("%1 is not a number").arg(quoted(amount)));
        }
        if (ctx.schema == UsageSchema::TR) {
            const QString tier = value("tier");
            if (tier.isEmpty())
                fail("tier", QStringLiteral("is required for the TR schema"));
            else if (tier != QLatin1String("0") && tier != QLatin1String("1") && tier != QLatin1String("2"))
                fail("tier", QStringLiteral("%1 is not 1, 2 or 0 (end customer)").arg(quoted(tier)));
        }

        std::optional<QDateTime> start;
        std::optional<QDateTime> end;
        for (const char *column : { "start_time_utc", "end_time_utc" }) {
            const QString text = value(column);
            const auto parsed = parseUtc(text);
            if (text.isEmpty())
                fail(column, QStringLiteral("is required"));
            else if (!parsed)
                fail(column, QStringLiteral("%1 is not a time as YYYY-MM-DD HH:MM:SS").arg(quoted(text)));
            (qstrcmp(column, "start_time_utc") == 0 ? start : end) = parsed;
        }
        if (start && end && !(*start < *end))
            fail("end_time_utc",
                QStringLiteral("%1 is not after start_time_utc %2")
                    .arg(quoted(value("end_time_utc")), quoted(value("start_time_utc"))));

        const QString assetCriteria = value("asset_search_criteria");
        const QString assetValue = value("asset_search_value");
        static const QRegularExpression parameterCriteria(QStringLiteral("^parameter\\.[A-Za-z0-9_\\-]+$"));
        const bool byAssetId = assetCriteria == QLatin1String("asset.id");
        if (!byAssetId && !parameterCriteria.match(assetCriteria).hasMatch())
            fail("asset_search_criteria",
                assetCriteria.isEmpty()
                    ? QStringLiteral("is required")
                    : QStringLiteral("%1 is not asset.id or parameter.<name>").arg(quoted(assetCriteria)));
        else if (assetValue.isEmpty())
            fail("asset_search_value", QStringLiteral("is required"));
        else if (byAssetId && !ctx.assetIds.isEmpty() && !ctx.assetIds.contains(assetValue))
            fail("asset_search_value", QStringLiteral("no asset with id %1").arg(quoted(assetValue)));
    }
    return errors;
}

QString describe(const UsageRowError &error)
{
    if (error.column.isEmpty())
        return QStringLiteral("Row %1: %2").arg(error.rowNumber).arg(error.message);
    return QStringLiteral("Row %1, %2: %3").arg(error.rowNumber).arg(error.column, error.message);
}

} // namespace cv::sandbox::usage
