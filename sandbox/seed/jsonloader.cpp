#include "sandbox/seed/jsonloader.h"

#include "sandbox/api/sandboxcontext.h"
#include "sandbox/store/sandboxstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cv::sandbox {

namespace {

/// Where an object goes: its store kind and its parent (the product of an item, say).
struct Placement
{
    QString kind;
    QString parent;
    QString error; ///< why the object could not be placed
};

struct Rule
{
    QRegularExpression id;
    QString kind;
    int productDigits = -1; ///< capture group holding the product digits (parent = PRD-<digits>), or -1
    bool needsLoneProduct = false; ///< parent = the one product loaded from the directory
    bool inConversation = false; ///< parent = the object's "conversation" (messages)
};

const QList<Rule> &rules()
{
    // Order matters: the most specific patterns first (PRDM before PRD, PRD-x-x-x-0001 before PRD-x-x-x).
    static const QList<Rule> table {
        { QRegularExpression(QStringLiteral("^PRDMSG-(\\d+-\\d+-\\d+)-\\d+$")), QStringLiteral("messages_product"), 1 },
        { QRegularExpression(QStringLiteral("^PRDM-(\\d+-\\d+-\\d+)-\\d+$")), QStringLiteral("media"), 1 },
        { QRegularExpression(QStringLiteral("^PRD-(\\d+-\\d+-\\d+)-\\d{4}$")), QStringLiteral("items"), 1 },
        { QRegularExpression(QStringLiteral("^PRD-\\d+-\\d+-\\d+$")), QStringLiteral("products") },
        { QRegularExpression(QStringLiteral("^PRM-(\\d+-\\d+-\\d+)-\\d+$")), QStringLiteral("parameters"), 1 },
        { QRegularExpression(QStringLiteral("^ACT-(\\d+-\\d+-\\d+)-\\d+$")), QStringLiteral("actions"), 1 },
        { QRegularExpression(QStringLiteral("^TL-")), QStringLiteral("templates"), -1, true },
        { QRegularExpression(QStringLiteral("^PR-")), QStringLiteral("requests") },
        { QRegularExpression(QStringLiteral("^AS-")), QStringLiteral("assets") },
        { QRegularExpression(QStringLiteral("^TCR-")), QStringLiteral("tier_config_requests") },
        { QRegularExpression(QStringLiteral("^TC-")), QStringLiteral("tier_configs") },
        { QRegularExpression(QStringLiteral("^TAR-")), QStringLiteral("tier_account_requests") },
        { QRegularExpression(QStringLiteral("^TA-")), QStringLiteral("tier_accounts") },
        { QRegularExpression(QStringLiteral("^MP-")), QStringLiteral("marketplaces") },
        { QRegularExpression(QStringLiteral("^HB-")), QStringLiteral("hubs") },
        { QRegularExpression(QStringLiteral("^AG[PDS]-")), QStringLiteral("agreements") },
        { QRegularExpression(QStringLiteral("^CR[DP]-")), QStringLiteral("contracts") },
        { QRegularExpression(QStringLiteral("^LSTR-")), QStringLiteral("listing_requests") },
        { QRegularExpression(QStringLiteral("^LST-")), QStringLiteral("listings") },
        { QRegularExpression(QStringLiteral("^UF-")), QStringLiteral("usage_files") },
        { QRegularExpression(QStringLiteral("^UR-")), QStringLiteral("usage_records") },
        { QRegularExpression(QStringLiteral("^ME-")), QStringLiteral("messages"), -1, false, true },
        { QRegularExpression(QStringLiteral("^BR[VP]-")), QStringLiteral("billing_requests") },
        { QRegularExpression(QStringLiteral("^SU-")), QStringLiteral("tokens") },
        { QRegularExpression(QStringLiteral("^WH-")), QStringLiteral("webhooks") },
        { QRegularExpression(QStringLiteral("^CA-")), QStringLiteral("cases") },
        { QRegularExpression(QStringLiteral("^CO-")), QStringLiteral("conversations") },
        { QRegularExpression(QStringLiteral("^CAT-")), QStringLiteral("categories") },
        { QRegularExpression(QStringLiteral("^CU-")), QStringLiteral("units") }, // custom units
        { QRegularExpression(QStringLiteral("^TRN-")), QStringLiteral("translations") },
        { QRegularExpression(QStringLiteral("^LCX-")), QStringLiteral("localization_contexts") },
        { QRegularExpression(QStringLiteral("^(VA|PA)-")), QStringLiteral("accounts") },
    };
    return table;
}

/// Objects without a prefixed id are recognised by their shape.
QString kindByShape(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("local_name")) && object.contains(QStringLiteral("auto_translation")))
        return QStringLiteral("locales");
    if (object.contains(QStringLiteral("unit")) && object.contains(QStringLiteral("description"))
        && object.contains(QStringLiteral("type"))
        && !object.value(QStringLiteral("id")).toString().contains(QLatin1Char('-')))
        return QStringLiteral("units");
    if (object.contains(QStringLiteral("key")) && object.contains(QStringLiteral("value"))
        && !object.contains(QStringLiteral("id")))
        return QStringLiteral("translation_attributes");
    return {};
}

/// What the directory and the store hold, so that an object whose parent is neither is refused.
struct Known
{
    QSet<QString> products;
    QSet<QString> conversations;
};

