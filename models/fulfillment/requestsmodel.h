#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

namespace cv::store {
class CacheDatabase;
}

namespace cv::models {

/// The cached fulfillment requests as a table that stays instant with 100,000 rows: SQLite filters,
/// counts, sorts and pages over the indexed columns of the `requests` table (store/collections.cpp);
/// the model keeps only a few pages of ~200 light rows (no JSON is parsed).
///
/// Invariants: rowCount() is the filtered count read at the last reset; rows are ordered by the sort
/// column then rowid, so paging is stable; a page is read on first use and dropped when the cache is full.
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

    /// What to show; empty lists and strings mean "any".
    struct Filter
    {
        QStringList types, statuses, environments;
        QString assignee; ///< assignee name; unassignedFilter() for requests without one
        QString productId;
        QDate createdFrom, createdTo; ///< inclusive, UTC dates
        QString search; ///< part of the id, customer name or product name

        bool operator==(const Filter &other) const = default;
    };
    static QString unassignedFilter() { return QStringLiteral("\x01unassigned"); }
    static constexpr int PageSize = 200;

    explicit RequestsModel(QObject *parent = nullptr);
    ~RequestsModel() override;

    /// Reads from `db` (null: empty). Call reload() after a sync or an offline action.
    void setDatabase(store::CacheDatabase *db);
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
    struct Row
    {
        QString values[ColumnCount];
        QString productId;
        bool dirty = false;
    };
    struct Where
    {
        QString sql;
        QVariantList bindings;
    };

    Where whereClause(bool withStatus) const;
    QString orderBy(bool reversed = false) const;
    const Row *rowAt(int row) const;
    void refresh();

    store::CacheDatabase *m_db = nullptr;
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
