#include "ui/shell/rowsfilterproxy.h"

#include "models/common/cachedrowsmodel.h"
#include "ui/style/theme.h"

#include <QBrush>
#include <QColor>

namespace cv::ui {

using models::CachedRowsModel;

RowsFilterProxy::RowsFilterProxy(int syncColumn, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_syncColumn(syncColumn)
{
    setSortRole(CachedRowsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RowsFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void RowsFilterProxy::setColumnFilter(int column, const QString &value)
{
    m_filterColumn = column;
    m_filterValue = value;
    invalidateFilter();
}

QVariant RowsFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.column() == m_syncColumn) {
        const auto state
            = CachedRowsModel::SyncState(QSortFilterProxyModel::data(index, CachedRowsModel::SyncStateRole).toInt());
        if (state == CachedRowsModel::SyncState::Refused)
            return QBrush(Theme::color(Tone::Error));
        if (state == CachedRowsModel::SyncState::Waiting)
            return QBrush(Theme::color(Tone::Warning));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool RowsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_filterColumn >= 0 && !m_filterValue.isEmpty()) {
        const QString raw
            = source->data(source->index(sourceRow, m_filterColumn, sourceParent), CachedRowsModel::SortRole)
                  .toString();
        if (raw != m_filterValue)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive)
            || index.data(CachedRowsModel::IdRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace cv::ui
