#include "app/sync/threewaymerge.h"

#include <QSet>

namespace cv::sync {

namespace {

void mergeInto(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QString &prefix,
    QJsonObject &out, QList<FieldConflict> &conflicts)
{
    QSet<QString> keys;
    for (const QJsonObject *side : { &base, &mine, &theirs }) {
        for (auto it = side->begin(); it != side->end(); ++it)
            keys.insert(it.key());
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &key : sorted) {
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        QJsonValue result;
        if (isServerOwned(path) || m == b) {
            result = t;
        } else if (t == b || m == t) {
            result = m;
        } else if (m.isObject() && t.isObject() && (b.isObject() || b.isUndefined() || b.isNull())) {
            QJsonObject nested;
            mergeInto(b.toObject(), m.toObject(), t.toObject(), path, nested, conflicts);
            result = nested;
        } else {
            conflicts.append({ path, b, m, t });
            result = m;
        }
        if (!result.isUndefined())
            out.insert(key, result);
    }
}

} // namespace

bool isServerOwned(const QString &field)
{
    static const QSet<QString> owned { QStringLiteral("id"), QStringLiteral("events"), QStringLiteral("updated"),
        QStringLiteral("created"), QStringLiteral("version"), QStringLiteral("stats"), QStringLiteral("local_id"),
        QStringLiteral("published_at"), QStringLiteral("latest") };
    return owned.contains(field.section(QLatin1Char('.'), 0, 0));
}

MergeResult threeWayMerge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    MergeResult result;
    mergeInto(base, mine, theirs, {}, result.merged, result.conflicts);
    return result;
}

QJsonObject diff(const QJsonObject &base, const QJsonObject &changed)
{
    QJsonObject patch;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const QJsonValue before = base.value(it.key());
        if (before == it.value() || isServerOwned(it.key()))
            continue;
        if (before.isObject() && it.value().isObject()) {
            const QJsonObject nested = diff(before.toObject(), it.value().toObject());
            if (!nested.isEmpty())
                patch.insert(it.key(), nested);
        } else {
            patch.insert(it.key(), it.value());
        }
    }
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!changed.contains(it.key()) && !isServerOwned(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    return patch;
}

QJsonValue valueAt(const QJsonObject &object, const QString &dottedPath)
{
    const QStringList parts = dottedPath.split(QLatin1Char('.'));
    QJsonValue current = object;
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue::Undefined;
        current = current.toObject().value(part);
    }
    return current;
}

void setValueAt(QJsonObject &object, const QString &dottedPath, const QJsonValue &value)
{
    const qsizetype dot = dottedPath.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(dottedPath);
        else
            object.insert(dottedPath, value);
        return;
    }
    const QString head = dottedPath.left(dot);
    QJsonObject child = object.value(head).toObject();
    setValueAt(child, dottedPath.mid(dot + 1), value);
    object.insert(head, child);
}

} // namespace cv::sync
