#pragma once

#include "app/helpdesk/caseactions.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cv::ui {

class FieldMessages;

/// "New case": subject, description, priority and attachments. A file over the size Connect takes is refused
/// when it is added, under the attachments list, before anything is saved or sent. `open` saves the case
/// (offline) and returns the problems found; they show under their fields and the dialog stays open.
class NewCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCaseDialog)

public:
    using Open = std::function<QStringList(
        const QString &subject, const QString &description, int priority, const QList<helpdesk::Attachment> &files)>;
    NewCaseDialog(Open open, QWidget *parent = nullptr);

    /// Adds the file at `path` (what "Add file..." does with the chosen file); false, with the reason under the
    /// list, when it is refused.
    bool addAttachmentFile(const QString &path);
    QLineEdit *subjectField() const { return m_subject; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QComboBox *priorityField() const { return m_priority; }
    QListWidget *attachmentList() const { return m_attachments; }
    FieldMessages *messages() const { return m_messages; }

    void accept() override;
    /// Cancel, Esc or closing: asks before throwing away a subject, description or files typed or added.
    void reject() override;

private:
    Open m_open;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_priority;
    QListWidget *m_attachments;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    FieldMessages *m_messages;
    QList<helpdesk::Attachment> m_files;
};

} // namespace cv::ui
