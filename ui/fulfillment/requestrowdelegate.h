#pragma once

#include <QStyledItemDelegate>

namespace cv::ui {

/// Draws the request table's rows: a request changed offline is in italics and its status reads
/// "not synced", so the vendor sees at a glance what Connect does not know yet.
class RequestRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRowDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cv::ui
