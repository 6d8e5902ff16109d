#include "models/inventory/templatesmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

TemplatesModel::TemplatesModel(QObject *parent)
    : ProductCollectionModel(QStringLiteral("templates"), ColumnCount, parent)
{ }

QStringList TemplatesModel::filterColumns() const
{
    return { QStringLiteral("name") };
}

QList<store::ObjectQuery::SortKey> TemplatesModel::sortKeys() const
{
    return { { QStringLiteral("scope"), Qt::AscendingOrder }, { QStringLiteral("type"), Qt::AscendingOrder },
        { QStringLiteral("name"), Qt::AscendingOrder, true } };
}

void TemplatesModel::extract(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &json = object.json;
    row.display = { json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("scope")).toString(),
        json.value(QStringLiteral("type")).toString(), json.value(QStringLiteral("title")).toString() };
    row.raw = { row.display.at(0), row.display.at(1), row.display.at(2), row.display.at(3) };
}

} // namespace cv::models
