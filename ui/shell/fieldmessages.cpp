#include "ui/shell/fieldmessages.h"

#include "ui/shell/problemtext.h"
#include "ui/style/theme.h"

#include <QLabel>
#include <QWidget>

namespace cv::ui {

namespace {
Tone toneOf(FieldMessages::Tone tone)
{
    switch (tone) {
    case FieldMessages::Tone::Error: return Tone::Error;
    case FieldMessages::Tone::Waiting: return Tone::Warning;
    case FieldMessages::Tone::Info: return Tone::Muted;
    }
    return Tone::Error;
}

QLabel *newLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setProperty("fieldError", true);
    label->hide();
    return label;
}
} // namespace

FieldMessages::FieldMessages(QWidget *form)
    : QObject(form)
    , m_general(newLabel(form, QStringLiteral("error-general")))
{ }

QLabel *FieldMessages::add(const QString &field, QWidget *editor, const QString &objectNamePrefix)
{
    auto *label = newLabel(editor ? editor->parentWidget() : m_general->parentWidget(),
        objectNamePrefix + QStringLiteral("error-") + field);
    m_fields.insert(field, { editor, label });
    return label;
}

QLabel *FieldMessages::label(const QString &field) const
{
    return m_fields.value(field).label;
}

void FieldMessages::set(QLabel *label, QWidget *editor, const QString &text, Tone tone)
{
    Theme::setTone(label, toneOf(tone));
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (editor)
        editor->setAccessibleDescription(text);
}

void FieldMessages::show(const QList<api::Problem> &problems)
{
    clear();
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const api::Problem &problem : problems) {
        const QString text = ProblemText::describe(problem);
        // A permission or connection problem is about the change as a whole; it shows where the change was made,
        // which for a single-field form is its field.
        QString field = problem.field;
        if (field.isEmpty() && m_fields.size() == 1)
            field = m_fields.cbegin().key();
        if (m_fields.contains(field))
            byField[field] << text;
        else
            general << (problem.field.isEmpty() ? text : problem.field + QStringLiteral(": ") + text);
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const Entry &entry = m_fields.value(it.key());
        set(entry.label, entry.editor, it.value().join(QLatin1Char('\n')), Tone::Error);
    }
    set(m_general, nullptr, general.join(QLatin1Char('\n')), Tone::Error);
}

void FieldMessages::showValidation(const QStringList &texts)
{
    QList<api::Problem> problems;
    for (const QString &text : texts) {
        const auto [field, message] = api::splitFieldMessage(text);
        api::Problem problem;
        problem.kind = field.isEmpty() ? api::Problem::Kind::Refused : api::Problem::Kind::Validation;
        problem.field = field;
        problem.message = message;
        problems << problem;
    }
    // Checked here before sending: no status code to show, the message says what to fix.
    clear();
    QStringList general;
    for (const api::Problem &problem : problems) {
        if (m_fields.contains(problem.field)) {
            const Entry &entry = m_fields.value(problem.field);
            const QString before = entry.label->isVisible() ? entry.label->text() + QLatin1Char('\n') : QString();
            set(entry.label, entry.editor, before + problem.message, Tone::Error);
        } else {
            general << problem.message;
        }
    }
    set(m_general, nullptr, general.join(QLatin1Char('\n')), Tone::Error);
}

void FieldMessages::showSummary(const QString &summary)
{
    show(api::problemsOfSummary(summary));
}

void FieldMessages::showText(const QString &field, const QString &text, Tone tone)
{
    if (!m_fields.contains(field)) {
        set(m_general, nullptr, text, tone);
        return;
    }
    const Entry &entry = m_fields.value(field);
    set(entry.label, entry.editor, text, tone);
}

void FieldMessages::clear()
{
    for (const Entry &entry : std::as_const(m_fields))
        set(entry.label, entry.editor, QString(), Tone::Info);
    set(m_general, nullptr, QString(), Tone::Info);
}

void FieldMessages::clear(const QString &field)
{
    if (m_fields.contains(field)) {
        const Entry &entry = m_fields.value(field);
        set(entry.label, entry.editor, QString(), Tone::Info);
    }
}

} // namespace cv::ui