Placement place(const QJsonObject &object, const QString &loneProduct, const QString &loneTranslation,
    const Known &known, const SandboxStore &store)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    for (const Rule &rule : rules()) {
        const auto match = rule.id.match(id);
        if (!match.hasMatch())
            continue;
        Placement placement { rule.kind, {}, {} };
        if (rule.productDigits > 0) {
            placement.parent = QStringLiteral("PRD-") + match.captured(rule.productDigits);
            if (!known.products.contains(placement.parent) && !store.get(QStringLiteral("products"), placement.parent))
                placement.error = QStringLiteral("%1 belongs to product %2, which is not loaded (add its file)")
                                      .arg(id, placement.parent);
        }
        if (rule.inConversation) {
            const QJsonValue ref = object.value(QStringLiteral("conversation"));
            placement.parent = ref.isObject() ? ref.toObject().value(QStringLiteral("id")).toString() : ref.toString();
            if (placement.parent.isEmpty())
                placement.error = QStringLiteral("message %1 does not name its conversation").arg(id);
            else if (!known.conversations.contains(placement.parent)
                && !store.get(QStringLiteral("conversations"), placement.parent))
                placement.error = QStringLiteral("message %1 belongs to conversation %2, which is not loaded")
                                      .arg(id, placement.parent);
        }
        if (rule.needsLoneProduct) {
            if (loneProduct.isEmpty())
                placement.error = QStringLiteral(
                    "%1 does not name its product; load it with exactly one product in the same directory")
                                      .arg(id);
            placement.parent = loneProduct;
        }
        return placement;
    }
    const QString kind = kindByShape(object);
    if (kind == QLatin1String("translation_attributes")) {
        if (loneTranslation.isEmpty())
            return { kind, {},
                QStringLiteral("translation attributes need a translation (TRN-...) loaded from the same directory") };
        return { kind, loneTranslation, {} };
    }
    if (!kind.isEmpty())
        return { kind, {}, {} };
    return { {}, {},
        id.isEmpty() ? QStringLiteral("an object without an id, of no known shape")
                     : QStringLiteral("unknown id prefix in \"%1\"").arg(id) };
}

} // namespace

core::Result<LoadReport, QString> loadJsonDirectory(SandboxContext &context, const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return QStringLiteral("--load: %1: no such directory").arg(directory);
    // Parse everything first: the products and conversations of the whole directory are known before an
    // object is placed under one. A file that cannot be read or placed is skipped whole and listed.
    LoadReport report;
    QList<std::pair<QString, QList<QJsonObject>>> files;
    QString loneProduct;
    QString firstTranslation;
    Known known;
    int products = 0;
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            report.rejected << QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            report.rejected << QStringLiteral("%1: invalid JSON at offset %2: %3")
                                   .arg(file.fileName())
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString());
            continue;
        }
        QList<QJsonObject> objects;
        QString notObject;
        if (doc.isObject()) {
            objects.append(doc.object());
        } else {
            const QJsonArray array = doc.array();
            for (qsizetype i = 0; i < array.size() && notObject.isEmpty(); ++i) {
                if (!array.at(i).isObject())
                    notObject = QStringLiteral("%1: element %2 is not an object").arg(file.fileName()).arg(i);
                objects.append(array.at(i).toObject());
            }
        }
        if (!notObject.isEmpty()) {
            report.rejected << notObject;
            continue;
        }
        for (const QJsonObject &object : objects) {
            const QString id = object.value(QStringLiteral("id")).toString();
            if (QRegularExpression(QStringLiteral("^PRD-\\d+-\\d+-\\d+$")).match(id).hasMatch()) {
                loneProduct = id;
                known.products.insert(id);
                ++products;
            }
            if (id.startsWith(QLatin1String("CO-")))
                known.conversations.insert(id);
            if (id.startsWith(QLatin1String("TRN-")) && firstTranslation.isEmpty())
                firstTranslation = id;
        }
        files.append({ file.fileName(), objects });
    }
    if (products != 1)
        loneProduct.clear();

    SandboxStore &store = context.store();
    QHash<QString, int> seen; // kind + key -> occurrences, to keep repeated ids apart
    for (const auto &[fileName, objects] : files) {
        QList<std::tuple<Placement, QJsonObject, QString>> placed;
        QString refusal;
        for (qsizetype i = 0; i < objects.size() && refusal.isEmpty(); ++i) {
            const Placement placement = place(objects.at(i), loneProduct, firstTranslation, known, store);
            if (!placement.error.isEmpty()) {
                refusal = QStringLiteral("%1: element %2: %3").arg(fileName).arg(i).arg(placement.error);
                break;
            }
            QString key = objects.at(i).value(QStringLiteral("id")).toString();
            if (key.isEmpty()) // translation attributes: keyed within their translation
                key = placement.parent + QLatin1Char('/') + objects.at(i).value(QStringLiteral("key")).toString();
            const int count = ++seen[placement.kind + QLatin1Char('\n') + placement.parent + QLatin1Char('\n') + key];
            if (count > 1)
                key += QStringLiteral("#%1").arg(count);
            placed.append({ placement, objects.at(i), key });
        }
        if (refusal.isEmpty()) {
            store.transaction();
            for (const auto &[placement, object, key] : placed) {
                if (!store.put(placement.kind, object, placement.parent, key)) {
                    refusal = QStringLiteral("%1: cannot store %2 %3").arg(fileName, placement.kind, key);
                    break;
                }
            }
            if (refusal.isEmpty())
                store.commit();
            else
                store.rollback();
        }
        if (refusal.isEmpty())
            report.loaded += int(placed.size());
        else
            report.rejected << refusal;
    }
    return report;
}

} // namespace cv::sandbox
