// Contracts and their status flow (REFERENCE §3.18): new -enroll-> enrolling -enroll-> pending -sign->
// active -terminate-> terminated, with refine and reject; counters on agreements and marketplaces.
#include "sandbox/api/marketparts.h"
#include "sandbox/api/router.h"
#include "sandbox/api/sandboxcontext.h"

#include <QJsonArray>

#include <functional>

namespace cv::sandbox::market {

namespace {

const QString kAgreements = QStringLiteral("agreements");
const QString kContracts = QStringLiteral("contracts");

/// Keeps the counters of agreements and marketplaces in step with a contract's status.
void countContract(SandboxContext &context, const QJsonObject &contract, int delta, bool activeChange)
{
    const QString agreementId
        = contract.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("id")).toString();
    if (auto agreement = context.store().get(kAgreements, agreementId); agreement && delta != 0) {
        QJsonObject stats = agreement->value(QStringLiteral("stats")).toObject();
        stats.insert(QStringLiteral("contracts"), stats.value(QStringLiteral("contracts")).toInt() + delta);
        agreement->insert(QStringLiteral("stats"), stats);
        context.store().put(kAgreements, *agreement);
    }
    const QString mpId
        = contract.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString();
    if (auto mp = context.store().get(QStringLiteral("marketplaces"), mpId)) {
        QJsonObject stats = mp->value(QStringLiteral("stats")).toObject();
        stats.insert(QStringLiteral("contracts"), stats.value(QStringLiteral("contracts")).toInt() + delta);
        mp->insert(QStringLiteral("stats"), stats);
        if (activeChange)
            mp->insert(QStringLiteral("active_contracts"),
                mp->value(QStringLiteral("active_contracts")).toInt()
                    + (contract.value(QStringLiteral("status")).toString() == QLatin1String("active") ? 1 : -1));
        context.store().put(QStringLiteral("marketplaces"), *mp);
    }
}

struct Transition
{
    const char *action;
    const char *past;
    QStringList from;
    std::function<QString(const QString &)> to;
};

/// The contract flow by the status enum: new -enroll-> enrolling -enroll-> pending -sign-> active
/// -terminate-> terminated; refine sends a pending contract back to enrolling; reject ends it.
const QList<Transition> &contractTransitions()
{
    static const QList<Transition> transitions {
        { "enroll", "enrolled", { QStringLiteral("new"), QStringLiteral("enrolling") },
            [](const QString &from) {
                return from == QLatin1String("new") ? QStringLiteral("enrolling") : QStringLiteral("pending");
            } },
        { "refine", "refined", { QStringLiteral("pending") },
            [](const QString &) { return QStringLiteral("enrolling"); } },
        { "reject", "rejected", { QStringLiteral("new"), QStringLiteral("enrolling"), QStringLiteral("pending") },
            [](const QString &) { return QStringLiteral("rejected"); } },
        { "sign", "signed", { QStringLiteral("pending") }, [](const QString &) { return QStringLiteral("active"); } },
        { "terminate", "terminated", { QStringLiteral("active") },
            [](const QString &) { return QStringLiteral("terminated"); } },
    };
    return transitions;
}

ApiReply transitionContract(SandboxContext &context, ApiRequest &request, const Transition &transition)
{
    const QString id = request.param(QStringLiteral("id"));
    auto contract = context.store().get(kContracts, id);
    if (!contract)
        return ApiReply::notFound(QStringLiteral("Contract"), id);
    const QString status = contract->value(QStringLiteral("status")).toString();
    const QString action = QLatin1String(transition.action);
    // An agreement's newer active version is signed on the active contract: it moves to that version.
    const int activeVersion
        = context.store()
              .get(kAgreements,
                  contract->value(QStringLiteral("agreement")).toObject().value(QStringLiteral("id")).toString())
              .value_or(QJsonObject {})
              .value(QStringLiteral("version"))
              .toObject()
              .value(QStringLiteral("version"))
              .toInt();
    const bool signsNewVersion = action == QLatin1String("sign") && status == QLatin1String("active")
        && contract->value(QStringLiteral("version")).toInt() < activeVersion;
    if (!transition.from.contains(status) && !signsNewVersion)
        return ApiReply::badTransition(
            QStringLiteral("CT_002"), QStringLiteral("Contract %1").arg(id), QLatin1String(transition.past), status);
    ApiReply error;
    const auto body = context.jsonBody(request, error);
    if (!body)
        return error;
    const QString to = signsNewVersion ? status : transition.to(status);
    contract->insert(QStringLiteral("status"), to);
    if (action == QLatin1String("sign") && activeVersion > 0) {
        contract->insert(QStringLiteral("version"), activeVersion);
        contract->insert(QStringLiteral("version_created"), context.now());
    }
    if (action == QLatin1String("enroll") && to == QLatin1String("pending"))
        contract->insert(QStringLiteral("enrolled"), context.now());
    if (action == QLatin1String("sign")) {
        contract->insert(QStringLiteral("signee"), context.actor());
        context.stamp(*contract, QStringLiteral("signed"));
    } else if (action == QLatin1String("terminate")) {
        contract->insert(
            QStringLiteral("termination_note"), body->value(QStringLiteral("termination_note")).toString());
        context.stamp(*contract, QStringLiteral("terminated"));
    } else {
        if (body->contains(QStringLiteral("note")))
            contract->insert(QStringLiteral("note"), body->value(QStringLiteral("note")).toString());
        context.stamp(*contract, QStringLiteral("updated"));
    }
    context.store().put(kContracts, *contract);
    if ((action == QLatin1String("sign") && !signsNewVersion) || action == QLatin1String("terminate"))
        countContract(context, *contract, 0, true);
    return ApiReply::json(*contract);
}

} // namespace

void registerContractRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/contracts"),
        [&context](ApiRequest &request) { return context.list(request, kContracts); });
    router.add(Method::Get, QStringLiteral("/contracts/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(kContracts, request.param(QStringLiteral("id")), QStringLiteral("Contract"));
    });
    router.add(Method::Put, QStringLiteral("/contracts/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        auto contract = context.store().get(kContracts, id);
        if (!contract)
            return ApiReply::notFound(QStringLiteral("Contract"), id);
        ApiReply error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        for (const char *key : { "name", "note" }) {
            if (body->contains(QLatin1String(key)))
                contract->insert(QLatin1String(key), body->value(QLatin1String(key)).toString());
        }
        if (contract->value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return ApiReply::validation({ QStringLiteral("name: This field may not be blank.") });
        context.stamp(*contract, QStringLiteral("updated"));
        context.store().put(kContracts, *contract);
        return ApiReply::json(*contract);
    });
    router.add(Method::Delete, QStringLiteral("/contracts/{id}"), [&context](ApiRequest &request) {
        const QString id = request.param(QStringLiteral("id"));
        const auto contract = context.store().get(kContracts, id);
        if (!contract)
            return ApiReply::notFound(QStringLiteral("Contract"), id);
        const QString status = contract->value(QStringLiteral("status")).toString();
        if (status != QLatin1String("new") && status != QLatin1String("enrolling"))
            return ApiReply::badTransition(
                QStringLiteral("CT_003"), QStringLiteral("Contract %1").arg(id), QStringLiteral("deleted"), status);
        context.store().remove(kContracts, id);
        countContract(context, *contract, -1, false);
        return ApiReply::noContent();
    });
    for (const Transition &transition : contractTransitions()) {
        router.add(Method::Post, QStringLiteral("/contracts/{id}/") + QLatin1String(transition.action),
            [&context, &transition](ApiRequest &request) { return transitionContract(context, request, transition); });
    }
}

QJsonObject newContract(SandboxContext &context, const QJsonObject &agreement, const QString &status)
{
    const QString type = agreement.value(QStringLiteral("type")).toString();
    const QString prefix = type == QLatin1String("program") ? QStringLiteral("CRP")
        : type == QLatin1String("distribution")             ? QStringLiteral("CRD")
                                                            : QStringLiteral("CRS");
    const QJsonObject vendor = reference(context.account());
    const QJsonObject issuer = agreement.value(QStringLiteral("owner")).toObject();
    QJsonObject contract { { QStringLiteral("id"),
                               context.store().newId(kContracts, prefix + QStringLiteral("-#####-#####-#####")) },
        { QStringLiteral("type"), type },
        { QStringLiteral("version"),
            agreement.value(QStringLiteral("version")).toObject().value(QStringLiteral("version")).toInt(1) },
        { QStringLiteral("status"), status }, { QStringLiteral("owner"), vendor }, { QStringLiteral("issuer"), issuer },
        { QStringLiteral("creator"), issuer },
        { QStringLiteral("name"),
            QStringLiteral("Contract of %1").arg(agreement.value(QStringLiteral("name")).toString()) },
        { QStringLiteral("agreement"), reference(agreement) }, { QStringLiteral("latest"), true },
        { QStringLiteral("activation"), QJsonObject { { QStringLiteral("message"), QString() } } },
        { QStringLiteral("kind"), QStringLiteral("production") }, { QStringLiteral("expire_at"), QJsonValue::Null },
        { QStringLiteral("note"), QString() }, { QStringLiteral("termination_note"), QString() },
        { QStringLiteral("signee"), QJsonValue::Null } };
    if (agreement.value(QStringLiteral("marketplace")).isObject())
        contract.insert(QStringLiteral("marketplace"), agreement.value(QStringLiteral("marketplace")));
    context.stamp(contract, QStringLiteral("created"));
    contract.insert(QStringLiteral("version_created"), context.now());
    if (status == QLatin1String("active")) {
        contract.insert(QStringLiteral("enrolled"), context.now());
        contract.insert(QStringLiteral("signee"), context.actor());
        context.stamp(contract, QStringLiteral("signed"));
        QJsonObject events = contract.value(QStringLiteral("events")).toObject();
        events.insert(QStringLiteral("countersigned"),
            QJsonObject { { QStringLiteral("at"), context.now() }, { QStringLiteral("by"), issuer } });
        contract.insert(QStringLiteral("events"), events);
    }
    context.store().put(kContracts, contract);
    countContract(context, contract, 1, status == QLatin1String("active"));
    return contract;
}

} // namespace cv::sandbox::market
