// Processing of uploaded usage records: validation of the rows against the product, the file's record
// counts and error report, and the usage record objects of a valid upload (REFERENCE §3.21).
#include "sandbox/api/usagerecords.h"

#include "sandbox/api/sandboxcontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace cv::sandbox::usagefiles {

namespace {

QJsonObject findItem(SandboxContext &context, const QString &productId, const QString &criteria, const QString &value)
{
    const QString field = criteria == QLatin1String("item.mpn") ? QStringLiteral("mpn") : QStringLiteral("local_id");
    for (const QJsonObject &item : context.store().all(QStringLiteral("items"), productId)) {
        if (item.value(field).toString() == value)
            return item;
    }
    return {};
}

} // namespace

QString productIdOf(const QJsonObject &file)
{
    return file.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
}

QString schemaOf(const QJsonObject &product)
{
    const QString schema = product.value(QStringLiteral("capabilities"))
                               .toObject()
                               .value(QStringLiteral("ppu"))
                               .toObject()
                               .value(QStringLiteral("schema"))
                               .toString()
                               .toLower();
    return usage::parseUsageSchema(schema) ? schema : QStringLiteral("qt");
}

/// "2024-05-01 00:00:00" (the spreadsheet's form) or ISO-8601 -> ISO-8601 UTC as Connect writes it.
QString isoTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return text;
    time.setTimeSpec(Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QList<usage::UsageTemplateItem> templateItems(SandboxContext &context, const QString &productId)
{
    QList<usage::UsageTemplateItem> items;
    for (const QJsonObject &item : context.store().all(QStringLiteral("items"), productId))
        items.append({ item.value(QStringLiteral("mpn")).toString(), item.value(QStringLiteral("local_id")).toString(),
            item.value(QStringLiteral("name")).toString(),
            item.value(QStringLiteral("precision")).toString(QStringLiteral("integer")) });
    return items;
}

void setRecordsStatus(SandboxContext &context, const QString &fileId, const QString &status)
{
    for (QJsonObject record : context.store().findBy(kRecords, QStringLiteral("usagefile.id"), fileId)) {
        record.insert(QStringLiteral("status"), status);
        if (status == QLatin1String("closed")) {
            record.insert(QStringLiteral("closed_at"), context.now());
            record.insert(QStringLiteral("closed_by"), context.actor().value(QStringLiteral("name")));
        }
        context.store().put(kRecords, record);
    }
}

void removeRecords(SandboxContext &context, const QString &fileId)
{
    for (const QJsonObject &record : context.store().findBy(kRecords, QStringLiteral("usagefile.id"), fileId))
        context.store().remove(kRecords, record.value(QStringLiteral("id")).toString());
}

/// Validates the rows and moves the file to ready (records created) or invalid (errors reported line by
/// line as "Row N, column: message", as Connect's processing report does).
void processSheet(SandboxContext &context, QJsonObject &file, const usage::UsageSheet &sheet)
{
    const QString fileId = file.value(QStringLiteral("id")).toString();
    const QString productId = productIdOf(file);
    usage::UsageValidationContext check;
    check.schema
        = usage::parseUsageSchema(file.value(QStringLiteral("schema")).toString()).value_or(usage::UsageSchema::QT);
    check.items = templateItems(context, productId);
    for (const QJsonObject &asset :
        context.store().findBy(QStringLiteral("assets"), QStringLiteral("product.id"), productId))
        check.assetIds.insert(asset.value(QStringLiteral("id")).toString());
    // Connect refuses records outside the file's period (REFERENCE §3.21: period {from, to}).
    const QJsonObject period = file.value(QStringLiteral("period")).toObject();
    check.periodFrom = usage::parseUsageTime(period.value(QStringLiteral("from")).toString()).value_or(QDateTime());
    check.periodTo = usage::parseUsageTime(period.value(QStringLiteral("to")).toString()).value_or(QDateTime());
    const QList<usage::UsageRowError> errors = usage::validateUsageRows(sheet, check);

    removeRecords(context, fileId);
    const int total = int(sheet.rows.size());
    QSet<int> badRows;
    QStringList lines;
    for (const usage::UsageRowError &e : errors) {
        badRows.insert(e.rowNumber);
        lines << usage::describe(e);
    }
    context.stamp(file, QStringLiteral("uploaded"));
    file.insert(QStringLiteral("sub_status"), QStringLiteral("processed"));
    file.insert(QStringLiteral("records"),
        QJsonObject { { QStringLiteral("valid"), total - int(badRows.size()) },
            { QStringLiteral("invalid"), int(badRows.size()) }, { QStringLiteral("closed"), 0 } });
    file.insert(QStringLiteral("stats"),
        QJsonObject { { QStringLiteral("uploaded"), total },
            { QStringLiteral("validated"), errors.isEmpty() ? total : 0 }, { QStringLiteral("pending"), 0 },
            { QStringLiteral("accepted"), 0 }, { QStringLiteral("closed"), 0 }, { QStringLiteral("billed"), 0 } });
    if (!errors.isEmpty()) {
        file.insert(QStringLiteral("status"), QStringLiteral("invalid"));
        file.insert(QStringLiteral("error_detail"), lines.join(QLatin1Char('\n')));
        return;
    }
    file.insert(QStringLiteral("status"), QStringLiteral("ready"));
    file.insert(QStringLiteral("error_detail"), QString());
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    for (const usage::UsageRow &row : sheet.rows) {
        const auto value = [&row](const char *column) { return row.values.value(QLatin1String(column)); };
        const QJsonObject item
            = findItem(context, productId, value("item_search_criteria"), value("item_search_value"));
        const QString start = isoTime(value("start_time_utc"));
        const bool byAsset = value("asset_search_criteria") == QLatin1String("asset.id");
        QJsonObject record { { QStringLiteral("id"),
                                 context.store().newId(
                                     kRecords, QStringLiteral("UR-%1-####-####-####-####").arg(month)) },
            { QStringLiteral("record_id"), value("record_id") },
            { QStringLiteral("record_note"), value("record_note") }, { QStringLiteral("start_date"), start },
            { QStringLiteral("end_date"), isoTime(value("end_time_utc")) },
            { QStringLiteral("usage_start_time"), start }, { QStringLiteral("created_time"), context.now() },
            { QStringLiteral("product_id"), productId },
            { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), productId } } },
            { QStringLiteral("item"),
                QJsonObject { { QStringLiteral("id"), item.value(QStringLiteral("id")) },
                    { QStringLiteral("local_id"), item.value(QStringLiteral("local_id")) },
                    { QStringLiteral("mpn"), item.value(QStringLiteral("mpn")) },
                    { QStringLiteral("name"), item.value(QStringLiteral("name")) },
                    { QStringLiteral("unit"),
                        item.value(QStringLiteral("unit")).toObject().value(QStringLiteral("unit")).toString() },
                    { QStringLiteral("precision"), item.value(QStringLiteral("precision")) },
                    { QStringLiteral("type"), item.value(QStringLiteral("type")) } } },
            { QStringLiteral("asset"),
                QJsonObject { { QStringLiteral("id"), byAsset ? value("asset_search_value") : QString() },
                    { QStringLiteral("external_id"), QString() }, { QStringLiteral("external_uid"), QString() },
                    { QStringLiteral("recon_id"), value("asset_recon_id") } } },
            { QStringLiteral("category"),
                QJsonObject {
                    { QStringLiteral("id"),
                        value("category_id").isEmpty() ? QStringLiteral("generic_category") : value("category_id") },
                    { QStringLiteral("name"), QStringLiteral("Generic Category") } } },
            { QStringLiteral("tier"),
                value("tier").isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value("tier").toInt()) },
            { QStringLiteral("amount"),
                value("amount").isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value("amount").toDouble()) },
            { QStringLiteral("multiplier"), 1 }, { QStringLiteral("usage"), value("quantity").toDouble() },
            { QStringLiteral("status"), QStringLiteral("valid") }, { QStringLiteral("params"), QJsonArray() },
            { QStringLiteral("usagefile"),
                QJsonObject { { QStringLiteral("id"), fileId },
                    { QStringLiteral("name"), file.value(QStringLiteral("name")) },
                    { QStringLiteral("schema"), file.value(QStringLiteral("schema")) },
                    { QStringLiteral("currency"), file.value(QStringLiteral("currency")) } } },
            { QStringLiteral("external_billing_id"), QJsonValue::Null },
            { QStringLiteral("external_billing_note"), QJsonValue::Null },
            { QStringLiteral("closed_at"), QJsonValue::Null } };
        context.store().put(kRecords, record);
    }
}

} // namespace cv::sandbox::usagefiles
