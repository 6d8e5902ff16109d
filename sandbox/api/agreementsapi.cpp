// Agreements, their versions and documents (REFERENCE §3.18); contracts are in contractsapi.cpp.
#include "sandbox/api/marketparts.h"
#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"

#include <QJsonArray>

namespace cv::sandbox::market {

namespace {

const QString kAgreements = QStringLiteral("agreements");
const QString kVersions = QStringLiteral("agreement_versions");
const QString kContracts = QStringLiteral("contracts");
const QStringList kAgreementTypes { QStringLiteral("distribution"), QStringLiteral("program"),
    QStringLiteral("service"), QStringLiteral("syndication"), QStringLiteral("referral") };

QString agreementPrefix(const QString &type)
{
    if (type == QLatin1String("program"))
        return QStringLiteral("AGP");
    if (type == QLatin1String("distribution"))
        return QStringLiteral("AGD");
    if (type == QLatin1String("service"))
        return QStringLiteral("AGS");
    if (type == QLatin1String("syndication"))
        return QStringLiteral("AGY");
    return QStringLiteral("AGR");
}

QString documentPath(const QString &agreementId, int version, const QString &extension = QStringLiteral("md"))
{
    return QStringLiteral("/media/agreements/%1/v%2/%1-v%2.%3").arg(agreementId).arg(version).arg(extension);
}

/// The agreement's text as the marketplace owner would upload it: a small Markdown document. Stored as a
/// public blob, like Connect's uploaded documents behind their (pre-signed) links.
void writeDocument(SandboxContext &context, const QJsonObject &agreement, int version)
{
    const QString text
        = QStringLiteral("# %1\n\nVersion %2 of agreement %3 (%4).\n\n%5\n\n"
                         "1. The vendor supplies the products listed under this agreement.\n"
                         "2. The distributor resells them on its marketplaces.\n"
                         "3. Either party may terminate with 30 days' notice.\n")
              .arg(agreement.value(QStringLiteral("name")).toString())
              .arg(version)
              .arg(agreement.value(QStringLiteral("id")).toString(), agreement.value(QStringLiteral("type")).toString(),
                  agreement.value(QStringLiteral("description")).toString());
    context.store().putBlob(documentPath(agreement.value(QStringLiteral("id")).toString(), version),
        "text/markdown; charset=utf-8", text.toUtf8());
}

/// Adds version `number` to the agreement (stored separately) and, when active, makes it the current one.
/// An uploaded version without `uploadedFile` gets the default Markdown text; with it, that stored blob.
QJsonObject addVersion(SandboxContext &context, QJsonObject &agreement, int number, const QString &documentType,
    const QString &link, bool active, const QString &uploadedFile = {})
{
    const QString id = agreement.value(QStringLiteral("id")).toString();
    const QString file = documentType != QLatin1String("uploaded") ? QString()
        : uploadedFile.isEmpty()                                   ? documentPath(id, number)
                                                                   : uploadedFile;
    QJsonObject version { { QStringLiteral("id"), QStringLiteral("%1:v%2").arg(id).arg(number) },
        { QStringLiteral("agreement"),
            QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("type"), agreement.value(QStringLiteral("type")) },
                { QStringLiteral("name"), agreement.value(QStringLiteral("name")) } } },
        { QStringLiteral("author"), context.actor() }, { QStringLiteral("version"), number },
        { QStringLiteral("active"), active }, { QStringLiteral("document_type"), documentType },
        { QStringLiteral("link"), documentType == QLatin1String("external") ? link : file },
        { QStringLiteral("file"), file }, { QStringLiteral("version_created"), context.now() },
        { QStringLiteral("version_contracts"), 0 } };
    if (documentType == QLatin1String("uploaded") && uploadedFile.isEmpty())
        writeDocument(context, agreement, number);
    if (active) {
        for (QJsonObject older : context.store().all(kVersions, id)) {
            older.insert(QStringLiteral("active"), false);
            context.store().put(kVersions, older, id);
        }
        QJsonObject ref = version;
        for (const char *key : { "id", "agreement", "document_type", "file" })
            ref.remove(QLatin1String(key));
        agreement.insert(QStringLiteral("version"), ref);
        agreement.insert(QStringLiteral("document_type"), documentType);
        agreement.insert(QStringLiteral("link"), version.value(QStringLiteral("link")));
        agreement.insert(QStringLiteral("file"), file);
    }
    context.store().put(kVersions, version, id);
    QJsonObject stats = agreement.value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("versions"), int(context.store().count(kVersions, id)));
    agreement.insert(QStringLiteral("stats"), stats);
    return version;
}

