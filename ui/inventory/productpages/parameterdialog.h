#pragma once

#include "ui/inventory/productpages/stepdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cv::inventory {
class ProductEditor;
}

namespace cv::ui {

class ChoicesEditor;

/// "Add Parameter" in two steps (ID, title, description, phase, scope; then type, choices, constraints)
/// and the edit dialog with "Delete parameter". Type, phase and scope are fixed once created (Connect
/// refuses to change them), so they are disabled when editing.
class ParameterDialog final : public StepDialog
{
    Q_OBJECT

public:
    ParameterDialog(const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &parameter,
        QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *phaseCombo() const { return m_phase; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *typeCombo() const { return m_type; }
    ChoicesEditor *choicesEditor() const { return m_choices; }
    QCheckBox *requiredCheck() const { return m_required; }
    QCheckBox *uniqueCheck() const { return m_unique; }
    QCheckBox *hiddenCheck() const { return m_hidden; }

    QJsonObject value() const override;

protected:
    QStringList check(const QJsonObject &candidate) const override;

private:
    void fillScopes();
    void typeChanged();

    const inventory::ProductEditor &m_editor;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_phase;
    QComboBox *m_scope;
    QComboBox *m_type;
    QWidget *m_choicesRow;
    ChoicesEditor *m_choices;
    QCheckBox *m_required;
    QCheckBox *m_unique;
    QCheckBox *m_hidden;
};

} // namespace cv::ui
