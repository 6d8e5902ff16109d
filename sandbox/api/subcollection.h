#pragma once

#include "sandbox/api/router.h"

#include <functional>
#include <optional>

namespace cv::sandbox {

class SandboxContext;

/// The CRUD shape every product sub-collection shares (items, parameters, templates, actions, media):
/// list with RQL under the product, create with validation against the siblings, get, update by merge
/// with validation, delete. Each collection plugs in its own rules.
struct SubCollection
{
    QString kind; ///< store kind, e.g. "items"
    QString what; ///< for messages, e.g. "Item"
    QString listPath; ///< e.g. /products/{product_product_id}/items
    QString objectPath; ///< e.g. /products/{product_product_id}/items/{verbose_id}
    QString parentParam; ///< e.g. product_product_id
    QString idParam; ///< e.g. verbose_id
    std::function<QStringList(const QJsonObject &candidate, const QList<QJsonObject> &siblings)> validate;
    std::function<QJsonObject(SandboxContext &, const QString &parentId, const QJsonObject &body)> create;
    /// Extra rules for an update (e.g. published items); may also adjust `after`.
    std::function<QStringList(const QJsonObject &before, QJsonObject &after)> checkUpdate;
    /// Refuses a delete with a reply (e.g. PRD_038), or allows it.
    std::function<std::optional<ApiReply>(const QJsonObject &object)> checkDelete;
    /// Called after any change, e.g. to touch the product's updated time.
    std::function<void(const QString &parentId)> changed;
    QString parentKind = QStringLiteral("products");
    QString parentWhat = QStringLiteral("Product");

    /// A sub-collection of a product at /products/{product_product_id}/<kind>/{<idParam>} (the spec's
    /// spelling of the parameters).
    static SubCollection underProduct(const QString &kind, const QString &what, const QString &idParam);
};

void registerSubCollection(Router &router, SandboxContext &context, const SubCollection &collection);

} // namespace cv::sandbox
