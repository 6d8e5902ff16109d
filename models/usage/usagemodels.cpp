#include "models/usage/usagemodels.h"

#include "app/store/objectrepository.h"

#include <QJsonObject>

namespace cv::models {

namespace {

using fields::nameAt;
using fields::timeOf;

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

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
}

} // namespace

UsageFilesModel::UsageFilesModel(QObject *parent)
    : CollectionTableModel(QStringLiteral("usage_files"), ColumnCount, parent)
{ }

bool UsageFilesModel::fillRow(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &f = object.json;
    const QString name = f.value(QStringLiteral("name")).toString();
    const QString product = nameAt(f, "product");
    const QString marketplace = nameAt(f, "marketplace");
    if (!matchesFilterText({ object.id, name, product, marketplace,
            f.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString() }))
        return false;
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
    row.kind = f.value(QStringLiteral("status")).toString();
    const QString schema = f.value(QStringLiteral("schema")).toString().toUpper();
    row.cells
        = { name, object.id, product, marketplace, periodText, schema, word(row.kind), recordsText, dateText(created) };
    row.sortValues = { name, object.id, product, marketplace, from, schema, row.kind, valid, created };
    return true;
}

UsageRecordsModel::UsageRecordsModel(QObject *parent)
    : CollectionTableModel(QStringLiteral("usage_records"), ColumnCount, parent)
{ }

bool UsageRecordsModel::fillRow(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &r = object.json;
    const QJsonObject item = r.value(QStringLiteral("item")).toObject();
    const QString itemText = QStringLiteral("%1 (%2)").arg(
        item.value(QStringLiteral("name")).toString(), item.value(QStringLiteral("mpn")).toString());
    const QString asset = r.value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toString();
    const QDateTime start = timeOf(r.value(QStringLiteral("start_date")).toString());
    const QDateTime end = timeOf(r.value(QStringLiteral("end_date")).toString());
    const double quantity = r.value(QStringLiteral("usage")).toDouble();
    row.kind = r.value(QStringLiteral("status")).toString();
    row.cells = { r.value(QStringLiteral("record_id")).toString(), itemText, asset, dateText(start), dateText(end),
        numberText(r.value(QStringLiteral("usage"))), numberText(r.value(QStringLiteral("amount"))), word(row.kind) };
    row.sortValues = { row.cells.at(RecordColumn), itemText, asset, start, end, quantity,
        r.value(QStringLiteral("amount")).toDouble(), row.kind };
    return true;
}

} // namespace cv::models
