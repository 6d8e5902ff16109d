#include "models/fulfillment/requestsmodel.h"

#include "app/store/cachedatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace cv::models {

namespace {

constexpr int kMaxPages = 8;

/// SQL column of each model column (the indexed columns of the requests table).
const QString &sqlColumn(int column)
{
    static const QString columns[RequestsModel::ColumnCount] = { u"id"_s, u"type"_s, u"status"_s, u"product_name"_s,
        u"customer"_s, u"marketplace"_s, u"environment"_s, u"assignee"_s, u"created"_s, u"updated"_s };
    return columns[column];
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        qWarning("RequestsModel: %s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("RequestsModel: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString shortDate(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : iso;
}

} // namespace

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestsModel::~RequestsModel() = default;

void RequestsModel::setDatabase(store::CacheDatabase *db)
{
    m_db = db;
    reload();
}

void RequestsModel::reload()
{
    beginResetModel();
    refresh();
    endResetModel();
    Q_EMIT statusCountsChanged();
}

void RequestsModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
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

RequestsModel::Where RequestsModel::whereClause(bool withStatus) const
{
    Where where;
    QStringList parts { u"deleted = 0"_s };
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        parts << u"%1 IN (%2)"_s.arg(column, placeholders(values.size()));
        for (const QString &value : values)
            where.bindings << value;
    };
    inList(u"type"_s, m_filter.types);
    if (withStatus)
        inList(u"status"_s, m_filter.statuses);
    inList(u"environment"_s, m_filter.environments);
    if (m_filter.assignee == unassignedFilter()) {
        parts << u"(assignee IS NULL OR assignee = '')"_s;
    } else if (!m_filter.assignee.isEmpty()) {
        parts << u"assignee = ?"_s;
        where.bindings << m_filter.assignee;
    }
    if (!m_filter.productId.isEmpty()) {
        parts << u"product_id = ?"_s;
        where.bindings << m_filter.productId;
    }
    // created is ISO 8601 text in UTC, so dates compare as text.
    if (m_filter.createdFrom.isValid()) {
        parts << u"created >= ?"_s;
        where.bindings << m_filter.createdFrom.toString(Qt::ISODate);
    }
    if (m_filter.createdTo.isValid()) {
        parts << u"created < ?"_s;
        where.bindings << m_filter.createdTo.addDays(1).toString(Qt::ISODate);
    }
    const QString search = m_filter.search.trimmed();
    if (!search.isEmpty()) {
        parts << u"(id LIKE ? ESCAPE '\\' OR customer LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(search);
        where.bindings << pattern << pattern << pattern;
    }
    where.sql = parts.join(u" AND "_s);
    return where;
}

QString RequestsModel::orderBy(bool reversed) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    // rowid is the trailing key of every index, so "column, rowid" still walks the column's index.
    return u"%1 %2, rowid %2"_s.arg(sqlColumn(m_sortColumn), direction);
}

