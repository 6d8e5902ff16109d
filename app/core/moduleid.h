#pragma once

#include <QList>
#include <QString>

namespace cv::core {

/// The modules of the vendor portal, in the order of the portal's module navigator.
/// The order is also the keyboard order: Ctrl+1 .. Ctrl+9 for the first nine, Ctrl+0 for the tenth.
enum class ModuleId {
    Home,
    Fulfillment,
    Account,
    Reports,
    Api,
    Agreements,
    Listings,
    Usage,
    HelpSupport,
    Inventory,
};

QList<ModuleId> allModules();
/// Stable, untranslated key ("fulfillment", "help-support"): object names, settings, CLI.
QString moduleKey(ModuleId id);
/// The digit of its Ctrl+<digit> shortcut (1..9, then 0).
int moduleShortcutDigit(ModuleId id);

} // namespace cv::core
