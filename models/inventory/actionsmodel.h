#pragma once

#include "models/inventory/productcollectionmodel.h"

namespace cv::models {

/// One product's actions: the action id, name, title, scope and description.
class ActionsModel final : public ProductCollectionModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsModel)

public:
    enum Column { ActionColumn, NameColumn, TitleColumn, ScopeColumn, DescriptionColumn, ColumnCount };

    explicit ActionsModel(QObject *parent = nullptr);

protected:
    QStringList filterColumns() const override;
    QList<store::ObjectQuery::SortKey> sortKeys() const override;
    void extract(const store::CachedObject &object, Row &row) const override;
};

} // namespace cv::models
