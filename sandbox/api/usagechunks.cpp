// The usage routes of issue 17 point 4 and issue 15 (REFERENCE §3.21): usage file chunks (the billing parts
// Connect makes of an accepted file, `GET/PUT /usage/chunks[/{id}]`, `close`, `regenerate`, `download`), closing
// usage records one by one or in bulk, the provider's reconciliation upload, and the records list's filter
// aliases (`usage_file`, `asset_id`, `item_id`).
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "app/spreadsheet/xlsxwriter.h"
#include "sandbox/api/marketparts.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/usagerecords.h"
#include "sandbox/http/multipart.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cv::sandbox {

namespace {

const QString kFiles = QStringLiteral("usage_files");
const QString kChunks = QStringLiteral("usage_chunks");
const QString kRecords = usagefiles::kRecords;
const QByteArray kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

QString fileIdOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("usagefile")).toObject().value(QStringLiteral("id")).toString();
}

/// A record is billed (closed) once it was approved, i.e. its file accepted (`POST /usage/records/{id}/close`).
ApiReply closeRecord(SandboxContext &context, QJsonObject record, const QJsonObject &body)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    const QString status = record.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("approved"))
        return ApiReply::badTransition(
            QStringLiteral("UR_001"), QStringLiteral("Usage record %1").arg(id), QStringLiteral("closed"), status);
    record.insert(QStringLiteral("status"), QStringLiteral("closed"));
    record.insert(QStringLiteral("external_billing_id"), body.value(QStringLiteral("external_billing_id")).toString());
    record.insert(
        QStringLiteral("external_billing_note"), body.value(QStringLiteral("external_billing_note")).toString());
    record.insert(QStringLiteral("closed_at"), context.now());
    record.insert(QStringLiteral("closed_by"), context.actor().value(QStringLiteral("name")));
    context.store().put(kRecords, record);
    // The file counts its closed records.
    if (auto file = context.store().get(kFiles, fileIdOf(record))) {
        QJsonObject records = file->value(QStringLiteral("records")).toObject();
        records.insert(QStringLiteral("closed"), records.value(QStringLiteral("closed")).toInt() + 1);
        file->insert(QStringLiteral("records"), records);
        context.store().put(kFiles, *file);
    }
    return ApiReply::json(record);
}

ApiReply closeOne(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    const auto record = context.store().get(kRecords, id);
    if (!record)
        return ApiReply::notFound(QStringLiteral("Usage record"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    return closeRecord(context, *record, *body);
}

/// `POST /usage/records/close-records`: 206 with one result per entry, each closed or refused on its own.
ApiReply closeMany(SandboxContext &context, ApiRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray())
        return ApiReply::validation({ QStringLiteral("non_field_errors: Expected a list of records to close.") });
    QJsonArray results;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        QJsonObject result { { QStringLiteral("id"), id } };
        const auto record = context.store().get(kRecords, id);
        if (!record) {
            result.insert(QStringLiteral("status"), QStringLiteral("invalid"));
            result.insert(QStringLiteral("error_codes"), QStringLiteral("UR_404"));
            result.insert(QStringLiteral("error_details"), QStringLiteral("Usage record %1 not found.").arg(id));
        } else {
            const ApiReply closed = closeRecord(context, *record, entry);
            const QJsonObject now = context.store().get(kRecords, id).value_or(*record);
            result.insert(QStringLiteral("status"), now.value(QStringLiteral("status")));
            if (closed.status != 200) {
                result.insert(QStringLiteral("error_codes"), QStringLiteral("UR_001"));
                result.insert(QStringLiteral("error_details"),
                    QStringLiteral("Usage record %1 is %2; only approved records can be closed.")
                        .arg(id, now.value(QStringLiteral("status")).toString()));
            }
        }
        results.append(result);
    }
    return ApiReply::json(results, 206);
}

QJsonObject chunkStats(SandboxContext &context, const QString &fileId)
{
    int accepted = 0, closed = 0;
    const QList<QJsonObject> records = context.store().findBy(kRecords, QStringLiteral("usagefile.id"), fileId);
    for (const QJsonObject &record : records) {
        const QString status = record.value(QStringLiteral("status")).toString();
        accepted += status == QLatin1String("approved") ? 1 : 0;
        closed += status == QLatin1String("closed") ? 1 : 0;
    }
    return { { QStringLiteral("uploaded"), int(records.size()) }, { QStringLiteral("validated"), int(records.size()) },
        { QStringLiteral("pending"), 0 }, { QStringLiteral("accepted"), accepted },
        { QStringLiteral("closed"), closed }, { QStringLiteral("billed"), closed } };
}

