#include "ui/listings/listinglabels.h"

#include "ui/agreements/agreementlabels.h"

namespace cv::ui {

QString ListingLabels::word(const QString &raw)
{
    if (raw == QLatin1String("listed"))
        return tr("Listed");
    if (raw == QLatin1String("unlisted"))
        return tr("Not listed");
    if (raw == QLatin1String("new"))
        return tr("New listing");
    if (raw == QLatin1String("update"))
        return tr("Update");
    if (raw == QLatin1String("remove"))
        return tr("Removal");
    if (raw == QLatin1String("draft"))
        return tr("Draft");
    if (raw == QLatin1String("reviewing"))
        return tr("In review");
    if (raw == QLatin1String("deploying"))
        return tr("Deploying");
    if (raw == QLatin1String("completed"))
        return tr("Completed");
    if (raw == QLatin1String("canceled"))
        return tr("Canceled");
    return raw;
}

QString ListingLabels::cell(listings::Cell cell)
{
    switch (cell) {
    case listings::Cell::Listed: return tr("Listed");
    case listings::Cell::Pending: return tr("Pending", "listing: a request to list the product waits for review");
    case listings::Cell::Available: return tr("Not listed");
    case listings::Cell::NotAllowed: return tr("Not allowed");
    }
    return {};
}

QString ListingLabels::refusal(listings::Refusal refusal, const QString &detail)
{
    switch (refusal) {
    case listings::Refusal::None: return {};
    case listings::Refusal::NoContract:
        return tr("No active distribution contract: enroll in the marketplace's distribution agreement under "
                  "Agreements first.");
    case listings::Refusal::ContractNotActive:
        return tr("The distribution contract is not active yet (%1).").arg(AgreementLabels::contractStatus(detail));
    case listings::Refusal::AlreadyListed: return tr("Already listed (%1).").arg(detail);
    case listings::Refusal::RequestPending: return tr("A listing request is already open (%1).").arg(detail);
    }
    return {};
}

QString ListingLabels::error(const listings::ListingError &error)
{
    switch (error.code) {
    case listings::ListingError::NotFound: return tr("%1 is not in this account's data.").arg(error.detail);
    case listings::ListingError::NotListable:
        return tr("Only published products can be listed (this one is %1).").arg(error.detail);
    case listings::ListingError::MarketplaceRefused: return refusal(error.refusal, error.detail);
    case listings::ListingError::NotAllowed: return tr("Not possible while its state is “%1”.").arg(word(error.detail));
    case listings::ListingError::StorageFailed: return tr("The change could not be saved: %1").arg(error.detail);
    }
    return {};
}

} // namespace cv::ui
