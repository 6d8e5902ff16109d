#pragma once

#include "app/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::inventory {

/// Why an edit was refused: Connect-style "field: message" lines (the same words the server would use).
struct EditError
{
    QStringList errors;
};

/// The id of something just created offline ("local:<uuid>" until sync gives it the server's id).
struct CreatedId
{
    QString id;
};

/// Every edit of a product definition, offline first (lab: Inventory .. UI Actions). Each call checks
/// Connect's rules against the cache (productrules.h), then writes the object and its outbox entry in one
/// transaction (store::LocalChanges), so a change is saved at once, survives a killed process and is sent
/// by the next sync. Nothing here talks to the network.
class LocalizationEditor;

class ProductEditor final
{
public:
    ProductEditor(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~ProductEditor();

    /// The product's translations (issue 16), on the same cache and outbox.
    LocalizationEditor &localization() { return *m_localization; }

    // --- Products --------------------------------------------------------------------------------------
    /// A new draft product as Connect creates it: the product plus, locally, the two example items
    /// (Sku A, Sku B), two example parameters and the default templates that the server will also create
    /// (marked `_generated`: they are matched to the server's by natural key after the product is pushed,
    /// so deleting or editing them offline works).
    core::Result<CreatedId, EditError> createProduct(const QString &name);
    /// Profile fields (name, short_description, detailed_description, customer_ui_settings, capabilities,
    /// configurations, category, external_id): merged into the product. The name is locked once the
    /// product has a published version.
    core::Result<bool, EditError> updateProduct(const QString &productId, const QJsonObject &patch);
    /// PNG or JPEG, at most 1 MB; queued as the multipart PUT the API takes (file part "icon"; the pusher
    /// adds a "body" part only for a non-empty body, and this entry has none).
    core::Result<bool, EditError> setLogo(const QString &productId, const QByteArray &image, const QString &fileName);
    /// Why the name cannot change (empty if it can).
    QString nameLockReason(const QString &productId) const;
    bool isPublished(const QString &productId) const;

    // --- Items, parameters, templates, actions ------------------------------------------------------------
    /// The rules as you type: the candidate (with "id" when it exists already) against its cached siblings.
    QStringList checkItem(const QString &productId, const QJsonObject &item) const;
    QStringList checkParameter(const QString &productId, const QJsonObject &parameter) const;
    QStringList checkTemplate(const QString &productId, const QJsonObject &templ) const;
    QStringList checkAction(const QString &productId, const QJsonObject &action) const;

    /// `kind` is "items", "parameters", "templates" or "actions".
    core::Result<CreatedId, EditError> create(const QString &kind, const QString &productId, const QJsonObject &object);
    core::Result<bool, EditError> update(
        const QString &kind, const QString &productId, const QString &id, const QJsonObject &patch);
    /// Published items cannot be deleted ("Only draft Item can be deleted.").
    core::Result<bool, EditError> remove(const QString &kind, const QString &productId, const QString &id);

    /// Queues POST .../actions/regeneratesecret (the secret itself is shown from the server, never cached).
    core::Result<bool, EditError> regenerateActionSecret(const QString &productId);

    // --- Export / import ------------------------------------------------------------------------------------
    /// The whole definition in the Connect API shapes:
    /// {"format": "connect-vendor-product/1", "product": {...}, "items": [...], "parameters": [...],
    ///  "templates": [...], "actions": [...], "media": [...]}
    QJsonObject exportProduct(const QString &productId) const;
    /// Creates a new product from an export (ids are new; names, MPNs, parameter ids kept). Checks the
    /// whole file first and creates nothing if any part is invalid (the error names the part and field).
    core::Result<CreatedId, EditError> importProduct(const QJsonObject &definition);

    /// The check for `kind` ("items", "parameters", "templates", "actions"): checkItem() etc.
    QStringList check(const QString &kind, const QString &productId, const QJsonObject &object) const;

private:
    static bool isKnownKind(const QString &kind);
    /// The cached product (tombstones excluded).
    std::optional<QJsonObject> product(const QString &productId) const;
    /// The product's cached `kind` objects (tombstones excluded).
    QList<QJsonObject> siblings(const QString &kind, const QString &productId) const;

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<LocalizationEditor> m_localization;
};

} // namespace cv::inventory
