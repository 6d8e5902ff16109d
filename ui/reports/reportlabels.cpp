#include "ui/reports/reportlabels.h"

#include <QHash>
#include <QLocale>

namespace cv::ui {

QString ReportLabels::name(const QString &id)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("fulfillment_requests"), QT_TR_NOOP("Fulfillment requests") },
        { QStringLiteral("fulfillment_request_lines"), QT_TR_NOOP("Fulfillment requests: line items") },
        { QStringLiteral("failed_requests"), QT_TR_NOOP("Requests failed with a vendor reason") },
        { QStringLiteral("billing_requests"), QT_TR_NOOP("Billing requests") },
        { QStringLiteral("billing_request_lines"), QT_TR_NOOP("Billing requests: line items") },
        { QStringLiteral("subscriptions"), QT_TR_NOOP("Subscriptions") },
        { QStringLiteral("tier_config_requests"), QT_TR_NOOP("Tier configuration requests") },
        { QStringLiteral("tier_configs"), QT_TR_NOOP("Tier configurations") },
        { QStringLiteral("tier_account_requests"), QT_TR_NOOP("Tier account requests") },
        { QStringLiteral("listing_requests"), QT_TR_NOOP("Listing requests") },
        { QStringLiteral("listings"), QT_TR_NOOP("Listings") },
        { QStringLiteral("customers"), QT_TR_NOOP("Customers") },
        { QStringLiteral("contracts"), QT_TR_NOOP("Contracts") },
        { QStringLiteral("usage_per_subscription"), QT_TR_NOOP("Usage per subscription") },
        { QStringLiteral("pending_sla"), QT_TR_NOOP("SLA of pending requests") },
        { QStringLiteral("helpdesk_cases"), QT_TR_NOOP("Helpdesk cases") },
    };
    const auto it = names.constFind(id);
    return it == names.constEnd() ? id : tr(*it);
}

QString ReportLabels::description(const QString &id)
{
    static const QHash<QString, const char *> texts {
        { QStringLiteral("fulfillment_requests"),
            QT_TR_NOOP("One row per request: customer and tiers, product, marketplace, connection, items and "
                       "parameters.") },
        { QStringLiteral("fulfillment_request_lines"),
            QT_TR_NOOP("One row per item of each request, with its quantity and the previous one.") },
        { QStringLiteral("failed_requests"), QT_TR_NOOP("Failed requests and the reason the vendor gave.") },
        { QStringLiteral("billing_requests"), QT_TR_NOOP("Vendor and provider billing requests with their period.") },
        { QStringLiteral("billing_request_lines"), QT_TR_NOOP("One row per billed item and cycle.") },
        { QStringLiteral("subscriptions"),
            QT_TR_NOOP("Subscriptions (assets) with their customer, billing period and next billing date.") },
        { QStringLiteral("tier_config_requests"), QT_TR_NOOP("Tier configuration requests of resellers.") },
        { QStringLiteral("tier_configs"), QT_TR_NOOP("Tier configurations and their accounts.") },
        { QStringLiteral("tier_account_requests"),
            QT_TR_NOOP("Changes of customer and reseller accounts sent to you to accept or ignore.") },
        { QStringLiteral("listing_requests"), QT_TR_NOOP("Requests to list products in marketplaces.") },
        { QStringLiteral("listings"), QT_TR_NOOP("Where the products are listed.") },
        { QStringLiteral("customers"), QT_TR_NOOP("Customers and resellers (tier accounts) with their contacts.") },
        { QStringLiteral("contracts"), QT_TR_NOOP("Program and distribution contracts.") },
        { QStringLiteral("usage_per_subscription"), QT_TR_NOOP("Usage records grouped by subscription.") },
        { QStringLiteral("pending_sla"),
            QT_TR_NOOP("Open requests with the days they have waited: ok up to 2 days, warning up to 5, then "
                       "overdue.") },
        { QStringLiteral("helpdesk_cases"), QT_TR_NOOP("Support cases with their state and dates.") },
    };
    const auto it = texts.constFind(id);
    return it == texts.constEnd() ? QString() : tr(*it);
}

