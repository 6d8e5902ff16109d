#include "models/apimodule/integrationmodels.h"

#include "app/apimodule/integrationrules.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>

namespace cv::models {

IntegrationTableModel::IntegrationTableModel(QString collection, int columnCount, int syncColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_collection(std::move(collection))
    , m_columnCount(columnCount)
    , m_syncColumn(syncColumn)
{ }

void IntegrationTableModel::setStore(store::ObjectRepository *objects, store::Outbox *outbox)
{
    m_objects = objects;
    m_outbox = outbox;
    beginResetModel();
    m_rows = readRows();
    endResetModel();
}

QList<IntegrationTableModel::Row> IntegrationTableModel::readRows() const
{
    QList<Row> rows;
    if (!m_objects)
        return rows;
    // The latest entry per object decides: a refusal waits for the user, anything queued waits for sync.
    QHash<QString, QString> refused;
    QSet<QString> waiting;
    if (m_outbox) {
        for (const store::OutboxEntry &entry : m_outbox->failed()) {
            if (entry.collection == m_collection)
                refused.insert(entry.objectId, entry.lastError);
        }
        for (const store::OutboxEntry &entry : m_outbox->pending()) {
            if (entry.collection == m_collection)
                waiting.insert(entry.objectId);
        }
    }
    for (const store::CachedObject &object : m_objects->list(m_collection, QString())) {
        Row row;
        row.id = object.id;
        row.json = object.json;
        row.raw = extract(object.json);
        if (refused.contains(object.id)) {
            row.state = SyncState::Refused;
            row.refusal = refused.value(object.id);
        } else if (waiting.contains(object.id) || object.dirty) {
            row.state = SyncState::Waiting;
        }
        while (row.raw.size() < m_columnCount)
            row.raw.append(QVariant());
        row.raw[m_syncColumn] = static_cast<int>(row.state);
        rows.append(row);
    }
    return rows;
}

void IntegrationTableModel::reload()
{
    const QList<Row> fresh = readRows();
    // In place: rows gone are removed, rows that stay are updated where they are, new rows go at the end.
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIndex.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &now = fresh.at(freshIndex.value(m_rows.at(i).id));
        present.insert(now.id);
        const Row &was = m_rows.at(i);
        if (was.json != now.json || was.state != now.state || was.refusal != now.refusal) {
            m_rows[i] = now;
            Q_EMIT dataChanged(index(i, 0), index(i, m_columnCount - 1));
        }
    }
    for (const Row &row : fresh) {
        if (present.contains(row.id))
            continue;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }
}

void IntegrationTableModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
}

void IntegrationTableModel::setValueLabels(int column, const QHash<QString, QString> &labels)
{
    m_labels.insert(column, labels);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), { Qt::DisplayRole });
}

QString IntegrationTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int IntegrationTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonObject IntegrationTableModel::jsonAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject();
}

IntegrationTableModel::SyncState IntegrationTableModel::syncStateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : SyncState::Synced;
}

QString IntegrationTableModel::refusalAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).refusal : QString();
}

int IntegrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QString IntegrationTableModel::display(int column, const QVariant &raw) const
{
    const QString text
        = raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QStringLiteral(", ")) : raw.toString();
    const auto labels = m_labels.constFind(column);
    if (labels == m_labels.constEnd())
        return text;
    if (raw.typeId() == QMetaType::QStringList) {
        QStringList words;
        for (const QString &value : raw.toStringList())
            words << labels->value(value, value);
        return words.join(QStringLiteral(", "));
    }
    return labels->value(text, text);
}

QVariant IntegrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(index.column(), row.raw.at(index.column()));
    case Qt::ToolTipRole: return index.column() == m_syncColumn && !row.refusal.isEmpty() ? row.refusal : QVariant();
    case IdRole: return row.id;
    case RawValueRole: return row.raw.at(index.column());
    case SyncStateRole: return QVariant::fromValue(row.state);
    case RefusalRole: return row.refusal;
    case JsonRole: return row.json;
    default: return {};
    }
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

