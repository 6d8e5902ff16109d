#include "ui/shell/currentpagestack.h"

#include <QVariant>

#include <algorithm>

namespace cv::ui {

namespace {

const char *const kOwnPolicy = "cvOwnSizePolicy"; ///< a page's size policy while it is not shown

} // namespace

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, &CurrentPageStack::fitToCurrent);
    connect(this, &QStackedWidget::widgetRemoved, this, &CurrentPageStack::fitToCurrent);
}

QSize CurrentPageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize CurrentPageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

int CurrentPageStack::heightForWidth(int width) const
{
    const QWidget *page = currentWidget();
    if (!page)
        return QStackedWidget::heightForWidth(width);
    return std::max(page->hasHeightForWidth() ? page->heightForWidth(width) : -1, page->minimumSizeHint().height());
}

void CurrentPageStack::fitToCurrent()
{
    // The layout's minimum size takes every page's smart minimum, which an Ignored policy makes zero.
    for (int i = 0; i < count(); ++i) {
        QWidget *page = widget(i);
        if (!page->property(kOwnPolicy).isValid())
            page->setProperty(kOwnPolicy, QVariant::fromValue(page->sizePolicy()));
        page->setSizePolicy(page == currentWidget() ? page->property(kOwnPolicy).value<QSizePolicy>()
                                                    : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    updateGeometry();
}

} // namespace cv::ui