void RequestsModel::refresh()
{
    m_pages.clear();
    m_pageOrder.clear();
    m_count = 0;
    m_statusCounts.clear();
    if (!m_db)
        return;
    QSqlQuery query(m_db->db());
    const Where counted = whereClause(false);
    if (exec(query, u"SELECT status, COUNT(*) FROM requests WHERE %1 GROUP BY status"_s.arg(counted.sql),
            counted.bindings)) {
        while (query.next())
            m_statusCounts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    if (m_filter.statuses.isEmpty()) {
        for (qint64 count : std::as_const(m_statusCounts))
            m_count += int(count);
    } else {
        for (const QString &status : m_filter.statuses)
            m_count += int(m_statusCounts.value(status));
    }
}

const RequestsModel::Row *RequestsModel::rowAt(int row) const
{
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        const Where where = whereClause(true);
        QSqlQuery query(m_db->db());
        query.setForwardOnly(true);
        QList<Row> rows;
        rows.reserve(PageSize);
        if (exec(query,
                u"SELECT id, type, status, product_name, customer, marketplace, environment, assignee, created, "
                "updated, product_id, dirty FROM requests WHERE %1 ORDER BY %2 LIMIT %3 OFFSET %4"_s
                    .arg(where.sql, orderBy())
                    .arg(PageSize)
                    .arg(page * PageSize),
                where.bindings)) {
            while (query.next()) {
                Row r;
                for (int c = 0; c < ColumnCount; ++c)
                    r.values[c] = query.value(c).toString();
                r.productId = query.value(ColumnCount).toString();
                r.dirty = query.value(ColumnCount + 1).toInt() != 0;
                rows << r;
            }
        }
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
    QList<QPair<QString, QString>> list;
    if (!m_db)
        return list;
    QSqlQuery query(m_db->db());
    if (exec(query,
            u"SELECT product_id, MAX(product_name) FROM requests WHERE deleted = 0 AND product_id IS NOT NULL "
            "GROUP BY product_id ORDER BY 2"_s,
            {})) {
        while (query.next())
            list.append({ query.value(0).toString(), query.value(1).toString() });
    }
    return list;
}

QStringList RequestsModel::assignees() const
{
    QStringList names;
    if (!m_db)
        return names;
    QSqlQuery query(m_db->db());
    if (exec(query, u"SELECT DISTINCT assignee FROM requests WHERE deleted = 0 AND assignee <> '' ORDER BY 1"_s, {})) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QString RequestsModel::requestIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->values[IdColumn] : QString();
}

int RequestsModel::rowOf(const QString &id) const
{
    if (!m_db || id.isEmpty())
        return -1;
    // Cached pages first (the common case: the row is on screen).
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).values[IdColumn] == id)
                return it.key() * PageSize + int(i);
        }
    }
    const Where where = whereClause(true);
    QSqlQuery query(m_db->db());
    QVariantList bindings = where.bindings;
    bindings << id;
    if (!exec(query,
            u"SELECT n FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY %1) - 1 AS n FROM requests WHERE %2) WHERE id = ?"_s
                .arg(orderBy(), where.sql),
            bindings)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString RequestsModel::adjacentRequest(const QString &id, bool forward, const QString &status) const
{
    if (!m_db)
        return {};
    QSqlQuery query(m_db->db());
    if (!exec(query, u"SELECT %1, rowid FROM requests WHERE id = ?"_s.arg(sqlColumn(m_sortColumn)), { id })
        || !query.next())
        return {};
    const QVariant key = query.value(0);
    const qint64 rowid = query.value(1).toLongLong();
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) == forward;
    const QString column = sqlColumn(m_sortColumn);
    Where where = whereClause(true);
    if (!status.isEmpty()) {
        where.sql += u" AND status = ?"_s;
        where.bindings << status;
    }
    // "After" in the walking direction; SQLite sorts NULL first in ascending order.
    QString after;
    const QString rowidOp = ascending ? u">"_s : u"<"_s;
    if (key.isNull()) {
        after = ascending ? u"((%1 IS NULL AND rowid > ?) OR %1 IS NOT NULL)"_s.arg(column)
                          : u"(%1 IS NULL AND rowid < ?)"_s.arg(column);
        where.bindings << rowid;
    } else {
        after = u"(%1 %2 ? OR (%1 = ? AND rowid %2 ?)%3)"_s.arg(
            column, rowidOp, ascending ? QString() : u" OR %1 IS NULL"_s.arg(column));
        where.bindings << key << key << rowid;
    }
    const QString order = u"%1 %2, rowid %2"_s.arg(column, ascending ? u"ASC"_s : u"DESC"_s);
    if (!exec(query, u"SELECT id FROM requests WHERE %1 AND %2 ORDER BY %3 LIMIT 1"_s.arg(where.sql, after, order),
            where.bindings)
        || !query.next())
        return {};
    return query.value(0).toString();
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
            return shortDate(raw);
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
    return section < m_headers.size() ? m_headers.at(section) : sqlColumn(section);
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
