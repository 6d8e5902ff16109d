#include "ui/fulfillment/reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

ReasonDialog::ReasonDialog(int count, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(count > 1 ? tr("Reject %Ln requests", nullptr, count) : tr("Reject request"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Tell the customer why the request is rejected"));
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(count > 1 ? tr("&Reject %Ln", nullptr, count) : tr("&Reject"));
    ok->setObjectName(QStringLiteral("confirmReject"));
    ok->setEnabled(false);
    auto *label = new QLabel(tr("&Reason (required, the customer sees it):"), this);
    label->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace cv::ui
