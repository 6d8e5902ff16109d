#pragma once

#include "ui/inventory/productpages/stepdialog.h"

#include <QPair>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cv::inventory {
class ProductEditor;
}

namespace cv::ui {

/// "New Item" (two steps: name and MPN, then type, billing period, unit, precision, commitment) and the
/// edit dialog behind the pencil (all fields, a red "Delete item"). A published item may only change its
/// name, MPN and description; the other fields are disabled and say why.
class ItemDialog final : public StepDialog
{
    Q_OBJECT

public:
    /// `item` is empty for a new item. `units` are the unit ids and titles to offer.
    ItemDialog(const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &item,
        const QList<QPair<QString, QString>> &units, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mpnEdit() const { return m_mpn; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *precisionCombo() const { return m_precision; }
    QComboBox *commitmentCombo() const { return m_commitment; }

    QJsonObject value() const override;

protected:
    QStringList check(const QJsonObject &candidate) const override;

private:
    void fillCommitments();
    void typeChanged();

    const inventory::ProductEditor &m_editor;
    bool m_published = false;
    QLineEdit *m_name;
    QLineEdit *m_mpn;
    QPlainTextEdit *m_description;
    QComboBox *m_type;
    QComboBox *m_period;
    QComboBox *m_unit;
    QComboBox *m_precision;
    QComboBox *m_commitment;
};

} // namespace cv::ui
