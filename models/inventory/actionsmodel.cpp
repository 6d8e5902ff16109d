#include "models/inventory/actionsmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

ActionsModel::ActionsModel(QObject *parent)
    : ProductCollectionModel(QStringLiteral("actions"), ColumnCount, parent)
{ }

QStringList ActionsModel::filterColumns() const
{
    return { QStringLiteral("action") };
}

QList<store::ObjectQuery::SortKey> ActionsModel::sortKeys() const
{
    return {};
}

void ActionsModel::extract(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &json = object.json;
    row.display = { json.value(QStringLiteral("action")).toString(), json.value(QStringLiteral("name")).toString(),
        json.value(QStringLiteral("title")).toString(), json.value(QStringLiteral("scope")).toString(),
        json.value(QStringLiteral("description")).toString() };
    row.raw = { row.display.at(0), row.display.at(1), row.display.at(2), row.display.at(3), row.display.at(4) };
}

} // namespace cv::models
