#include "ui/inventory/productpages/parameterdialog.h"

#include "app/inventory/producteditor.h"
#include "app/inventory/productrules.h"
#include "ui/inventory/productpages/choiceseditor.h"
#include "ui/inventory/productpages/productlabels.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

bool hasChoices(const QString &type)
{
    return type == QLatin1String("dropdown") || type == QLatin1String("choice") || type == QLatin1String("checkbox");
}

} // namespace

ParameterDialog::ParameterDialog(
    const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &parameter, QWidget *parent)
    : StepDialog(!parameter.isEmpty(), productId, parameter, parent)
    , m_editor(editor)
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_phase(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_choicesRow(new QWidget(this))
    , m_choices(new ChoicesEditor(m_choicesRow))
    , m_required(new QCheckBox(tr("Required: the customer must fill it in"), this))
    , m_unique(new QCheckBox(tr("Unique: no two subscriptions may share a value"), this))
    , m_hidden(new QCheckBox(tr("Hidden: not shown to the customer"), this))
{
    setWindowTitle(isEditing() ? tr("Edit Parameter") : tr("Add Parameter"));
    setMinimumWidth(560);
    m_id->setObjectName(QStringLiteral("parameterId"));
    m_title->setObjectName(QStringLiteral("parameterTitle"));
    m_phase->setObjectName(QStringLiteral("parameterPhase"));
    m_scope->setObjectName(QStringLiteral("parameterScope"));
    m_type->setObjectName(QStringLiteral("parameterType"));
    m_required->setObjectName(QStringLiteral("parameterRequired"));
    m_unique->setObjectName(QStringLiteral("parameterUnique"));
    m_hidden->setObjectName(QStringLiteral("parameterHidden"));
    m_id->setToolTip(tr("Used in requests and templates as {{ id }}. Letters, digits, \"_\" and \"-\" only."));
    m_title->setPlaceholderText(tr("e.g. Administrator email"));
    m_description->setPlaceholderText(tr("Help text shown under the field"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);

    for (const char *phase : { "ordering", "fulfillment", "configuration" })
        m_phase->addItem(ProductLabels::phase(QLatin1String(phase)), QLatin1String(phase));
    m_phase->setItemData(0, tr("Asked from the customer when ordering"), Qt::ToolTipRole);
    m_phase->setItemData(1, tr("Filled in by the vendor while fulfilling the request"), Qt::ToolTipRole);
    m_phase->setItemData(2, tr("Set by the vendor or provider per product, item or marketplace"), Qt::ToolTipRole);
    for (const QString &type : inventory::rules::parameterTypes())
        m_type->addItem(ProductLabels::parameterType(type), type);

    auto *step1 = new QWidget(this);
    auto *form1 = new QFormLayout(step1);
    form1->addRow(tr("&ID:"), m_id);
    form1->addRow(QString(), fieldMessage(QStringLiteral("name"), 0));
    form1->addRow(tr("&Title:"), m_title);
    form1->addRow(QString(), fieldMessage(QStringLiteral("title"), 0));
    form1->addRow(tr("&Description:"), m_description);
    form1->addRow(QString(), fieldMessage(QStringLiteral("description"), 0));
    form1->addRow(tr("&Phase:"), m_phase);
    form1->addRow(QString(), fieldMessage(QStringLiteral("phase"), 0));
    form1->addRow(tr("&Scope:"), m_scope);
    form1->addRow(QString(), fieldMessage(QStringLiteral("scope"), 0));

    auto *step2 = new QWidget(this);
    auto *form2 = new QFormLayout(step2);
    form2->addRow(tr("T&ype:"), m_type);
    form2->addRow(QString(), fieldMessage(QStringLiteral("type"), 1));
    auto *choicesLayout = new QVBoxLayout(m_choicesRow);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_choices);
    choicesLayout->addWidget(fieldMessage(QStringLiteral("constraints.choices"), 1));
    form2->addRow(tr("Choices:"), m_choicesRow);
    auto *constraints = new QVBoxLayout;
    constraints->addWidget(m_required);
    constraints->addWidget(m_unique);
    form2->addRow(tr("Constraints:"), constraints);
    form2->addRow(tr("Visibility:"), m_hidden);
    form2->addRow(QString(), fieldMessage(QStringLiteral("constraints"), 1));

    if (isEditing()) {
        m_id->setText(parameter.value(QStringLiteral("name")).toString());
        m_title->setText(parameter.value(QStringLiteral("title")).toString());
        m_description->setPlainText(parameter.value(QStringLiteral("description")).toString());
        selectData(m_phase, inventory::rules::canonical(parameter.value(QStringLiteral("phase")).toString()));
    }
    fillScopes();
    if (isEditing()) {
        selectData(m_scope, inventory::rules::canonical(parameter.value(QStringLiteral("scope")).toString()));
        selectData(m_type, inventory::rules::canonical(parameter.value(QStringLiteral("type")).toString()));
        const QJsonObject c = parameter.value(QStringLiteral("constraints")).toObject();
        m_required->setChecked(c.value(QStringLiteral("required")).toBool());
        m_unique->setChecked(c.value(QStringLiteral("unique")).toBool());
        m_hidden->setChecked(c.value(QStringLiteral("hidden")).toBool());
        m_choices->setChoices(c.value(QStringLiteral("choices")).toArray());
        const QString why = tr("Type, phase and scope are fixed once the parameter exists.");
        for (QComboBox *combo : { m_phase, m_scope, m_type }) {
            combo->setEnabled(false);
            combo->setToolTip(why);
        }
        // Said on the page too (greyed fields alone left the walk guessing), with what to do instead.
        for (QFormLayout *form : { form1, form2 }) {
            auto *note = new QLabel(
                tr("Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter "
                   "and delete this one."),
                this);
            note->setObjectName(QStringLiteral("fixedFieldsNote"));
            note->setWordWrap(true);
            Theme::setTone(note, Tone::Muted);
            form->addRow(QString(), note);
        }
    } else {
        m_id->setText(QStringLiteral("param_"));
    }
    typeChanged();

    setSteps({ step1, step2 }, { tr("Identity"), tr("Type and constraints") });
    if (QPushButton *remove = deleteButton())
        remove->setText(tr("Delete parameter"));

    connect(m_id, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("name")); });
    connect(m_title, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("title")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { revalidate(QStringLiteral("description")); });
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        fillScopes();
        revalidate(QStringLiteral("phase"));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { revalidate(QStringLiteral("scope")); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        revalidate(QStringLiteral("type"));
        if (hasChoices(m_type->currentData().toString()))
            revalidate(QStringLiteral("constraints.choices"));
    });
    connect(m_choices, &ChoicesEditor::changed, this, [this] { revalidate(QStringLiteral("constraints.choices")); });
    for (QCheckBox *box : { m_required, m_unique, m_hidden })
        connect(box, &QCheckBox::toggled, this, [this] { revalidate(QStringLiteral("constraints")); });
    revalidate();
}

