#include "models/inventory/productcollectionmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

ProductCollectionModel::ProductCollectionModel(QString collection, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_collection(std::move(collection))
    , m_columnCount(columnCount)
{ }

void ProductCollectionModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void ProductCollectionModel::reload(const QString &productId)
{
    m_productId = productId;
    QList<Row> rows;
    if (m_objects && !productId.isEmpty()) {
        store::ObjectQuery query;
        if (!m_filter.isEmpty())
            query.containing(m_filter, QStringList { QStringLiteral("id") } + filterColumns());
        query.sortKeys = sortKeys();
        const QList<store::CachedObject> objects = m_objects->list(m_collection, productId, query);
        rows.reserve(objects.size());
        for (const store::CachedObject &object : objects) {
            Row row;
            row.id = object.id;
            row.status = object.json.value(QStringLiteral("status")).toString();
            row.dirty = object.dirty;
            row.display.reserve(m_columnCount);
            row.raw.reserve(m_columnCount);
            extract(object, row);
            while (row.display.size() < m_columnCount)
                row.display << QString();
            while (row.raw.size() < m_columnCount)
                row.raw << QVariant();
            rows << std::move(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ProductCollectionModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ProductCollectionModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ProductCollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductCollectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ProductCollectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return row.display.at(index.column());
    case RawValueRole: return row.raw.at(index.column());
    case IdRole: return row.id;
    case DirtyRole: return row.dirty;
    case StatusRole: return row.status;
    }
    return {};
}

QVariant ProductCollectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_headers.size() ? m_headers.at(section) : QVariant();
}

} // namespace cv::models
