#include "ui/fulfillment/requestparameterstab.h"

#include "app/fulfillment/requestactions.h"
#include "ui/shell/accessibility.h"
#include "ui/style/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString titleOf(const QJsonObject &param)
{
    const QString title = param.value(QStringLiteral("title")).toString();
    return title.isEmpty() ? param.value(QStringLiteral("id")).toString() : title;
}

QJsonArray choicesOf(const QJsonObject &param)
{
    const QJsonObject constraints = param.value(QStringLiteral("constraints")).toObject();
    QJsonArray choices = param.value(QStringLiteral("value_choices")).toArray();
    if (choices.isEmpty())
        choices = constraints.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        choices = constraints.value(QStringLiteral("meta")).toObject().value(QStringLiteral("choices")).toArray();
    return choices;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace

RequestParametersTab::RequestParametersTab(QWidget *parent)
    : QWidget(parent)
    , m_form(new QWidget(this))
    , m_fulfillment(new QFormLayout)
    , m_ordering(new QFormLayout)
    , m_fulfillmentTitle(new QLabel(tr("Fulfillment parameters"), m_form))
    , m_orderingTitle(new QLabel(tr("Ordering parameters (given by the customer)"), m_form))
    , m_hint(new QLabel(m_form))
    , m_save(new QPushButton(tr("&Save parameters"), this))
{
    m_fulfillmentTitle->setProperty("sectionHeading", true);
    m_orderingTitle->setProperty("sectionHeading", true);
    QFont bold = m_fulfillmentTitle->font();
    bold.setBold(true);
    m_fulfillmentTitle->setFont(bold);
    m_orderingTitle->setFont(bold);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Parameters marked * are required before the request can be approved."));
    m_save->setObjectName(QStringLiteral("saveParameters"));
    m_save->setEnabled(false);
    for (QFormLayout *form : { m_fulfillment, m_ordering }) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(m_fulfillmentTitle);
    formLayout->addWidget(m_hint);
    formLayout->addLayout(m_fulfillment);
    formLayout->addSpacing(16);
    formLayout->addWidget(m_orderingTitle);
    formLayout->addLayout(m_ordering);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validateAll())
            Q_EMIT saveRequested(changedValues());
    });
}

void RequestParametersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The fields themselves are rebuilt with the request (RequestPage re-shows it).
        m_fulfillmentTitle->setText(tr("Fulfillment parameters"));
        m_orderingTitle->setText(tr("Ordering parameters (given by the customer)"));
        m_save->setText(tr("&Save parameters"));
    }
    QWidget::changeEvent(event);
}

void RequestParametersTab::clear()
{
    clearForm(m_fulfillment);
    clearForm(m_ordering);
    m_fields.clear();
    m_order.clear();
}

