#include "app/core/moduleid.h"

namespace cv::core {

QList<ModuleId> allModules()
{
    return { ModuleId::Home, ModuleId::Fulfillment, ModuleId::Account, ModuleId::Reports, ModuleId::Api,
        ModuleId::Agreements, ModuleId::Listings, ModuleId::Usage, ModuleId::HelpSupport, ModuleId::Inventory };
}

QString moduleKey(ModuleId id)
{
    switch (id) {
    case ModuleId::Home: return QStringLiteral("home");
    case ModuleId::Fulfillment: return QStringLiteral("fulfillment");
    case ModuleId::Account: return QStringLiteral("account");
    case ModuleId::Reports: return QStringLiteral("reports");
    case ModuleId::Api: return QStringLiteral("api");
    case ModuleId::Agreements: return QStringLiteral("agreements");
    case ModuleId::Listings: return QStringLiteral("listings");
    case ModuleId::Usage: return QStringLiteral("usage");
    case ModuleId::HelpSupport: return QStringLiteral("help-support");
    case ModuleId::Inventory: return QStringLiteral("inventory");
    }
    return {};
}

int moduleShortcutDigit(ModuleId id)
{
    const int index = int(allModules().indexOf(id));
    return (index + 1) % 10;
}

} // namespace cv::core
