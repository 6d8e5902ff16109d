#pragma once

#include "app/core/result.h"
#include "app/listings/listingrules.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace cv::store {
class CacheDatabase;
class LocalChanges;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::listings {

/// Why a listing action was refused; the UI words it.
struct ListingError
{
    enum Code {
        NotFound, ///< no such product, listing or request in the cache
        NotListable, ///< the product is not published
        MarketplaceRefused, ///< see `refusal` and `detail`
        NotAllowed, ///< the request's `state` does not allow the action
        StorageFailed, ///< the cache refused the write (`detail`)
    };
    Code code = StorageFailed;
    Refusal refusal = Refusal::None;
    QString detail;
};

/// The vendor's listing requests, drafted offline: each is created in the cache at once (state "draft", a local
/// id) and queued in the outbox with the actions that follow it (submit), so the sync creates and submits it
/// when the account is back online. The checks are the server's (REFERENCE §3.20), run on the cache.
class ListingActions final
{
public:
    ListingActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~ListingActions();

    /// The choices of "Create listing" for `productId`, from the cache.
    QList<MarketplaceChoice> choicesFor(const QString &productId) const;

    /// A "new" request for `productId` on `marketplaceId` (with the marketplace's active distribution contract),
    /// submitted when `submit`. Returns the request's (local) id.
    core::Result<QString, ListingError> requestListing(
        const QString &productId, const QString &marketplaceId, const QString &note, bool submit);
    /// An "update" or "remove" request for a listed listing, submitted when `submit`.
    core::Result<QString, ListingError> requestChange(
        const QString &listingId, const QString &type, const QString &note, bool submit);
    /// "submit", "refine" or "cancel" on a listing request.
    core::Result<QString, ListingError> run(const QString &requestId, const QString &action);

    /// True while the request has changes the server has not confirmed.
    bool isWaitingForSync(const QString &requestId) const;

private:
    core::Result<QString, ListingError> create(const QJsonObject &shown, const QJsonObject &body, bool submit);

    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<store::LocalChanges> m_changes;
};

} // namespace cv::listings
