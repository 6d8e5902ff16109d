#pragma once

#include "app/core/result.h"
#include "app/inventory/producttexts.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::inventory {

/// A product's translations, offline first (issue 16). They live in the cached localization of each
/// language (`localizations` collection, cached id "<PRD>:<LOCALE>", field `translations`: key -> text);
/// each change is written there and queued in the outbox, in one transaction, as the multipart upload
/// Connect takes (`POST /products/{id}/localizations`, a .po holding only the changed fields, REFERENCE
/// §3.13). Nothing here talks to the network.
class LocalizationEditor final
{
public:
    LocalizationEditor(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);

    /// The product's translatable texts from the cache (tombstones excluded).
    QList<ProductText> texts(const QString &productId) const;
    ProductContent content(const QString &productId) const;
    /// Locale ids ("DE", "PT-BR") with a cached localization for the product.
    QStringList localesOf(const QString &productId) const;
    Translations translations(const QString &productId, const QString &locale) const;

    /// True when the product can be translated: it has reached Connect (translations are keyed by its id).
    static bool canTranslate(const QString &productId);

    /// One field typed in the grid. Refused (nothing saved) when the placeholders or link targets differ
    /// from the source or the key names no field.
    core::Result<bool, QStringList> setTranslation(
        const QString &productId, const QString &locale, const QString &key, const QString &text);
    /// Applies a checked import all or nothing: every change, or none if any write fails. Outdated changes
    /// are applied only with `includeOutdated` (the translator confirmed them); they are then sent with the
    /// current source as msgid. Returns how many fields changed.
    core::Result<int, QStringList> apply(
        const QString &productId, const QString &locale, const TranslationImport &plan, bool includeOutdated);

    /// Cached id of a product's localization.
    static QString localizationId(const QString &productId, const QString &locale);

private:
    core::Result<int, QStringList> write(const QString &productId, const QString &locale, const Translations &changed);

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
};

} // namespace cv::inventory
