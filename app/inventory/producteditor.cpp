#include "app/inventory/producteditor.h"

#include "app/inventory/localizationeditor.h"
#include "app/inventory/productrules.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QSet>
#include <QUuid>

namespace cv::inventory {

namespace {

const QString kProducts = QStringLiteral("products");
const QString kItems = QStringLiteral("items");
const QString kParameters = QStringLiteral("parameters");
const QString kTemplates = QStringLiteral("templates");
const QString kActions = QStringLiteral("actions");
const QString kGenerated = QStringLiteral("_generated");
const QString kFormat = QStringLiteral("connect-vendor-product/1");
constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

const QStringList &kinds()
{
    static const QStringList all { kItems, kParameters, kTemplates, kActions };
    return all;
}

/// The product fields an edit may change (the server's writable set).
const QStringList &productWritable()
{
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("external_id"),
        QStringLiteral("short_description"), QStringLiteral("detailed_description"),
        QStringLiteral("customer_ui_settings"), QStringLiteral("capabilities"), QStringLiteral("category"),
        QStringLiteral("usage_rule"), QStringLiteral("configurations"), QStringLiteral("changes_description") };
    return fields;
}

/// Fields the server assigns to a product's children; an import leaves them out.
const QStringList &serverAssigned()
{
    static const QStringList fields { QStringLiteral("id"), QStringLiteral("events"), QStringLiteral("local_id"),
        QStringLiteral("position"), QStringLiteral("status"), kGenerated };
    return fields;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

EditError failure(const QStringList &errors)
{
    return EditError { errors };
}

EditError failure(const QString &error)
{
    return EditError { QStringList { error } };
}

/// `patch` merged into `base`: nested objects merged key by key (the server's PUT semantics), except
/// customer_ui_settings, which is replaced whole.
QJsonObject merged(QJsonObject base, const QJsonObject &patch, bool top = true)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue current = base.value(it.key());
        if (it.value().isObject() && current.isObject() && !(top && it.key() == QLatin1String("customer_ui_settings")))
            base.insert(it.key(), merged(current.toObject(), it.value().toObject(), false));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QByteArray imageType(const QByteArray &data)
{
    if (data.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return "image/png";
    if (data.startsWith(QByteArray::fromHex("ffd8ff")))
        return "image/jpeg";
    return {};
}

/// How an object of `kind` is told apart from its siblings before it has a server id (also how a
/// generated example is matched to the server's copy after sync).
QString naturalKey(const QString &kind, const QJsonObject &object)
{
    if (kind == kItems)
        return text(object, "mpn");
    if (kind == kActions)
        return text(object, "action");
    if (kind == kTemplates)
        return text(object, "name") + QLatin1Char('|') + rules::canonical(text(object, "scope")) + QLatin1Char('|')
            + rules::canonical(object.value(QStringLiteral("type")).toString());
    return text(object, "name");
}

/// The candidate with the defaults the server fills in on create, so checks see what will be stored.
QJsonObject normalized(const QString &kind, QJsonObject object)
{
    const auto setDefault = [&object](const char *key, const QJsonValue &value) {
        if (!object.contains(QLatin1String(key)))
            object.insert(QLatin1String(key), value);
    };
    if (kind == kItems) {
        setDefault("period", QStringLiteral("monthly"));
        setDefault("precision", QStringLiteral("integer"));
        setDefault("status", QStringLiteral("draft"));
        setDefault("description", QString());
        for (const char *key : { "type", "period", "precision" })
            object.insert(QLatin1String(key), rules::canonical(text(object, key)));
        if (!object.contains(QStringLiteral("commitment")))
            object.insert(QStringLiteral("commitment"),
                QJsonObject { { QStringLiteral("multiplier"), QStringLiteral("billing_period") },
                    { QStringLiteral("count"), 1 } });
    } else if (kind == kParameters) {
        for (const char *key : { "type", "phase", "scope" })
            object.insert(QLatin1String(key), rules::canonical(text(object, key)));
        QJsonObject constraints = object.value(QStringLiteral("constraints")).toObject();
        for (const char *flag : { "required", "hidden", "unique" }) {
            if (!constraints.contains(QLatin1String(flag)))
                constraints.insert(QLatin1String(flag), false);
        }
        object.insert(QStringLiteral("constraints"), constraints);
        setDefault("description", QString());
    } else if (kind == kTemplates) {
        object.insert(QStringLiteral("scope"),
            rules::canonical(object.value(QStringLiteral("scope")).toString(QStringLiteral("asset"))));
        if (text(object, "scope") == QLatin1String("asset"))
            object.insert(QStringLiteral("type"),
                rules::canonical(object.value(QStringLiteral("type")).toString(QStringLiteral("fulfillment"))));
        else
            object.insert(QStringLiteral("type"), QJsonValue::Null);
        setDefault("title", object.value(QStringLiteral("name")));
        setDefault("body", QString());
    } else if (kind == kActions) {
        setDefault("type", QStringLiteral("button"));
        object.insert(QStringLiteral("scope"),
            rules::canonical(object.value(QStringLiteral("scope")).toString(QStringLiteral("asset"))));
        setDefault("title", object.value(QStringLiteral("name")));
    }
    return object;
}

QJsonObject withoutServerFields(QJsonObject object)
{
    for (const QString &key : serverAssigned())
        object.remove(key);
    return object;
}

QString partLabel(const QString &kind, int index, const QJsonObject &object)
{
    QString name = kind == kItems ? text(object, "mpn")
        : kind == kActions        ? text(object, "action")
                                  : text(object, "name");
    if (name.isEmpty())
        name = text(object, "name");
    return QStringLiteral("%1[%2] \"%3\"").arg(kind).arg(index).arg(name);
}

// The examples Connect adds to every new product (sandbox productfactory::createProduct does the same).
QJsonObject exampleItem(const char *name, const char *mpn)
{
    return { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("mpn"), QLatin1String(mpn) },
        { QStringLiteral("display_name"), QLatin1String(name) },
        { QStringLiteral("description"), QStringLiteral("Example item: rename or delete it.") },
        { QStringLiteral("type"), QStringLiteral("reservation") },
        { QStringLiteral("period"), QStringLiteral("monthly") },
        { QStringLiteral("precision"), QStringLiteral("integer") },
        { QStringLiteral("status"), QStringLiteral("draft") },
        { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("unit") } } },
        { QStringLiteral("commitment"),
            QJsonObject {
                { QStringLiteral("multiplier"), QStringLiteral("billing_period") }, { QStringLiteral("count"), 1 } } },
        { QStringLiteral("dynamic"), false },
        { QStringLiteral("ui"), QJsonObject { { QStringLiteral("visibility"), true } } } };
}