QString ReportLabels::value(const QString &apiValue)
{
    static const QHash<QString, const char *> values {
        { QStringLiteral("pending"), QT_TR_NOOP("Pending") },
        { QStringLiteral("inquiring"), QT_TR_NOOP("Inquiring") },
        { QStringLiteral("approved"), QT_TR_NOOP("Approved") },
        { QStringLiteral("failed"), QT_TR_NOOP("Failed") },
        { QStringLiteral("draft"), QT_TR_NOOP("Draft") },
        { QStringLiteral("tiers_setup"), QT_TR_NOOP("Tiers setup") },
        { QStringLiteral("scheduled"), QT_TR_NOOP("Scheduled") },
        { QStringLiteral("revoking"), QT_TR_NOOP("Revoking") },
        { QStringLiteral("revoked"), QT_TR_NOOP("Revoked") },
        { QStringLiteral("purchase"), QT_TR_NOOP("Purchase") },
        { QStringLiteral("change"), QT_TR_NOOP("Change") },
        { QStringLiteral("suspend"), QT_TR_NOOP("Suspend") },
        { QStringLiteral("resume"), QT_TR_NOOP("Resume") },
        { QStringLiteral("cancel"), QT_TR_NOOP("Cancel") },
        { QStringLiteral("adjustment"), QT_TR_NOOP("Adjustment") },
        { QStringLiteral("renew"), QT_TR_NOOP("Renew") },
        { QStringLiteral("transfer"), QT_TR_NOOP("Transfer") },
        { QStringLiteral("active"), QT_TR_NOOP("Active") },
        { QStringLiteral("processing"), QT_TR_NOOP("Processing") },
        { QStringLiteral("terminating"), QT_TR_NOOP("Terminating") },
        { QStringLiteral("suspended"), QT_TR_NOOP("Suspended") },
        { QStringLiteral("terminated"), QT_TR_NOOP("Terminated") },
        { QStringLiteral("vendor"), QT_TR_NOOP("Vendor") },
        { QStringLiteral("provider"), QT_TR_NOOP("Provider") },
        { QStringLiteral("setup"), QT_TR_NOOP("Setup") },
        { QStringLiteral("update"), QT_TR_NOOP("Update") },
        { QStringLiteral("listed"), QT_TR_NOOP("Listed") },
        { QStringLiteral("unlisted"), QT_TR_NOOP("Unlisted") },
        { QStringLiteral("new"), QT_TR_NOOP("New") },
        { QStringLiteral("remove"), QT_TR_NOOP("Remove") },
        { QStringLiteral("reviewing"), QT_TR_NOOP("Reviewing") },
        { QStringLiteral("deploying"), QT_TR_NOOP("Deploying") },
        { QStringLiteral("completed"), QT_TR_NOOP("Completed") },
        { QStringLiteral("canceled"), QT_TR_NOOP("Canceled") },
        { QStringLiteral("customer"), QT_TR_NOOP("Customer") },
        { QStringLiteral("reseller"), QT_TR_NOOP("Reseller") },
        { QStringLiteral("distribution"), QT_TR_NOOP("Distribution") },
        { QStringLiteral("program"), QT_TR_NOOP("Program") },
        { QStringLiteral("service"), QT_TR_NOOP("Service") },
        { QStringLiteral("referral"), QT_TR_NOOP("Referral") },
        { QStringLiteral("enrolling"), QT_TR_NOOP("Enrolling") },
        { QStringLiteral("rejected"), QT_TR_NOOP("Rejected") },
        { QStringLiteral("valid"), QT_TR_NOOP("Valid") },
        { QStringLiteral("invalid"), QT_TR_NOOP("Invalid") },
        { QStringLiteral("closed"), QT_TR_NOOP("Closed") },
        { QStringLiteral("resolved"), QT_TR_NOOP("Resolved") },
        { QStringLiteral("technical"), QT_TR_NOOP("Technical") },
        { QStringLiteral("business"), QT_TR_NOOP("Business") },
        { QStringLiteral("test"), QT_TR_NOOP("Test") },
        { QStringLiteral("production"), QT_TR_NOOP("Production") },
        { QStringLiteral("preview"), QT_TR_NOOP("Preview") },
        { QStringLiteral("accepted"), QT_TR_NOOP("Accepted") },
        { QStringLiteral("ignored"), QT_TR_NOOP("Ignored") },
        { QStringLiteral("unsupported"), QT_TR_NOOP("Unsupported") },
    };
    const auto it = values.constFind(apiValue);
    return it == values.constEnd() ? apiValue : tr(*it);
}

QString ReportLabels::parameters(const reports::ReportParameters &params)
{
    QStringList parts;
    const QLocale locale;
    if (params.from.isValid() || params.to.isValid())
        parts << tr("%1 to %2")
                     .arg(params.from.isValid() ? locale.toString(params.from, QLocale::ShortFormat) : tr("start"),
                         params.to.isValid() ? locale.toString(params.to, QLocale::ShortFormat) : tr("today"));
    if (!params.productId.isEmpty())
        parts << params.productId;
    if (!params.marketplaceId.isEmpty())
        parts << params.marketplaceId;
    if (!params.requesterId.isEmpty())
        parts << params.requesterId;
    QStringList values;
    for (const QString &apiValue : params.types + params.statuses)
        values << value(apiValue);
    if (!values.isEmpty())
        parts << values.join(QStringLiteral(", "));
    if (!params.environment.isEmpty())
        parts << value(params.environment);
    return parts.isEmpty() ? tr("Everything") : parts.join(QStringLiteral(" · "));
}

} // namespace cv::ui
