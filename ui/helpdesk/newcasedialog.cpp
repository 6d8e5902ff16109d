#include "ui/helpdesk/newcasedialog.h"
#include "ui/shell/filedialogs.h"

#include "app/helpdesk/caserules.h"
#include "ui/shell/fieldmessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
QWidget *withMessage(QWidget *parent, QWidget *editor, QLabel *message, QWidget *extra = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(message);
    return box;
}
} // namespace

NewCaseDialog::NewCaseDialog(Open open, QWidget *parent)
    : QDialog(parent)
    , m_open(std::move(open))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_priority(new QComboBox(this))
    , m_attachments(new QListWidget(this))
    , m_addFile(new QPushButton(tr("Add &file…"), this))
    , m_removeFile(new QPushButton(tr("Re&move file"), this))
    , m_messages(new FieldMessages(this))
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New support case"));
    m_subject->setObjectName(QStringLiteral("caseSubject"));
    m_subject->setPlaceholderText(tr("What is the problem, in one line"));
    m_description->setObjectName(QStringLiteral("caseDescription"));
    m_description->setTabChangesFocus(true); // a form field: Tab goes on to Priority
    m_description->setPlaceholderText(tr("What happened, what you expected, and the IDs involved (product, request)"));
    m_priority->setObjectName(QStringLiteral("casePriority"));
    m_priority->addItem(tr("Low"), 0);
    m_priority->addItem(tr("Medium"), 1);
    m_priority->addItem(tr("High"), 2);
    m_priority->addItem(tr("Urgent"), 3);
    m_attachments->setObjectName(QStringLiteral("caseAttachments"));
    m_attachments->setMaximumHeight(90);
    m_addFile->setObjectName(QStringLiteral("addCaseFile"));
    m_removeFile->setObjectName(QStringLiteral("removeCaseFile"));
    auto *fileButtons = new QWidget(this);
    auto *fileRow = new QHBoxLayout(fileButtons);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_addFile);
    fileRow->addWidget(m_removeFile);
    auto *limit = new QLabel(tr("Logs or screenshots, up to %1 each.")
                                 .arg(QLocale().formattedDataSize(helpdesk::rules::kMaxAttachmentBytes)),
        this);
    limit->setProperty("hint", true);
    fileRow->addWidget(limit, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), withMessage(this, m_subject, m_messages->add(QStringLiteral("subject"), m_subject)));
    form->addRow(tr("&Description:"),
        withMessage(this, m_description, m_messages->add(QStringLiteral("description"), m_description)));
    form->addRow(
        tr("&Priority:"), withMessage(this, m_priority, m_messages->add(QStringLiteral("priority"), m_priority)));
    form->addRow(tr("&Attachments:"),
        withMessage(this, m_attachments, m_messages->add(QStringLiteral("attachments"), m_attachments), fileButtons));
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label && field && field->layout() && field->layout()->itemAt(0))
            label->setBuddy(field->layout()->itemAt(0)->widget());
    }
    auto *note
        = new QLabel(tr("The case is saved on this computer at once and sent to Connect on the next sync."), this);
    note->setProperty("hint", true);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openCaseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QStringList paths = FileDialogs::openFileNames(this, QStringLiteral("attachments"), tr("Attach files"));
        for (const QString &path : paths)
            addAttachmentFile(path);
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_attachments->currentRow();
        if (row < 0 || row >= m_files.size())
            return;
        m_files.removeAt(row);
        delete m_attachments->takeItem(row);
        m_messages->clear(QStringLiteral("attachments"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages->general());
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 460);
}

bool NewCaseDialog::addAttachmentFile(const QString &path)
{
    const auto read = helpdesk::CaseActions::readAttachment(path);
    if (!read) {
        QStringList texts;
        for (const QString &text : read.error())
            texts << text;
        m_messages->showValidation(texts);
        return false;
    }
    m_messages->clear(QStringLiteral("attachments"));
    m_files << read.value();
    m_attachments->addItem(
        QStringLiteral("%1 (%2)").arg(read.value().name, QLocale().formattedDataSize(read.value().data.size())));
    return true;
}

void NewCaseDialog::reject()
{
    const bool typed = !m_subject->text().trimmed().isEmpty() || !m_description->toPlainText().trimmed().isEmpty()
        || !m_files.isEmpty();
    if (typed) {
        QMessageBox ask(QMessageBox::Question, tr("Discard this case?"),
            tr("The subject, description and files you entered are not kept."), QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardCaseQuestion"));
        QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = ask.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        ask.setDefaultButton(keep);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void NewCaseDialog::accept()
{
    const QStringList problems
        = m_open(m_subject->text(), m_description->toPlainText(), m_priority->currentData().toInt(), m_files);
    if (!problems.isEmpty()) {
        m_messages->showValidation(problems);
        return;
    }
    QDialog::accept();
}

} // namespace cv::ui
