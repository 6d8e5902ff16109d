#include "models/common/cachedrowsmodel.h"

#include "app/core/displaytime.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>
#include <QSet>

namespace cv::models {

CachedRowsModel::CachedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CachedRowsModel::setHeaders(const QStringList &headers)
{
    m_headers = headers;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

void CachedRowsModel::setLabels(int column, const QHash<QString, QString> &labels)
{
    m_labels.insert(column, labels);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

void CachedRowsModel::setSyncWording(SyncWording wording)
{
    m_syncWording = std::move(wording);
    if (!m_rows.isEmpty() && syncColumn() >= 0)
        Q_EMIT dataChanged(index(0, syncColumn()), index(int(m_rows.size()) - 1, syncColumn()));
}

void CachedRowsModel::setRows(const QList<Row> &rows)
{
    QHash<QString, const Row *> incoming;
    for (const Row &row : rows)
        incoming.insert(row.id, &row);
    // Rows gone from the cache leave one by one (from the bottom, so indexes above stay valid).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_rows.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    QHash<QString, int> position;
    for (int i = 0; i < m_rows.size(); ++i)
        position.insert(m_rows.at(i).id, i);
    for (const Row &row : rows) {
        const auto it = position.constFind(row.id);
        if (it == position.constEnd()) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(row);
            endInsertRows();
            position.insert(row.id, at);
        } else if (!(m_rows.at(*it) == row)) {
            m_rows[*it] = row;
            Q_EMIT dataChanged(index(*it, 0), index(*it, columns() - 1));
        }
    }
}

const CachedRowsModel::Row *CachedRowsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CachedRowsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CachedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CachedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant CachedRowsModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case IdRole: return row->id;
    case SyncStateRole: return int(row->state);
    case ProblemRole: return row->problem;
    case JsonRole: return row->json;
    case SortRole: return value(*row, index.column());
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (index.column() == syncColumn())
            return m_syncWording ? m_syncWording(row->state, row->problem, role == Qt::ToolTipRole) : row->problem;
        if (isDateColumn(index.column()))
            return dateText(value(*row, index.column()));
        const QString raw = value(*row, index.column()).toString();
        return m_labels.value(index.column()).value(raw, raw);
    }
    default: return {};
    }
}

QString CachedRowsModel::dateText(const QVariant &iso)
{
    return core::displayTime(iso.toString());
}

QVariant CachedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QList<CachedRowsModel::Row> CachedRowsModel::rowsFrom(const store::ObjectRepository &objects,
    const store::Outbox &outbox, const QString &collection, const QString &parentId)
{
    QHash<QString, QString> refused;
    for (const store::OutboxEntry &entry : outbox.failed()) {
        if (entry.collection == collection)
            refused.insert(entry.objectId, entry.lastError);
    }
    QList<Row> rows;
    store::ObjectQuery all;
    all.includeDeleted = true; // a removal the server refused stays in sight with its reason
    for (const store::CachedObject &object : objects.list(collection, parentId, all)) {
        if (object.deleted && !refused.contains(object.id))
            continue;
        Row row;
        row.id = object.id;
        row.json = object.json;
        if (refused.contains(object.id)) {
            row.state = SyncState::Refused;
            row.problem = refused.value(object.id);
        } else if (object.dirty) {
            row.state = SyncState::Waiting;
        }
        rows << row;
    }
    return rows;
}

} // namespace cv::models
