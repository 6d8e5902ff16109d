#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace cv::ui {

/// The frame shared by the item and parameter dialogs: in create mode a two-step wizard (Back / Next /
/// Finish), in edit mode all steps on one page with Save and a red Delete button. Connect's rules are
/// checked as you type: every "field: message" goes under its field (once the field was touched), Next
/// is enabled while the current step's fields are valid and Finish/Save while everything is.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    /// Makes the edit (create/update); returns the refusal messages, empty when saved.
    std::function<QStringList(const QJsonObject &)> saveHandler;
    /// Deletes the object; returns the refusal messages, empty when deleted.
    std::function<QStringList()> deleteHandler;

    bool isEditing() const { return m_editing; }
    /// The product the dialog works on.
    QString productId() const { return m_productId; }
    /// The id of the object edited ("" when adding one).
    QString objectId() const;
    /// A sync gave the product or the edited object its server id (old id -> new id): the dialog follows
    /// it in place, keeping what was typed.
    void followRenamedIds(const QHash<QString, QString> &renamed);
    int currentStep() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *deleteButton() const { return m_delete; }
    /// The message shown under `field` ("" if none).
    QString messageFor(const QString &field) const;
    /// Every message currently shown, "field: message".
    QStringList shownMessages() const;

protected:
    /// `original` is the object edited (empty when adding one).
    StepDialog(bool editing, const QString &productId, const QJsonObject &original, QWidget *parent);
    const QJsonObject &original() const { return m_original; }

    /// Builds the layout; call once from the subclass constructor after creating the step widgets.
    void setSteps(const QList<QWidget *> &steps, const QStringList &stepTitles);
    /// An error label under a field; `field` is the rule's field name ("mpn", "constraints.choices").
    QLabel *fieldMessage(const QString &field, int step);
    /// The candidate object as it would be saved.
    virtual QJsonObject value() const = 0;
    /// The rules' messages for value().
    virtual QStringList check(const QJsonObject &candidate) const = 0;
    /// Re-checks; `touchedField` (if any) starts showing its messages.
    void revalidate(const QString &touchedField = {});

private:
    void goToStep(int step);
    void finish();
    void removeObject();
    void showMessages(const QStringList &messages, bool all);
    QString fieldOf(const QString &message) const;
    /// The form label of `field`'s row ("Description"), found beside its message label; "" if none.
    QString fieldTitle(const QString &field) const;

    bool m_editing;
    QString m_productId;
    QJsonObject m_original;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_needed = nullptr; ///< beside the buttons: which fields not yet touched keep Add/Next disabled
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_delete = nullptr;
    QStringList m_stepTitles;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, int> m_fieldStep;
    QSet<QString> m_touched;
    QStringList m_lastMessages;
};

} // namespace cv::ui
