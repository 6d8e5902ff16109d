#include "ui/inventory/productpages/stepdialog.h"

#include "ui/style/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

StepDialog::StepDialog(bool editing, const QString &productId, const QJsonObject &original, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_productId(productId)
    , m_original(original)
{ }

QString StepDialog::objectId() const
{
    return m_original.value(QStringLiteral("id")).toString();
}

void StepDialog::followRenamedIds(const QHash<QString, QString> &renamed)
{
    m_productId = renamed.value(m_productId, m_productId);
    const QString id = objectId();
    if (!id.isEmpty() && renamed.contains(id))
        m_original.insert(QStringLiteral("id"), renamed.value(id));
    // The rules compare with the product's other objects, which may have new ids too.
    revalidate();
}

void StepDialog::setSteps(const QList<QWidget *> &steps, const QStringList &stepTitles)
{
    m_stepTitles = stepTitles;
    auto *layout = new QVBoxLayout(this);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_stepTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_stepTitle->setFont(titleFont);
    layout->addWidget(m_stepTitle);
    if (m_editing || steps.size() == 1)
        m_stepTitle->hide();
    if (m_editing) {
        for (QWidget *step : steps)
            layout->addWidget(step);
    } else {
        m_stack = new QStackedWidget(this);
        for (QWidget *step : steps)
            m_stack->addWidget(step);
        layout->addWidget(m_stack);
    }
    layout->addStretch(1);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    Theme::setTone(m_general, Tone::Error);
    m_general->hide();
    layout->addWidget(m_general);

    auto *buttons = new QHBoxLayout;
    m_needed = new QLabel(this);
    m_needed->setObjectName(QStringLiteral("stillNeeded"));
    m_needed->setWordWrap(true);
    Theme::setTone(m_needed, Tone::Muted);
    m_needed->hide();
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_editing) {
        m_delete = new QPushButton(this);
        m_delete->setObjectName(QStringLiteral("deleteButton"));
        Theme::setStyleProperty(m_delete, "danger", true);
        connect(m_delete, &QPushButton::clicked, this, &StepDialog::removeObject);
        buttons->addWidget(m_delete);
    }
    buttons->addWidget(m_needed, 1);
    buttons->addWidget(cancel);
    m_back = new QPushButton(tr("&Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_finish = new QPushButton(m_editing ? tr("&Save") : tr("&Finish"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setDefault(true);
    if (!m_editing && steps.size() == 1)
        m_finish->setText(tr("&Add"));
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToStep(currentStep() + 1); });
    connect(m_finish, &QPushButton::clicked, this, &StepDialog::finish);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);
    goToStep(0);
}

QLabel *StepDialog::fieldMessage(const QString &field, int step)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Message"));
    label->setWordWrap(true);
    Theme::setTone(label, Tone::Error);
    label->hide();
    m_labels.insert(field, label);
    m_fieldStep.insert(field, step);
    return label;
}

int StepDialog::currentStep() const
{
    return m_stack ? m_stack->currentIndex() : 0;
}

void StepDialog::goToStep(int step)
{
    if (m_stack) {
        m_stack->setCurrentIndex(qBound(0, step, m_stack->count() - 1));
        const int current = m_stack->currentIndex();
        m_stepTitle->setText(
            tr("Step %1 of %2: %3").arg(current + 1).arg(m_stack->count()).arg(m_stepTitles.value(current)));
        m_back->setVisible(current > 0);
        m_next->setVisible(current < m_stack->count() - 1);
        m_finish->setVisible(current == m_stack->count() - 1);
        // Enter moves on: Next on the first steps, Finish on the last.
        m_next->setDefault(current < m_stack->count() - 1);
        m_finish->setDefault(current == m_stack->count() - 1);
        if (QWidget *first = m_stack->currentWidget()->nextInFocusChain(); first && current > 0)
            first->setFocus();
    } else {
        m_back->hide();
        m_next->hide();
    }
    revalidate();
}

QString StepDialog::fieldOf(const QString &message) const
{
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return {};
    QString field = message.left(colon);
    // "constraints.choices" is registered as such; "commitment.count" falls back to "commitment".
    while (!field.isEmpty() && !m_labels.contains(field)) {
        const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
        field = dot < 0 ? QString() : field.left(dot);
    }
    return field;
}

