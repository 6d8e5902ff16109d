#pragma once

#include <QSortFilterProxyModel>

namespace cv::ui {

/// Sorting, a search over every column's text and one column filter (e.g. status = "invited") over a
/// models::CachedRowsModel, plus the colour of its sync column (waiting amber, refused red). The source updates
/// rows in place, so a sync keeps the user's sort, search and selection.
class RowsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowsFilterProxy)

public:
    explicit RowsFilterProxy(int syncColumn, QObject *parent = nullptr);

    void setSearch(const QString &text);
    /// Only rows whose raw value (SortRole) in `column` equals `value`; an empty value shows every row.
    void setColumnFilter(int column, const QString &value);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_syncColumn;
    QString m_search;
    int m_filterColumn = -1;
    QString m_filterValue;
};

} // namespace cv::ui
