#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QLineEdit;

namespace cv::ui {

class FieldMessages;

/// "Add user" (lab guide, Account module): the e-mail of the person to invite. Connect sends them an invitation
/// and they enter their name when registering; the role is Admin, the one role Connect offers vendors today.
/// `invite` saves the invitation and returns the problems found ("email: ..."); the dialog stays open and shows
/// them under the field until the address is accepted.
class AddUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)

public:
    using Invite = std::function<QStringList(const QString &email)>;
    AddUserDialog(Invite invite, QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }

    void accept() override;

private:
    Invite m_invite;
    QLineEdit *m_email;
    FieldMessages *m_messages;
};

} // namespace cv::ui
