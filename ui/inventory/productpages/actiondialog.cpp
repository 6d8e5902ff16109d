#include "ui/inventory/productpages/actiondialog.h"

#include "app/inventory/producteditor.h"
#include "ui/inventory/productpages/productlabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cv::ui {

ActionDialog::ActionDialog(
    const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &action, QWidget *parent)
    : StepDialog(!action.isEmpty(), productId, action, parent)
    , m_editor(editor)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_scope(new QComboBox(this))
{
    setWindowTitle(isEditing() ? tr("Edit Action") : tr("Add Action"));
    setMinimumWidth(480);
    m_id->setObjectName(QStringLiteral("actionId"));
    m_name->setObjectName(QStringLiteral("actionName"));
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_scope->setObjectName(QStringLiteral("actionScope"));
    m_id->setPlaceholderText(tr("e.g. sso_login"));
    m_name->setPlaceholderText(tr("Button text, e.g. Open admin panel"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    for (const char *scope : { "asset", "tier1", "tier2" })
        m_scope->addItem(ProductLabels::scope(QLatin1String(scope)), QLatin1String(scope));

    auto *step = new QWidget(this);
    auto *form = new QFormLayout(step);
    form->addRow(tr("Action &ID:"), m_id);
    form->addRow(QString(), fieldMessage(QStringLiteral("action"), 0));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), fieldMessage(QStringLiteral("name"), 0));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), fieldMessage(QStringLiteral("description"), 0));
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(QString(), fieldMessage(QStringLiteral("scope"), 0));

    if (isEditing()) {
        m_id->setText(action.value(QStringLiteral("action")).toString());
        m_name->setText(action.value(QStringLiteral("name")).toString());
        m_description->setPlainText(action.value(QStringLiteral("description")).toString());
        const int scope = m_scope->findData(action.value(QStringLiteral("scope")).toString());
        if (scope >= 0)
            m_scope->setCurrentIndex(scope);
    }
    setSteps({ step }, { tr("Action") });
    if (QPushButton *remove = deleteButton())
        remove->setText(tr("Delete action"));

    connect(m_id, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("action")); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { revalidate(QStringLiteral("description")); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { revalidate(QStringLiteral("scope")); });
    revalidate();
}

QJsonObject ActionDialog::value() const
{
    QJsonObject action = original();
    action.insert(QStringLiteral("action"), m_id->text().trimmed());
    action.insert(QStringLiteral("name"), m_name->text().trimmed());
    action.insert(QStringLiteral("title"), m_name->text().trimmed());
    action.insert(QStringLiteral("description"), m_description->toPlainText().trimmed());
    action.insert(QStringLiteral("scope"), m_scope->currentData().toString());
    action.insert(QStringLiteral("type"), QStringLiteral("button"));
    return action;
}

QStringList ActionDialog::check(const QJsonObject &candidate) const
{
    QStringList messages = m_editor.checkAction(productId(), candidate);
    const QString all = messages.join(QLatin1Char('\n'));
    // Connect requires these three; say so as you type.
    for (const char *key : { "action", "name", "description" }) {
        const QString field = QLatin1String(key);
        if (candidate.value(field).toString().isEmpty() && !all.contains(field + QStringLiteral(": ")))
            messages << tr("%1: This field is required.").arg(field);
    }
    return messages;
}

} // namespace cv::ui
