#include "ui/inventory/productpages/producteditcommand.h"

#include <QUndoStack>

#include "app/inventory/producteditor.h"

#include <QHash>

namespace cv::ui {

namespace {

/// Objects re-created by an undo get a new local id; later commands still name the old one. Ids are
/// unique ("local:<uuid>" or server ids), so one map for the process is enough.
QHash<QString, QString> &renamed()
{
    static QHash<QString, QString> map;
    return map;
}

QString currentId(QString id)
{
    for (int guard = 0; guard < 100 && renamed().contains(id); ++guard)
        id = renamed().value(id);
    return id;
}

} // namespace

ProductEditCommand::ProductEditCommand(inventory::ProductEditor &editor, Operation operation, const QString &kind,
    const QString &productId, const QString &objectId, const QJsonObject &before, const QJsonObject &after,
    const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_operation(operation)
    , m_kind(kind)
    , m_productId(productId)
    , m_objectId(objectId)
    , m_before(before)
    , m_after(after)
{ }

void ProductEditCommand::undo()
{
    apply(false);
}

void ProductEditCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    apply(true);
}

void ProductEditCommand::apply(bool forward)
{
    // A refused step (e.g. the item was published meanwhile) leaves the cache as it is; the pages reload
    // from the cache after every undo/redo, so what is shown stays true.
    switch (m_operation) {
    case Operation::UpdateProduct: (void)m_editor.updateProduct(m_productId, forward ? m_after : m_before); break;
    case Operation::Update:
        (void)m_editor.update(m_kind, m_productId, currentId(m_objectId), forward ? m_after : m_before);
        break;
    case Operation::Create:
    case Operation::Remove: {
        const bool create = (m_operation == Operation::Create) == forward;
        if (create) {
            const QJsonObject object = creatable(m_operation == Operation::Create ? m_after : m_before);
            if (auto created = m_editor.create(m_kind, m_productId, object)) {
                // The object lives on under a new local id; commands that name the old one follow it.
                renamed().insert(currentId(m_objectId), created.value().id);
                m_objectId = created.value().id;
            }
        } else {
            (void)m_editor.remove(m_kind, m_productId, currentId(m_objectId));
        }
        break;
    }
    }
}

QJsonObject ProductEditCommand::previousValues(const QJsonObject &current, const QJsonObject &keysOf)
{
    QJsonObject previous;
    for (auto it = keysOf.constBegin(); it != keysOf.constEnd(); ++it)
        previous.insert(it.key(), current.contains(it.key()) ? current.value(it.key()) : QJsonValue(QJsonValue::Null));
    return previous;
}

QJsonObject ProductEditCommand::creatable(QJsonObject object)
{
    for (const char *key : { "id", "local_id", "status", "events", "position", "_generated", "product" })
        object.remove(QLatin1String(key));
    return object;
}

EditOutcome saveUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &kind,
    const QString &productId, const QString &id, const QJsonObject &before, const QJsonObject &after,
    const QString &text)
{
    if (id.isEmpty()) {
        auto created = editor.create(kind, productId, after);
        if (!created)
            return { created.error().errors, false };
        if (undo)
            undo->push(new ProductEditCommand(
                editor, ProductEditCommand::Operation::Create, kind, productId, created.value().id, {}, after, text));
        return { {}, true };
    }
    QJsonObject patch;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    }
    if (patch.isEmpty())
        return {};
    auto updated = editor.update(kind, productId, id, patch);
    if (!updated)
        return { updated.error().errors, false };
    if (undo)
        undo->push(new ProductEditCommand(editor, ProductEditCommand::Operation::Update, kind, productId, id,
            ProductEditCommand::previousValues(before, patch), patch, text));
    return { {}, true };
}

EditOutcome updateProductUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &productId,
    const QJsonObject &before, const QJsonObject &patch, const QString &text)
{
    if (before == patch)
        return {};
    auto updated = editor.updateProduct(productId, patch);
    if (!updated)
        return { updated.error().errors, false };
    if (undo)
        undo->push(new ProductEditCommand(
            editor, ProductEditCommand::Operation::UpdateProduct, {}, productId, {}, before, patch, text));
    return { {}, true };
}

EditOutcome removeUndoable(inventory::ProductEditor &editor, QUndoStack *undo, const QString &kind,
    const QString &productId, const QString &id, const QJsonObject &cached, const QString &text)
{
    auto removed = editor.remove(kind, productId, id);
    if (!removed)
        return { removed.error().errors, false };
    if (undo && !cached.isEmpty())
        undo->push(new ProductEditCommand(
            editor, ProductEditCommand::Operation::Remove, kind, productId, id, cached, {}, text));
    return { {}, true };
}

} // namespace cv::ui
