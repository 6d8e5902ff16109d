#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}

namespace cv::ui {

/// One undoable edit of a product definition. Undo and redo re-apply the previous / next value through
/// ProductEditor, so every step is saved to the cache and queued for sync like the original edit.
///
/// The edit itself is made before the command is pushed (so a refused edit never enters the stack); the
/// first redo() that QUndoStack::push() calls is therefore skipped.
class ProductEditCommand final : public QUndoCommand
{
public:
    enum class Operation { Update, UpdateProduct, Create, Remove };

    /// `kind` is "items", "parameters", "templates" or "actions" (ignored for UpdateProduct).
    /// Update/UpdateProduct: `before`/`after` are patches of the same keys. Create: `after` is the object
    /// created, `objectId` the id it got. Remove: `before` is the object removed.
    ProductEditCommand(inventory::ProductEditor &editor, Operation operation, const QString &kind,
        const QString &productId, const QString &objectId, const QJsonObject &before, const QJsonObject &after,
        const QString &text);

    void undo() override;
    void redo() override;

    /// The patch that restores `keysOf`'s keys to their values in `current` (Null for absent keys).
    static QJsonObject previousValues(const QJsonObject &current, const QJsonObject &keysOf);
    /// `object` without the fields the server owns (id, status, events, position...), to create it again.
    static QJsonObject creatable(QJsonObject object);

private:
    void apply(bool forward);

    inventory::ProductEditor &m_editor;
    Operation m_operation;
    QString m_kind, m_productId, m_objectId;
    QJsonObject m_before, m_after;
    bool m_skipFirstRedo = true;
};

/// What an undoable save or delete did.
struct EditOutcome
{
    QStringList errors; ///< the editor's refusal ("field: message"); empty when it went through
    bool changed = false; ///< something was written (an update with nothing different writes nothing)
};

/// Creates (`id` empty) or updates an object of `kind` through the editor, sending only the fields that
/// differ from `before` (a published item refuses any other field), and records the step in `undo`.
/// `text` names the step for the undo history.
EditOutcome saveUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &kind,
    const QString &productId, const QString &id, const QJsonObject &before, const QJsonObject &after,
    const QString &text);
/// Applies `patch` to the product itself and records the step in `undo`; `before` is the patch that restores
/// the same keys (ProductEditCommand::previousValues). Writes nothing when `before` equals `patch`.
EditOutcome updateProductUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &productId,
    const QJsonObject &before, const QJsonObject &patch, const QString &text);
/// Deletes an object of `kind` (its last cached version `cached` lets undo create it again).
EditOutcome removeUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &kind,
    const QString &productId, const QString &id, const QJsonObject &cached, const QString &text);

} // namespace cv::ui
