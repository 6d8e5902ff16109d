#include "app/inventory/localizationeditor.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <algorithm>

namespace cv::inventory {

namespace {

const QString kLocalizations = QStringLiteral("localizations");

QString upper(QString locale)
{
    return locale.replace(QLatin1Char('_'), QLatin1Char('-')).trimmed().toUpper();
}

} // namespace

LocalizationEditor::LocalizationEditor(
    store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
{ }

bool LocalizationEditor::canTranslate(const QString &productId)
{
    return !store::LocalChanges::isLocalId(productId);
}

QString LocalizationEditor::localizationId(const QString &productId, const QString &locale)
{
    return productId + QLatin1Char(':') + upper(locale);
}

ProductContent LocalizationEditor::content(const QString &productId) const
{
    ProductContent content;
    if (const auto product = m_objects.get(QStringLiteral("products"), productId); product && !product->deleted)
        content.product = product->json;
    const auto children = [this, &productId](const char *kind) {
        QList<QJsonObject> result;
        for (const store::CachedObject &object : m_objects.list(QLatin1String(kind), productId)) {
            if (!object.deleted)
                result << object.json;
        }
        return result;
    };
    content.items = children("items");
    content.parameters = children("parameters");
    content.templates = children("templates");
    content.actions = children("actions");
    return content;
}

QList<ProductText> LocalizationEditor::texts(const QString &productId) const
{
    const ProductContent all = content(productId);
    return all.product.isEmpty() ? QList<ProductText>() : productTexts(all);
}

QStringList LocalizationEditor::localesOf(const QString &productId) const
{
    QStringList locales;
    for (const store::CachedObject &object : m_objects.list(kLocalizations, productId)) {
        const QString locale
            = object.json.value(QStringLiteral("locale")).toObject().value(QStringLiteral("id")).toString();
        if (!object.deleted && !locale.isEmpty())
            locales << upper(locale);
    }
    locales.removeDuplicates();
    return locales;
}

Translations LocalizationEditor::translations(const QString &productId, const QString &locale) const
{
    Translations result;
    const auto cached = m_objects.get(kLocalizations, localizationId(productId, locale));
    if (!cached || cached->deleted)
        return result;
    const QJsonObject stored = cached->json.value(QStringLiteral("translations")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!it.value().toString().isEmpty())
            result.insert(it.key(), it.value().toString());
    }
    return result;
}

core::Result<bool, QStringList> LocalizationEditor::setTranslation(
    const QString &productId, const QString &locale, const QString &key, const QString &text)
{
    const QList<ProductText> all = texts(productId);
    const auto it = std::find_if(all.begin(), all.end(), [&key](const ProductText &t) { return t.key == key; });
    if (it == all.end())
        return QStringList { QStringLiteral("%1: names no field of product %2").arg(key, productId) };
    const QStringList problems = translationProblems(it->source, text);
    if (!problems.isEmpty())
        return problems;
    if (translations(productId, locale).value(key) == text)
        return true;
    const auto written = write(productId, locale, { { key, text } });
    if (!written)
        return written.error();
    return true;
}

core::Result<int, QStringList> LocalizationEditor::apply(
    const QString &productId, const QString &locale, const TranslationImport &plan, bool includeOutdated)
{
    Translations changed;
    for (const TranslationChange &change : plan.changes) {
        if (!change.outdated || includeOutdated)
            changed.insert(change.key, change.after);
    }
    if (changed.isEmpty())
        return 0;
    return write(productId, locale, changed);
}

core::Result<int, QStringList> LocalizationEditor::write(
    const QString &productId, const QString &locale, const Translations &changed)
{
    // Connect keys translations by the product's id: one created offline has none yet.
    if (store::LocalChanges::isLocalId(productId))
        return QStringList { QStringLiteral("product: translations can be added once the product has reached "
                                            "Connect (after the next sync)") };
    const QString id = localizationId(productId, locale);
    const QList<ProductText> all = texts(productId);
    Translations merged = translations(productId, locale);
    for (auto it = changed.begin(); it != changed.end(); ++it)
        merged.insert(it.key(), it.value());

    const auto existing = m_objects.get(kLocalizations, id);
    QJsonObject json = existing && !existing->deleted
        ? existing->json
        : QJsonObject { { QStringLiteral("id"), id },
              { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), productId } } },
              { QStringLiteral("locale"), QJsonObject { { QStringLiteral("id"), upper(locale) } } } };
    QJsonObject stored = json.value(QStringLiteral("translations")).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        stored.insert(it.key(), it.value());
    json.insert(QStringLiteral("translations"), stored);
    const int translated = int(std::count_if(
        all.begin(), all.end(), [&merged](const ProductText &t) { return !merged.value(t.key).isEmpty(); }));
    json.insert(QStringLiteral("stats"),
        QJsonObject { { QStringLiteral("total"), int(all.size()) }, { QStringLiteral("translated"), translated } });

    store::OutboxEntry entry;
    entry.operation = QStringLiteral("upload");
    entry.action = QStringLiteral("translate");
    entry.method = "POST";
    entry.path = store::collection(kLocalizations)->pathFor(productId);
    entry.body = { { QStringLiteral("locale"), QJsonObject { { QStringLiteral("id"), upper(locale) } } } };
    entry.blob = uploadPo(productId, locale, all, merged, changed.keys());
    entry.blobName = QStringLiteral("file|%1-%2.po").arg(productId, upper(locale).toLower());
    entry.contentType = QStringLiteral("text/x-gettext-translation");
    if (entry.blob.isEmpty())
        return QStringList { QStringLiteral("file: the .po for the upload could not be written") };

    // A language not cached yet (first translation offline): its row is made here, the upload creates it on
    // Connect. The stub and the change are one transaction: a failure leaves neither.
    if (!m_db.transaction())
        return QStringList { QStringLiteral("cache: cannot start a transaction") };
    if ((!existing || existing->deleted) && !m_objects.putLocal(kLocalizations, productId, json)) {
        m_db.rollback();
        return QStringList { QStringLiteral("cache: %1").arg(m_objects.lastError()) };
    }
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.action(kLocalizations, id, json, entry);
    if (!done) {
        m_db.rollback();
        return QStringList { QStringLiteral("cache: %1").arg(done.error()) };
    }
    if (!m_db.commit())
        return QStringList { QStringLiteral("cache: the change could not be saved") };
    return int(changed.size());
}

} // namespace cv::inventory
