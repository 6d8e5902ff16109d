#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}

namespace cv::ui {

/// The product's capabilities (REFERENCE §3.2) as a form: each change is saved at once through
/// ProductEditor::updateProduct({"capabilities", "configurations"}) and can be undone.
class CapabilitiesPage final : public QWidget
{
    Q_OBJECT

public:
    CapabilitiesPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProductId(const QString &productId);
    /// Shows the cached product's values.
    void reload();

    QCheckBox *suspendResume() const { return m_suspendResume; }
    QComboBox *ppuSchema() const { return m_ppuSchema; }
    QComboBox *tierLevel() const { return m_tierLevel; }
    QCheckBox *administrativeHold() const { return m_hold; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *addCheck(const QString &objectName, const QString &text, const QString &explanation, QWidget *parent);
    void save();
    void updateEnabled();
    QJsonObject capabilitiesFromForm(QJsonObject capabilities) const;

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    bool m_loading = false;
    QLabel *m_error;
    QCheckBox *m_suspendResume;
    QComboBox *m_ppuSchema;
    QCheckBox *m_ppuDynamic;
    QCheckBox *m_ppuFuture;
    QCheckBox *m_ppuLate;
    QCheckBox *m_consumption;
    QCheckBox *m_draftValidation;
    QCheckBox *m_inquiringValidation;
    QComboBox *m_tierLevel;
    QCheckBox *m_tierSync;
    QCheckBox *m_hold;
};

} // namespace cv::ui
