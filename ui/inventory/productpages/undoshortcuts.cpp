#include "ui/inventory/productpages/undoshortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

namespace cv::ui {

void installUndoShortcuts(QWidget *scope, QUndoStack *stack)
{
    if (!scope || !stack)
        return;
    QAction *undo = stack->createUndoAction(scope);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = stack->createRedoAction(scope);
    redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(undo);
    scope->addAction(redo);
}

} // namespace cv::ui
