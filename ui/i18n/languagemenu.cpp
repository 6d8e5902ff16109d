#include "ui/i18n/languagemenu.h"

#include "ui/i18n/translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>

namespace cv::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system->setData(QString());
    addSeparator();
    QStringList languages = shippedLanguages();
    languages.prepend(QStringLiteral("en"));
    for (const QString &language : languages) {
        const QLocale locale(language);
        // A language's own name is not translated: a reader of that language must find it.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        QAction *action = addAction(QStringLiteral("%1 (%2)").arg(name, language));
        action->setData(language);
    }
    const QString chosen = chosenLanguage();
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        const QString language = action->data().toString();
        setChosenLanguage(language);
        switchLanguage(*qApp, localeFor(language));
    });
    retranslate();
}

QAction *LanguageMenu::actionFor(const QString &language) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    menuAction()->setToolTip(tr("The language of the interface"));
    m_system->setText(tr("System language (%1)").arg(QLocale::system().nativeLanguageName()));
    // The language may have been chosen elsewhere (Settings, --language): the check mark follows it.
    if (QAction *chosen = actionFor(chosenLanguage()))
        chosen->setChecked(true);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace cv::ui
