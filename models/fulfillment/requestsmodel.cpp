#include "models/fulfillment/requestsmodel.h"

#include "app/core/displaytime.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cv::models {

namespace {

constexpr int kMaxPages = 8;

} // namespace

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestsModel::~RequestsModel() = default;

void RequestsModel::setDatabase(store::CacheDatabase *db)
{
    m_store = db ? std::make_unique<store::RequestStore>(*db) : nullptr;
    resetAll();
}

void RequestsModel::resetAll()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    refresh();
    endResetModel();
    Q_EMIT statusCountsChanged();
}

void RequestsModel::reload()
{
    if (!m_store || m_count == 0) {
        resetAll();
        return;
    }
    updateInPlace();
    Q_EMIT statusCountsChanged();
}

void RequestsModel::updateInPlace()
{
    const int oldCount = m_count;
    const QHash<int, QList<Row>> oldPages = m_pages;
    refresh();
    const int newCount = m_count;
    // The pages the view showed, read again: most changes are visible in them.
    QHash<int, QList<Row>> newPages;
    for (auto it = oldPages.cbegin(); it != oldPages.cend(); ++it)
        newPages.insert(it.key(), readPage(it.key()));

    bool sameOrder = newCount == oldCount;
    for (auto it = oldPages.cbegin(); sameOrder && it != oldPages.cend(); ++it) {
        const QList<Row> &before = it.value();
        const QList<Row> &after = newPages.value(it.key());
        sameOrder = before.size() == after.size();
        for (qsizetype i = 0; sameOrder && i < before.size(); ++i)
            sameOrder = before.at(i).values[IdColumn] == after.at(i).values[IdColumn];
    }
    if (sameOrder) {
        // Same rows in the same places: only the changed ones are repainted.
        m_count = oldCount;
        m_pages = newPages;
        for (auto it = oldPages.cbegin(); it != oldPages.cend(); ++it) {
            const QList<Row> &after = newPages.value(it.key());
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (!(it.value().at(i) == after.at(i))) {
                    const int row = it.key() * PageSize + int(i);
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
            }
        }
        return;
    }

    // Rows moved (a changed request sorts elsewhere) or the count changed: grow first, move every
    // persistent index to its request's new row, then shrink, so the view keeps its selection and scroll.
    m_count = oldCount;
    m_pages.clear();
    m_pageOrder.clear();
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_count = newCount;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_count = newCount;
    m_pages = newPages;
    for (auto it = newPages.cbegin(); it != newPages.cend(); ++it)
        m_pageOrder.append(it.key());
    // Persistent indexes are listed after layoutAboutToBeChanged: views and selection models add theirs then.
    // Each follows the request it showed (read from the pages as they were; rows were only added at the end).
    auto oldId = [&oldPages](int row) {
        const auto page = oldPages.constFind(row / PageSize);
        const qsizetype offset = row % PageSize;
        return page != oldPages.cend() && offset < page->size() ? page->at(offset).values[IdColumn] : QString();
    };
    const QModelIndexList moving = persistentIndexList();
    QHash<QString, int> rows;
    QModelIndexList to;
    to.reserve(moving.size());
    for (const QModelIndex &from : moving) {
        const QString id = oldId(from.row());
        auto found = rows.constFind(id);
        if (found == rows.cend())
            found = rows.insert(id, id.isEmpty() ? -1 : rowOf(id));
        const int row = *found;
        to << (row >= 0 && row < newCount ? index(row, from.column()) : QModelIndex());
    }
    changePersistentIndexList(moving, to);
    m_count = std::max(oldCount, newCount);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_count = newCount;
        endRemoveRows();
    }
}

void RequestsModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    resetAll();
}

void RequestsModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RequestsModel::setValueLabels(Column column, const QHash<QString, QString> &labels)
{
    m_labels.insert(column, labels);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, column), index(m_count - 1, column), { Qt::DisplayRole });
}

store::RequestOrder RequestsModel::order() const
{
    return { store::RequestField(m_sortColumn), m_sortOrder == Qt::AscendingOrder };
}

void RequestsModel::refresh()
{
    m_count = 0;
    m_statusCounts.clear();
    if (!m_store)
        return;
    m_statusCounts = m_store->statusCounts(m_filter);
    if (m_filter.statuses.isEmpty()) {
        for (qint64 count : std::as_const(m_statusCounts))
            m_count += int(count);
    } else {
        for (const QString &status : m_filter.statuses)
            m_count += int(m_statusCounts.value(status));
    }
}

QList<RequestsModel::Row> RequestsModel::readPage(int page) const
{
    return m_store ? m_store->rows(m_filter, order(), page * PageSize, PageSize, m_count) : QList<Row>();
}

const RequestsModel::Row *RequestsModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        QList<Row> rows = readPage(page);
        if (m_pages.size() >= kMaxPages && !m_pageOrder.isEmpty())
            m_pages.remove(m_pageOrder.takeFirst());
        found = m_pages.insert(page, rows);
    } else {
        m_pageOrder.removeOne(page);
    }
    m_pageOrder.append(page);
    const qsizetype offset = row % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QList<QPair<QString, QString>> RequestsModel::products() const
{
    return m_store ? m_store->products() : QList<QPair<QString, QString>>();
}

QStringList RequestsModel::assignees() const
{
    return m_store ? m_store->assignees() : QStringList();
}

QString RequestsModel::requestIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->values[IdColumn] : QString();
}

int RequestsModel::rowOf(const QString &id) const
{
    if (!m_store || id.isEmpty())
        return -1;
    // Cached pages first (the common case: the row is on screen).
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).values[IdColumn] == id)
                return it.key() * PageSize + int(i);
        }
    }
    return m_store->rowOf(m_filter, order(), id);
}

QString RequestsModel::adjacentRequest(const QString &id, bool forward, const QString &status) const
{
    return m_store ? m_store->adjacent(m_filter, order(), id, forward, status) : QString();
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    const QString &raw = r->values[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CreatedColumn || index.column() == UpdatedColumn)
            return core::displayTime(raw);
        return m_labels.value(index.column()).value(raw, raw);
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn || index.column() == UpdatedColumn)
            return raw;
        return {};
    case IdRole: return r->values[IdColumn];
    case TypeRole: return r->values[TypeColumn];
    case StatusRole: return r->values[StatusColumn];
    case EnvironmentRole: return r->values[EnvironmentColumn];
    case ProductIdRole: return r->productId;
    case DirtyRole: return r->dirty;
    case SortRole: return raw;
    default: return {};
    }
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_headers.size() ? m_headers.at(section)
                                      : store::RequestStore::column(store::RequestField(section));
}

void RequestsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_pageOrder.clear();
    // Rows are re-read lazily; persistent indexes cannot follow without reading every row, so they go.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cv::models