void StepDialog::revalidate(const QString &touchedField)
{
    if (!touchedField.isEmpty())
        m_touched.insert(touchedField);
    m_lastMessages = check(value());
    showMessages(m_lastMessages, false);
    bool stepValid = true;
    for (const QString &message : std::as_const(m_lastMessages)) {
        const QString field = fieldOf(message);
        if (field.isEmpty() || m_fieldStep.value(field) <= currentStep())
            stepValid = false;
    }
    if (m_next)
        m_next->setEnabled(stepValid);
    if (m_finish)
        m_finish->setEnabled(m_lastMessages.isEmpty());
    // A disabled button says why: the fields of this step not typed into yet whose rules still fail (those
    // typed into show their own message under them).
    QStringList needed;
    for (const QString &message : std::as_const(m_lastMessages)) {
        const QString field = fieldOf(message);
        if (field.isEmpty() || m_touched.contains(field) || m_fieldStep.value(field) != currentStep())
            continue;
        const QString title = fieldTitle(field);
        if (!title.isEmpty() && !needed.contains(title))
            needed << title;
    }
    if (m_needed) {
        //: Beside a disabled Add/Next button; %1 lists form fields ("Description, Name").
        m_needed->setText(needed.isEmpty() ? QString() : tr("Still needed: %1").arg(needed.join(QStringLiteral(", "))));
        m_needed->setVisible(!needed.isEmpty());
    }
}

QString StepDialog::fieldTitle(const QString &field) const
{
    const QLabel *message = m_labels.value(field);
    if (!message)
        return {};
    for (const QFormLayout *form : findChildren<QFormLayout *>()) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(const_cast<QLabel *>(message), &row, &role);
        if (row <= 0)
            continue;
        // The message sits on the row under its field; that row's label names it.
        for (int r = row - 1; r >= 0; --r) {
            if (const QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole)) {
                if (const auto *label = qobject_cast<const QLabel *>(item->widget())) {
                    QString text = label->text();
                    text.remove(QLatin1Char('&'));
                    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' '))
                        || text.endsWith(QLatin1Char('*')))
                        text.chop(1);
                    return text;
                }
            }
        }
    }
    return {};
}

void StepDialog::showMessages(const QStringList &messages, bool all)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const QString &message : messages) {
        const QString field = fieldOf(message);
        if (field.isEmpty())
            general << message;
        else if (all || m_touched.contains(field))
            byField[field] << message.mid(message.indexOf(QStringLiteral(": ")) + 2);
    }
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const QStringList texts = byField.value(it.key());
        it.value()->setText(texts.join(QLatin1Char('\n')));
        it.value()->setVisible(!texts.isEmpty());
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
    // Grow when messages appear, so none is cut off (never shrink under the user's hands).
    if (QLayout *l = layout()) {
        l->activate();
        const QSize wanted = l->totalSizeHint();
        if (wanted.height() > height() || wanted.width() > width())
            resize(qMax(wanted.width(), width()), qMax(wanted.height(), height()));
    }
}

QString StepDialog::messageFor(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QStringList StepDialog::shownMessages() const
{
    QStringList shown;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        if (!it.value()->text().isEmpty())
            shown << it.key() + QStringLiteral(": ") + it.value()->text();
    }
    if (m_general && !m_general->text().isEmpty())
        shown << m_general->text();
    return shown;
}

void StepDialog::finish()
{
    const QStringList messages = check(value());
    if (!messages.isEmpty()) {
        showMessages(messages, true);
        return;
    }
    const QStringList refused = saveHandler ? saveHandler(value()) : QStringList();
    if (!refused.isEmpty()) {
        showMessages(refused, true);
        m_general->setText(refused.join(QLatin1Char('\n')));
        m_general->show();
        return;
    }
    accept();
}

void StepDialog::removeObject()
{
    const QStringList refused = deleteHandler ? deleteHandler() : QStringList();
    if (!refused.isEmpty()) {
        m_general->setText(refused.join(QLatin1Char('\n')));
        m_general->show();
        return;
    }
    done(QDialog::Accepted);
}

} // namespace cv::ui
