#pragma once

#include "app/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cv::sandbox {

class SandboxContext;

/// Builds products and their parts in Connect's shapes, with Connect's ids and defaults. Used by the
/// API (POST /products and friends) and by the demo seed, so that both give the same objects.
namespace productfactory {

/// A new draft product as Connect creates it: two example items (Sku A, Sku B), two example parameters
/// (param_a ordering, param_b fulfillment), the default activation templates per scope and the default
/// inquire template. Stores everything; returns the product.
QJsonObject createProduct(SandboxContext &context, const QJsonObject &body);

/// Each create* completes `body` with id, local ids, position and events, stores it and returns it.
/// Validation is the caller's (see productrules.h).
QJsonObject newItem(SandboxContext &context, const QString &productId, const QJsonObject &body);
QJsonObject newParameter(SandboxContext &context, const QString &productId, const QJsonObject &body);
QJsonObject newTemplate(SandboxContext &context, const QString &productId, const QJsonObject &body);
QJsonObject newAction(SandboxContext &context, const QString &productId, const QJsonObject &body);

/// Publishes the product's next version (1, 2, ...): snapshots the versioned parts (general attributes,
/// items, templates, actions, media); draft items become published. Parameters and capabilities are
/// live at once and are not snapshotted. Returns the stored version object (id "<PRD>:v<n>").
core::Result<QJsonObject, QString> publishProduct(
    SandboxContext &context, const QString &productId, const QString &changesDescription);

/// Unit object {id, name, title, unit} for a unit id of /settings/units (empty if unknown).
QJsonObject unitById(const QString &unitId);
QStringList unitIds();
/// The embedded catalogues (copies of Connect's own lists).
QJsonArray units();
QJsonArray locales();
QJsonArray categories();

/// Puts the catalogues into the store on first start, so that they are served (and filtered) like any
/// collection; a --load of Connect's own lists replaces them.
void ensureCatalogues(SandboxContext &context);

/// A fresh random JWT secret (32 hex digits), as Connect generates for actions and webhooks.
QString newSecret();

} // namespace productfactory
} // namespace cv::sandbox