QJsonObject versionView(const QJsonObject &stored)
{
    QJsonObject view = stored;
    view.remove(QStringLiteral("id"));
    return view;
}

void touch(SandboxContext &context, QJsonObject &agreement)
{
    context.stamp(agreement, QStringLiteral("updated"));
    agreement.insert(QStringLiteral("updated"),
        agreement.value(QStringLiteral("events"))
            .toObject()
            .value(QStringLiteral("updated"))
            .toObject()
            .value(QStringLiteral("at")));
    context.store().put(kAgreements, agreement);
}

/// A small collection computed by field lookup (children, contracts of an agreement): no RQL on these.
ApiReply plainList(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &o : objects)
        array.append(o);
    ApiReply reply = ApiReply::json(array);
    reply.headers.append({ "Content-Range",
        QStringLiteral("items 0-%1/%2").arg(std::max<qsizetype>(0, array.size() - 1)).arg(array.size()).toLatin1() });
    return reply;
}

ApiReply redirect(const ApiRequest &request, const QString &target)
{
    ApiReply reply = ApiReply::raw({}, {}, 302);
    reply.headers.append(
        { "Location", (target.startsWith(QLatin1Char('/')) ? absoluteUrl(request, target) : target).toUtf8() });
    return reply;
}

ApiReply documentOf(const ApiRequest &request, const QJsonObject &version, const QString &what)
{
    const QString type = version.value(QStringLiteral("document_type")).toString();
    const QString link = version.value(QStringLiteral("link")).toString();
    if (type == QLatin1String("none") || link.isEmpty())
        return ApiReply::error(404, QStringLiteral("AGR_004"), { QStringLiteral("%1 has no document.").arg(what) });
    return redirect(request, link);
}

