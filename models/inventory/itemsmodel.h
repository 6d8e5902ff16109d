#pragma once

#include "models/inventory/productcollectionmodel.h"

namespace cv::models {

/// One product's items (SKUs): name, MPN, type, billing period, unit, status. Type, period and
/// status are the wire values (reservation, monthly, draft, ...); the view words them.
class ItemsModel final : public ProductCollectionModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemsModel)

public:
    enum Column { NameColumn, MpnColumn, TypeColumn, PeriodColumn, UnitColumn, StatusColumn, ColumnCount };

    explicit ItemsModel(QObject *parent = nullptr);

protected:
    QStringList filterColumns() const override;
    QList<store::ObjectQuery::SortKey> sortKeys() const override;
    void extract(const store::CachedObject &object, Row &row) const override;
};

} // namespace cv::models
