#include "ui/shell/modulenavigator.h"

#include "ui/shell/moduleinfo.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace cv::ui {

using core::ModuleId;

ModuleNavigator::ModuleNavigator(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("moduleNavigator"));
    m_menu->setObjectName(QStringLiteral("moduleNavigatorMenu"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setMenu(m_menu);

    auto *group = new QActionGroup(this);
    for (ModuleId id : core::allModules()) {
        auto *action = new QAction(ModuleInfo::icon(id), ModuleInfo::menuText(id), this);
        action->setObjectName(QStringLiteral("module-") + core::moduleKey(id));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + core::moduleShortcutDigit(id))));
        action->setShortcutContext(Qt::ApplicationShortcut);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT moduleRequested(id); });
        m_menu->addAction(action);
        if (id == ModuleId::Home)
            m_menu->addSeparator();
        m_actions.insert(id, action);
    }
    setCurrentModule(ModuleId::Home);
}

QList<QAction *> ModuleNavigator::moduleActions() const
{
    QList<QAction *> actions;
    for (ModuleId id : core::allModules())
        actions.append(m_actions.value(id));
    return actions;
}

void ModuleNavigator::setCurrentModule(ModuleId id)
{
    m_current = id;
    m_actions.value(id)->setChecked(true);
    setIcon(ModuleInfo::icon(id));
    setText(ModuleInfo::menuText(id));
    setToolTip(tr("Switch module (Ctrl+1 to Ctrl+0)"));
}

void ModuleNavigator::retranslate()
{
    for (ModuleId id : core::allModules())
        m_actions.value(id)->setText(ModuleInfo::menuText(id));
    setCurrentModule(m_current);
}

} // namespace cv::ui
