#pragma once

#include <QStyledItemDelegate>

namespace cv::ui {

/// The product table's look: products with local changes not yet synced say so in the status column.
class ProductListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListDelegate)

public:
    explicit ProductListDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cv::ui
