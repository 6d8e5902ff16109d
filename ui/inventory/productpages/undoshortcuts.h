#pragma once

class QUndoStack;
class QWidget;

namespace cv::ui {

/// Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) of `stack` for everything inside `scope`: call it once,
/// on the product page that shares the stack (actions on nested pages too would make the keys ambiguous).
/// Text fields keep their own Ctrl+Z while they have the focus.
void installUndoShortcuts(QWidget *scope, QUndoStack *stack);

} // namespace cv::ui
