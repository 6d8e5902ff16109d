#include "ui/inventory/productpages/undotoast.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace cv::ui {

UndoToast::UndoToast(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("undoToast"));
    m_message->setObjectName(QStringLiteral("undoToastMessage"));
    m_undo->setObjectName(QStringLiteral("undoToastButton"));
    m_undo->setToolTip(tr("Bring it back (Ctrl+Z)"));
    // Colours and shape: #undoToast in the theme's style sheet.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kShownMs);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        hide();
        // Only the deletion the toast names is undone (not whatever came after it).
        if (m_stack && m_stack->index() == m_index && m_stack->canUndo())
            m_stack->undo();
    });
    hide();
}

void UndoToast::showFor(const QString &message, QUndoStack *stack)
{
    if (m_stack != stack) {
        if (m_stack)
            disconnect(m_stack, nullptr, this, nullptr);
        m_stack = stack;
        if (stack) {
            connect(stack, &QUndoStack::indexChanged, this, [this](int index) {
                if (index != m_index)
                    hide(); // undone by other means, or another step made: the toast no longer applies
            });
            connect(stack, &QObject::destroyed, this, [this] { m_stack = nullptr; });
        }
    }
    m_index = stack ? stack->index() : -1;
    m_message->setText(message);
    show();
    raise();
    m_timer.start();
}

} // namespace cv::ui
