#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cv::sandbox {

class SandboxContext;

/// Builds the fulfilment side of Connect in the service's shapes (REFERENCE §3.14-3.17, §3.25; samples
/// request_purchase_preview.json, tier_config_request.json): tier accounts, assets, requests of every type
/// and their conversations. Shared by the requests API, the preview flow, the demo seed and the request
/// generator, so that all of them produce the same objects.
///
/// Store kinds: "requests", "assets", "tier_accounts", "tier_config_requests", "tier_configs",
/// "conversations" and "messages" (parent: the conversation id).
namespace requestfactory {

/// A product as its requests show it, loaded once per batch.
struct ProductParts
{
    QString id;
    QJsonObject reference; ///< {id, name, icon, status}
    QList<QJsonObject> items; ///< the product's items
    QList<QJsonObject> parameters; ///< all its parameters
};
std::optional<ProductParts> loadProduct(SandboxContext &context, const QString &productId);

/// Where an asset lives: connection (request shape {id, type, provider, vendor, hub}), marketplace
/// {id, name, icon} and contract {id, name}.
struct Placement
{
    QString environment; ///< test | production | preview
    QJsonObject connection;
    QJsonObject marketplace;
    QJsonObject contract;
};
/// The preview connection CT-0000-0000-0000 on hub HB-0000-0000 "Demo hub".
Placement previewPlacement(SandboxContext &context, const QJsonObject &market = {});
/// The placement of an environment: from seedMarket's result when it has the keys, else a stored
/// connection of the product of that type, else a minimal built one (not stored).
Placement placement(
    SandboxContext &context, const QString &productId, const QString &environment, const QJsonObject &market = {});
/// The placement of a stored connection id (or of the preview id); nullopt if unknown.
std::optional<Placement> placementOfConnection(
    SandboxContext &context, const QString &productId, const QString &connectionId, const QJsonObject &marketplace);

/// An item line of an asset: {id (local id), global_id, mpn, display_name, quantity, old_quantity
/// (decimal strings), params, item_type, period, type (unit)}.
QJsonObject assetItem(const QJsonObject &productItem, qint64 quantity, qint64 oldQuantity = 0);
/// The asset-scope ordering and fulfilment parameters of a product as request lines with empty values.
QJsonArray assetParams(const QList<QJsonObject> &parameters);
/// Finds a product item by global id, local id or MPN.
const QJsonObject *findItem(const ProductParts &product, const QString &key);

/// Stores a tier account built from `details` (fakedata::company shape). `scope`: customer | tier1 | tier2.
QJsonObject newTierAccount(SandboxContext &context, const QJsonObject &details, const QString &scope,
    const QString &environment, const QJsonObject &hub, const QJsonObject &parent = {});
/// How an asset shows a tier account: {id, external_id, name, contact_info, external_uid, tax_id}.
QJsonObject tierReference(const QJsonObject &account);

/// Stores a new asset (status "processing") and returns it.
QJsonObject newAsset(SandboxContext &context, const ProductParts &product, const Placement &placement,
    const QJsonObject &tiers, const QJsonArray &items, const QJsonArray &params, const QString &externalId = {});
/// Stores a request of `type` in `status` on the stored `asset`, with its conversation. `items` are the
/// request's lines; empty: the asset's own (old_quantity = quantity).
QJsonObject newRequest(SandboxContext &context, const QJsonObject &asset, const QString &type, const QString &status,
    const QJsonArray &items = {});
/// "PR-1895-0864-1238-002" for the second request of AS-1895-0864-1238.
QString requestId(SandboxContext &context, const QString &assetId);

/// Conversations (REFERENCE §3.25): one per request, created by the platform.
QJsonObject newConversation(SandboxContext &context, const QString &instanceId, const QString &topic);
QJsonObject addMessage(SandboxContext &context, const QString &conversationId, const QString &text,
    const QString &type = QStringLiteral("message"));
/// The conversation by its own id or by its instance id (PR-..., TCR-...).
std::optional<QJsonObject> findConversation(SandboxContext &context, const QString &id);
/// Adds a state_change message to the conversation of `instanceId`, if it has one.
void noteStateChange(SandboxContext &context, const QString &instanceId, const QString &text);

/// A tier configuration (TC) for `account` at `tierLevel` and its setup request (TCR) in `status`.
QJsonObject newTierConfigRequest(SandboxContext &context, const ProductParts &product, const Placement &placement,
    const QJsonObject &account, int tierLevel, const QString &status);

} // namespace requestfactory
} // namespace cv::sandbox