ApiReply createAgreement(SandboxContext &context, ApiRequest &request)
{
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors;
    const QString type = body->value(QStringLiteral("type")).toString().toLower();
    if (type.isEmpty())
        errors << QStringLiteral("type: This field is required.");
    else if (!kAgreementTypes.contains(type))
        errors << QStringLiteral("type: \"%1\" is not a valid choice.").arg(type);
    for (const char *key : { "name", "title" }) {
        const QString value = body->value(QLatin1String(key)).toString();
        if (value.size() > 100)
            errors << QStringLiteral("%1: Ensure this field has no more than 100 characters.").arg(QLatin1String(key));
    }
    if (body->value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors << QStringLiteral("name: This field is required.");
    if (!body->contains(QStringLiteral("description")))
        errors << QStringLiteral("description: This field is required.");
    QJsonObject fields = *body;
    fields.insert(QStringLiteral("type"), type);
    const QString documentType
        = body->value(QStringLiteral("document_type")).toString(QStringLiteral("uploaded")).toLower();
    if (documentType != QLatin1String("uploaded") && documentType != QLatin1String("external")
        && documentType != QLatin1String("none"))
        errors << QStringLiteral("document_type: \"%1\" is not a valid choice.").arg(documentType);
    if (documentType == QLatin1String("external") && body->value(QStringLiteral("link")).toString().isEmpty())
        errors << QStringLiteral("link: This field is required for an external document.");
    const QString mpId = body->value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString();
    if (!mpId.isEmpty()) {
        const auto mp = context.store().get(QStringLiteral("marketplaces"), mpId);
        if (!mp)
            errors << QStringLiteral("marketplace: Marketplace %1 does not exist.").arg(mpId);
        else
            fields.insert(QStringLiteral("marketplace"), iconReference(*mp));
    } else if (type == QLatin1String("distribution")) {
        errors << QStringLiteral("marketplace: This field is required for a distribution agreement.");
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    fields.insert(QStringLiteral("document_type"), documentType);
    fields.insert(QStringLiteral("owner"), reference(context.account()));
    return ApiReply::json(newAgreement(context, fields), 201);
}

ApiReply updateAgreement(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    auto agreement = context.store().get(kAgreements, id);
    if (!agreement)
        return ApiReply::notFound(QStringLiteral("Agreement"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    QStringList errors;
    for (const char *key : { "name", "title", "description" }) {
        const QString k = QLatin1String(key);
        if (!body->contains(k))
            continue;
        const QString value = body->value(k).toString();
        if (k != QLatin1String("description") && value.size() > 100)
            errors << QStringLiteral("%1: Ensure this field has no more than 100 characters.").arg(k);
        if (k == QLatin1String("name") && value.trimmed().isEmpty())
            errors << QStringLiteral("name: This field may not be blank.");
        agreement->insert(k, value);
    }
    for (const char *key : { "auto_accept", "active" }) {
        if (body->contains(QLatin1String(key)))
            agreement->insert(QLatin1String(key), body->value(QLatin1String(key)).toBool());
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    touch(context, *agreement);
    return ApiReply::json(*agreement);
}

/// The vendor enrols in an agreement: its contract starts "enrolling", or "active" at once when the agreement
/// accepts automatically (auto_accept). One open or active contract per agreement and vendor.
ApiReply enrol(SandboxContext &context, ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("agreement_id"));
    const auto agreement = context.store().get(kAgreements, id);
    if (!agreement)
        return ApiReply::notFound(QStringLiteral("Agreement"), id);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const QString vendor = context.account().value(QStringLiteral("id")).toString();
    for (const QJsonObject &existing : context.store().findBy(kContracts, QStringLiteral("agreement.id"), id)) {
        const QString status = existing.value(QStringLiteral("status")).toString();
        if (existing.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString() == vendor
            && status != QLatin1String("terminated") && status != QLatin1String("rejected"))
            return ApiReply::error(400, QStringLiteral("CT_001"),
                { QStringLiteral("Account %1 already has contract %2 (%3) on agreement %4.")
                        .arg(vendor, existing.value(QStringLiteral("id")).toString(), status, id) });
    }
    if (!agreement->value(QStringLiteral("active")).toBool(true))
        return ApiReply::error(
            400, QStringLiteral("CT_004"), { QStringLiteral("Agreement %1 is not open for enrolment.").arg(id) });
    QJsonObject contract = newContract(context, *agreement,
        agreement->value(QStringLiteral("auto_accept")).toBool() ? QStringLiteral("active")
                                                                 : QStringLiteral("enrolling"));
    if (body->contains(QStringLiteral("note"))) {
        contract.insert(QStringLiteral("note"), body->value(QStringLiteral("note")).toString());
        context.store().put(kContracts, contract);
    }
    return ApiReply::json(contract, 201);
}

void registerAgreements(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/agreements"),
        [&context](ApiRequest &request) { return context.list(request, kAgreements); });
    router.add(Method::Post, QStringLiteral("/agreements"),
        [&context](ApiRequest &request) { return createAgreement(context, request); });
    router.add(Method::Get, QStringLiteral("/agreements/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kAgreements, request.param(QStringLiteral("id")), QStringLiteral("Agreement"));
    });
    router.add(Method::Put, QStringLiteral("/agreements/{id}"),
        [&context](ApiRequest &request) { return updateAgreement(context, request); });
    router.add(Method::Delete, QStringLiteral("/agreements/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        if (!context.store().get(kAgreements, id))
            return ApiReply::notFound(QStringLiteral("Agreement"), id);
        if (!context.store().findBy(kContracts, QStringLiteral("agreement.id"), id).isEmpty())
            return ApiReply::error(400, QStringLiteral("AGR_001"),
                { QStringLiteral("Agreement %1 has contracts and cannot be deleted.").arg(id) });
        for (const QJsonObject &version : context.store().all(kVersions, id))
            context.store().remove(kVersions, version.value(QStringLiteral("id")).toString());
        context.store().remove(kAgreements, id);
        return ApiReply::noContent();
    });
    router.add(Method::Get, QStringLiteral("/agreements/{id}/document"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        const auto agreement = context.store().get(kAgreements, id);
        if (!agreement)
            return ApiReply::notFound(QStringLiteral("Agreement"), id);
        QJsonObject current = agreement->value(QStringLiteral("version")).toObject();
        current.insert(QStringLiteral("document_type"), agreement->value(QStringLiteral("document_type")));
        return documentOf(request, current, QStringLiteral("Agreement %1").arg(id));
    });
    router.add(Method::Get, QStringLiteral("/agreements/{agreement_id}/agreements"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("agreement_id"));
        if (!context.store().get(kAgreements, id))
            return ApiReply::notFound(QStringLiteral("Agreement"), id);
        return plainList(context.store().findBy(kAgreements, QStringLiteral("parent.id"), id));
    });
    router.add(Method::Get, QStringLiteral("/agreements/{agreement_id}/contracts"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("agreement_id"));
        if (!context.store().get(kAgreements, id))
            return ApiReply::notFound(QStringLiteral("Agreement"), id);
        return plainList(context.store().findBy(kContracts, QStringLiteral("agreement.id"), id));
    });
    router.add(Method::Post, QStringLiteral("/agreements/{agreement_id}/contracts"),
        [&context](ApiRequest &request) { return enrol(context, request); });
}

void registerVersions(Router &router, SandboxContext &context)
{
    const QString aid = QStringLiteral("agreement_id");
    router.add(
        Method::Get, QStringLiteral("/agreements/{agreement_id}/versions"), [&context, aid](ApiRequest &request) {
            if (!context.store().get(kAgreements, request.param(aid)))
                return ApiReply::notFound(QStringLiteral("Agreement"), request.param(aid));
            return context.list(request, kVersions, request.param(aid), versionView);
        });
    router.add(
        Method::Post, QStringLiteral("/agreements/{agreement_id}/versions"), [&context, aid](ApiRequest &request) {
            auto agreement = context.store().get(kAgreements, request.param(aid));
            if (!agreement)
                return ApiReply::notFound(QStringLiteral("Agreement"), request.param(aid));
            ApiReply error;
            const auto body = context.jsonBody(request, error);
            if (!body)
                return error;
            const QString type = body->value(QStringLiteral("document_type")).toString().toLower();
            QStringList errors;
            if (type.isEmpty())
                errors << QStringLiteral("document_type: This field is required.");
            else if (type != QLatin1String("uploaded") && type != QLatin1String("external")
                && type != QLatin1String("none"))
                errors << QStringLiteral("document_type: \"%1\" is not a valid choice.").arg(type);
            const QString link = body->value(QStringLiteral("link")).toString();
            if (type == QLatin1String("external") && link.isEmpty())
                errors << QStringLiteral("link: This field is required for an external document.");
            if (link.size() > 200)
                errors << QStringLiteral("link: Ensure this field has no more than 200 characters.");
            if (!errors.isEmpty())
                return ApiReply::validation(errors);
            int number = 0;
            for (const QJsonObject &v : context.store().all(kVersions, request.param(aid)))
                number = std::max(number, v.value(QStringLiteral("version")).toInt());
            const QJsonObject version = addVersion(
                context, *agreement, number + 1, type, link, body->value(QStringLiteral("active")).toBool(false));
            touch(context, *agreement);
            return ApiReply::json(versionView(version), 201);
        });
    const auto findVersion = [&context, aid](const ApiRequest &request) {
        return context.store().get(
            kVersions, QStringLiteral("%1:v%2").arg(request.param(aid), request.param(QStringLiteral("version"))));
    };
    router.add(Method::Get, QStringLiteral("/agreements/{agreement_id}/versions/{version}"),
        [findVersion](ApiRequest &request) {
            const auto version = findVersion(request);
            return version ? ApiReply::json(versionView(*version))
                           : ApiReply::notFound(QStringLiteral("Version"), request.param(QStringLiteral("version")));
        });
    router.add(Method::Get, QStringLiteral("/agreements/{agreement_id}/versions/{version}/document"),
        [findVersion](ApiRequest &request) {
            const auto version = findVersion(request);
            if (!version)
                return ApiReply::notFound(QStringLiteral("Version"), request.param(QStringLiteral("version")));
            return documentOf(
                request, *version, QStringLiteral("Version %1").arg(request.param(QStringLiteral("version"))));
        });
    router.add(Method::Delete, QStringLiteral("/agreements/{agreement_id}/versions/{version}"),
        [&context, aid, findVersion](ApiRequest &request) {
            const auto version = findVersion(request);
            if (!version)
                return ApiReply::notFound(QStringLiteral("Version"), request.param(QStringLiteral("version")));
            if (version->value(QStringLiteral("active")).toBool())
                return ApiReply::error(400, QStringLiteral("AGR_002"),
                    { QStringLiteral("The active version of an agreement cannot be deleted.") });
            context.store().remove(kVersions, version->value(QStringLiteral("id")).toString());
            if (auto agreement = context.store().get(kAgreements, request.param(aid))) {
                QJsonObject stats = agreement->value(QStringLiteral("stats")).toObject();
                stats.insert(QStringLiteral("versions"), int(context.store().count(kVersions, request.param(aid))));
                agreement->insert(QStringLiteral("stats"), stats);
                touch(context, *agreement);
            }
            return ApiReply::noContent();
        });
    router.add(Method::Post, QStringLiteral("/agreements/{agreement_id}/versions/{version}/activate"),
        [&context, aid, findVersion](ApiRequest &request) {
            auto version = findVersion(request);
            auto agreement = context.store().get(kAgreements, request.param(aid));
            if (!version || !agreement)
                return ApiReply::notFound(QStringLiteral("Version"), request.param(QStringLiteral("version")));
            if (version->value(QStringLiteral("active")).toBool())
                return ApiReply::error(400, QStringLiteral("AGR_003"),
                    { QStringLiteral("Version %1 is already active.").arg(request.param(QStringLiteral("version"))) });
            const QJsonObject activated
                = addVersion(context, *agreement, version->value(QStringLiteral("version")).toInt(),
                    version->value(QStringLiteral("document_type")).toString(),
                    version->value(QStringLiteral("link")).toString(), true,
                    version->value(QStringLiteral("file")).toString());
            touch(context, *agreement);
            return ApiReply::json(versionView(activated));
        });
}

} // namespace

