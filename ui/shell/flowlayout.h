#pragma once

#include <QLayout>
#include <QList>

namespace cv::ui {

/// Lays its items out left to right and starts a new line when the next one would not fit (as words wrap),
/// so a row of chips stays whole in a narrow window instead of holding the window wide or running past its
/// edge. Its minimum width is that of its widest item; its height follows its width (heightForWidth).
/// After Qt's Flow Layout example.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (or only measures, when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace cv::ui