void RequestParametersTab::setRequest(const QJsonObject &request, bool editable)
{
    clear();
    const QList<QJsonObject> fulfillment = fulfillment::requestParameters(request, QStringLiteral("fulfillment"));
    const QList<QJsonObject> ordering = fulfillment::requestParameters(request, QStringLiteral("ordering"));
    // The vendor may answer, on the customer's behalf, the ordering parameters the customer left empty or
    // that were sent back with an error (the lab: "we will fill the admin email on behalf of the customer").
    QList<QJsonObject> editableParams = fulfillment;
    QStringList onBehalf;
    if (editable) {
        for (const QJsonObject &param : ordering) {
            if (param.value(QStringLiteral("value")).toString().isEmpty()
                || !param.value(QStringLiteral("value_error")).toString().isEmpty()) {
                editableParams.append(param);
                onBehalf << param.value(QStringLiteral("id")).toString();
            }
        }
    }
    for (const QJsonObject &param : editableParams) {
        const QString id = param.value(QStringLiteral("id")).toString();
        const bool required
            = param.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("required")).toBool();
        const QString value = param.value(QStringLiteral("value")).toString();
        Field field;
        field.param = param;
        const QJsonArray choices = choicesOf(param);
        const QString type = param.value(QStringLiteral("type")).toString();
        if (!choices.isEmpty() && (type == QLatin1String("choice") || type == QLatin1String("dropdown"))) {
            auto *combo = new QComboBox(m_form);
            combo->addItem(tr("(not chosen)"), QString());
            for (const QJsonValue &choice : choices) {
                const QJsonObject c = choice.toObject();
                combo->addItem(c.value(QStringLiteral("label")).toString(c.value(QStringLiteral("value")).toString()),
                    c.value(QStringLiteral("value")).toString());
            }
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id] {
                validate(id);
                m_save->setEnabled(!changedValues().isEmpty());
            });
            field.editor = combo;
        } else {
            auto *edit = new QLineEdit(value, m_form);
            edit->setPlaceholderText(!editable ? QString()
                                               : param.value(QStringLiteral("constraints"))
                                                     .toObject()
                                                     .value(QStringLiteral("placeholder"))
                                                     .toString(param.value(QStringLiteral("description")).toString()));
            connect(edit, &QLineEdit::textEdited, this, [this, id] {
                // Errors clear as soon as the value is fixed; new ones show when leaving the field.
                if (!m_fields.value(id).error->isHidden())
                    validate(id);
                m_save->setEnabled(!changedValues().isEmpty());
            });
            connect(edit, &QLineEdit::editingFinished, this, [this, id] { validate(id); });
            field.editor = edit;
        }
        field.editor->setObjectName(QStringLiteral("param-") + id);
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
            edit->setReadOnly(!editable); // read-only stays legible and selectable
        else
            field.editor->setEnabled(editable);
        field.editor->setToolTip(param.value(QStringLiteral("description")).toString());
        field.error = new QLabel(m_form);
        field.error->setObjectName(QStringLiteral("error-") + id);
        field.error->setProperty("fieldError", true);
        Theme::setTone(field.error, Tone::Error);
        field.error->setWordWrap(true);
        field.error->hide();
        auto *box = new QWidget(m_form);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(field.editor);
        boxLayout->addWidget(field.error);
        const QString serverError = param.value(QStringLiteral("value_error")).toString();
        if (!serverError.isEmpty()) {
            field.error->setText(tr("Asked of the customer: %1").arg(serverError));
            field.error->show();
        }
        auto *label = new QLabel(titleOf(param) + (required ? QStringLiteral(" *") : QString()), m_form);
        nameAfterLabel(field.editor, label); // the editor sits in a box with its error line
        if (required)
            //: Read by screen readers for a required parameter; %1 is the parameter's description (may be empty).
            field.editor->setAccessibleDescription(tr("Required. %1").arg(field.editor->toolTip()).trimmed());
        label->setToolTip(id);
        (onBehalf.contains(id) ? m_ordering : m_fulfillment)->addRow(label, box);
        m_fields.insert(id, field);
        m_order << id;
    }
    if (fulfillment.isEmpty())
        m_fulfillment->addRow(new QLabel(tr("This product has no fulfillment parameters."), m_form));
    m_hint->setText(editable ? tr("Parameters marked * are required before the request can be approved.")
                             : tr("The parameters cannot be changed in this status."));
    for (const QJsonObject &param : ordering) {
        if (onBehalf.contains(param.value(QStringLiteral("id")).toString()))
            continue; // editable above
        auto *value = new QLabel(param.value(QStringLiteral("value")).toString().toHtmlEscaped(), m_form);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::PlainText);
        value->setText(param.value(QStringLiteral("value")).toString().isEmpty()
                ? tr("(empty)")
                : param.value(QStringLiteral("value")).toString());
        m_ordering->addRow(titleOf(param), value);
    }
    m_orderingTitle->setVisible(!ordering.isEmpty());
    m_save->setEnabled(false);
    m_save->setVisible(editable && !editableParams.isEmpty());
    QWidget *previous = nullptr;
    for (const QString &id : std::as_const(m_order)) {
        if (previous)
            setTabOrder(previous, m_fields.value(id).editor);
        previous = m_fields.value(id).editor;
    }
    if (previous)
        setTabOrder(previous, m_save);
}

QString RequestParametersTab::valueOf(const Field &field) const
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        return edit->text().trimmed();
    return {};
}

QHash<QString, QString> RequestParametersTab::changedValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = valueOf(it.value());
        if (value != it->param.value(QStringLiteral("value")).toString())
            values.insert(it.key(), value);
    }
    return values;
}

void RequestParametersTab::showError(const QString &parameterId, const QString &message)
{
    const auto found = m_fields.constFind(parameterId);
    if (found == m_fields.cend())
        return;
    found->error->setText(message);
    found->error->setVisible(!message.isEmpty());
}

bool RequestParametersTab::validate(const QString &id)
{
    const auto found = m_fields.constFind(id);
    if (found == m_fields.cend())
        return true;
    const QString value = valueOf(*found);
    // A required field left empty is reported when approving; while editing only wrong values show.
    const QStringList errors
        = value.isEmpty() ? QStringList() : fulfillment::validateParameterValue(found->param, value);
    showError(id, errors.join(QLatin1Char('\n')));
    return errors.isEmpty();
}

QString RequestParametersTab::firstFieldWithError() const
{
    for (const QString &id : m_order) {
        if (!m_fields.value(id).error->isHidden())
            return id;
    }
    return {};
}

bool RequestParametersTab::focusField(const QString &parameterId)
{
    const auto found = m_fields.constFind(parameterId);
    if (found == m_fields.cend() || !found->editor)
        return false;
    m_scroll->ensureWidgetVisible(found->editor);
    found->editor->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(found->editor))
        edit->selectAll();
    return true;
}

bool RequestParametersTab::validateAll()
{
    bool ok = true;
    for (const QString &id : std::as_const(m_order))
        ok = validate(id) && ok;
    return ok;
}

} // namespace cv::ui
