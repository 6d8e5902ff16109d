#include "models/inventory/productlistmodel.h"

#include "app/core/displaytime.h"
#include "app/store/objectrepository.h"

#include <QDateTime>
#include <QJsonObject>

namespace cv::models {

namespace {

const QString s_products = QStringLiteral("products");

} // namespace

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductListModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void ProductListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void ProductListModel::setStatusLabels(const QString &unpublished, const QString &published)
{
    m_unpublished = unpublished;
    m_published = published;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

void ProductListModel::reload()
{
    QList<Row> rows;
    if (m_objects) {
        store::ObjectQuery query;
        if (!m_filter.isEmpty())
            query.containing(m_filter, { QStringLiteral("name"), QStringLiteral("id") });
        static const char *const sortColumns[] = { "name", "id", "status", "updated" };
        query.sortBy(QLatin1String(sortColumns[m_sortColumn]), m_sortOrder, m_sortColumn == 0)
            .sortBy(QStringLiteral("id"));
        const QList<store::CachedObject> objects = m_objects->list(s_products, QString(), query);
        rows.reserve(objects.size());
        for (const store::CachedObject &object : objects) {
            Row row;
            row.id = object.id;
            row.name = object.json.value(QStringLiteral("name")).toString();
            row.status = object.json.value(QStringLiteral("status")).toString();
            row.version = object.json.value(QStringLiteral("version")).toInt();
            // As ProductEditor::isPublished: a published version exists (also after end of sale).
            row.published
                = object.json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("versions")).toInt() > 0
                || (!row.status.isEmpty() && row.status != QLatin1String("draft"));
            row.updatedText = object.json.value(QStringLiteral("events"))
                                  .toObject()
                                  .value(QStringLiteral("updated"))
                                  .toObject()
                                  .value(QStringLiteral("at"))
                                  .toString();
            row.updated = QDateTime::fromString(row.updatedText, Qt::ISODate);
            row.dirty = object.dirty;
            rows << row;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProductListModel::rowOf(const QString &productId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == productId)
            return int(i);
    }
    return -1;
}

QString ProductListModel::productIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductListModel::statusText(const Row &row) const
{
    return row.published ? m_published.arg(row.version) : m_unpublished;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case IdColumn: return row.id;
        case StatusColumn: return statusText(row);
        case UpdatedColumn: return core::displayTime(row.updated);
        }
        return {};
    case Qt::ToolTipRole: return index.column() == NameColumn ? row.name : QVariant();
    case IdRole: return row.id;
    case NameRole: return row.name;
    case StatusRole: return row.status;
    case VersionRole: return row.version;
    case PublishedRole: return row.published;
    case UpdatedRole: return row.updated;
    case DirtyRole: return row.dirty;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case IdColumn: return row.id;
        case StatusColumn: return row.published ? row.version : 0;
        case UpdatedColumn: return row.updated;
        }
        return {};
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_headers.size() ? m_headers.at(section) : QVariant();
}

void ProductListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace cv::models