QJsonObject exampleParameter(const char *name, const char *title, const char *phase)
{
    return { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("title"), QLatin1String(title) },
        { QStringLiteral("description"), QStringLiteral("Example parameter: edit or delete it.") },
        { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("phase"), QLatin1String(phase) },
        { QStringLiteral("scope"), QStringLiteral("asset") },
        { QStringLiteral("constraints"),
            QJsonObject { { QStringLiteral("required"), false }, { QStringLiteral("hidden"), false },
                { QStringLiteral("unique"), false } } } };
}

QJsonObject exampleTemplate(const QString &name, const char *scope, const QJsonValue &type, const QString &body)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("title"), name },
        { QStringLiteral("scope"), QLatin1String(scope) }, { QStringLiteral("type"), type },
        { QStringLiteral("body"), body } };
}

QList<QPair<QString, QJsonObject>> examples(const QString &productName)
{
    const QString activation = QStringLiteral("Default Activation Template");
    return {
        { kItems, exampleItem("Sku A", "SKU-A") },
        { kItems, exampleItem("Sku B", "SKU-B") },
        { kParameters, exampleParameter("param_a", "Parameter A", "ordering") },
        { kParameters, exampleParameter("param_b", "Parameter B", "fulfillment") },
        { kTemplates,
            exampleTemplate(activation, "asset", QStringLiteral("fulfillment"),
                QStringLiteral("# Welcome to %1\n\nYour subscription is active.\n\n"
                               "The value of **param_a** is **{{ param_a }}**.\n"
                               "The value of **param_b** is **{{ param_b }}**.\n")
                    .arg(productName)) },
        { kTemplates,
            exampleTemplate(QStringLiteral("Additional information is required to process your request"), "asset",
                QStringLiteral("inquire"),
                QStringLiteral("Please complete our **[Activation Form]({{ activation_form_url }})** to resume "
                               "processing of your request.")) },
        { kTemplates,
            exampleTemplate(activation, "tier1", QJsonValue::Null,
                QStringLiteral("# Sample Template For Setup of Tier 1\n\nThis template is used to share details of "
                               "the tier 1 setup.")) },
        { kTemplates,
            exampleTemplate(activation, "tier2", QJsonValue::Null,
                QStringLiteral("# Sample Template For Setup of Tier 2\n\nThis template is used to share details of "
                               "the tier 2 setup.")) },
    };
}

} // namespace

