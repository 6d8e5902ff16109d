#include "ui/apimodule/integrationlabels.h"

#include "ui/shell/moduleinfo.h"

namespace cv::ui {

QHash<QString, QString> IntegrationLabels::tokenStatuses()
{
    return { { QStringLiteral("active"), tr("Active", "status of a token or webhook") },
        { QStringLiteral("inactive"), tr("Inactive") },
        { QStringLiteral("pending"), tr("Pending", "status of a token or webhook") },
        { QStringLiteral("deleted"), tr("Deleted") }, { QStringLiteral("expiring"), tr("Expiring") },
        { QStringLiteral("expired"), tr("Expired") }, { QStringLiteral("revitalised"), tr("Renewed") } };
}

QHash<QString, QString> IntegrationLabels::webhookStatuses()
{
    return { { QStringLiteral("active"), tr("Enabled") }, { QStringLiteral("inactive"), tr("Disabled") } };
}

QHash<QString, QString> IntegrationLabels::objectClasses()
{
    return { { QStringLiteral("fulfillment_request"), tr("Fulfillment requests") },
        { QStringLiteral("tier_config_request"), tr("Tier configuration requests") },
        { QStringLiteral("tier_account_request"), tr("Tier account requests") },
        { QStringLiteral("listing_request"), tr("Listing requests") },
        { QStringLiteral("billing_request"), tr("Billing requests") },
        { QStringLiteral("usage_file"), tr("Usage files") } };
}

QHash<QString, QString> IntegrationLabels::triggerTypes()
{
    return { { QStringLiteral("event"), tr("Any change (event)") },
        { QStringLiteral("validator"), tr("Draft validation") },
        { QStringLiteral("inquiring_validator"), tr("Inquiring validation") },
        { QStringLiteral("change_validator"), tr("Change validation") },
        { QStringLiteral("change_inquiring_validator"), tr("Change inquiring validation") },
        { QStringLiteral("renew_validator"), tr("Renewal validation") },
        { QStringLiteral("renew_inquiring_validator"), tr("Renewal inquiring validation") },
        { QStringLiteral("transfer_validator"), tr("Transfer validation") },
        { QStringLiteral("transfer_inquiring_validator"), tr("Transfer inquiring validation") },
        { QStringLiteral("draft_tcr_t1_val"), tr("Draft tier 1 configuration validation") },
        { QStringLiteral("draft_tcr_t2_val"), tr("Draft tier 2 configuration validation") },
        { QStringLiteral("tcr_setup_t1_inq_val"), tr("Tier 1 setup inquiring validation") },
        { QStringLiteral("tcr_setup_t2_inq_val"), tr("Tier 2 setup inquiring validation") },
        { QStringLiteral("tcr_update_t1_validator"), tr("Tier 1 update validation") },
        { QStringLiteral("tcr_update_t2_validator"), tr("Tier 2 update validation") },
        { QStringLiteral("tcr_update_t1_inq_val"), tr("Tier 1 update inquiring validation") },
        { QStringLiteral("tcr_update_t2_inq_val"), tr("Tier 2 update inquiring validation") } };
}

QHash<QString, QString> IntegrationLabels::permissions()
{
    QHash<QString, QString> labels;
    for (const core::ModuleId id : core::allModules())
        labels.insert(core::moduleKey(id), ModuleInfo::title(id));
    return labels;
}

QHash<QString, QString> IntegrationLabels::syncStates()
{
    return { { QStringLiteral("0"), QString() }, { QStringLiteral("1"), tr("Waiting for sync") },
        { QStringLiteral("2"), tr("Refused") } };
}

QString IntegrationLabels::problem(const apimodule::FieldProblem &problem)
{
    using Code = apimodule::FieldProblem::Code;
    switch (problem.code) {
    case Code::Required: return tr("Required.");
    case Code::TooLong: return tr("Use at most %n characters.", nullptr, problem.limit);
    case Code::NotAChoice: return tr("Choose one of the list.");
    case Code::NotHttpUrl:
        return tr("Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.");
    case Code::BadHeaderLine: return tr("Line %1: write each header as \"Name: value\".").arg(problem.limit);
    case Code::BadHeaderName:
        return tr("Line %1: \"%2\" is not a header name (letters, digits and - only).")
            .arg(problem.limit)
            .arg(problem.message);
    case Code::None: break;
    }
    return tr("Connect says: %1").arg(problem.message);
}

QString IntegrationLabels::refusal(const QString &recorded)
{
    const int status = apimodule::statusOfRefusal(recorded);
    QStringList messages;
    for (const apimodule::FieldProblem &problem : apimodule::problemsInRefusal(recorded))
        messages << (problem.field.isEmpty() ? problem.message
                                             : problem.field + QStringLiteral(": ") + problem.message);
    const QString what = messages.join(QLatin1Char(' '));
    switch (status) {
    case 401: return tr("Connect did not accept the API key (401). Check the key in the account settings.");
    case 403:
        return tr("Not allowed: the API key this app uses has no permission for this (Connect answered 403). "
                  "Give the key's token this module's permission, or use another key. %1")
            .arg(what);
    case 404: return tr("Connect no longer has this object (404): it was deleted elsewhere. %1").arg(what);
    case 409: return tr("Conflict: someone changed this on Connect at the same time (409). %1").arg(what);
    default: break;
    }
    if (status >= 400 && status < 500)
        return tr("Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect's "
                  "version.")
            .arg(status)
            .arg(what);
    return tr("Connect refused this change: %1").arg(recorded);
}

QString IntegrationLabels::verdict(const apimodule::DeliveryVerdict &verdict)
{
    using Problem = apimodule::DeliveryVerdict::Problem;
    switch (verdict.problem) {
    case Problem::None: return tr("Valid: the token is signed with this webhook's secret and the body matches it.");
    case Problem::NoSecret: return tr("Choose a webhook whose secret to check with (or paste the secret).");
    case Problem::NoAuthorization: return tr("Refused: the delivery has no Authorization header.");
    case Problem::NotBearer: return tr("Refused: the Authorization header is not \"Bearer <token>\".");
    case Problem::Malformed: return tr("Refused: the Bearer token is not a JSON Web Token (%1).").arg(verdict.detail);
    case Problem::Algorithm:
        return tr("Refused: the token is signed with \"%1\"; Connect signs with HS256 only.").arg(verdict.detail);
    case Problem::Signature:
        return tr("Refused: the signature does not match. The token was changed on the way, or signed with another "
                  "secret.");
    case Problem::Expired: return tr("Refused: the token expired at %1 (UTC).").arg(verdict.detail);
    case Problem::NotYetValid: return tr("Refused: the token is not valid before %1 (UTC).").arg(verdict.detail);
    case Problem::BodyDiffers:
        if (verdict.fields.isEmpty()) // the only other case: the body is not a JSON object
            return tr("Refused: the body is not a JSON object, so it cannot be checked against the signed token.");
        //: %1 lists the body's fields, e.g. "id, status".
        return tr("Refused: the body does not match the signed token. These fields have other values than the "
                  "signed ones: %1.")
            .arg(verdict.fields.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace cv::ui
