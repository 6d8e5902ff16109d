#include "ui/fulfillment/requestrowdelegate.h"

#include "models/fulfillment/requestsmodel.h"
#include "ui/style/theme.h"

namespace cv::ui {

void RequestRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::RequestsModel::DirtyRole).toBool())
        return;
    option->font.setItalic(true);
    if (index.column() == models::RequestsModel::StatusColumn) {
        option->text = tr("%1 · not synced").arg(option->text);
        option->palette.setColor(QPalette::Text, Theme::color(Tone::Warning));
    }
}

} // namespace cv::ui
