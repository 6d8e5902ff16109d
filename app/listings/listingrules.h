#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::listings {

/// Why a product cannot be listed on a marketplace (the UI words it).
enum class Refusal {
    None,
    NoContract, ///< the account has no distribution contract for the marketplace
    ContractNotActive, ///< there is one, not active yet (`detail`: its status)
    AlreadyListed, ///< the product is listed there (`detail`: the listing id)
    RequestPending, ///< a listing request is open (`detail`: its id)
};

/// A marketplace offered in "Create listing" for one product.
struct MarketplaceChoice
{
    QString marketplaceId, marketplaceName;
    QString contractId; ///< the active distribution contract used for the request
    Refusal refusal = Refusal::None;
    QString detail;
    bool allowed() const { return refusal == Refusal::None; }
};

/// Every marketplace of `marketplaces`, with the account's distribution contract for it (from `contracts`) and
/// what stops `productId` from being listed there (its `listings` and open `requests`). Sorted by name.
QList<MarketplaceChoice> marketplaceChoices(const QString &productId, const QList<QJsonObject> &marketplaces,
    const QList<QJsonObject> &contracts, const QList<QJsonObject> &listings, const QList<QJsonObject> &requests);

/// A product that can be listed: published (Connect refuses drafts).
bool isListable(const QJsonObject &product);

/// One cell of the products x marketplaces matrix.
enum class Cell {
    Listed, ///< a listing with status "listed"
    Pending, ///< a listing request is open (draft, reviewing or deploying)
    Available, ///< an active distribution contract: it can be listed
    NotAllowed, ///< no active distribution contract for the marketplace
};
Cell cellOf(const MarketplaceChoice &choice, bool listed);

/// Listing request states that are still open.
bool isOpenState(const QString &state);
/// The states a vendor's listing request action is allowed from (REFERENCE §3.20), as the server enforces them:
/// "submit" (draft), "refine" (reviewing), "cancel" (draft, reviewing, deploying).
QStringList allowedFrom(const QString &action);
bool isAllowed(const QString &action, const QString &state);

/// The marketplace id of a listing or listing request (its own reference, else its contract's).
QString marketplaceIdOf(const QJsonObject &listingOrRequest);
QString productIdOf(const QJsonObject &listingOrRequest);

} // namespace cv::listings
