#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QUndoStack;

namespace cv::ui {

/// A short notice at the bottom of the product page after something was deleted ("Item “SKU A” deleted.")
/// with an Undo button that steps back the product's undo history. Hides by itself after a few seconds,
/// or when the history moves on.
class UndoToast final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoToast)

public:
    static constexpr int kShownMs = 10000;

    explicit UndoToast(QWidget *parent = nullptr);

    /// Shows `message`; Undo undoes the current step of `stack` (the deletion just made).
    void showFor(const QString &message, QUndoStack *stack);
    QLabel *message() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }

private:
    QLabel *m_message;
    QPushButton *m_undo;
    QTimer m_timer;
    QUndoStack *m_stack = nullptr;
    int m_index = -1; ///< the history index right after the deletion
};

} // namespace cv::ui