ApiReply chunkAction(SandboxContext &context, ApiRequest &request, const QString &action)
{
    const QString id = request.param(QStringLiteral("id"));
    auto chunk = context.store().get(kChunks, id);
    if (!chunk)
        return ApiReply::notFound(QStringLiteral("Usage file chunk"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const QString status = chunk->value(QStringLiteral("status")).toString();
    const QString fileId = chunk->value(QStringLiteral("usagefile")).toObject().value(QStringLiteral("id")).toString();
    if (action == QLatin1String("close")) {
        if (status != QLatin1String("ready"))
            return ApiReply::badTransition(QStringLiteral("UFC_001"), QStringLiteral("Usage file chunk %1").arg(id),
                QStringLiteral("closed"), status);
        const QString billingId = body->value(QStringLiteral("external_billing_id")).toString();
        if (billingId.trimmed().isEmpty())
            return ApiReply::validation({ QStringLiteral("external_billing_id: This field is required.") });
        for (const QJsonObject &record : context.store().findBy(kRecords, QStringLiteral("usagefile.id"), fileId)) {
            if (record.value(QStringLiteral("status")).toString() == QLatin1String("approved"))
                closeRecord(context, record, *body);
        }
        chunk->insert(QStringLiteral("status"), QStringLiteral("closed"));
        context.stamp(*chunk, QStringLiteral("closed"));
    } else if (action == QLatin1String("regenerate")) {
        if (status == QLatin1String("closed"))
            return ApiReply::badTransition(QStringLiteral("UFC_001"), QStringLiteral("Usage file chunk %1").arg(id),
                QStringLiteral("regenerated"), status);
        chunk->insert(QStringLiteral("status"), QStringLiteral("ready"));
        chunk->insert(QStringLiteral("outdated"), false);
        chunk->insert(QStringLiteral("error"), QJsonObject { { QStringLiteral("detail"), QString() } });
        context.stamp(*chunk, QStringLiteral("updated"));
    } else { // PUT {external_id}
        if (!body->contains(QStringLiteral("external_id")))
            return ApiReply::validation({ QStringLiteral("external_id: This field is required.") });
        chunk->insert(QStringLiteral("external_id"), body->value(QStringLiteral("external_id")).toString());
        context.stamp(*chunk, QStringLiteral("updated"));
    }
    chunk->insert(QStringLiteral("stats"), chunkStats(context, fileId));
    context.store().put(kChunks, *chunk);
    return ApiReply::json(*chunk);
}

/// The chunk's records as a spreadsheet, the columns of the upload file plus the record's id and status.
ApiReply chunkDownload(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    const auto chunk = context.store().get(kChunks, id);
    if (!chunk)
        return ApiReply::notFound(QStringLiteral("Usage file chunk"), id);
    const QString fileId = chunk->value(QStringLiteral("usagefile")).toObject().value(QStringLiteral("id")).toString();
    spreadsheet::WorkbookSheet sheet { QStringLiteral("usage_records"),
        { { QStringLiteral("id"), QStringLiteral("record_id"), QStringLiteral("item_mpn"), QStringLiteral("asset_id"),
            QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("quantity"),
            QStringLiteral("amount"), QStringLiteral("status") } },
        20 };
    for (const QJsonObject &record : context.store().findBy(kRecords, QStringLiteral("usagefile.id"), fileId)) {
        sheet.rows.append(
            { record.value(QStringLiteral("id")).toString(), record.value(QStringLiteral("record_id")).toString(),
                record.value(QStringLiteral("item")).toObject().value(QStringLiteral("mpn")).toString(),
                record.value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toString(),
                record.value(QStringLiteral("start_date")).toString(),
                record.value(QStringLiteral("end_date")).toString(), record.value(QStringLiteral("usage")).toDouble(),
                record.value(QStringLiteral("amount")).isDouble()
                    ? QVariant(record.value(QStringLiteral("amount")).toDouble())
                    : QVariant(),
                record.value(QStringLiteral("status")).toString() });
    }
    return ApiReply::raw(spreadsheet::writeWorkbook({ sheet }), kXlsxType);
}

/// `POST /usage/files/{id}/reconciliation`: the provider's reconciliation file (multipart `recon_file`) of an
/// accepted or closed file; kept as a media blob and linked from `reconciliation_file_uri`.
ApiReply reconciliation(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    auto file = context.store().get(kFiles, id);
    if (!file)
        return ApiReply::notFound(QStringLiteral("Usage file"), id);
    const QString status = file->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("accepted") && status != QLatin1String("closed"))
        return ApiReply::badTransition(
            QStringLiteral("UF_001"), QStringLiteral("Usage file %1").arg(id), QStringLiteral("reconciled"), status);
    if (!request.header("content-type").startsWith("multipart/form-data"))
        return ApiReply::validation(
            { QStringLiteral("recon_file: Send the file as multipart/form-data in the field recon_file.") });
    const auto parts = http::parseMultipart(request.header("content-type"), request.body);
    if (!parts)
        return ApiReply::validation({ QStringLiteral("recon_file: %1").arg(parts.error()) });
    const http::MultipartPart *upload = nullptr;
    for (const http::MultipartPart &part : parts.value()) {
        if (part.name == "recon_file")
            upload = &part;
    }
    if (!upload || upload->data.isEmpty())
        return ApiReply::validation({ QStringLiteral("recon_file: This field is required.") });
    const QString fileName = upload->fileName.isEmpty()
        ? QStringLiteral("reconciliation_%1.xlsx").arg(id)
        : QString::fromUtf8(upload->fileName).section(QLatin1Char('/'), -1);
    const QString path = QStringLiteral("/media/usage/reconciliations/%1/%2").arg(id, fileName);
    context.store().putBlob(path, kXlsxType, upload->data);
    file->insert(QStringLiteral("reconciliation_file_uri"), market::absoluteUrl(request, path));
    context.stamp(*file, QStringLiteral("updated"));
    context.store().put(kFiles, *file);
    context.changed(QStringLiteral("usage_file"), *file, usagefiles::productIdOf(*file));
    return ApiReply::json(*file);
}

} // namespace

