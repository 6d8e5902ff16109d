#pragma once

#include <QStackedWidget>

namespace cv::ui {

/// A QStackedWidget as large as the page it shows. Qt's is as large as its largest page (its layout's minimum
/// size and height-for-width take every page), so in a scroll area a short page scrolled in a space made for
/// the tallest: the six lines of a product's dashboard under a scroll bar after its Preview page had been shown
/// (seen in the walk). Pages not shown count for nothing; the shown one keeps its own size policy.
class CurrentPageStack final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit CurrentPageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;
    /// Measures again after pages were added (a change of page or a removal does it by itself).
    void fitToCurrent();
};

} // namespace cv::ui
