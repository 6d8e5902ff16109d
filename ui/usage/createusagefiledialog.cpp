#include "ui/usage/createusagefiledialog.h"

#include "app/usage/usageactions.h"
#include "ui/shell/fieldmessages.h"
#include "ui/shell/filedialogs.h"
#include "ui/style/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

CreateUsageFileDialog::CreateUsageFileDialog(usage::UsageActions &actions, bool online, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_products(new QComboBox(this))
    , m_marketplaces(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_offline(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_messages(new FieldMessages(this))
    , m_template(new QPushButton(this))
    , m_templateResult(new QLabel(this))
{
    setObjectName(QStringLiteral("create-usage-file"));
    setWindowTitle(tr("Create usage file"));
    m_products->setObjectName(QStringLiteral("usage-product"));
    m_marketplaces->setObjectName(QStringLiteral("usage-marketplace"));
    m_from->setObjectName(QStringLiteral("usage-from"));
    m_to->setObjectName(QStringLiteral("usage-to"));
    m_name->setObjectName(QStringLiteral("usage-name"));
    m_description->setObjectName(QStringLiteral("usage-description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // Usage is reported for a past month, the usual case: the previous calendar month.
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_from->setDate(thisMonth.addMonths(-1));
    m_to->setDate(thisMonth);
    m_name->setMaxLength(100);
    m_name->setText(tr("Usage %1").arg(thisMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"))));
    m_offline->setWordWrap(true);
    m_offline->setText(tr("You are offline: the usage file is saved on this computer and created on Connect at the "
                          "next sync."));
    m_offline->setVisible(!online);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    // As in the portal's creation dialog (and the lab): the template for the chosen product and period, without
    // creating anything.
    m_template->setObjectName(QStringLiteral("usage-create-template"));
    m_template->setText(tr("Download &template…"));
    m_template->setToolTip(tr("The usage template (.xlsx) for this product and period, to fill in offline"));
    m_buttons->addButton(m_template, QDialogButtonBox::ActionRole);
    m_templateResult->setObjectName(QStringLiteral("usage-create-template-result"));
    m_templateResult->setWordWrap(true);
    m_templateResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateResult->hide();

    for (const auto &[id, name] : actions.products())
        m_products->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
    for (const usage::ContractChoice &choice : actions.contracts())
        m_marketplaces->addItem(
            tr("%1 (%2, contract %3)").arg(choice.marketplaceName, choice.marketplaceId, choice.contractId),
            choice.contractId);

    auto *form = new QFormLayout;
    form->addRow(tr("Product:"), m_products);
    form->addRow(QString(), m_messages->add(QStringLiteral("product"), m_products, QStringLiteral("usage-")));
    form->addRow(tr("Marketplace:"), m_marketplaces);
    form->addRow(QString(), m_messages->add(QStringLiteral("contract"), m_marketplaces, QStringLiteral("usage-")));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("Period (UTC):"), period);
    form->addRow(QString(), m_messages->add(QStringLiteral("period"), m_from, QStringLiteral("usage-")));
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_messages->add(QStringLiteral("name"), m_name, QStringLiteral("usage-")));
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), m_messages->add(QStringLiteral("description"), m_description, QStringLiteral("usage-")));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offline);
    layout->addWidget(m_messages->general());
    layout->addWidget(m_templateResult);
    layout->addWidget(m_buttons);
    resize(560, 380);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUsageFileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateUsageFileDialog::reject);
    connect(m_template, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("usage"), tr("Save usage template"),
            QStringLiteral("usage_template_%1.xlsx").arg(draft().productId), tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            saveTemplate(path);
    });
}

usage::NewUsageFile CreateUsageFileDialog::draft() const
{
    usage::NewUsageFile file;
    file.productId = m_products->currentData().toString();
    file.contractId = m_marketplaces->currentData().toString();
    file.name = m_name->text();
    file.description = m_description->toPlainText();
    file.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    file.to = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC);
    return file;
}

bool CreateUsageFileDialog::saveTemplate(const QString &path)
{
    const auto xlsx = m_actions.templateFor(draft());
    QFile file(path);
    const bool saved = xlsx && file.open(QIODevice::WriteOnly) && file.write(xlsx.value()) == xlsx.value().size();
    m_templateResult->setText(saved ? tr("Template saved to %1.").arg(QDir::toNativeSeparators(path))
            : !xlsx                 ? tr("The template could not be made: %1").arg(xlsx.error())
                                    : tr("%1 could not be written: %2").arg(path, file.errorString()));
    Theme::setTone(m_templateResult, saved ? Tone::Success : Tone::Error);
    m_templateResult->show();
    return saved;
}

void CreateUsageFileDialog::accept()
{
    const auto created = m_actions.createFile(draft());
    if (!created) {
        m_messages->showValidation(created.error());
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace cv::ui
