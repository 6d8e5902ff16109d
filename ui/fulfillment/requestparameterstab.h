#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QWidget;

namespace cv::ui {

/// The request's parameters: the fulfillment ones editable (validated by type as you type, required ones
/// marked), the ordering ones the customer gave, read-only. "Save" hands the changed values over.
class RequestParametersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestParametersTab)

public:
    explicit RequestParametersTab(QWidget *parent = nullptr);

    /// Shows `request`'s parameters; `editable` when the request's status allows changes.
    void setRequest(const QJsonObject &request, bool editable);
    /// Edited values (parameter id -> value) that differ from the request's.
    QHash<QString, QString> changedValues() const;
    /// Shows a problem under the parameter's field (e.g. the answer to a save).
    void showError(const QString &parameterId, const QString &message);
    /// Validates every edited value; false (and the messages shown) if one is refused.
    bool validateAll();
    /// The first parameter (in screen order) whose field shows a problem; empty if none.
    QString firstFieldWithError() const;
    /// Puts the keyboard in the parameter's field (scrolled into view); false if it has no field.
    bool focusField(const QString &parameterId);

Q_SIGNALS:
    /// The user asked to save `values` (already validated).
    void saveRequested(const QHash<QString, QString> &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QJsonObject param;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    QString valueOf(const Field &field) const;
    bool validate(const QString &id);
    void clear();

    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_fulfillment = nullptr;
    QFormLayout *m_ordering = nullptr;
    QLabel *m_fulfillmentTitle = nullptr;
    QLabel *m_orderingTitle = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, Field> m_fields;
    QStringList m_order;
};

} // namespace cv::ui
