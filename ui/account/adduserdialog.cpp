#include "ui/account/adduserdialog.h"

#include "ui/shell/fieldmessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

AddUserDialog::AddUserDialog(Invite invite, QWidget *parent)
    : QDialog(parent)
    , m_invite(std::move(invite))
    , m_email(new QLineEdit(this))
    , m_messages(new FieldMessages(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    auto *intro = new QLabel(tr("Connect emails an invitation to this address. The new user enters their name "
                                "when registering and gets access to the account's products, fulfillment queue "
                                "and settings."),
        this);
    intro->setWordWrap(true);
    auto *role = new QLabel(tr("Admin (the one role Connect offers vendor accounts today)"), this);
    role->setObjectName(QStringLiteral("inviteRole"));
    auto *form = new QFormLayout;
    auto *emailBox = new QVBoxLayout;
    emailBox->setSpacing(2);
    emailBox->addWidget(m_email);
    emailBox->addWidget(m_messages->add(QStringLiteral("email"), m_email));
    form->addRow(tr("&Email:"), emailBox);
    qobject_cast<QLabel *>(form->labelForField(emailBox))->setBuddy(m_email);
    form->addRow(tr("Role:"), role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("inviteButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_messages->clear(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messages->general());
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void AddUserDialog::accept()
{
    const QStringList problems = m_invite(m_email->text());
    if (!problems.isEmpty()) {
        m_messages->showValidation(problems);
        adjustSize(); // room for the message under the field
        m_email->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cv::ui
