#include "ui/inventory/productlistdelegate.h"

#include "models/inventory/productlistmodel.h"

namespace cv::ui {

ProductListDelegate::ProductListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ProductListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == models::ProductListModel::StatusColumn
        && index.data(models::ProductListModel::DirtyRole).toBool()) {
        option->text = tr("%1 · not synced").arg(option->text);
        option->font.setItalic(true);
    }
    if (index.column() == models::ProductListModel::IdColumn && option->text.startsWith(QLatin1String("local:"))) {
        option->text = tr("(assigned at the next sync)");
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() == models::ProductListModel::NameColumn)
        option->font.setBold(true);
}

} // namespace cv::ui
