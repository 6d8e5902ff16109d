#pragma once

#include <QJsonObject>
#include <QPair>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}
namespace cv::models {
class ItemsModel;
}

namespace cv::ui {

class ItemDialog;
class WordingProxyModel;

/// The product's items (lab: "Items"): a table, "New Item" (two-step wizard), the pencil or a double
/// click opens the edit dialog with "Delete item". Every change goes through ProductEditor and onto the
/// shared undo stack.
class ItemsPage final : public QWidget
{
    Q_OBJECT

public:
    ItemsPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The product got its server id after a sync.
    void setProductId(const QString &productId);
    void reload();

    QTableView *table() const { return m_table; }
    QPushButton *newItemButton() const { return m_newItem; }
    /// Opens the wizard (window-modal, non-blocking) and returns it.
    ItemDialog *openNewItemDialog();
    /// Opens the edit dialog of the item in `row` of the table.
    ItemDialog *openEditDialog(int row);

Q_SIGNALS:
    /// Something of the product's items changed (saved to the cache).
    void changed();
    /// An item was deleted (undoable); `message` says which, for the undo notice.
    void deleted(const QString &message);

private:
    QList<QPair<QString, QString>> units() const;
    QStringList save(const QString &id, const QJsonObject &before, const QJsonObject &after);
    QStringList remove(const QString &id);

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    models::ItemsModel *m_model;
    WordingProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_newItem;
};

} // namespace cv::ui
