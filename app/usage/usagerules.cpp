#include "app/usage/usagerules.h"

#include <QJsonArray>
#include <QSet>

namespace cv::usage {

QString actionName(FileAction action)
{
    switch (action) {
    case FileAction::Upload: return QStringLiteral("upload");
    case FileAction::Submit: return QStringLiteral("submit");
    case FileAction::Accept: return QStringLiteral("accept");
    case FileAction::Reject: return QStringLiteral("reject");
    case FileAction::Close: return QStringLiteral("close");
    case FileAction::Delete: return QStringLiteral("delete");
    }
    return {};
}

QStringList fileStatuses()
{
    return { QStringLiteral("draft"), QStringLiteral("uploading"), QStringLiteral("uploaded"),
        QStringLiteral("processing"), QStringLiteral("invalid"), QStringLiteral("ready"), QStringLiteral("pending"),
        QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("closed") };
}

bool isAllowed(FileAction action, const QString &status)
{
    // POST /usage/files/{id}/upload: draft or invalid; submit a ready file; the provider accepts or rejects a
    // pending one; an accepted file is closed; delete while nothing was submitted (or after a rejection).
    switch (action) {
    case FileAction::Upload: return status == QLatin1String("draft") || status == QLatin1String("invalid");
    case FileAction::Submit: return status == QLatin1String("ready");
    case FileAction::Accept:
    case FileAction::Reject: return status == QLatin1String("pending");
    case FileAction::Close: return status == QLatin1String("accepted");
    case FileAction::Delete:
        return status == QLatin1String("draft") || status == QLatin1String("ready")
            || status == QLatin1String("invalid") || status == QLatin1String("rejected");
    }
    return false;
}

QList<FileAction> allowedActions(const QString &status)
{
    QList<FileAction> list;
    for (const FileAction action : { FileAction::Upload, FileAction::Submit, FileAction::Accept, FileAction::Reject,
             FileAction::Close, FileAction::Delete }) {
        if (isAllowed(action, status))
            list << action;
    }
    return list;
}

QString statusAfter(FileAction action)
{
    switch (action) {
    case FileAction::Upload: return QStringLiteral("uploading");
    case FileAction::Submit: return QStringLiteral("pending");
    case FileAction::Accept: return QStringLiteral("accepted");
    case FileAction::Reject: return QStringLiteral("rejected");
    case FileAction::Close: return QStringLiteral("closed");
    case FileAction::Delete: return QStringLiteral("deleted");
    }
    return {};
}

QStringList validateNewFile(const NewUsageFile &file)
{
    QStringList errors;
    if (file.name.trimmed().isEmpty())
        errors << QStringLiteral("name: This field is required.");
    else if (file.name.trimmed().size() > 100)
        errors << QStringLiteral("name: Ensure this field has no more than 100 characters.");
    if (file.description.size() > 200)
        errors << QStringLiteral("description: Ensure this field has no more than 200 characters.");
    if (file.productId.isEmpty())
        errors << QStringLiteral("product: This field is required.");
    if (file.contractId.isEmpty())
        errors << QStringLiteral("contract: This field is required.");
    if (!file.from.isValid() || !file.to.isValid())
        errors << QStringLiteral("period: Both from and to are required.");
    else if (!(file.from < file.to))
        errors << QStringLiteral("period: to (%1) is not after from (%2).")
                      .arg(isoPeriodTime(file.to), isoPeriodTime(file.from));
    return errors;
}

QString isoPeriodTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QDateTime periodFrom(const QJsonObject &file)
{
    return parseUsageTime(file.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString())
        .value_or(QDateTime());
}

QDateTime periodTo(const QJsonObject &file)
{
    return parseUsageTime(file.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString())
        .value_or(QDateTime());
}

UsageSchema schemaOfProduct(const QJsonObject &product)
{
    const QString schema = product.value(QStringLiteral("capabilities"))
                               .toObject()
                               .value(QStringLiteral("ppu"))
                               .toObject()
                               .value(QStringLiteral("schema"))
                               .toString();
    return parseUsageSchema(schema).value_or(UsageSchema::QT);
}

QList<UsageTemplateItem> templateItems(const QList<QJsonObject> &items)
{
    QList<UsageTemplateItem> list;
    for (const QJsonObject &item : items)
        list.append({ item.value(QStringLiteral("mpn")).toString(), item.value(QStringLiteral("local_id")).toString(),
            item.value(QStringLiteral("name")).toString(),
            item.value(QStringLiteral("precision")).toString(QStringLiteral("integer")) });
    return list;
}

UsageTemplateInfo templateInfo(const QJsonObject &file, const QJsonObject &product, const QList<QJsonObject> &items,
    const QJsonObject &contract, const QJsonObject &marketplace, const QJsonObject &account)
{
    const auto nameOf = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
    };
    const auto idOf = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toObject().value(QStringLiteral("id")).toString();
    };
    UsageTemplateInfo info;
    info.reportName = file.value(QStringLiteral("name")).toString();
    info.reportNote = file.value(QStringLiteral("description")).toString();
    const QString id = file.value(QStringLiteral("id")).toString();
    info.reportId = id.startsWith(QLatin1String("UF-")) ? id : QString(); // a file made offline has no id yet
    info.reportStartTimeUtc = periodFrom(file);
    info.reportEndTimeUtc = periodTo(file);
    const auto fileSchema = parseUsageSchema(file.value(QStringLiteral("schema")).toString());
    info.usageSchema = fileSchema.value_or(schemaOfProduct(product));
    info.productId = product.value(QStringLiteral("id")).toString(idOf(file, "product"));
    info.productName = product.value(QStringLiteral("name")).toString(nameOf(file, "product"));
    info.marketplaceId = marketplace.value(QStringLiteral("id")).toString(idOf(file, "marketplace"));
    info.marketplaceName = marketplace.value(QStringLiteral("name")).toString(nameOf(file, "marketplace"));
    const QJsonArray hubs = marketplace.value(QStringLiteral("hubs")).toArray();
    if (!hubs.isEmpty()) {
        const QJsonObject hub = hubs.first().toObject().value(QStringLiteral("hub")).toObject();
        info.hubId = hub.value(QStringLiteral("id")).toString();
        info.hubName = hub.value(QStringLiteral("name")).toString();
    }
    info.vendorAccountId = account.value(QStringLiteral("id")).toString(idOf(file, "vendor"));
    info.vendorAccountName = account.value(QStringLiteral("name")).toString(nameOf(file, "vendor"));
    const QJsonObject issuer = contract.value(QStringLiteral("issuer")).toObject();
    info.providerAccountId = issuer.value(QStringLiteral("id")).toString(idOf(file, "provider"));
    info.providerAccountName = issuer.value(QStringLiteral("name")).toString(nameOf(file, "provider"));
    info.distributionContractId = contract.value(QStringLiteral("id")).toString(idOf(file, "contract"));
    info.currency = file.value(QStringLiteral("currency"))
                        .toString(marketplace.value(QStringLiteral("currency")).toString(QStringLiteral("USD")));
    if (info.currency.isEmpty())
        info.currency = QStringLiteral("USD");
    info.items = templateItems(items);
    return info;
}

UploadCheck checkUpload(
    const QByteArray &xlsx, const QJsonObject &file, const QList<QJsonObject> &items, const QSet<QString> &assetIds)
{
    UploadCheck check;
    auto sheet = readUsageSpreadsheet(xlsx);
    if (!sheet) {
        check.fatal = sheet.error();
        return check;
    }
    check.sheet = std::move(sheet).value();
    if (check.sheet.rows.isEmpty()) {
        check.fatal = QStringLiteral("sheet '%1' has no records below its header row").arg(check.sheet.sheetName);
        return check;
    }
    UsageValidationContext context;
    context.schema = parseUsageSchema(file.value(QStringLiteral("schema")).toString()).value_or(UsageSchema::QT);
    context.items = templateItems(items);
    context.assetIds = assetIds;
    context.periodFrom = periodFrom(file);
    context.periodTo = periodTo(file);
    check.errors = validateUsageRows(check.sheet, context);
    return check;
}

} // namespace cv::usage
