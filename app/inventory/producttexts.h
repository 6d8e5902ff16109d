#pragma once

#include "app/content/pofile.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::inventory {

/// One translatable text of a product, keyed as Connect keys translation attributes
/// (`product.<PRD>.name`, `product.<PRD>.items.<item>.name`, REFERENCE §3.13). The key is the msgctxt of
/// its .po entry and the disambiguation of its .ts message.
struct ProductText
{
    QString key;
    QString source; ///< the text in the product's own language (English)
    QString reference; ///< where it lives, e.g. "PRD-1/parameters/PRM-1/title" (the .po "#:" comment)
    QString field; ///< what it is, in English, e.g. "Parameter hint (Plan)" (the .po "#." comment)
    QString kind; ///< a stable id of the kind of field, e.g. "parameter.hint" (the UI words it)
    QString objectName; ///< the item, parameter, template or action it belongs to ("" for the product)
};

/// The parts of a product whose texts are translated (cached JSON, any order).
struct ProductContent
{
    QJsonObject product;
    QList<QJsonObject> items;
    QList<QJsonObject> parameters;
    QList<QJsonObject> templates;
    QList<QJsonObject> actions;
};

/// Every non-empty translatable text in a stable order: name, short and detailed description, service texts
/// (customer UI settings), items, parameters (title, description, hint, placeholder, choice labels),
/// templates (title, body), actions (name, description). Shared with the sandbox on purpose: it is the
/// definition of the keys both sides must agree on (docs/architecture.md, "Rules shared on purpose").
QList<ProductText> productTexts(const ProductContent &content);

/// `{{ name }}` placeholders of a text, normalised ("{{name}}"), sorted, with repeats.
QStringList placeholdersOf(const QString &text);
/// Markdown link and image targets (`[text](target)`), sorted, with repeats.
QStringList linkTargetsOf(const QString &text);
/// What is wrong with `translation` of `source`: placeholders or link targets that differ, in words
/// ("missing placeholder {{ customer }}"). Empty when fine or when the translation is empty.
QStringList translationProblems(const QString &source, const QString &translation);

/// Translations of one language: key -> text. An empty text is "not translated".
using Translations = QHash<QString, QString>;

/// Share of `texts` translated in `translations`, 0..100.
int completion(const QList<ProductText> &texts, const Translations &translations);

/// One field an uploaded file changes.
struct TranslationChange
{
    QString key;
    QString field;
    QString source; ///< the current source text
    QString fileSource; ///< the msgid in the file (differs from source when outdated)
    QString before; ///< the translation now ("" = none)
    QString after;
    bool outdated = false; ///< the file translated an older source text: applied only when confirmed
    int line = 0;
};

/// What an uploaded .po or .ts would do, checked in full before anything is applied.
struct TranslationImport
{
    QString fileName;
    QList<TranslationChange> changes; ///< only fields whose translation changes
    int unchanged = 0; ///< entries that match what is there
    int untranslated = 0; ///< empty translations (never erase anything)
    int fuzzy = 0; ///< fuzzy / unfinished entries (skipped, as gettext does)
    int obsolete = 0; ///< "#~" / vanished entries (skipped)
    QStringList warnings; ///< nothing to refuse, but worth saying (e.g. fields the file leaves out)

    int outdatedCount() const;
};

/// Checks `catalog` (parsed from `fileName`) against the product's texts for `locale` (e.g. "DE") and the
/// current translations. Every problem is an error naming the file and line: an entry without msgctxt or
/// whose msgctxt names no field, plural forms for a field (no product text has a plural), placeholders or
/// link targets unlike the source, a file for another language. Any error refuses the whole file.
core::Result<TranslationImport, QStringList> planImport(const content::PoCatalog &catalog, const QString &fileName,
    const QString &locale, const QList<ProductText> &texts, const Translations &current);

/// parsePo() + planImport(); a parse error is returned as the only error.
core::Result<TranslationImport, QStringList> planPoImport(const QByteArray &data, const QString &fileName,
    const QString &locale, const QList<ProductText> &texts, const Translations &current);

/// The .po catalog of `locale` for these texts: one entry per text, msgctxt = key, "#." field, "#:" reference.
content::PoCatalog catalogFor(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current);
QByteArray exportPo(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current);

/// The same texts as a Qt Linguist .ts file, in the shape lconvert gives the .po (one context without a
/// name; the key as disambiguating comment; the field as extra comment; untranslated = unfinished), so
/// .ts <-> .po converts without loss.
QByteArray exportTs(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current);
/// Reads a .ts file into the catalog shape planImport() checks: key from the comment (or the context name
/// when there is no comment), unfinished with text = fuzzy, vanished/obsolete = obsolete, numerus = plural.
core::Result<content::PoCatalog, QString> parseTs(const QByteArray &data, const QString &fileName);

/// A .po for the sync: only `keys`, with the current source as msgid (the user confirmed outdated ones).
QByteArray uploadPo(const QString &productId, const QString &locale, const QList<ProductText> &texts,
    const Translations &translations, const QStringList &keys);

/// The product, its templates, ... with translated texts in place of the source (for previews).
QJsonObject localizedProduct(const QJsonObject &product, const Translations &translations);
/// The customer control panel data (app/fulfillment/customerpanel.h) with the product's texts and its
/// actions' titles translated.
QJsonObject localizedCustomerPanel(const QJsonObject &ccp, const Translations &translations);
QJsonObject localizedTemplate(const QString &productId, const QJsonObject &templ, const Translations &translations);

} // namespace cv::inventory
