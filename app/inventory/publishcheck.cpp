#include "app/inventory/publishcheck.h"

#include "app/inventory/templatelint.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace cv::inventory {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QList<QJsonObject> jsons(const QList<store::CachedObject> &objects)
{
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const store::CachedObject &object : objects)
        list << object.json;
    return list;
}

QString eventAt(const QJsonObject &object, const char *event)
{
    return object.value(QStringLiteral("events"))
        .toObject()
        .value(QLatin1String(event))
        .toObject()
        .value(QStringLiteral("at"))
        .toString();
}

/// The keys of `fields` whose values differ between `before` and `after`.
QStringList changedFields(const QJsonObject &before, const QJsonObject &after, const QStringList &fields)
{
    QStringList changed;
    for (const QString &field : fields) {
        if (before.value(field) != after.value(field))
            changed << field;
    }
    return changed;
}

const QStringList &itemFields()
{
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("mpn"), QStringLiteral("description"),
        QStringLiteral("type"), QStringLiteral("period"), QStringLiteral("precision"), QStringLiteral("unit"),
        QStringLiteral("commitment"), QStringLiteral("dynamic"), QStringLiteral("ui") };
    return fields;
}

const QStringList &templateFields()
{
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("body"),
        QStringLiteral("scope"), QStringLiteral("type") };
    return fields;
}

const QStringList &actionFields()
{
    static const QStringList fields { QStringLiteral("action"), QStringLiteral("name"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("scope") };
    return fields;
}

const QStringList &generalFields()
{
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("short_description"),
        QStringLiteral("detailed_description"), QStringLiteral("customer_ui_settings") };
    return fields;
}

/// Items or templates of the draft against those of the version, matched by id.
void diffObjects(PublishDiffEntry::Section section, const QList<QJsonObject> &draft,
    const QList<QJsonObject> &published, const QStringList &fields, QList<PublishDiffEntry> &entries)
{
    QHash<QString, QJsonObject> before;
    for (const QJsonObject &object : published)
        before.insert(str(object, "id"), object);
    QSet<QString> seen;
    for (const QJsonObject &object : draft) {
        const QString id = str(object, "id");
        seen.insert(id);
        const auto it = before.constFind(id);
        if (it == before.constEnd()) {
            entries << PublishDiffEntry { section, PublishDiffEntry::Added, id, str(object, "name"), {}, true };
            continue;
        }
        const QStringList changed = changedFields(*it, object, fields);
        if (!changed.isEmpty())
            entries << PublishDiffEntry { section, PublishDiffEntry::Changed, id, str(object, "name"), changed, true };
    }
    for (const QJsonObject &object : published) {
        const QString id = str(object, "id");
        if (!seen.contains(id))
            entries << PublishDiffEntry { section, PublishDiffEntry::Removed, id, str(object, "name"), {}, true };
    }
}

} // namespace

PublishDraft readPublishDraft(
    const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &productId)
{
    PublishDraft draft;
    draft.productId = productId;
    const auto product = objects.get(QStringLiteral("products"), productId);
    if (!product)
        return draft;
    draft.product = product->json;
    draft.items = jsons(objects.list(QStringLiteral("items"), productId));
    const QList<store::CachedObject> parameters = objects.list(QStringLiteral("parameters"), productId);
    draft.parameters = jsons(parameters);
    for (const store::CachedObject &parameter : parameters) {
        if (parameter.dirty)
            draft.dirtyParameters << parameter.id;
    }
    draft.templates = jsons(objects.list(QStringLiteral("templates"), productId));
    draft.actions = jsons(objects.list(QStringLiteral("actions"), productId));
    draft.previewRun = previewWasRun(objects, productId);

    draft.synced = !hasUnsyncedChanges(objects, outbox, productId);
    return draft;
}

bool hasUnsyncedChanges(const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &productId)
{
    if (productId.startsWith(QLatin1String("local:")))
        return true;
    const auto product = objects.get(QStringLiteral("products"), productId);
    if ((product && product->dirty) || outbox.hasUnpushed(QStringLiteral("products"), productId))
        return true;
    const auto dirty = store::ObjectQuery().onlyDirty().withDeleted();
    for (const QString &collection : { QStringLiteral("items"), QStringLiteral("parameters"),
             QStringLiteral("templates"), QStringLiteral("actions"), QStringLiteral("media") }) {
        if (objects.count(collection, productId, dirty) > 0)
            return true;
    }
    return false;
}

bool previewWasRun(const store::ObjectRepository &objects, const QString &productId)
{
    const auto preview = store::ObjectQuery()
                             .where(QStringLiteral("environment"), QStringLiteral("preview"))
                             .where(QStringLiteral("product_id"), productId);
    return objects.count(QStringLiteral("requests"), {}, preview) > 0;
}

