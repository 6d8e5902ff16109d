#include "app/usage/usageactions.h"

#include "app/store/collections.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace cv::usage {

namespace {

const QString kFiles = QStringLiteral("usage_files");
const QString kXlsxType = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

QString idOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("id")).toString();
}

QJsonObject ref(const QString &id, const QString &name)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } };
}

} // namespace

UsageActions::UsageActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_objects(objects)
    , m_outbox(outbox)
    , m_changes(std::make_unique<store::LocalChanges>(db, objects, outbox))
{ }

UsageActions::~UsageActions() = default;

QList<std::pair<QString, QString>> UsageActions::products() const
{
    QList<std::pair<QString, QString>> list;
    for (const store::CachedObject &product : m_objects.list(QStringLiteral("products"), QString()))
        list.append({ product.id, product.json.value(QStringLiteral("name")).toString() });
    std::sort(list.begin(), list.end(),
        [](const auto &a, const auto &b) { return a.second.compare(b.second, Qt::CaseInsensitive) < 0; });
    return list;
}

QList<ContractChoice> UsageActions::contracts() const
{
    QList<ContractChoice> list;
    store::ObjectQuery query;
    query.where(QStringLiteral("type"), QStringLiteral("distribution"));
    query.where(QStringLiteral("status"), QStringLiteral("active"));
    for (const store::CachedObject &contract : m_objects.list(QStringLiteral("contracts"), QString(), query)) {
        const QJsonObject marketplace = contract.json.value(QStringLiteral("marketplace")).toObject();
        list.append({ contract.id, marketplace.value(QStringLiteral("id")).toString(),
            marketplace.value(QStringLiteral("name")).toString(),
            contract.json.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString() });
    }
    std::sort(list.begin(), list.end(), [](const ContractChoice &a, const ContractChoice &b) {
        return a.marketplaceName.compare(b.marketplaceName, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QList<QJsonObject> UsageActions::itemsOf(const QString &productId) const
{
    QList<QJsonObject> items;
    for (const store::CachedObject &item : m_objects.list(QStringLiteral("items"), productId))
        items << item.json;
    return items;
}

core::Result<QString, QStringList> UsageActions::createFile(const NewUsageFile &file)
{
    QStringList errors = validateNewFile(file);
    const auto product
        = file.productId.isEmpty() ? std::nullopt : m_objects.get(QStringLiteral("products"), file.productId);
    if (!file.productId.isEmpty() && !product)
        errors << QStringLiteral("product: Product %1 is not in the offline data.").arg(file.productId);
    const auto contract
        = file.contractId.isEmpty() ? std::nullopt : m_objects.get(QStringLiteral("contracts"), file.contractId);
    if (!file.contractId.isEmpty()
        && (!contract || contract->json.value(QStringLiteral("type")).toString() != QLatin1String("distribution")))
        errors << QStringLiteral("contract: Distribution contract %1 does not exist.").arg(file.contractId);
    else if (contract && contract->json.value(QStringLiteral("status")).toString() != QLatin1String("active"))
        errors << QStringLiteral("contract: Contract %1 is not active.").arg(file.contractId);
    if (!errors.isEmpty())
        return errors;

    // Shown until the server's answer replaces it: what Connect's answer will hold, as far as the cache knows.
    const QJsonObject shown = draftJson(file, product->json, contract->json);
    const QJsonObject period = shown.value(QStringLiteral("period")).toObject();
    const QJsonObject body { { QStringLiteral("name"), file.name.trimmed() },
        { QStringLiteral("description"), file.description }, { QStringLiteral("period"), period },
        { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), file.productId } } },
        { QStringLiteral("contract"), QJsonObject { { QStringLiteral("id"), file.contractId } } } };
    store::OutboxEntry entry;
    entry.body = body;
    const auto created = m_changes->create(kFiles, QString(), shown, entry);
    if (!created)
        return QStringList { QStringLiteral("name: %1").arg(created.error()) };
    return created.value().id;
}

QJsonObject UsageActions::draftJson(const NewUsageFile &file, const QJsonObject &product, const QJsonObject &contract)
{
    const QJsonObject period { { QStringLiteral("from"), isoPeriodTime(file.from) },
        { QStringLiteral("to"), isoPeriodTime(file.to) } };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return { { QStringLiteral("name"), file.name.trimmed() }, { QStringLiteral("description"), file.description },
        { QStringLiteral("status"), QStringLiteral("draft") },
        { QStringLiteral("product"), ref(file.productId, product.value(QStringLiteral("name")).toString()) },
        { QStringLiteral("contract"), ref(file.contractId, contract.value(QStringLiteral("name")).toString()) },
        { QStringLiteral("marketplace"), contract.value(QStringLiteral("marketplace")).toObject() },
        { QStringLiteral("provider"), contract.value(QStringLiteral("issuer")) },
        { QStringLiteral("schema"), usageSchemaName(schemaOfProduct(product)).toLower() },
        { QStringLiteral("period"), period }, { QStringLiteral("created"), now }, { QStringLiteral("updated"), now },
        { QStringLiteral("records"),
            QJsonObject {
                { QStringLiteral("valid"), 0 }, { QStringLiteral("invalid"), 0 }, { QStringLiteral("closed"), 0 } } } };
}

core::Result<QByteArray, QString> UsageActions::templateFor(const QString &fileId) const
{
    const auto file = m_objects.get(kFiles, fileId);
    if (!file)
        return QStringLiteral("usage file %1 is not in the offline data").arg(fileId);
    return templateOf(file->json);
}

core::Result<QByteArray, QString> UsageActions::templateFor(const NewUsageFile &draft) const
{
    if (draft.productId.isEmpty())
        return QStringLiteral("choose a product first");
    const auto product = m_objects.get(QStringLiteral("products"), draft.productId);
    if (!product)
        return QStringLiteral("product %1 is not in the offline data").arg(draft.productId);
    const auto contract
        = draft.contractId.isEmpty() ? std::nullopt : m_objects.get(QStringLiteral("contracts"), draft.contractId);
    return templateOf(draftJson(draft, product->json, contract ? contract->json : QJsonObject()));
}

core::Result<QByteArray, QString> UsageActions::templateOf(const QJsonObject &fileJson) const
{
    const QString productId = idOf(fileJson, "product");
    const QJsonObject product
        = m_objects.get(QStringLiteral("products"), productId).value_or(store::CachedObject {}).json;
    const QJsonObject contract
        = m_objects.get(QStringLiteral("contracts"), idOf(fileJson, "contract")).value_or(store::CachedObject {}).json;
    const QJsonObject marketplace = m_objects.get(QStringLiteral("marketplaces"), idOf(fileJson, "marketplace"))
                                        .value_or(store::CachedObject {})
                                        .json;
    const QList<store::CachedObject> accounts = m_objects.list(QStringLiteral("accounts"), QString());
    const QJsonObject account = accounts.isEmpty() ? QJsonObject() : accounts.first().json;
    const QList<QJsonObject> items = itemsOf(productId);
    if (items.isEmpty())
        return QStringLiteral("product %1 has no items in the offline data; sync first").arg(productId);
    const QByteArray xlsx = writeUsageTemplate(templateInfo(fileJson, product, items, contract, marketplace, account));
    if (xlsx.isEmpty())
        return QStringLiteral("the template could not be written");
    return xlsx;
}

UploadCheck UsageActions::check(const QString &fileId, const QByteArray &xlsx) const
{
    const auto file = m_objects.get(kFiles, fileId);
    if (!file) {
        UploadCheck missing;
        missing.fatal = QStringLiteral("usage file %1 is not in the offline data").arg(fileId);
        return missing;
    }
    const QString productId = idOf(file->json, "product");
    QSet<QString> assets;
    store::ObjectQuery query;
    query.where(QStringLiteral("product_id"), productId);
    for (const store::CachedObject &asset : m_objects.list(QStringLiteral("assets"), QString(), query))
        assets.insert(asset.id);
    return checkUpload(xlsx, file->json, itemsOf(productId), assets);
}

core::Result<bool, QString> UsageActions::upload(const QString &fileId, const QByteArray &xlsx, const QString &fileName)
{
    const auto file = m_objects.get(kFiles, fileId);
    if (!file || file->deleted)
        return QStringLiteral("usage file %1 is not in the offline data").arg(fileId);
    const QString status = file->json.value(QStringLiteral("status")).toString();
    if (!isAllowed(FileAction::Upload, status))
        return QStringLiteral("a usage file in status %1 cannot be uploaded").arg(status);
    const UploadCheck checked = check(fileId, xlsx);
    if (!checked.ok())
        return checked.fatal.isEmpty() ? QStringLiteral("%1 problem(s) in the file").arg(checked.errors.size())
                                       : checked.fatal;
    QJsonObject optimistic = file->json;
    optimistic.insert(QStringLiteral("status"), statusAfter(FileAction::Upload));
    // POST /usage/files/{id}/upload, multipart field "usage_file". Held back while the file has a local id;
    // its create rewrites the path.
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("upload");
    entry.action = QStringLiteral("upload");
    entry.method = "POST";
    entry.blob = xlsx;
    entry.blobName = QStringLiteral("usage_file|") + (fileName.isEmpty() ? QStringLiteral("usage.xlsx") : fileName);
    entry.contentType = kXlsxType;
    const auto queued = m_changes->action(kFiles, fileId, optimistic, entry);
    if (!queued)
        return queued.error();
    return true;
}

core::Result<bool, QString> UsageActions::run(const QString &fileId, FileAction action, const QString &note)
{
    const auto file = m_objects.get(kFiles, fileId);
    if (!file || file->deleted)
        return QStringLiteral("usage file %1 is not in the offline data").arg(fileId);
    const QString status = file->json.value(QStringLiteral("status")).toString();
    if (action == FileAction::Upload || !isAllowed(action, status))
        return QStringLiteral("%1 is not allowed on a usage file in status %2").arg(actionName(action), status);
    if (action == FileAction::Reject && note.trimmed().isEmpty())
        return QStringLiteral("rejection_note: This field is required.");
    QJsonObject optimistic = file->json;
    optimistic.insert(QStringLiteral("status"), statusAfter(action));
    store::OutboxEntry entry;
    entry.action = actionName(action);
    if (action == FileAction::Reject) {
        entry.body = QJsonObject { { QStringLiteral("rejection_note"), note.trimmed() } };
        optimistic.insert(QStringLiteral("rejection_note"), note.trimmed());
    } else if (action == FileAction::Accept) {
        entry.body = QJsonObject { { QStringLiteral("acceptance_note"), note.trimmed() } };
        optimistic.insert(QStringLiteral("acceptance_note"), note.trimmed());
    } else {
        entry.body = QJsonObject {};
    }
    const auto queued = m_changes->action(kFiles, fileId, optimistic, entry);
    if (!queued)
        return queued.error();
    return true;
}

bool UsageActions::isWaitingForSync(const QString &fileId) const
{
    const auto file = m_objects.get(kFiles, fileId);
    return (file && file->dirty) || m_outbox.hasUnpushed(kFiles, fileId);
}

} // namespace cv::usage
