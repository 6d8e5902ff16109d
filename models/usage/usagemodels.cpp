#include "models/usage/usagemodels.h"

#include "app/store/objectrepository.h"

#include <QJsonObject>

namespace cv::models {

namespace {

QString nameAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

QDateTime timeOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QDateTime createdOf(const QJsonObject &file)
{
    const QString event = file.value(QStringLiteral("events"))
                              .toObject()
                              .value(QStringLiteral("created"))
                              .toObject()
                              .value(QStringLiteral("at"))
                              .toString();
    return timeOf(event.isEmpty() ? file.value(QStringLiteral("created")).toString() : event);
}

bool matchesText(const QString &text, const QStringList &values)
{
    if (text.isEmpty())
        return true;
    for (const QString &value : values) {
        if (value.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
}

} // namespace

UsageFilesModel::UsageFilesModel(QObject *parent)
    : CachedTableModel(ColumnCount, parent)
    , m_word([](const QString &raw) { return raw; })
    , m_date([](const QDateTime &time) { return time.toString(Qt::ISODate); })
{ }

void UsageFilesModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void UsageFilesModel::setStatusFilter(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        reload();
    }
}

void UsageFilesModel::setFilterText(const QString &text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        reload();
    }
}

void UsageFilesModel::setWording(
    std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date)
{
    m_word = std::move(word);
    m_date = std::move(date);
    reload();
}

void UsageFilesModel::reload()
{
    QList<Row> rows;
    if (m_objects) {
        store::ObjectQuery query;
        if (!m_status.isEmpty())
            query.where(QStringLiteral("status"), m_status);
        for (const store::CachedObject &object : m_objects->list(QStringLiteral("usage_files"), QString(), query)) {
            const QJsonObject &f = object.json;
            const QString name = f.value(QStringLiteral("name")).toString();
            const QString product = nameAt(f, "product");
            const QString marketplace = nameAt(f, "marketplace");
            if (!matchesText(m_text,
                    { object.id, name, product, marketplace,
                        f.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString() }))
                continue;
            const QJsonObject period = f.value(QStringLiteral("period")).toObject();
            const QDateTime from = timeOf(period.value(QStringLiteral("from")).toString());
            const QDateTime to = timeOf(period.value(QStringLiteral("to")).toString());
            const QString periodText = from.isValid() && to.isValid()
                ? QStringLiteral("%1 – %2").arg(from.date().toString(Qt::ISODate), to.date().toString(Qt::ISODate))
                : QString();
            const QJsonObject records = f.value(QStringLiteral("records")).toObject();
            const int valid = records.value(QStringLiteral("valid")).toInt();
            const int invalid = records.value(QStringLiteral("invalid")).toInt();
            const QString recordsText
                = invalid > 0 ? QStringLiteral("%1 / %2").arg(valid).arg(invalid) : QString::number(valid);
            const QDateTime created = createdOf(f);
            Row row;
            row.id = object.id;
            row.dirty = object.dirty;
            row.kind = f.value(QStringLiteral("status")).toString();
            const QString schema = f.value(QStringLiteral("schema")).toString().toUpper();
            row.cells = { name, object.id, product, marketplace, periodText, schema, m_word(row.kind), recordsText,
                created.isValid() ? m_date(created) : QString() };
            row.sortValues = { name, object.id, product, marketplace, from, schema, row.kind, valid, created };
            rows << row;
        }
    }
    setRows(std::move(rows));
}

UsageRecordsModel::UsageRecordsModel(QObject *parent)
    : CachedTableModel(ColumnCount, parent)
    , m_word([](const QString &raw) { return raw; })
    , m_date([](const QDateTime &time) { return time.toString(Qt::ISODate); })
{ }

void UsageRecordsModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void UsageRecordsModel::setFile(const QString &fileId)
{
    if (fileId != m_file) {
        m_file = fileId;
        reload();
    }
}

void UsageRecordsModel::setWording(
    std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date)
{
    m_word = std::move(word);
    m_date = std::move(date);
    reload();
}

void UsageRecordsModel::reload()
{
    QList<Row> rows;
    if (m_objects && !m_file.isEmpty()) {
        store::ObjectQuery query;
        query.where(QStringLiteral("usage_file_id"), m_file);
        for (const store::CachedObject &object : m_objects->list(QStringLiteral("usage_records"), QString(), query)) {
            const QJsonObject &r = object.json;
            const QJsonObject item = r.value(QStringLiteral("item")).toObject();
            const QString itemText = QStringLiteral("%1 (%2)").arg(
                item.value(QStringLiteral("name")).toString(), item.value(QStringLiteral("mpn")).toString());
            const QString asset = r.value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toString();
            const QDateTime start = timeOf(r.value(QStringLiteral("start_date")).toString());
            const QDateTime end = timeOf(r.value(QStringLiteral("end_date")).toString());
            const double quantity = r.value(QStringLiteral("usage")).toDouble();
            Row row;
            row.id = object.id;
            row.dirty = object.dirty;
            row.kind = r.value(QStringLiteral("status")).toString();
            row.cells = { r.value(QStringLiteral("record_id")).toString(), itemText, asset,
                start.isValid() ? m_date(start) : QString(), end.isValid() ? m_date(end) : QString(),
                numberText(r.value(QStringLiteral("usage"))), numberText(r.value(QStringLiteral("amount"))),
                m_word(row.kind) };
            row.sortValues = { row.cells.at(RecordColumn), itemText, asset, start, end, quantity,
                r.value(QStringLiteral("amount")).toDouble(), row.kind };
            rows << row;
        }
    }
    setRows(std::move(rows));
}

} // namespace cv::models