namespace usagefiles {

void makeChunk(SandboxContext &context, const QJsonObject &file)
{
    const QString fileId = file.value(QStringLiteral("id")).toString();
    if (!context.store().findBy(kChunks, QStringLiteral("usagefile.id"), fileId).isEmpty())
        return;
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    QJsonObject chunk { { QStringLiteral("id"),
                            context.store().newId(kChunks, QStringLiteral("UFC-%1-####-####").arg(month)) },
        { QStringLiteral("status"), QStringLiteral("ready") }, { QStringLiteral("outdated"), false },
        { QStringLiteral("usagefile"),
            QJsonObject {
                { QStringLiteral("id"), fileId }, { QStringLiteral("name"), file.value(QStringLiteral("name")) } } },
        { QStringLiteral("marketplace"), file.value(QStringLiteral("marketplace")) },
        { QStringLiteral("provider"), file.value(QStringLiteral("provider")) },
        { QStringLiteral("binding"), QJsonObject {} },
        { QStringLiteral("error"), QJsonObject { { QStringLiteral("detail"), QString() } } },
        { QStringLiteral("stats"), chunkStats(context, fileId) }, { QStringLiteral("external_id"), QString() } };
    context.stamp(chunk, QStringLiteral("created"));
    context.store().put(kChunks, chunk);
}

} // namespace usagefiles

void registerUsageChunkRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/usage/chunks"),
        [&context](ApiRequest &request) { return context.list(request, kChunks); });
    router.add(Method::Get, QStringLiteral("/usage/chunks/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kChunks, request.param(QStringLiteral("id")), QStringLiteral("Usage file chunk"));
    });
    router.add(Method::Put, QStringLiteral("/usage/chunks/{id}"),
        [&context](ApiRequest &request) { return chunkAction(context, request, QStringLiteral("update")); });
    router.add(Method::Post, QStringLiteral("/usage/chunks/{id}/close"),
        [&context](ApiRequest &request) { return chunkAction(context, request, QStringLiteral("close")); });
    router.add(Method::Post, QStringLiteral("/usage/chunks/{id}/regenerate"),
        [&context](ApiRequest &request) { return chunkAction(context, request, QStringLiteral("regenerate")); });
    router.add(Method::Get, QStringLiteral("/usage/chunks/{id}/download"),
        [&context](ApiRequest &request) { return chunkDownload(context, request); });
    router.add(Method::Post, QStringLiteral("/usage/records/{id}/close"),
        [&context](ApiRequest &request) { return closeOne(context, request); });
    router.add(Method::Post, QStringLiteral("/usage/records/close-records"),
        [&context](ApiRequest &request) { return closeMany(context, request); });
    router.add(Method::Post, QStringLiteral("/usage/files/{id}/reconciliation"),
        [&context](ApiRequest &request) { return reconciliation(context, request); });
}

} // namespace cv::sandbox
