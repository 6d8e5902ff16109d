#pragma once

#include <QStyledItemDelegate>

namespace cv::ui {

/// Paints a pencil at the right end of a cell; a click on it emits editRequested(row).
class PencilDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PencilDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    static QRect pencilRect(const QRect &cell);

Q_SIGNALS:
    void editRequested(int row);
};

} // namespace cv::ui
