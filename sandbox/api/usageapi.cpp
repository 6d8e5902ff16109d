// Usage reporting (REFERENCE §3.21): usage files, their xlsx template and upload, the file's status flow,
// and the usage records an accepted upload produces.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "app/usage/usagespreadsheet.h"
#include "sandbox/api/marketparts.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/usagefileactions.h"
#include "sandbox/api/usagerecords.h"
#include "sandbox/http/multipart.h"
#include "sandbox/seed/demoseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace cv::sandbox {

namespace {

const QString kFiles = QStringLiteral("usage_files");
const QString kRecords = usagefiles::kRecords;
const QByteArray kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

using usagefiles::isoTime;
using usagefiles::processSheet;
using usagefiles::productIdOf;
using usagefiles::removeRecords;
using usagefiles::schemaOf;
using usagefiles::setRecordsStatus;
using usagefiles::templateItems;

QStringList validateTexts(const QJsonObject &body)
{
    QStringList errors;
    if (body.contains(QStringLiteral("name")) && body.value(QStringLiteral("name")).toString().size() > 100)
        errors << QStringLiteral("name: Ensure this field has no more than 100 characters.");
    for (const char *key : { "description", "note", "external_id" }) {
        if (body.value(QLatin1String(key)).toString().size() > 200)
            errors << QStringLiteral("%1: Ensure this field has no more than 200 characters.").arg(QLatin1String(key));
    }
    if (body.contains(QStringLiteral("period"))) {
        const QJsonObject period = body.value(QStringLiteral("period")).toObject();
        const QString from = period.value(QStringLiteral("from")).toString();
        const QString to = period.value(QStringLiteral("to")).toString();
        if (from.isEmpty() || to.isEmpty())
            errors << QStringLiteral("period: Both from and to are required.");
        else if (isoTime(to) < isoTime(from))
            errors << QStringLiteral("period: to (%1) is before from (%2).").arg(to, from);
    }
    return errors;
}

QJsonObject newUsageFile(
    SandboxContext &context, const QJsonObject &product, const QJsonObject &contract, const QJsonObject &body)
{
    const QString marketplaceId
        = contract.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject marketplace
        = context.store().get(QStringLiteral("marketplaces"), marketplaceId).value_or(QJsonObject {});
    QString environment = body.value(QStringLiteral("environment")).toString().toLower();
    if (environment.isEmpty())
        environment = contract.value(QStringLiteral("kind")).toString() == QLatin1String("test")
            ? QStringLiteral("test")
            : QStringLiteral("production");
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    QJsonObject file { { QStringLiteral("id"),
                           context.store().newId(kFiles, QStringLiteral("UF-%1-####-####").arg(month)) },
        { QStringLiteral("name"), body.value(QStringLiteral("name")).toString().trimmed() },
        { QStringLiteral("description"), body.value(QStringLiteral("description")).toString() },
        { QStringLiteral("note"), body.value(QStringLiteral("note")).toString() },
        { QStringLiteral("external_id"), body.value(QStringLiteral("external_id")).toString() },
        { QStringLiteral("status"), QStringLiteral("draft") },
        { QStringLiteral("vendor"), market::reference(context.account()) },
        { QStringLiteral("provider"), contract.value(QStringLiteral("issuer")) },
        { QStringLiteral("environment"), environment },
        { QStringLiteral("marketplace"), market::iconReference(marketplace) },
        { QStringLiteral("contract"), market::reference(contract) },
        { QStringLiteral("product"), market::iconReference(product) }, { QStringLiteral("schema"), schemaOf(product) },
        { QStringLiteral("currency"),
            body.value(QStringLiteral("currency"))
                .toString(marketplace.value(QStringLiteral("currency")).toString(QStringLiteral("USD")))
                .toUpper() },
        { QStringLiteral("period"), body.value(QStringLiteral("period")).toObject() },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("uploaded"), 0 }, { QStringLiteral("validated"), 0 },
                { QStringLiteral("pending"), 0 }, { QStringLiteral("accepted"), 0 }, { QStringLiteral("closed"), 0 },
                { QStringLiteral("billed"), 0 } } },
        { QStringLiteral("records"),
            QJsonObject {
                { QStringLiteral("valid"), 0 }, { QStringLiteral("invalid"), 0 }, { QStringLiteral("closed"), 0 } } },
        { QStringLiteral("acceptance_note"), QString() }, { QStringLiteral("rejection_note"), QString() },
        { QStringLiteral("error_detail"), QString() }, { QStringLiteral("usage_file_uri"), QString() },
        { QStringLiteral("processed_file_uri"), QString() }, { QStringLiteral("reconciliation_file_uri"), QString() } };
    context.stamp(file, QStringLiteral("created"));
    context.store().put(kFiles, file);
    context.changed(QStringLiteral("usage_file"), file, productIdOf(file));
    return file;
}

