#include "ui/fulfillment/requestlabels.h"

namespace cv::ui {

QStringList RequestLabels::types()
{
    return { QStringLiteral("purchase"), QStringLiteral("change"), QStringLiteral("suspend"), QStringLiteral("resume"),
        QStringLiteral("cancel"), QStringLiteral("renew"), QStringLiteral("adjustment") };
}

QStringList RequestLabels::statuses()
{
    return { QStringLiteral("tiers_setup"), QStringLiteral("inquiring"), QStringLiteral("pending"),
        QStringLiteral("approved"), QStringLiteral("failed"), QStringLiteral("draft"), QStringLiteral("scheduled"),
        QStringLiteral("revoking"), QStringLiteral("revoked") };
}

QStringList RequestLabels::environments()
{
    return { QStringLiteral("production"), QStringLiteral("test"), QStringLiteral("preview") };
}

QHash<QString, QString> RequestLabels::typeLabels()
{
    // Request types are nouns (the kind of request), not buttons: "Cancel" is a cancellation request.
    return { { QStringLiteral("purchase"), tr("Purchase", "request type") },
        { QStringLiteral("change"), tr("Change", "request type: the customer changes a subscription") },
        { QStringLiteral("suspend"), tr("Suspend", "request type: the customer suspends a subscription") },
        { QStringLiteral("resume"), tr("Resume", "request type: the customer resumes a subscription") },
        { QStringLiteral("cancel"), tr("Cancel", "request type: the customer cancels a subscription") },
        { QStringLiteral("renew"), tr("Renew", "request type: the subscription is renewed") },
        { QStringLiteral("adjustment"), tr("Adjustment", "request type") } };
}

QHash<QString, QString> RequestLabels::statusLabels()
{
    return { { QStringLiteral("tiers_setup"), tr("Tiers setup") }, { QStringLiteral("inquiring"), tr("Inquiring") },
        { QStringLiteral("pending"), tr("Pending", "request status: waiting for the vendor") },
        { QStringLiteral("approved"), tr("Approved") }, { QStringLiteral("failed"), tr("Failed") },
        { QStringLiteral("draft"), tr("Draft") }, { QStringLiteral("scheduled"), tr("Scheduled") },
        { QStringLiteral("revoking"), tr("Revoking") }, { QStringLiteral("revoked"), tr("Revoked") } };
}

QHash<QString, QString> RequestLabels::environmentLabels()
{
    return { { QStringLiteral("production"), tr("Production") }, { QStringLiteral("test"), tr("Test") },
        { QStringLiteral("preview"), tr("Preview", "environment of a request (test, preview, production)") } };
}

QStringList RequestLabels::headers()
{
    return { tr("ID"), tr("Type"), tr("Status"), tr("Product"), tr("Customer"), tr("Marketplace"), tr("Environment"),
        tr("Assignee"), tr("Created", "column: when the request was created"), tr("Updated") };
}

QString RequestLabels::error(const fulfillment::ActionError &error, const QHash<QString, QString> &titles)
{
    using fulfillment::ActionError;
    QStringList names;
    for (const QString &id : error.parameters) {
        const QString name = titles.value(id, id);
        if (!names.contains(name))
            names << name;
    }
    switch (error.code) {
    case ActionError::NotFound: return tr("The request is no longer in the cache.");
    case ActionError::NotAllowed:
        //: %1 is the request's status as shown in the Status column ("Approved", "Failed"…).
        return tr("Not possible while the request's status is “%1”.").arg(status(error.status));
    case ActionError::TemplateRequired: return tr("Choose a template.");
    case ActionError::WrongTemplate: return tr("The template is not one of this product's templates for this action.");
    case ActionError::ReasonRequired: return tr("Give a reason for the customer.");
    case ActionError::MissingRequired:
        return tr("Fill in the required parameters first: %1.").arg(names.join(QStringLiteral(", ")));
    case ActionError::InvalidValues: return error.messages.join(QLatin1Char('\n'));
    case ActionError::NothingToInquire:
        return tr("Choose an inquire template or write a message on at least one parameter.");
    case ActionError::UserRequired: return tr("Your user is not known yet; sync first.");
    case ActionError::StorageFailed:
        return tr("The change could not be saved in the local cache: %1")
            .arg(error.messages.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace cv::ui
