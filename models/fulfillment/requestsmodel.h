#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include "app/store/requeststore.h"

#include <memory>

namespace cv::store {
class CacheDatabase;
}

namespace cv::models {

/// The cached fulfillment requests as a table that stays instant with 100,000 rows: store::RequestStore
/// filters, counts, sorts and pages in SQLite; the model keeps only a few pages of ~200 light rows.
///
/// Invariants: rowCount() is the filtered count read at the last reload; rows are ordered by the sort
/// column then rowid, so paging is stable; a page is read on first use and dropped when the cache is full.
/// reload() (after a sync or an offline action) updates rows in place: changed rows get dataChanged, new rows
/// are inserted, and persistent indexes (selection, current row) follow their request, so a background sync
/// keeps what the user selected and where they scrolled. Only a new database or filter resets the model.
class RequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsModel)

public:
    enum Column {
        IdColumn,
        TypeColumn,
        StatusColumn,
        ProductColumn,
        CustomerColumn,
        MarketplaceColumn,
        EnvironmentColumn,
        AssigneeColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole, ///< raw type ("purchase", ...)
        StatusRole, ///< raw status ("pending", ...)
        EnvironmentRole, ///< raw connection type ("production", "test", "preview")
        ProductIdRole,
        DirtyRole, ///< bool: changed offline, waiting for sync
        SortRole, ///< the raw value of the column
    };

    /// What to show (compiled to SQL by the store).
    using Filter = store::RequestFilter;
    static QString unassignedFilter() { return store::RequestFilter::unassigned(); }
    static constexpr int PageSize = 200;

    explicit RequestsModel(QObject *parent = nullptr);
    ~RequestsModel() override;

    /// Reads from `db` (null: empty). Call reload() after a sync or an offline action.
    void setDatabase(store::CacheDatabase *db);
    /// Re-reads the cache in place (see the class comment).
    void reload();

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    /// Column titles and display words for raw values, given by the view (tr() lives in ui/).
    void setHeaderLabels(const QStringList &labels);
    void setValueLabels(Column column, const QHash<QString, QString> &labels);

    /// Requests per status for the current filter without its status part (one GROUP BY query).
    QHash<QString, qint64> statusCounts() const { return m_statusCounts; }
    /// Products seen in the requests: (id, name), by name.
    QList<QPair<QString, QString>> products() const;
    /// Assignee names seen in the requests, sorted.
    QStringList assignees() const;

    QString requestIdAt(int row) const;
    /// The row of `id` in the current order, or -1 (one SQL query).
    int rowOf(const QString &id) const;
    /// The request after (or before) `id` in the current order and filter whose status is `status`
    /// ("" = any); "" if none.
    QString adjacentRequest(const QString &id, bool forward, const QString &status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    /// The counts per status changed (after a reload or a filter change).
    void statusCountsChanged();

private:
    using Row = store::RequestRow;
    static_assert(int(ColumnCount) == store::RequestFieldCount);

    store::RequestOrder order() const;
    const Row *rowAt(int row) const;
    QList<Row> readPage(int page) const;
    void resetAll();
    void refresh();
    void updateInPlace();

    std::unique_ptr<store::RequestStore> m_store;
    Filter m_filter;
    QStringList m_headers;
    QHash<int, QHash<QString, QString>> m_labels;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    QHash<QString, qint64> m_statusCounts;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; ///< least recently used first
};

} // namespace cv::models