ApiReply createFile(SandboxContext &context, ApiRequest &request)
{
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors = validateTexts(*body);
    if (body->value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors << QStringLiteral("name: This field is required.");
    if (!body->contains(QStringLiteral("period")))
        errors << QStringLiteral("period: This field is required.");
    QString productId = body->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    if (productId.isEmpty())
        productId = body->value(QStringLiteral("product_id")).toString();
    const auto product = context.store().get(QStringLiteral("products"), productId);
    if (productId.isEmpty())
        errors << QStringLiteral("product: This field is required.");
    else if (!product)
        errors << QStringLiteral("product: Product %1 does not exist.").arg(productId);
    const QString contractId
        = body->value(QStringLiteral("contract")).toObject().value(QStringLiteral("id")).toString();
    const auto contract = context.store().get(QStringLiteral("contracts"), contractId);
    if (contractId.isEmpty())
        errors << QStringLiteral("contract: This field is required.");
    else if (!contract || contract->value(QStringLiteral("type")).toString() != QLatin1String("distribution"))
        errors << QStringLiteral("contract: Distribution contract %1 does not exist.").arg(contractId);
    else if (contract->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        errors << QStringLiteral("contract: Contract %1 is not active.").arg(contractId);
    QString environment = body->value(QStringLiteral("environment")).toString().toLower();
    if (!environment.isEmpty() && environment != QLatin1String("test") && environment != QLatin1String("preview")
        && environment != QLatin1String("production"))
        errors << QStringLiteral("environment: \"%1\" is not a valid choice.").arg(environment);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    return ApiReply::json(newUsageFile(context, *product, *contract, *body), 201);
}

} // namespace

namespace {

ApiReply updateFile(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    auto file = context.store().get(kFiles, id);
    if (!file)
        return ApiReply::notFound(QStringLiteral("Usage file"), id);
    const QString status = file->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("draft") && status != QLatin1String("ready") && status != QLatin1String("invalid"))
        return ApiReply::badTransition(
            QStringLiteral("UF_002"), QStringLiteral("Usage file %1").arg(id), QStringLiteral("updated"), status);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors = validateTexts(*body);
    if (body->contains(QStringLiteral("name")) && body->value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors << QStringLiteral("name: This field may not be blank.");
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    for (const char *key : { "name", "description", "note", "external_id", "period", "currency" }) {
        const QString k = QLatin1String(key);
        if (body->contains(k))
            file->insert(
                k, k == QLatin1String("currency") ? QJsonValue(body->value(k).toString().toUpper()) : body->value(k));
    }
    context.stamp(*file, QStringLiteral("updated"));
    context.store().put(kFiles, *file);
    context.changed(QStringLiteral("usage_file"), *file, productIdOf(*file));
    return ApiReply::json(*file);
}

/// A file takes an upload while nothing valid is in it: a new draft, or after an upload found errors.
const QStringList &uploadableStatuses()
{
    static const QStringList statuses { QStringLiteral("draft"), QStringLiteral("invalid") };
    return statuses;
}

ApiReply uploadFile(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    auto file = context.store().get(kFiles, id);
    if (!file)
        return ApiReply::notFound(QStringLiteral("Usage file"), id);
    const QString status = file->value(QStringLiteral("status")).toString();
    if (!uploadableStatuses().contains(status))
        return ApiReply::badTransition(
            QStringLiteral("UF_001"), QStringLiteral("Usage file %1").arg(id), QStringLiteral("uploaded"), status);
    if (!request.header("content-type").startsWith("multipart/form-data"))
        return ApiReply::validation(
            { QStringLiteral("usage_file: Send the file as multipart/form-data in the field usage_file.") });
    const auto parts = http::parseMultipart(request.header("content-type"), request.body);
    if (!parts)
        return ApiReply::validation({ QStringLiteral("usage_file: %1").arg(parts.error()) });
    const http::MultipartPart *upload = nullptr;
    for (const http::MultipartPart &part : parts.value()) {
        if (part.name == "usage_file")
            upload = &part;
    }
    if (!upload || upload->data.isEmpty())
        return ApiReply::validation({ QStringLiteral("usage_file: This field is required.") });
    const auto sheet = usage::readUsageSpreadsheet(upload->data);
    if (!sheet)
        return ApiReply::validation(
            { QStringLiteral("usage_file: The file is not a valid usage file in the Excel (.xlsx) format: %1")
                    .arg(sheet.error()) });

    const QString fileName = upload->fileName.isEmpty()
        ? QStringLiteral("%1.xlsx").arg(id)
        : QString::fromUtf8(upload->fileName).section(QLatin1Char('/'), -1);
    const QString path = QStringLiteral("/media/usage/files/%1/%2").arg(id, fileName);
    context.store().putBlob(path, kXlsxType, upload->data);
    file->insert(QStringLiteral("usage_file_uri"), market::absoluteUrl(request, path));
    processSheet(context, *file, sheet.value());
    context.store().put(kFiles, *file);
    context.changed(QStringLiteral("usage_file"), *file, productIdOf(*file));
    return ApiReply::json(*file);
}

struct FileAction
{
    const char *name;
    const char *past;
    QStringList from;
    const char *to;
};

/// draft -upload-> ready|invalid; ready -submit-> pending -accept-> accepted -close-> closed;
/// pending -reject-> rejected; invalid -reprocess-> draft (upload again); delete from the editable states.
const QList<FileAction> &fileActions()
{
    static const QList<FileAction> list {
        { "submit", "submitted", { QStringLiteral("ready") }, "pending" },
        { "accept", "accepted", { QStringLiteral("pending") }, "accepted" },
        { "reject", "rejected", { QStringLiteral("pending") }, "rejected" },
        { "close", "closed", { QStringLiteral("accepted") }, "closed" },
        { "delete", "deleted",
            { QStringLiteral("draft"), QStringLiteral("ready"), QStringLiteral("invalid"), QStringLiteral("rejected") },
            "deleted" },
        { "reprocess", "reprocessed", { QStringLiteral("invalid") }, "draft" },
    };
    return list;
}

ApiReply runFileAction(SandboxContext &context, ApiRequest &request, const FileAction &action)
{
    const QString id = request.param(QStringLiteral("id"));
    auto file = context.store().get(kFiles, id);
    if (!file)
        return ApiReply::notFound(QStringLiteral("Usage file"), id);
    const QString status = file->value(QStringLiteral("status")).toString();
    if (!action.from.contains(status))
        return ApiReply::badTransition(
            QStringLiteral("UF_001"), QStringLiteral("Usage file %1").arg(id), QLatin1String(action.past), status);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const QString name = QLatin1String(action.name);
    const int valid = file->value(QStringLiteral("records")).toObject().value(QStringLiteral("valid")).toInt();
    QJsonObject stats = file->value(QStringLiteral("stats")).toObject();
    if (name == QLatin1String("accept")) {
        file->insert(QStringLiteral("acceptance_note"), body->value(QStringLiteral("acceptance_note")).toString());
        stats.insert(QStringLiteral("pending"), 0);
        stats.insert(QStringLiteral("accepted"), valid);
        setRecordsStatus(context, id, QStringLiteral("approved"));
    } else if (name == QLatin1String("reject")) {
        const QString note = body->value(QStringLiteral("rejection_note")).toString();
        if (note.trimmed().isEmpty())
            return ApiReply::validation({ QStringLiteral("rejection_note: This field is required.") });
        file->insert(QStringLiteral("rejection_note"), note);
        stats.insert(QStringLiteral("pending"), 0);
        setRecordsStatus(context, id, QStringLiteral("rejected"));
    } else if (name == QLatin1String("submit")) {
        stats.insert(QStringLiteral("pending"), valid);
    } else if (name == QLatin1String("close")) {
        stats.insert(QStringLiteral("closed"), valid);
        QJsonObject records = file->value(QStringLiteral("records")).toObject();
        records.insert(QStringLiteral("closed"), valid);
        file->insert(QStringLiteral("records"), records);
        setRecordsStatus(context, id, QStringLiteral("closed"));
    } else if (name == QLatin1String("reprocess") || name == QLatin1String("delete")) {
        removeRecords(context, id);
        if (name == QLatin1String("reprocess")) {
            file->insert(QStringLiteral("error_detail"), QString());
            file->insert(QStringLiteral("records"),
                QJsonObject { { QStringLiteral("valid"), 0 }, { QStringLiteral("invalid"), 0 },
                    { QStringLiteral("closed"), 0 } });
        }
    }
    file->insert(QStringLiteral("stats"), stats);
    file->insert(QStringLiteral("status"), QLatin1String(action.to));
    context.stamp(*file, name == QLatin1String("reprocess") ? QStringLiteral("updated") : QLatin1String(action.past));
    context.store().put(kFiles, *file);
    if (name == QLatin1String("accept"))
        usagefiles::makeChunk(context, *file);
    context.changed(QStringLiteral("usage_file"), *file, productIdOf(*file));
    return ApiReply::json(*file);
}

/// The records list also filters by the spec's aliases of nested fields (usage_file, asset_id, item_id).
ApiReply listRecords(SandboxContext &context, ApiRequest &request)
{
    static const QList<std::pair<QByteArray, QByteArray>> aliases { { "usage_file", "usagefile.id" },
        { "asset_id", "asset.id" }, { "item_id", "item.id" } };
    QList<QByteArray> terms = request.rawQuery.split('&');
    for (QByteArray &term : terms) {
        for (const auto &[alias, field] : aliases) {
            const QByteArray inCall = QByteArray("(") + alias + QByteArray(",");
            if (term.startsWith(QByteArray(alias + QByteArray("=")))
                || term.startsWith(QByteArray(alias + QByteArray("__"))))
                term = QByteArray(field + term.mid(alias.size()));
            else if (term.contains(inCall))
                term.replace(inCall, QByteArray(QByteArray("(") + field + QByteArray(",")));
        }
    }
    request.rawQuery = terms.join('&');
    return context.list(request, kRecords);
}

ApiReply productTemplate(SandboxContext &context, ApiRequest &request)
{
    const QString productId = request.param(QStringLiteral("id"));
    const auto product = context.store().get(QStringLiteral("products"), productId);
    if (!product)
        return ApiReply::notFound(QStringLiteral("Product"), productId);
    usage::UsageTemplateInfo info;
    info.reportName = QStringLiteral("Usage report for %1").arg(product->value(QStringLiteral("name")).toString());
    info.usageSchema = usage::parseUsageSchema(schemaOf(*product)).value_or(usage::UsageSchema::QT);
    info.productId = productId;
    info.productName = product->value(QStringLiteral("name")).toString();
    const QJsonObject account = context.account();
    info.vendorAccountId = account.value(QStringLiteral("id")).toString();
    info.vendorAccountName = account.value(QStringLiteral("name")).toString();
    const QDateTime monthStart(
        QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), QTime(0, 0), Qt::UTC);
    info.reportStartTimeUtc = monthStart.addMonths(-1);
    info.reportEndTimeUtc = monthStart;
    info.currency = QStringLiteral("USD");
    // The marketplace part of the general tab comes from an active distribution contract, when there is one.
    for (const QJsonObject &contract :
        context.store().findBy(QStringLiteral("contracts"), QStringLiteral("type"), QStringLiteral("distribution"))) {
        if (contract.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            continue;
        const QJsonObject mp = contract.value(QStringLiteral("marketplace")).toObject();
        info.distributionContractId = contract.value(QStringLiteral("id")).toString();
        info.marketplaceId = mp.value(QStringLiteral("id")).toString();
        info.marketplaceName = mp.value(QStringLiteral("name")).toString();
        info.providerAccountId
            = contract.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("id")).toString();
        info.providerAccountName
            = contract.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString();
        if (const auto stored = context.store().get(QStringLiteral("marketplaces"), info.marketplaceId)) {
            info.currency = stored->value(QStringLiteral("currency")).toString(info.currency);
            const QJsonArray hubs = stored->value(QStringLiteral("hubs")).toArray();
            const QJsonObject hub
                = hubs.isEmpty() ? QJsonObject() : hubs.first().toObject().value(QStringLiteral("hub")).toObject();
            info.hubId = hub.value(QStringLiteral("id")).toString();
            info.hubName = hub.value(QStringLiteral("name")).toString();
        }
        break;
    }
    info.items = templateItems(context, productId);
    // Connect answers with a pre-signed storage link that needs no API key; a public media blob is the same.
    const QString path = QStringLiteral("/media/usage/templates/%1/usage_template_%1.xlsx").arg(productId);
    context.store().putBlob(path, kXlsxType, usage::writeUsageTemplate(info));
    return ApiReply::json(QJsonObject { { QStringLiteral("template_link"), market::absoluteUrl(request, path) } });
}

} // namespace

void registerUsageRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/usage/files"),
        [&context](ApiRequest &request) { return context.list(request, kFiles); });
    router.add(Method::Post, QStringLiteral("/usage/files"),
        [&context](ApiRequest &request) { return createFile(context, request); });
    router.add(Method::Get, QStringLiteral("/usage/files/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kFiles, request.param(QStringLiteral("id")), QStringLiteral("Usage file"));
    });
    router.add(Method::Put, QStringLiteral("/usage/files/{id}"),
        [&context](ApiRequest &request) { return updateFile(context, request); });
    router.add(Method::Post, QStringLiteral("/usage/files/{id}/upload"),
        [&context](ApiRequest &request) { return uploadFile(context, request); });
    for (const FileAction &action : fileActions()) {
        router.add(Method::Post, QStringLiteral("/usage/files/{id}/") + QLatin1String(action.name),
            [&context, &action](ApiRequest &request) { return runFileAction(context, request, action); });
    }
    router.add(Method::Get, QStringLiteral("/usage/products/{id}/template"),
        [&context](ApiRequest &request) { return productTemplate(context, request); });
    router.add(Method::Get, QStringLiteral("/usage/records"),
        [&context](ApiRequest &request) { return listRecords(context, request); });
    router.add(Method::Get, QStringLiteral("/usage/records/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kRecords, request.param(QStringLiteral("id")), QStringLiteral("Usage record"));
    });
}

