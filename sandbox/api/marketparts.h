#pragma once
// Shared pieces of the marketplace area (marketapi.cpp, agreementsapi.cpp, listingsapi.cpp, usageapi.cpp):
// the registration functions of the split-out files and the object builders the seeds and the API share.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cv::sandbox {

class Router;
class SandboxContext;
struct ApiRequest;

namespace market {

void registerAgreementRoutes(Router &router, SandboxContext &context); // agreementsapi.cpp
void registerListingRoutes(Router &router, SandboxContext &context); // listingsapi.cpp
void registerContractRoutes(Router &router, SandboxContext &context); // contractsapi.cpp

/// {id, name} of any object, as Connect nests references.
QJsonObject reference(const QJsonObject &object);
/// {id, name, icon} of a marketplace or product.
QJsonObject iconReference(const QJsonObject &object);
/// `http://<Host of the request><path>`: links the client follows (documents, templates) must be absolute.
QString absoluteUrl(const ApiRequest &request, const QString &path);

/// The provider account that owns the marketplaces (the distributor of the lab), created on first use.
QJsonObject provider(SandboxContext &context);

/// A new agreement with version 1 and its document. `fields` holds type, name, description and for
/// distribution agreements marketplace/parent references. Stores and returns it.
QJsonObject newAgreement(SandboxContext &context, const QJsonObject &fields);
/// Adds the next version of agreement `agreementId` with an uploaded document (`document`, stored as a blob named
/// `<id>-v<n>.<extension>`); `active` makes it the current version. Returns the version as the API shows it.
QJsonObject addAgreementVersion(SandboxContext &context, const QString &agreementId, const QString &extension,
    const QByteArray &contentType, const QByteArray &document, bool active);
/// A new marketplace (marketapi.cpp; `body` as POST /marketplaces takes it). Stores and returns it.
QJsonObject createMarketplace(SandboxContext &context, const QJsonObject &body);
/// A new contract on `agreement` in `status` (active ones carry events.signed). Stores and returns it.
QJsonObject newContract(SandboxContext &context, const QJsonObject &agreement, const QString &status);
/// A listing of `product` under a distribution `contract`, in `status` (listed/unlisted). Stores it.
QJsonObject newListing(
    SandboxContext &context, const QJsonObject &product, const QJsonObject &contract, const QString &status);
/// The listing request actions (POST /listing-requests/{id}/<action>), vendor's and provider's, in the sandbox's own
/// table; and the states each is allowed from (empty for an unknown action). Read by rules_agreement, which
/// compares them with the client's copy (app/listings/listingrules.h).
QStringList listingRequestActions();
QStringList listingRequestAllowedFrom(const QString &action);
/// A listing request of `type` for `listing` in `state`; marks the listing's pending_request. Stores it.
QJsonObject newListingRequest(SandboxContext &context, const QString &type, const QJsonObject &listing,
    const QString &state, const QString &note);

} // namespace market
} // namespace cv::sandbox
