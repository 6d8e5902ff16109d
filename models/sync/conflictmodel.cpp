#include "models/sync/conflictmodel.h"

#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cv::models {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictModel::reload(store::CacheDatabase *db)
{
    beginResetModel();
    m_conflicts.clear();
    m_names.clear();
    if (db) {
        m_conflicts = store::ConflictStore(*db).open();
        store::ObjectRepository objects(*db);
        for (const store::Conflict &conflict : std::as_const(m_conflicts)) {
            const QString key = conflict.collection + QLatin1Char('/') + conflict.objectId;
            if (m_names.contains(key))
                continue;
            const auto object = objects.get(conflict.collection, conflict.objectId);
            const QString name = object ? object->json.value(QStringLiteral("name")).toString() : QString();
            m_names.insert(
                key, name.isEmpty() ? conflict.objectId : QStringLiteral("%1 (%2)").arg(name, conflict.objectId));
        }
    }
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Null: return QStringLiteral("(empty)");
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Conflict &conflict = m_conflicts.at(index.row());
    if (role == ConflictIdRole)
        return conflict.id;
    const QJsonValue values[] = { QJsonValue(), QJsonValue(), conflict.base, conflict.mine, conflict.theirs };
    if (role == RawValueRole)
        return index.column() >= BaseColumn ? values[index.column()].toVariant() : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ObjectColumn: return m_names.value(conflict.collection + QLatin1Char('/') + conflict.objectId);
    case FieldColumn: return role == Qt::ToolTipRole ? conflict.field : fieldLabel(conflict);
    case BaseColumn:
    case MineColumn:
    case TheirsColumn: return displayValue(values[index.column()]);
    default: return {};
    }
}

QString ConflictModel::fieldLabel(const store::Conflict &conflict) const
{
    const QString label = m_fieldLabeler ? m_fieldLabeler(conflict.collection, conflict.field) : QString();
    return label.isEmpty() ? conflict.field : label;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    static const char *const keys[] = { "object", "field", "base", "mine", "theirs" };
    return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
}

} // namespace cv::models