void ParameterDialog::fillScopes()
{
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    for (const QString &scope : inventory::rules::scopesForPhase(m_phase->currentData().toString()))
        m_scope->addItem(ProductLabels::scope(scope), scope);
    selectData(m_scope, current);
}

void ParameterDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_choicesRow->setVisible(hasChoices(type));
    if (auto *form = qobject_cast<QFormLayout *>(m_choicesRow->parentWidget()->layout())) {
        if (QWidget *label = form->labelForField(m_choicesRow))
            label->setVisible(hasChoices(type));
    }
    adjustSize();
}

QJsonObject ParameterDialog::value() const
{
    QJsonObject parameter;
    if (isEditing())
        parameter = original();
    parameter.insert(QStringLiteral("name"), m_id->text().trimmed());
    parameter.insert(QStringLiteral("title"), m_title->text().trimmed());
    parameter.insert(QStringLiteral("description"), m_description->toPlainText());
    parameter.insert(QStringLiteral("phase"), m_phase->currentData().toString());
    parameter.insert(QStringLiteral("scope"), m_scope->currentData().toString());
    const QString type = m_type->currentData().toString();
    parameter.insert(QStringLiteral("type"), type);
    QJsonObject constraints = parameter.value(QStringLiteral("constraints")).toObject();
    constraints.insert(QStringLiteral("required"), m_required->isChecked());
    constraints.insert(QStringLiteral("unique"), m_unique->isChecked());
    constraints.insert(QStringLiteral("hidden"), m_hidden->isChecked());
    if (hasChoices(type))
        constraints.insert(QStringLiteral("choices"), m_choices->choices());
    else
        constraints.remove(QStringLiteral("choices"));
    parameter.insert(QStringLiteral("constraints"), constraints);
    return parameter;
}

QStringList ParameterDialog::check(const QJsonObject &candidate) const
{
    QStringList messages = m_editor.checkParameter(productId(), candidate);
    // Connect requires a title and a description on create; say so before the server does.
    if (candidate.value(QStringLiteral("title")).toString().isEmpty()
        && !messages.join(QLatin1Char('\n')).contains(QStringLiteral("title:")))
        messages << tr("title: Give the parameter a title.");
    if (candidate.value(QStringLiteral("name")).toString() == QLatin1String("param_"))
        messages << tr("name: Complete the ID after the \"param_\" prefix.");
    return messages;
}

} // namespace cv::ui
