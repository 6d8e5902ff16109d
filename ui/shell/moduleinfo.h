#pragma once

#include "app/core/moduleid.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace cv::ui {

/// The words and pictures of each module: its title, one line on what it is for, and its icon.
class ModuleInfo final
{
    Q_DECLARE_TR_FUNCTIONS(ModuleInfo)

public:
    static QString title(core::ModuleId id);
    /// The title for menus and buttons, where a single '&' marks a shortcut letter: "Help && Support".
    static QString menuText(core::ModuleId id);
    static QString description(core::ModuleId id);
    static QIcon icon(core::ModuleId id);
};

} // namespace cv::ui
