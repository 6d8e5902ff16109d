#include "ui/fulfillment/approvedialog.h"

#include "app/fulfillment/requestactions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

ApproveDialog::ApproveDialog(
    const QList<QJsonObject> &templates, const QJsonObject &request, int count, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_request(request)
    , m_template(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("approveDialog"));
    setWindowTitle(count > 1 ? tr("Approve %Ln requests", nullptr, count) : tr("Approve request"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const QJsonObject &templ : templates)
        m_template->addItem(
            templ.value(QStringLiteral("name")).toString(), templ.value(QStringLiteral("id")).toString());
    m_preview->setObjectName(QStringLiteral("renderedPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setMinimumSize(520, 260);
    m_note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(count > 1 ? tr("&Approve %Ln", nullptr, count) : tr("&Approve"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmApprove"));

    auto *form = new QFormLayout;
    form->addRow(tr("Activation &template:"), m_template);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *previewLabel = new QLabel(request.isEmpty() ? tr("The template (values are filled in for each request):")
                                                      : tr("What the customer will receive:"),
        this);
    previewLabel->setBuddy(m_preview); // names the preview for screen readers
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ApproveDialog::render);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    render();
}

QString ApproveDialog::templateId() const
{
    return m_template->currentData().toString();
}

QString ApproveDialog::renderedText() const
{
    return m_preview->toPlainText();
}

void ApproveDialog::render()
{
    const int index = m_template->currentIndex();
    const bool has = index >= 0 && index < m_templates.size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(has);
    if (!has) {
        m_preview->setPlainText(QString());
        m_note->setText(tr("This product has no activation template in the local cache. Create one in Inventory, "
                           "then sync."));
        return;
    }
    const QJsonObject &templ = m_templates.at(index);
    const QString text = m_request.isEmpty() ? templ.value(QStringLiteral("body")).toString()
                                             : fulfillment::renderForRequest(templ, m_request);
    // Markdown without raw HTML: a value cannot inject markup; QTextBrowser loads nothing remote.
    m_preview->document()->setMarkdown(
        text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_note->setText(tr("The request is approved in the local cache at once and on Connect at the next sync."));
}

} // namespace cv::ui
