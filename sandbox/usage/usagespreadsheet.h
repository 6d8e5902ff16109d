#pragma once

#include "app/core/result.h"
#include "app/spreadsheet/xlsxwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace cv::sandbox::usage {

/// Usage file schemas (the file uploaded by POST /usage/files/{id}/upload): quantity, tiered, price, cost.
enum class UsageSchema { QT, TR, PR, CR };

QString usageSchemaName(UsageSchema schema); ///< "QT", "TR", "PR", "CR"
std::optional<UsageSchema> parseUsageSchema(QStringView name); ///< case-insensitive

/// The columns of the records sheet, in the order the SDKs write them.
QStringList usageRecordColumns();

/// A product item as far as usage reporting needs it.
struct UsageTemplateItem
{
    QString mpn;
    QString localId;
    QString name;
    QString precision; ///< integer, decimal(1), decimal(2), decimal(4) or decimal(8)
};

/// What goes on the `general` tab of a usage template, plus the items for example rows.
struct UsageTemplateInfo
{
    QString reportName;
    QString reportNote;
    QString reportId;
    QDateTime reportStartTimeUtc;
    QDateTime reportEndTimeUtc;
    UsageSchema usageSchema = UsageSchema::QT;
    QString productId;
    QString productName;
    QString marketplaceId;
    QString marketplaceName;
    QString hubId;
    QString hubName;
    QString vendorAccountId;
    QString vendorAccountName;
    QString providerAccountId;
    QString providerAccountName;
    QString distributionContractId;
    QString currency; ///< ISO-4217
    QList<UsageTemplateItem> items;
};

// The generic workbook writer lives in app/spreadsheet (the project's one .xlsx writer, and why not
// libxlsxwriter); these names keep the sandbox's callers as they were.
using spreadsheet::WorkbookSheet;
using spreadsheet::writeWorkbook;
using spreadsheet::XlsxStrings;

/// Writes the usage file template (.xlsx): tabs `instructions`, `general`, `categories` (with the default
/// generic_category row) and `records` (header plus one example row per item).
QByteArray writeUsageTemplate(const UsageTemplateInfo &info);

struct UsageRow
{
    int rowNumber = 0; ///< 1-based spreadsheet row, as the user sees it
    QHash<QString, QString> values; ///< header column -> cell text (trimmed; "" for empty cells)
};

struct UsageSheet
{
    QString sheetName; ///< `records` (official template) or `usage_records` (SDK-built files)
    QStringList header;
    QList<int> headerColumns; ///< 0-based sheet column of each header entry (for "cell C5" in errors)
    int headerRow = 0;
    QList<UsageRow> rows; ///< rows below the header; fully empty rows are skipped
};

/// Reads the records sheet of an uploaded usage file (.xlsx) with spreadsheet::readWorkbook. Shared
/// strings, inline strings, numbers and date-formatted numbers (as `YYYY-MM-DD HH:MM:SS`) are supported.
/// The header is the first non-empty row; it must hold the columns every schema needs. Errors say
/// whether the data is not a zip, not an xlsx workbook, has no records sheet, or which columns are missing.
cv::core::Result<UsageSheet, QString> readUsageSpreadsheet(const QByteArray &xlsx);

/// What rows are checked against.
struct UsageValidationContext
{
    UsageSchema schema = UsageSchema::QT;
    QList<UsageTemplateItem> items; ///< the product's items (mpn and localId are used)
    QSet<QString> assetIds; ///< known asset ids; when empty, asset.id values are not looked up
    bool allowDynamicItems = false; ///< accept unknown items that declare item_name/item_mpn/item_precision
};

struct UsageRowError
{
    int rowNumber = 0;
    QString column; ///< header column name; empty for row-level problems
    QString message; ///< e.g. "'abc' is not a number"
};

/// Checks each row: record_id required and unique; item lookup; quantity >= 0; amount for CR/PR/TR;
/// tier for TR; start/end times (`YYYY-MM-DD HH:MM:SS` or ISO-8601) with start < end; asset criteria.
/// Returns every problem found, in row order.
QList<UsageRowError> validateUsageRows(const UsageSheet &sheet, const UsageValidationContext &ctx);

/// "Row 5, quantity: 'abc' is not a number".
QString describe(const UsageRowError &error);

} // namespace cv::sandbox::usage
