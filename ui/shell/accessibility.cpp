#include "ui/shell/accessibility.h"

#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace cv::ui {

QString accessibleTextOf(const QString &labelText)
{
    QString text
        = Qt::mightBeRichText(labelText) ? QTextDocumentFragment::fromHtml(labelText).toPlainText() : labelText;
    // "&&" is a literal ampersand, a single '&' marks the shortcut letter.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    static const QRegularExpression trailing(QStringLiteral("[\\s:*]+$"));
    return text.remove(trailing).trimmed();
}

namespace {

/// The next (previous) control of the window in the tab order after `from`, outside it.
QWidget *nextControl(QWidget *from, bool forward)
{
    for (QWidget *w = forward ? from->nextInFocusChain() : from->previousInFocusChain(); w && w != from;
         w = forward ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (w->window() == from->window() && !from->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            return w;
    }
    return nullptr;
}

class TabLeaves final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
        if (!plain || (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab))
            return false;
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        if (QWidget *next = nextControl(static_cast<QWidget *>(watched), forward)) {
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
        return false;
    }
};

} // namespace

void letTabLeave(QWidget *widget)
{
    widget->installEventFilter(new TabLeaves(widget));
}

void nameAfterLabel(QWidget *field, QLabel *label)
{
    if (!field || !label)
        return;
    label->setBuddy(field);
    field->setAccessibleName(accessibleTextOf(label->text()));
}

} // namespace cv::ui
