#include "ui/fulfillment/inquiredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

InquireDialog::InquireDialog(const QList<QJsonObject> &templates, const QList<QJsonObject> &parameters, QWidget *parent)
    : QDialog(parent)
    , m_template(new QComboBox(this))
    , m_params(new QTableWidget(int(parameters.size()), 3, this))
{
    setObjectName(QStringLiteral("inquireDialog"));
    setWindowTitle(tr("Inquire: ask the customer"));
    m_template->setObjectName(QStringLiteral("inquireTemplateCombo"));
    m_template->addItem(tr("(no template: the parameter messages only)"), QString());
    for (const QJsonObject &templ : templates)
        m_template->addItem(
            templ.value(QStringLiteral("name")).toString(), templ.value(QStringLiteral("id")).toString());
    if (!templates.isEmpty())
        m_template->setCurrentIndex(1);
    m_params->setObjectName(QStringLiteral("inquireParameters"));
    m_params->setHorizontalHeaderLabels({ tr("Parameter"), tr("Current value"), tr("Message for the customer") });
    m_params->verticalHeader()->hide();
    m_params->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_params->horizontalHeader()->resizeSection(1, 200);
    m_params->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_params->setWordWrap(false);
    for (int row = 0; row < parameters.size(); ++row) {
        const QJsonObject &param = parameters.at(row);
        auto *name = new QTableWidgetItem(
            param.value(QStringLiteral("title")).toString(param.value(QStringLiteral("id")).toString()));
        name->setData(Qt::UserRole, param.value(QStringLiteral("id")).toString());
        name->setFlags(Qt::ItemIsEnabled);
        auto *value = new QTableWidgetItem(param.value(QStringLiteral("value")).toString());
        value->setFlags(Qt::ItemIsEnabled);
        m_params->setItem(row, 0, name);
        m_params->setItem(row, 1, value);
        m_params->setItem(row, 2, new QTableWidgetItem(param.value(QStringLiteral("value_error")).toString()));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Inquire"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmInquire"));
    auto *form = new QFormLayout;
    form->addRow(tr("Inquire &template:"), m_template);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *paramsLabel = new QLabel(tr("Write a message next to each parameter the customer must correct:"), this);
    paramsLabel->setBuddy(m_params);
    m_params->setAccessibleName(tr("Messages per parameter")); // a table's name is its own, not its label's
    layout->addWidget(paramsLabel);
    layout->addWidget(m_params, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 400);
}

QString InquireDialog::templateId() const
{
    return m_template->currentData().toString();
}

QHash<QString, QString> InquireDialog::messages() const
{
    QHash<QString, QString> messages;
    for (int row = 0; row < m_params->rowCount(); ++row) {
        const QString text = m_params->item(row, 2) ? m_params->item(row, 2)->text().trimmed() : QString();
        if (!text.isEmpty())
            messages.insert(m_params->item(row, 0)->data(Qt::UserRole).toString(), text);
    }
    return messages;
}

} // namespace cv::ui
