#pragma once

#include "app/store/objectrepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace cv::store {
class ObjectRepository;
struct CachedObject;
} // namespace cv::store

namespace cv::models {

/// The shared part of the table models over one product's sub-collection (items, parameters, templates,
/// actions): SQL-side filtering and ordering, one JSON parse per reload into small rows of display and raw
/// values, nothing parsed in data(). Subclasses name their columns and extract a row from an object.
class ProductCollectionModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCollectionModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawValueRole, ///< the column's raw value (for sorting and editing)
        DirtyRole, ///< bool: local edits not yet synced
        StatusRole, ///< the object's raw "status" (items), or empty
    };

    void setRepository(store::ObjectRepository *objects) { m_objects = objects; }
    /// Reads the rows of `productId` (empty: none).
    void reload(const QString &productId);
    void reload() { reload(m_productId); }
    QString productId() const { return m_productId; }

    /// Rows whose indexed text columns (see filterColumns()) or id contain `text` (SQL LIKE); "" = all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// Column titles, worded by the view.
    void setHeaderLabels(const QStringList &labels) { m_headers = labels; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    struct Row
    {
        QString id;
        QString status;
        bool dirty = false;
        QStringList display; ///< one per column
        QVariantList raw; ///< one per column
    };

    ProductCollectionModel(QString collection, int columnCount, QObject *parent);

    /// Indexed columns of the collection searched by the filter (store/collections.cpp).
    virtual QStringList filterColumns() const = 0;
    /// The order of the rows, over the indexed columns; empty = as the server listed them.
    virtual QList<store::ObjectQuery::SortKey> sortKeys() const = 0;
    /// One row from a cached object: fills display and raw for every column.
    virtual void extract(const store::CachedObject &object, Row &row) const = 0;

private:
    QString m_collection;
    int m_columnCount;
    store::ObjectRepository *m_objects = nullptr;
    QString m_productId;
    QString m_filter;
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace cv::models
