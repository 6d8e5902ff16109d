#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// Every cached product (drafts and published), filtered and sorted by SQLite over the indexed columns
/// name/status/version/updated (a vendor may have hundreds; nothing is parsed in data()).
class ProductListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Column { NameColumn, IdColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StatusRole, ///< raw status ("draft", "published", ...)
        VersionRole, ///< int
        PublishedRole, ///< bool: has a published version (status is not "draft")
        UpdatedRole, ///< QDateTime (UTC) or invalid
        DirtyRole, ///< bool: local edits not yet synced
        SortRole, ///< the raw value of the column, for sorting
    };

    explicit ProductListModel(QObject *parent = nullptr);

    /// Reads from `objects` (null: empty). Call reload() after a sync or an edit.
    void setRepository(store::ObjectRepository *objects);
    void reload();

    /// Name or id containing `text` (SQL LIKE, case-insensitive for ASCII); "" = every product.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// Column titles and the status words, given by the view (tr() lives in ui/).
    void setHeaderLabels(const QStringList &labels) { m_headers = labels; }
    /// `unpublished` for drafts; `published` with %1 = the version (e.g. "v%1").
    void setStatusLabels(const QString &unpublished, const QString &published);

    /// The row of `productId`, or -1.
    int rowOf(const QString &productId) const;
    QString productIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        QString id, name, status, updatedText;
        QDateTime updated;
        int version = 0;
        bool published = false;
        bool dirty = false;
    };

    QString statusText(const Row &row) const;

    store::ObjectRepository *m_objects = nullptr;
    QList<Row> m_rows;
    QString m_filter;
    QStringList m_headers;
    QString m_unpublished = QStringLiteral("Unpublished");
    QString m_published = QStringLiteral("v%1");
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cv::models
