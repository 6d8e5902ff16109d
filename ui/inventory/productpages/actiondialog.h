#pragma once

#include "ui/inventory/productpages/stepdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cv::inventory {
class ProductEditor;
}

namespace cv::ui {

/// Adds or edits an action (a button customers see on their subscription): its id, name, description
/// and scope; checked as you type by ProductEditor::checkAction.
class ActionDialog final : public StepDialog
{
    Q_OBJECT

public:
    ActionDialog(const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &action,
        QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *scopeCombo() const { return m_scope; }

    QJsonObject value() const override;

protected:
    QStringList check(const QJsonObject &candidate) const override;

private:
    const inventory::ProductEditor &m_editor;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_scope;
};

} // namespace cv::ui
