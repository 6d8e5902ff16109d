#include "ui/inventory/productpages/pencildelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace cv::ui {

namespace {
const int kPencilWidth = 28;
}

PencilDelegate::PencilDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QRect PencilDelegate::pencilRect(const QRect &cell)
{
    return QRect(cell.right() - kPencilWidth + 1, cell.top(), kPencilWidth, cell.height());
}

void PencilDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem textOption = option;
    textOption.rect.setRight(option.rect.right() - kPencilWidth);
    QStyledItemDelegate::paint(painter, textOption, index);
    QStyleOptionViewItem rest = option;
    rest.rect = pencilRect(option.rect);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &rest, painter, widget); // selection behind the pencil
    painter->save();
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.link().color());
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->drawText(pencilRect(option.rect), Qt::AlignCenter, QString(QChar(0x270E)));
    painter->restore();
}

QSize PencilDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kPencilWidth;
    return size;
}

bool PencilDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && pencilRect(option.rect).contains(mouse->position().toPoint())) {
            Q_EMIT editRequested(index.row());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace cv::ui
