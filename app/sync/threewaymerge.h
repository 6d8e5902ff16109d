#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::sync {

/// One field changed differently on both sides since the last synced version.
struct FieldConflict
{
    QString field; ///< dotted path, e.g. "customer_ui_settings.description"
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
};

struct MergeResult
{
    QJsonObject merged; ///< theirs, with my changes where only I changed a field
    QList<FieldConflict> conflicts; ///< fields changed on both sides to different values (mine kept in `merged`)
};

/// Field-by-field three-way merge of a locally edited object with a newer server version.
/// Objects are merged recursively; arrays and scalars are whole values. For each field: changed only by
/// the server -> theirs; only locally -> mine; on both sides to the same value -> that value; on both
/// sides differently -> a conflict (mine stays in `merged` until the user decides).
/// Server bookkeeping (`events`, `updated`, `created`, `version`, `status` of server-driven objects...)
/// is never a conflict: see isServerOwned().
MergeResult threeWayMerge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

/// What `changed` sets relative to `base`, as a patch (nested objects as nested patches, removed fields
/// as null). Empty when they are equal. This is the body of an update to push.
QJsonObject diff(const QJsonObject &base, const QJsonObject &changed);

/// Fields the server maintains; local edits never touch them, so the server's value always wins.
bool isServerOwned(const QString &field);

QJsonValue valueAt(const QJsonObject &object, const QString &dottedPath);
void setValueAt(QJsonObject &object, const QString &dottedPath, const QJsonValue &value);

} // namespace cv::sync
