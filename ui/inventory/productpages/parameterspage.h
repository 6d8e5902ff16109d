#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}
namespace cv::models {
class ParametersModel;
}

namespace cv::ui {

class CapabilitiesPage;
class ParameterDialog;
class WordingProxyModel;

/// The product's parameters (lab: "Parameters") with "Add Parameter", edit and delete, and a
/// Capabilities tab (suspend/resume, pay-as-you-go, validation, tiers...).
class ParametersPage final : public QWidget
{
    Q_OBJECT

public:
    ParametersPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProductId(const QString &productId);
    void reload();

    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QTabWidget *tabs() const { return m_tabs; }
    CapabilitiesPage *capabilities() const { return m_capabilities; }
    ParameterDialog *openAddDialog();
    ParameterDialog *openEditDialog(int row);

Q_SIGNALS:
    void changed();
    /// Something was deleted (undoable); `message` says what, for the undo notice.
    void deleted(const QString &message);

private:
    QStringList save(const QString &id, const QJsonObject &before, const QJsonObject &after);
    QStringList remove(const QString &id);

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    models::ParametersModel *m_model;
    WordingProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_add;
    CapabilitiesPage *m_capabilities;
};

} // namespace cv::ui
