#pragma once

#include "app/core/moduleid.h"

#include <QHash>
#include <QToolButton>

class QAction;
class QMenu;

namespace cv::ui {

/// The top-left "Home ▾" button of the portal: its dropdown lists every module, and its label names the
/// module shown. It owns one action per module, with the Ctrl+<digit> shortcut, for the window to reuse.
class ModuleNavigator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleNavigator)

public:
    explicit ModuleNavigator(QWidget *parent = nullptr);

    QAction *actionFor(core::ModuleId id) const { return m_actions.value(id); }
    QList<QAction *> moduleActions() const;
    void setCurrentModule(core::ModuleId id);
    void retranslate();

Q_SIGNALS:
    void moduleRequested(cv::core::ModuleId id);

private:
    QMenu *m_menu;
    QHash<core::ModuleId, QAction *> m_actions;
    core::ModuleId m_current = core::ModuleId::Home;
};

} // namespace cv::ui
