#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace cv::models {

/// A table of light rows built from the cache by a subclass (reload()), for the small collections of the
/// Agreements and Listings modules (tens to hundreds of objects). A reload that keeps the same objects in the
/// same order updates the changed rows in place (dataChanged), so a sync never resets the view's selection,
/// scroll position or editor; otherwise rows are removed and inserted around the ones that stay.
/// Sorting is by the raw values of the column (sortValues), stable, ties by id.
class CachedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTableModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, ///< the raw value of the column
        DirtyRole, ///< bool: local changes not yet confirmed by the server
        KindRole, ///< a subclass's raw code of the row (e.g. the status)
    };

    struct Row
    {
        QString id;
        QStringList cells; ///< display text per column
        QVariantList sortValues; ///< raw value per column
        QString kind;
        bool dirty = false;
    };

    explicit CachedTableModel(int columnCount, QObject *parent = nullptr);

    /// Column titles, given by the view (tr() lives in ui/).
    void setHeaderLabels(const QStringList &labels);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    /// Replaces the rows (sorted here by the current sort column), in place where possible.
    void setRows(QList<Row> rows);

private:
    void sortRows(QList<Row> &rows) const;

    int m_columns;
    QList<Row> m_rows;
    QStringList m_headers;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cv::models