QJsonObject newAgreement(SandboxContext &context, const QJsonObject &fields)
{
    const QString type = fields.value(QStringLiteral("type")).toString();
    const QString id = context.store().newId(kAgreements, agreementPrefix(type) + QStringLiteral("-###-###-###"));
    const QString name = fields.value(QStringLiteral("name")).toString();
    QJsonObject agreement { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("title"), fields.value(QStringLiteral("title")).toString(name) },
        { QStringLiteral("name"), name },
        { QStringLiteral("description"), fields.value(QStringLiteral("description")).toString() },
        { QStringLiteral("owner"), fields.value(QStringLiteral("owner")).toObject(reference(provider(context))) },
        { QStringLiteral("stats"),
            QJsonObject { { QStringLiteral("contracts"), 0 }, { QStringLiteral("versions"), 0 } } },
        { QStringLiteral("active"), true },
        { QStringLiteral("auto_accept"), fields.value(QStringLiteral("auto_accept")).toBool(false) },
        { QStringLiteral("forms"),
            QJsonObject { { QStringLiteral("enroll"), QJsonValue::Null },
                { QStringLiteral("product"), QJsonValue::Null }, { QStringLiteral("item"), QJsonValue::Null } } } };
    // Program and service agreements have no marketplace or parent; Connect still shows the keys (null).
    for (const char *key : { "marketplace", "parent" })
        agreement.insert(QLatin1String(key),
            fields.value(QLatin1String(key)).isObject() ? fields.value(QLatin1String(key)) : QJsonValue());
    context.stamp(agreement, QStringLiteral("created"));
    const QString created = agreement.value(QStringLiteral("events"))
                                .toObject()
                                .value(QStringLiteral("created"))
                                .toObject()
                                .value(QStringLiteral("at"))
                                .toString();
    agreement.insert(QStringLiteral("created"), created);
    agreement.insert(QStringLiteral("updated"), created);
    addVersion(context, agreement, 1,
        fields.value(QStringLiteral("document_type")).toString(QStringLiteral("uploaded")),
        fields.value(QStringLiteral("link")).toString(), true);
    context.store().put(kAgreements, agreement);
    return agreement;
}

QJsonObject addAgreementVersion(SandboxContext &context, const QString &agreementId, const QString &extension,
    const QByteArray &contentType, const QByteArray &document, bool active)
{
    auto agreement = context.store().get(kAgreements, agreementId);
    if (!agreement)
        return {};
    int number = 0;
    for (const QJsonObject &v : context.store().all(kVersions, agreementId))
        number = std::max(number, v.value(QStringLiteral("version")).toInt());
    const QString file = documentPath(agreementId, number + 1, extension);
    context.store().putBlob(file, contentType, document);
    const QJsonObject version
        = addVersion(context, *agreement, number + 1, QStringLiteral("uploaded"), QString(), active, file);
    touch(context, *agreement);
    return versionView(version);
}

void registerAgreementRoutes(Router &router, SandboxContext &context)
{
    registerAgreements(router, context);
    registerVersions(router, context);
}

} // namespace cv::sandbox::market
