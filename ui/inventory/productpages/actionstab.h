#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}
namespace cv::models {
class ActionsModel;
}

namespace cv::ui {

class ActionDialog;
class WordingProxyModel;

/// UI > Actions: the product's actions (add, edit, delete), the JWT secret that signs action links
/// (masked; copy while known, regenerate through the outbox) and the target URL.
class ActionsTab final : public QWidget
{
    Q_OBJECT

public:
    ActionsTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProductId(const QString &productId);
    void reload();
    void flush();
    /// Grows at each Regenerate: a read of the secret started before it is stale when it answers.
    int secretEpoch() const { return m_secretEpoch; }
    /// The secret as last read from the server (kept in memory only; never written to the cache).
    void setKnownSecret(const QString &secret);

    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QLabel *secretLabel() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *regenerateButton() const { return m_regenerate; }
    QLabel *secretNote() const { return m_secretNote; }
    QLineEdit *urlEdit() const { return m_url; }
    ActionDialog *openAddDialog();
    ActionDialog *openEditDialog(int row);

Q_SIGNALS:
    void changed();
    /// Something was deleted (undoable); `message` says what, for the undo notice.
    void deleted(const QString &message);

private:
    QStringList save(const QString &id, const QJsonObject &before, const QJsonObject &after);
    QStringList remove(const QString &id);
    void regenerate();

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    int m_secretEpoch = 0;
    QString m_knownSecret;
    bool m_loading = false;
    models::ActionsModel *m_model;
    WordingProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_secret;
    QPushButton *m_copy;
    QPushButton *m_regenerate;
    QLabel *m_secretNote;
    QLineEdit *m_url;
    QTimer *m_debounce;
    QLabel *m_error;
};

} // namespace cv::ui
