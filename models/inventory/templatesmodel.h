#pragma once

#include "models/inventory/productcollectionmodel.h"

namespace cv::models {

/// One product's templates: name, scope, type (fulfillment, inquire, pending; empty for tier scopes)
/// and title, ordered by scope and type.
class TemplatesModel final : public ProductCollectionModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesModel)

public:
    enum Column { NameColumn, ScopeColumn, TypeColumn, TitleColumn, ColumnCount };

    explicit TemplatesModel(QObject *parent = nullptr);

protected:
    QStringList filterColumns() const override;
    QList<store::ObjectQuery::SortKey> sortKeys() const override;
    void extract(const store::CachedObject &object, Row &row) const override;
};

} // namespace cv::models
