#include "models/common/cachedtablemodel.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace cv::models {

namespace {

/// Orders two raw values of one column: numbers and dates by value, text case-insensitively; empty last.
int compareValues(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = !b.isValid() || b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty ? 0 : (aEmpty ? 1 : -1);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

CachedTableModel::CachedTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columnCount)
{ }

void CachedTableModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int CachedTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString CachedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const CachedTableModel::Row *CachedTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CachedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CachedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CachedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return row.cells.value(index.column());
    case IdRole: return row.id;
    case SortRole: return row.sortValues.value(index.column());
    case DirtyRole: return row.dirty;
    case KindRole: return row.kind;
    default: return {};
    }
}

QVariant CachedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.value(section);
}

void CachedTableModel::sortRows(QList<Row> &rows) const
{
    if (m_sortColumn < 0)
        return;
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        const int c = compareValues(a.sortValues.value(m_sortColumn), b.sortValues.value(m_sortColumn));
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.id < b.id;
    });
}

void CachedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids << idAt(index.row());
    sortRows(m_rows);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CachedTableModel::setRows(QList<Row> rows)
{
    sortRows(rows);
    // Remove the rows that went (from the bottom), then walk the new list: a row already shown at this place
    // is updated, one shown further down is moved up, a new one is inserted.
    QSet<QString> incoming;
    for (const Row &row : rows)
        incoming.insert(row.id);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const int at = int(i) < m_rows.size() && m_rows.at(i).id == row.id ? int(i) : rowOf(row.id);
        if (at < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (at != int(i)) {
            beginMoveRows({}, at, at, {}, int(i));
            m_rows.move(at, i);
            endMoveRows();
        }
        Row &current = m_rows[i];
        if (current.cells != row.cells || current.sortValues != row.sortValues || current.dirty != row.dirty
            || current.kind != row.kind) {
            current = row;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), m_columns - 1));
        }
    }
}

} // namespace cv::models
