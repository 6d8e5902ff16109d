#include "models/inventory/parametersmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

ParametersModel::ParametersModel(QObject *parent)
    : ProductCollectionModel(QStringLiteral("parameters"), ColumnCount, parent)
{ }

QStringList ParametersModel::filterColumns() const
{
    return { QStringLiteral("name") };
}

QList<store::ObjectQuery::SortKey> ParametersModel::sortKeys() const
{
    return { { QStringLiteral("position"), Qt::AscendingOrder } };
}

void ParametersModel::extract(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &json = object.json;
    const bool required
        = json.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("required")).toBool();
    row.display = { json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("title")).toString(),
        json.value(QStringLiteral("type")).toString(), json.value(QStringLiteral("phase")).toString(),
        json.value(QStringLiteral("scope")).toString(), QString() };
    row.raw
        = { row.display.at(0), row.display.at(1), row.display.at(2), row.display.at(3), row.display.at(4), required };
}

} // namespace cv::models
