#pragma once

#include "app/api/problem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace cv::ui {

/// Messages shown next to the field that caused them, reusable by any form: a page registers each editor
/// under its API field name ("name", "email", "subject") and gets a label to lay out under it; show() puts each
/// problem (a validation error, a missing permission, a conflict, being offline) under its field, worded by
/// ProblemText, and the rest under the form's general label. The editor's accessible description carries the
/// text too, so a screen reader reads it with the field.
class FieldMessages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessages)

public:
    enum class Tone { Error, Waiting, Info };

    explicit FieldMessages(QWidget *form);

    /// The label under `editor` for API field `field` (created hidden, object name "<prefix>error-<field>").
    QLabel *add(const QString &field, QWidget *editor, const QString &objectNamePrefix = {});
    /// The label for problems with no field of their own (a state rule, an unknown field).
    QLabel *general() const { return m_general; }

    /// Shows `problems` next to their fields (clearing the others).
    void show(const QList<api::Problem> &problems);
    /// Shows Connect-style "field: message" texts (local validation) as validation problems.
    void showValidation(const QStringList &texts);
    /// Shows the reason a queued change was refused (Outbox lastError) next to its field.
    void showSummary(const QString &summary);
    /// Shows `text` under `field` in `tone` (e.g. "Waiting for sync").
    void showText(const QString &field, const QString &text, Tone tone);
    void clear();
    void clear(const QString &field);
    QLabel *label(const QString &field) const;

private:
    void set(QLabel *label, QWidget *editor, const QString &text, Tone tone);

    struct Entry
    {
        QPointer<QWidget> editor;
        QLabel *label = nullptr;
    };
    QHash<QString, Entry> m_fields;
    QLabel *m_general;
};

} // namespace cv::ui