QList<PublishCheckItem> publishChecklist(const PublishDraft &draft)
{
    QList<PublishCheckItem> list;

    PublishCheckItem profile { PublishCheckItem::Profile, false, false, {} };
    for (const char *field : { "short_description", "detailed_description" }) {
        if (str(draft.product, field).trimmed().isEmpty())
            profile.missing << QLatin1String(field);
    }
    profile.done = profile.missing.isEmpty();
    list << profile;

    list << PublishCheckItem { PublishCheckItem::Items, !draft.items.isEmpty(), true, {} };
    list << PublishCheckItem { PublishCheckItem::Parameters, !draft.parameters.isEmpty(), false, {} };

    PublishCheckItem templates { PublishCheckItem::Templates, false, false, {} };
    bool activation = false;
    for (const QJsonObject &templ : draft.templates) {
        if (str(templ, "scope") != QLatin1String("asset") || str(templ, "type") != QLatin1String("fulfillment"))
            continue;
        activation = true;
        for (const TemplateLintIssue &issue :
            lintTemplate(str(templ, "body"), str(templ, "scope"), str(templ, "type"), draft.parameters)) {
            if (!templates.missing.contains(issue.variable))
                templates.missing << issue.variable;
        }
    }
    if (!activation)
        templates.missing.prepend(QStringLiteral("no_activation_template"));
    templates.done = templates.missing.isEmpty();
    list << templates;

    list << PublishCheckItem { PublishCheckItem::Preview, draft.previewRun, false, {} };
    list << PublishCheckItem { PublishCheckItem::Synced, draft.synced, true, {} };
    return list;
}

bool canPublish(const QList<PublishCheckItem> &checklist)
{
    for (const PublishCheckItem &item : checklist) {
        if (item.blocking && !item.done)
            return false;
    }
    return true;
}

PublishDiff publishDiff(const PublishDraft &draft, const std::optional<PublishedVersion> &last)
{
    PublishDiff diff;
    diff.firstVersion = !last.has_value();
    diff.baseVersion = last ? last->version : 0;
    // The cache never holds secret fields (the action's JWT secret): the version is compared without them.
    const QJsonObject before = last
        ? store::ObjectRepository::withoutSecrets(*store::collection(QStringLiteral("products")), last->product)
        : QJsonObject();

    // General attributes (versioned).
    for (const QString &field : generalFields()) {
        const QJsonValue now = draft.product.value(field);
        if (!last) {
            const bool set = now.isString() ? !now.toString().isEmpty()
                : now.isObject()            ? !now.toObject().isEmpty()
                                            : false;
            if (set)
                diff.entries << PublishDiffEntry { PublishDiffEntry::General, PublishDiffEntry::Added, field, field,
                    { field }, true };
        } else if (before.contains(field) && before.value(field) != now) {
            diff.entries << PublishDiffEntry { PublishDiffEntry::General, PublishDiffEntry::Changed, field, field,
                { field }, true };
        }
    }

    diffObjects(
        PublishDiffEntry::Items, draft.items, last ? last->items : QList<QJsonObject>(), itemFields(), diff.entries);
    diffObjects(PublishDiffEntry::Templates, draft.templates, last ? last->templates : QList<QJsonObject>(),
        templateFields(), diff.entries);
    diffObjects(PublishDiffEntry::Actions, draft.actions, last ? last->actions : QList<QJsonObject>(), actionFields(),
        diff.entries);

    // Parameters: live at once. Against a version, those created or updated after it was published (or
    // edited here and not yet synced).
    const QString publishedAt = last ? eventAt(before, "published") : QString();
    for (const QJsonObject &parameter : draft.parameters) {
        const QString id = str(parameter, "id");
        const QString label = str(parameter, "name");
        const QString created = eventAt(parameter, "created");
        const QString updated = eventAt(parameter, "updated");
        if (!last || id.startsWith(QLatin1String("local:"))
            || (!publishedAt.isEmpty() && !created.isEmpty() && created > publishedAt)) {
            diff.entries << PublishDiffEntry { PublishDiffEntry::Parameters, PublishDiffEntry::Added, id, label, {},
                false };
        } else if (draft.dirtyParameters.contains(id) || (!publishedAt.isEmpty() && updated > publishedAt)) {
            diff.entries << PublishDiffEntry { PublishDiffEntry::Parameters, PublishDiffEntry::Changed, id, label, {},
                false };
        }
    }

    // Capabilities: live at once.
    if (last) {
        const QJsonObject was = before.value(QStringLiteral("capabilities")).toObject();
        const QJsonObject now = draft.product.value(QStringLiteral("capabilities")).toObject();
        QStringList keys = was.keys() + now.keys();
        keys.removeDuplicates();
        keys.sort();
        QStringList changed = changedFields(was, now, keys);
        if (!changed.isEmpty())
            diff.entries << PublishDiffEntry { PublishDiffEntry::Capabilities, PublishDiffEntry::Changed,
                QStringLiteral("capabilities"), QStringLiteral("capabilities"), changed, false };
    }
    return diff;
}

} // namespace cv::inventory
