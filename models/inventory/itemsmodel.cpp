#include "models/inventory/itemsmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

ItemsModel::ItemsModel(QObject *parent)
    : ProductCollectionModel(QStringLiteral("items"), ColumnCount, parent)
{ }

QStringList ItemsModel::filterColumns() const
{
    return { QStringLiteral("name"), QStringLiteral("mpn") };
}

QList<store::ObjectQuery::SortKey> ItemsModel::sortKeys() const
{
    return {};
}

void ItemsModel::extract(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &json = object.json;
    const QString name = json.value(QStringLiteral("name")).toString();
    const QString mpn = json.value(QStringLiteral("mpn")).toString();
    const QString type = json.value(QStringLiteral("type")).toString();
    const QString period = json.value(QStringLiteral("period")).toString();
    const QJsonObject unit = json.value(QStringLiteral("unit")).toObject();
    QString unitText = unit.value(QStringLiteral("title")).toString();
    if (unitText.isEmpty())
        unitText = unit.value(QStringLiteral("name")).toString();
    if (unitText.isEmpty())
        unitText = unit.value(QStringLiteral("id")).toString();
    row.display = { name, mpn, type, period, unitText, row.status };
    row.raw = { name, mpn, type, period, unit.value(QStringLiteral("id")).toString(), row.status };
}

} // namespace cv::models
