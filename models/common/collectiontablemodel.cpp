#include "models/common/collectiontablemodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

CollectionTableModel::CollectionTableModel(QString collection, int columnCount, QObject *parent)
    : CachedTableModel(columnCount, parent)
    , m_collection(std::move(collection))
    , m_word([](const QString &raw) { return raw; })
    , m_date([](const QDateTime &time) { return time.toString(Qt::ISODate); })
{ }

void CollectionTableModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void CollectionTableModel::setFilterText(const QString &text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        reload();
    }
}

void CollectionTableModel::setWording(CodeWords word, DateWords date)
{
    m_word = std::move(word);
    m_date = std::move(date);
    reload();
}

void CollectionTableModel::setColumnFilter(const QString &column, const QString &value)
{
    if (m_filters.value(column) == value)
        return;
    if (value.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, value);
    reload();
}

bool CollectionTableModel::matchesFilterText(const QStringList &values) const
{
    if (m_text.isEmpty())
        return true;
    for (const QString &value : values) {
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void CollectionTableModel::reload()
{
    QList<Row> rows;
    if (m_objects && ready()) {
        store::ObjectQuery query;
        for (auto filter = m_filters.cbegin(); filter != m_filters.cend(); ++filter)
            query.where(filter.key(), filter.value());
        for (const store::CachedObject &object : m_objects->list(m_collection, QString(), query)) {
            Row row;
            row.id = object.id;
            row.dirty = object.dirty;
            if (fillRow(object, row))
                rows << row;
        }
    }
    setRows(std::move(rows));
}

namespace fields {

QString nameAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

QDateTime timeOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

} // namespace fields

} // namespace cv::models