ProductEditor::ProductEditor(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_localization(std::make_unique<LocalizationEditor>(db, objects, outbox))
{ }

ProductEditor::~ProductEditor() = default;

QList<QJsonObject> ProductEditor::siblings(const QString &kind, const QString &productId) const
{
    QList<QJsonObject> result;
    for (const store::CachedObject &object : m_objects.list(kind, productId))
        result << object.json;
    return result;
}

std::optional<QJsonObject> ProductEditor::product(const QString &productId) const
{
    const auto cached = m_objects.get(kProducts, productId);
    if (!cached || cached->deleted)
        return std::nullopt;
    return cached->json;
}

bool ProductEditor::isKnownKind(const QString &kind)
{
    return kinds().contains(kind);
}

// --- Products ------------------------------------------------------------------------------------------

core::Result<CreatedId, EditError> ProductEditor::createProduct(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return failure(QStringLiteral("name: This field is required."));
    if (trimmed.size() > 255)
        return failure(QStringLiteral("name: Ensure this field has no more than 255 characters."));

    const QList<store::CachedObject> accounts = m_objects.list(QStringLiteral("accounts"), QString());
    const QJsonObject account = accounts.isEmpty() ? QJsonObject() : accounts.first().json;
    const QJsonObject uiSettings { { QStringLiteral("description"), QString() },
        { QStringLiteral("getting_started"), QString() }, { QStringLiteral("download_links"), QJsonArray() },
        { QStringLiteral("documents"), QJsonArray() }, { QStringLiteral("languages"), QJsonArray() },
        { QStringLiteral("provisioning_message"), QString() } };
    const auto flag = [](const char *key, bool value) { return QJsonObject { { QLatin1String(key), value } }; };
    const QJsonObject capabilities { { QStringLiteral("ppu"), QJsonValue::Null },
        { QStringLiteral("reservation"), flag("consumption", false) },
        { QStringLiteral("cart"), flag("validation", false) },
        { QStringLiteral("inquiring"), flag("validation", false) },
        { QStringLiteral("tiers"),
            QJsonObject { { QStringLiteral("configs"), QJsonValue::Null }, { QStringLiteral("updates"), false },
                { QStringLiteral("validation"), false } } },
        { QStringLiteral("subscription"),
            QJsonObject {
                { QStringLiteral("hold"), false }, { QStringLiteral("schema"), QStringLiteral("evergreen") } } } };
    const QJsonObject product {
        { QStringLiteral("name"), trimmed },
        { QStringLiteral("external_id"), QString() },
        { QStringLiteral("icon"), QString() },
        { QStringLiteral("status"), QStringLiteral("draft") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("latest"), true },
        { QStringLiteral("published_at"), QJsonValue::Null },
        { QStringLiteral("purchase_model"), QStringLiteral("transactable") },
        { QStringLiteral("short_description"), QString() },
        { QStringLiteral("detailed_description"), QString() },
        { QStringLiteral("configurations"),
            QJsonObject { { QStringLiteral("suspend_resume_supported"), false },
                { QStringLiteral("requires_reseller_information"), false } } },
        { QStringLiteral("customer_ui_settings"), uiSettings },
        { QStringLiteral("category"), QJsonValue::Null }, // the server picks its default category
        { QStringLiteral("owner"),
            QJsonObject { { QStringLiteral("id"), account.value(QStringLiteral("id")).toString() },
                { QStringLiteral("name"), account.value(QStringLiteral("name")).toString() } } },
        { QStringLiteral("capabilities"), capabilities },
        { QStringLiteral("visibility"),
            QJsonObject { { QStringLiteral("owner"), true }, { QStringLiteral("listing"), false },
                { QStringLiteral("syndication"), false }, { QStringLiteral("catalog"), false } } },
        { QStringLiteral("usage_rule"), QJsonObject { { QStringLiteral("enabled"), false } } },
        { QStringLiteral("stats"), QJsonObject { { QStringLiteral("versions"), 0 } } },
        { QStringLiteral("changes_description"), QString() },
        { QStringLiteral("public"), false },
    };

    store::OutboxEntry entry;
    entry.body = QJsonObject { { QStringLiteral("name"), trimmed } };
    entry.naturalKey = trimmed;

    store::CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(QStringLiteral("product: cannot begin a transaction"));
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto created = changes.create(kProducts, QString(), product, entry);
    if (!created)
        return failure(QStringLiteral("product: %1").arg(created.error()));
    const QString productId = created.value().id;
    // The server creates its own copies of these: no outbox entries; matched after the product is pushed.
    for (auto [kind, object] : examples(trimmed)) {
        object.insert(QStringLiteral("id"),
            QString(store::LocalChanges::localIdPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        object.insert(kGenerated, true);
        if (!m_objects.putLocal(kind, productId, object))
            return failure(QStringLiteral("%1: %2").arg(kind, m_objects.lastError()));
    }
    if (!transaction.commit())
        return failure(QStringLiteral("product: commit failed"));
    return CreatedId { productId };
}

core::Result<bool, EditError> ProductEditor::updateProduct(const QString &productId, const QJsonObject &patch)
{
    const auto before = product(productId);
    if (!before)
        return failure(QStringLiteral("product: Product %1 not found.").arg(productId));
    QStringList errors;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!productWritable().contains(it.key()))
            errors << QStringLiteral("%1: This field cannot be changed here.").arg(it.key());
    }
    const QJsonObject after = merged(*before, patch);
    errors << rules::validateProductAttributes(after);
    if (isPublished(productId) && text(after, "name") != text(*before, "name"))
        errors << nameLockReason(productId);
    if (!errors.isEmpty())
        return failure(errors);
    store::OutboxEntry entry;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        entry.body.insert(it.key(), after.value(it.key())); // whole top-level values: replayable over any version
    if (entry.body.isEmpty())
        return true;
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.update(kProducts, productId, after, entry);
    if (!done)
        return failure(QStringLiteral("product: %1").arg(done.error()));
    return true;
}

core::Result<bool, EditError> ProductEditor::setLogo(
    const QString &productId, const QByteArray &image, const QString &fileName)
{
    const auto current = product(productId);
    if (!current)
        return failure(QStringLiteral("product: Product %1 not found.").arg(productId));
    const QByteArray type = imageType(image);
    if (type.isEmpty())
        return failure(QStringLiteral("icon: The logo must be a PNG or JPEG image."));
    if (image.size() > kMaxLogoBytes)
        return failure(
            QStringLiteral("icon: The logo must not exceed 1 MB (this one has %1 bytes).").arg(image.size()));
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("upload");
    entry.action = QStringLiteral("icon");
    entry.method = "PUT";
    entry.path = store::collection(kProducts)->objectPath(productId);
    entry.blob = image;
    QString name = fileName.section(QLatin1Char('/'), -1);
    name.remove(QLatin1Char('|'));
    if (name.isEmpty())
        name = type == "image/png" ? QStringLiteral("logo.png") : QStringLiteral("logo.jpg");
    entry.blobName = QStringLiteral("icon|") + name;
    entry.contentType = QString::fromLatin1(type);
    // entry.body stays empty: the pusher then sends only the file part.
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.action(kProducts, productId, *current, entry);
    if (!done)
        return failure(QStringLiteral("icon: %1").arg(done.error()));
    return true;
}

bool ProductEditor::isPublished(const QString &productId) const
{
    const auto current = product(productId);
    if (!current)
        return false;
    return current->value(QStringLiteral("stats")).toObject().value(QStringLiteral("versions")).toInt() > 0
        || rules::canonical(text(*current, "status")) == QLatin1String("published");
}

QString ProductEditor::nameLockReason(const QString &productId) const
{
    if (!isPublished(productId))
        return {};
    return QStringLiteral("name: The product name cannot be changed after the first version is published.");
}

// --- Items, parameters, templates, actions ----------------------------------------------------------------

QStringList ProductEditor::checkItem(const QString &productId, const QJsonObject &item) const
{
    // Units are not cached: any non-empty unit id is accepted here; the server checks it on push.
    const QJsonObject candidate = normalized(kItems, item);
    QStringList errors = rules::validateItem(candidate, siblings(kItems, productId), {});
    const QString id = text(item, "id");
    if (!id.isEmpty()) {
        const auto before = m_objects.get(kItems, id);
        if (before && rules::canonical(text(before->json, "status")) != QLatin1String("draft"))
            errors << rules::validatePublishedItemChange(before->json, candidate);
    }
    return errors;
}

QStringList ProductEditor::checkParameter(const QString &productId, const QJsonObject &parameter) const
{
    return rules::validateParameter(normalized(kParameters, parameter), siblings(kParameters, productId));
}

QStringList ProductEditor::checkTemplate(const QString &productId, const QJsonObject &templ) const
{
    return rules::validateTemplate(normalized(kTemplates, templ), siblings(kTemplates, productId));
}

QStringList ProductEditor::checkAction(const QString &productId, const QJsonObject &action) const
{
    return rules::validateAction(normalized(kActions, action), siblings(kActions, productId));
}

QStringList ProductEditor::check(const QString &kind, const QString &productId, const QJsonObject &object) const
{
    if (kind == kItems)
        return checkItem(productId, object);
    if (kind == kParameters)
        return checkParameter(productId, object);
    if (kind == kTemplates)
        return checkTemplate(productId, object);
    if (kind == kActions)
        return checkAction(productId, object);
    return { QStringLiteral("kind: Unknown kind \"%1\".").arg(kind) };
}

core::Result<CreatedId, EditError> ProductEditor::create(
    const QString &kind, const QString &productId, const QJsonObject &object)
{
    if (!isKnownKind(kind))
        return failure(QStringLiteral("kind: Unknown kind \"%1\".").arg(kind));
    if (!product(productId))
        return failure(QStringLiteral("product: Product %1 not found.").arg(productId));
    QJsonObject candidate = normalized(kind, object);
    candidate.remove(QStringLiteral("id"));
    candidate.remove(kGenerated);
    if (kind == kItems)
        candidate.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const QStringList errors = check(kind, productId, candidate);
    if (!errors.isEmpty())
        return failure(errors);
    store::OutboxEntry entry;
    entry.body = withoutServerFields(candidate);
    entry.naturalKey = kind == kItems ? text(candidate, "mpn")
        : kind == kActions            ? text(candidate, "action")
                                      : text(candidate, "name");
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto created = changes.create(kind, productId, candidate, entry);
    if (!created)
        return failure(QStringLiteral("%1: %2").arg(kind, created.error()));
    return CreatedId { created.value().id };
}

core::Result<bool, EditError> ProductEditor::update(
    const QString &kind, const QString &productId, const QString &id, const QJsonObject &patch)
{
    if (!isKnownKind(kind))
        return failure(QStringLiteral("kind: Unknown kind \"%1\".").arg(kind));
    const auto current = m_objects.get(kind, id);
    if (!current || current->deleted || current->parentId != productId)
        return failure(QStringLiteral("id: %1 %2 not found in product %3.").arg(kind, id, productId));
    QJsonObject after = current->json;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != kGenerated)
            after.insert(it.key(), it.value());
    }
    QStringList errors;
    if (kind == kTemplates) {
        // Connect fixes a template's scope and type at creation.
        const QJsonObject before = normalized(kTemplates, current->json);
        const QJsonObject changed = normalized(kTemplates, after);
        for (const char *key : { "scope", "type" }) {
            if (before.value(QLatin1String(key)) != changed.value(QLatin1String(key)))
                errors << QStringLiteral("%1: The %1 of a template cannot be changed.").arg(QLatin1String(key));
        }
    }
    errors << check(kind, productId, after);
    if (!errors.isEmpty())
        return failure(errors);
    store::OutboxEntry entry;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != kGenerated)
            entry.body.insert(it.key(), after.value(it.key()));
    }
    if (entry.body.isEmpty())
        return true;
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.update(kind, id, after, entry);
    if (!done)
        return failure(QStringLiteral("%1: %2").arg(kind, done.error()));
    return true;
}