QStringList usageFileActionFrom(const QString &action)
{
    if (action == QLatin1String("upload"))
        return uploadableStatuses();
    for (const FileAction &fileAction : fileActions()) {
        if (action == QLatin1String(fileAction.name))
            return fileAction.from;
    }
    return {};
}

void seedUsage(SandboxContext &context, const QString &productId, const QJsonObject &market)
{
    const auto product = context.store().get(QStringLiteral("products"), productId);
    QJsonObject contract;
    for (const QJsonValue &c : market.value(QStringLiteral("contracts")).toArray()) {
        if (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String("distribution")) {
            contract = c.toObject();
            break;
        }
    }
    if (!product || contract.isEmpty())
        return;
    const QList<QJsonObject> items = context.store().all(QStringLiteral("items"), productId);
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const auto period = [&thisMonth](int monthsBack) {
        const QDate from = thisMonth.addMonths(-monthsBack);
        return QJsonObject { { QStringLiteral("from"),
                                 QString(from.toString(Qt::ISODate) + QStringLiteral("T00:00:00+00:00")) },
            { QStringLiteral("to"),
                QString(from.addMonths(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00+00:00")) } };
    };
    // Rows as an uploaded spreadsheet would hold them, so seeded files go through the same processing.
    const auto sheetFor = [&items, &thisMonth](int monthsBack) {
        usage::UsageSheet sheet;
        sheet.sheetName = QStringLiteral("records");
        sheet.header = usage::usageRecordColumns();
        const QDate from = thisMonth.addMonths(-monthsBack);
        int row = 2;
        for (const QJsonObject &item : items) {
            usage::UsageRow r;
            r.rowNumber = row++;
            r.values = { { QStringLiteral("record_id"), QStringLiteral("rec-%1-%2").arg(monthsBack).arg(r.rowNumber) },
                { QStringLiteral("item_search_criteria"), QStringLiteral("item.mpn") },
                { QStringLiteral("item_search_value"), item.value(QStringLiteral("mpn")).toString() },
                { QStringLiteral("quantity"), QString::number(10 * r.rowNumber + monthsBack) },
                { QStringLiteral("start_time_utc"), from.toString(Qt::ISODate) + QStringLiteral(" 00:00:00") },
                { QStringLiteral("end_time_utc"),
                    from.addMonths(1).toString(Qt::ISODate) + QStringLiteral(" 00:00:00") },
                { QStringLiteral("asset_search_criteria"), QStringLiteral("parameter.param_a") },
                { QStringLiteral("asset_search_value"), QStringLiteral("demo-%1").arg(r.rowNumber) } };
            sheet.rows.append(r);
        }
        return sheet;
    };
    const auto make = [&](const QString &name, int monthsBack) {
        return newUsageFile(context, *product, contract,
            { { QStringLiteral("name"), name },
                { QStringLiteral("description"), QStringLiteral("Monthly usage report.") },
                { QStringLiteral("period"), period(monthsBack) } });
    };
    make(QStringLiteral("Usage of this month"), 0);

    QJsonObject ready = make(QStringLiteral("Usage of last month"), 1);
    processSheet(context, ready, sheetFor(1));
    context.store().put(kFiles, ready);

    QJsonObject accepted = make(QStringLiteral("Usage two months ago"), 2);
    processSheet(context, accepted, sheetFor(2));
    const int valid = accepted.value(QStringLiteral("records")).toObject().value(QStringLiteral("valid")).toInt();
    accepted.insert(QStringLiteral("status"), QStringLiteral("accepted"));
    accepted.insert(QStringLiteral("acceptance_note"), QStringLiteral("Matches the provider's figures."));
    QJsonObject stats = accepted.value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("accepted"), valid);
    accepted.insert(QStringLiteral("stats"), stats);
    context.stamp(accepted, QStringLiteral("submitted"));
    context.stamp(accepted, QStringLiteral("accepted"));
    context.store().put(kFiles, accepted);
    setRecordsStatus(context, accepted.value(QStringLiteral("id")).toString(), QStringLiteral("approved"));
    usagefiles::makeChunk(context, accepted);
}

} // namespace cv::sandbox
