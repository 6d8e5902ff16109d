#pragma once

#include "models/inventory/productcollectionmodel.h"

namespace cv::models {

/// One product's parameters: the id used in requests and templates ("name"), title, type, phase, scope
/// and whether it is required. Wire values; the view words them.
class ParametersModel final : public ProductCollectionModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParametersModel)

public:
    enum Column { NameColumn, TitleColumn, TypeColumn, PhaseColumn, ScopeColumn, RequiredColumn, ColumnCount };

    explicit ParametersModel(QObject *parent = nullptr);

protected:
    QStringList filterColumns() const override;
    QList<store::ObjectQuery::SortKey> sortKeys() const override;
    void extract(const store::CachedObject &object, Row &row) const override;
};

} // namespace cv::models