core::Result<bool, EditError> ProductEditor::remove(const QString &kind, const QString &productId, const QString &id)
{
    if (!isKnownKind(kind))
        return failure(QStringLiteral("kind: Unknown kind \"%1\".").arg(kind));
    const auto current = m_objects.get(kind, id);
    if (!current || current->deleted || current->parentId != productId)
        return failure(QStringLiteral("id: %1 %2 not found in product %3.").arg(kind, id, productId));
    if (kind == kItems && rules::canonical(text(current->json, "status")) != QLatin1String("draft"))
        return failure(QStringLiteral("Only draft Item can be deleted."));
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.remove(kind, id, {});
    if (!done)
        return failure(QStringLiteral("%1: %2").arg(kind, done.error()));
    return true;
}

core::Result<bool, EditError> ProductEditor::regenerateActionSecret(const QString &productId)
{
    if (!product(productId))
        return failure(QStringLiteral("product: Product %1 not found.").arg(productId));
    // Nothing cached changes (the secret is never stored): the single outbox insert is the whole write.
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("action");
    entry.collection = kProducts;
    entry.objectId = productId;
    entry.method = "POST";
    entry.action = QStringLiteral("regeneratesecret");
    entry.path = store::collection(kProducts)->objectPath(productId) + QStringLiteral("/actions/regeneratesecret");
    const auto queued = m_outbox.enqueue(entry);
    if (!queued)
        return failure(QStringLiteral("product: %1").arg(queued.error()));
    return true;
}