TokensModel::TokensModel(QObject *parent)
    : IntegrationTableModel(QStringLiteral("tokens"), ColumnCount, Sync, parent)
{ }

QVariantList TokensModel::extract(const QJsonObject &json) const
{
    const QJsonObject events = json.value(QStringLiteral("events")).toObject();
    QVariantList raw(ColumnCount);
    raw[Name] = json.value(QStringLiteral("name")).toString();
    raw[Id] = json.value(QStringLiteral("id")).toString();
    raw[Status] = json.value(QStringLiteral("status")).toString();
    raw[Created] = events.value(QStringLiteral("created")).toObject().value(QStringLiteral("at")).toString().left(10);
    raw[Extension] = json.value(QStringLiteral("extension")).toObject().value(QStringLiteral("name")).toString();
    raw[Expires] = json.value(QStringLiteral("expiration_date")).toString().left(10);
    // A token without grants may call every module ("*", worded by the view).
    const QStringList granted = apimodule::grantedPermissions(json.value(QStringLiteral("permissions")).toArray());
    raw[Permissions] = granted.isEmpty() ? QStringList { QStringLiteral("*") } : granted;
    raw[Description] = json.value(QStringLiteral("description")).toString();
    return raw;
}

WebhooksModel::WebhooksModel(QObject *parent)
    : IntegrationTableModel(QStringLiteral("webhooks"), ColumnCount, Sync, parent)
{ }

QVariantList WebhooksModel::extract(const QJsonObject &json) const
{
    QVariantList raw(ColumnCount);
    raw[Label] = json.value(QStringLiteral("label")).toString();
    raw[ObjectClass] = json.value(QStringLiteral("object_class")).toString();
    raw[Trigger] = json.value(QStringLiteral("type")).toString();
    const QJsonObject product = json.value(QStringLiteral("product")).toObject();
    raw[Product] = product.value(QStringLiteral("name")).toString(product.value(QStringLiteral("id")).toString());
    raw[Status] = json.value(QStringLiteral("active")).toBool() ? QStringLiteral("active") : QStringLiteral("inactive");
    // The newer of the last success and the last failure: "success"/"failure" with its HTTP status.
    const QJsonObject success = json.value(QStringLiteral("last_success")).toObject();
    const QJsonObject failure = json.value(QStringLiteral("last_failure")).toObject();
    const QJsonObject last
        = success.value(QStringLiteral("time")).toString() >= failure.value(QStringLiteral("time")).toString()
        ? success
        : failure;
    // [time, "success"|"failure", status code]: the time first, so that it sorts by time.
    QStringList call;
    if (!last.isEmpty()) {
        call << last.value(QStringLiteral("time")).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
             << last.value(QStringLiteral("status")).toString();
        if (!last.value(QStringLiteral("status_code")).isNull())
            call << QString::number(last.value(QStringLiteral("status_code")).toInt());
    }
    raw[LastCall] = call;
    raw[Id] = json.value(QStringLiteral("id")).toString();
    return raw;
}

IntegrationFilterModel::IntegrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IntegrationTableModel::RawValueRole);
}

void IntegrationFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void IntegrationFilterModel::setValueFilter(int column, const QString &value)
{
    m_valueColumn = column;
    m_value = value;
    invalidateFilter();
}

bool IntegrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    QAbstractItemModel *source = sourceModel();
    if (!m_value.isEmpty() && m_valueColumn >= 0) {
        const QVariant raw
            = source->index(sourceRow, m_valueColumn, sourceParent).data(IntegrationTableModel::RawValueRole);
        if (raw.toString() != m_value)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool IntegrationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(IntegrationTableModel::RawValueRole);
    const QVariant b = right.data(IntegrationTableModel::RawValueRole);
    if (a.typeId() == QMetaType::QStringList)
        return a.toStringList().join(QLatin1Char(',')).localeAwareCompare(b.toStringList().join(QLatin1Char(','))) < 0;
    if (a.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return a.toString().localeAwareCompare(b.toString()) < 0;
}

} // namespace cv::models