// --- Export / import ----------------------------------------------------------------------------------------

QJsonObject ProductEditor::exportProduct(const QString &productId) const
{
    const auto current = product(productId);
    if (!current)
        return {};
    QJsonObject productJson = *current;
    productJson.remove(kGenerated);
    QJsonObject definition { { QStringLiteral("format"), kFormat }, { QStringLiteral("product"), productJson } };
    for (const QString &kind : kinds() + QStringList { QStringLiteral("media") }) {
        QJsonArray array;
        for (const store::CachedObject &object : m_objects.list(kind, productId)) {
            QJsonObject json = object.json;
            json.remove(kGenerated);
            array.append(json);
        }
        definition.insert(kind, array);
    }
    return definition;
}

core::Result<CreatedId, EditError> ProductEditor::importProduct(const QJsonObject &definition)
{
    // 1. Check the whole file before writing anything.
    QStringList errors;
    if (definition.value(QStringLiteral("format")).toString() != kFormat)
        return failure(QStringLiteral("format: Not a product definition (expected \"%1\").").arg(kFormat));
    const QJsonObject source = definition.value(QStringLiteral("product")).toObject();
    QJsonObject profile;
    for (const QString &key : productWritable()) {
        if (source.contains(key) && key != QLatin1String("name") && key != QLatin1String("changes_description"))
            profile.insert(key, source.value(key));
    }
    QJsonObject checked = profile;
    checked.insert(QStringLiteral("name"), source.value(QStringLiteral("name")).toString().trimmed());
    for (const QString &error : rules::validateProductAttributes(checked))
        errors << QStringLiteral("product: %1").arg(error);

    QHash<QString, QList<QJsonObject>> parts;
    for (const QString &kind : kinds()) {
        const QJsonValue value = definition.value(kind);
        if (!value.isUndefined() && !value.isArray()) {
            errors << QStringLiteral("%1: Expected a list.").arg(kind);
            continue;
        }
        QList<QJsonObject> accepted;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject object = withoutServerFields(array.at(i).toObject());
            object = normalized(kind, object);
            if (kind == kItems)
                object.insert(QStringLiteral("status"), QStringLiteral("draft"));
            // Each part is checked against the parts before it (uniqueness of MPNs, names...).
            QList<QJsonObject> siblingsSoFar = accepted;
            for (qsizetype j = 0; j < siblingsSoFar.size(); ++j)
                siblingsSoFar[j].insert(QStringLiteral("id"), QStringLiteral("import:%1").arg(j));
            QStringList partErrors;
            if (kind == kItems)
                partErrors = rules::validateItem(object, siblingsSoFar, {});
            else if (kind == kParameters)
                partErrors = rules::validateParameter(object, siblingsSoFar);
            else if (kind == kTemplates)
                partErrors = rules::validateTemplate(object, siblingsSoFar);
            else
                partErrors = rules::validateAction(object, siblingsSoFar);
            for (const QString &error : partErrors)
                errors << QStringLiteral("%1: %2").arg(partLabel(kind, int(i), object), error);
            accepted << object;
        }
        parts.insert(kind, accepted);
    }
    if (!errors.isEmpty())
        return failure(errors);

    // 2. Write it all in one transaction: a failure part-way leaves nothing behind.
    store::CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(QStringLiteral("product: cannot begin a transaction"));
    const auto created = createProduct(source.value(QStringLiteral("name")).toString());
    if (!created)
        return created.error();
    const QString productId = created.value().id;
    if (!profile.isEmpty()) {
        const auto updated = updateProduct(productId, profile);
        if (!updated)
            return updated.error();
    }
    // The server creates the example items, parameters and templates with the product. An imported part
    // with the same natural key takes over the example (an update of it, sent to the server's copy after
    // sync); the examples nothing takes over are deleted. Deletes go first so names become free.
    QHash<QString, QHash<QString, QString>> takeOver; // kind -> natural key -> generated id
    for (const QString &kind : kinds()) {
        QSet<QString> wanted;
        for (const QJsonObject &object : parts.value(kind))
            wanted.insert(naturalKey(kind, object));
        for (const store::CachedObject &example : m_objects.list(kind, productId)) {
            const QString key = naturalKey(kind, normalized(kind, example.json));
            if (wanted.contains(key) && !takeOver[kind].contains(key)) {
                takeOver[kind].insert(key, example.id);
                continue;
            }
            const auto removed = remove(kind, productId, example.id);
            if (!removed)
                return removed.error();
        }
    }
    for (const QString &kind : kinds()) {
        const QList<QJsonObject> objects = parts.value(kind);
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject object = objects.at(i);
            if (kind == kItems)
                object.remove(QStringLiteral("status"));
            const QString exampleId = takeOver[kind].take(naturalKey(kind, object));
            QStringList partErrors;
            if (!exampleId.isEmpty()) {
                const auto updated = update(kind, productId, exampleId, object);
                if (!updated)
                    partErrors = updated.error().errors;
            } else {
                const auto made = create(kind, productId, object);
                if (!made)
                    partErrors = made.error().errors;
            }
            if (!partErrors.isEmpty()) {
                for (QString &error : partErrors)
                    error = QStringLiteral("%1: %2").arg(partLabel(kind, int(i), object), error);
                return failure(partErrors);
            }
        }
    }
    // Media (screenshots, videos) are exported for reference but not imported: their files live on the
    // server and are not part of the cached definition.
    if (!transaction.commit())
        return failure(QStringLiteral("product: commit failed"));
    return CreatedId { productId };
}

} // namespace cv::inventory
