#include "ui/shell/moduleinfo.h"

namespace cv::ui {

using core::ModuleId;

QString ModuleInfo::title(ModuleId id)
{
    switch (id) {
    case ModuleId::Home: return tr("Home");
    case ModuleId::Fulfillment: return tr("Fulfillment");
    case ModuleId::Account: return tr("Account");
    case ModuleId::Reports: return tr("Reports");
    case ModuleId::Api: return tr("API");
    case ModuleId::Agreements: return tr("Agreements");
    case ModuleId::Listings: return tr("Listings");
    case ModuleId::Usage: return tr("Usage");
    case ModuleId::HelpSupport: return tr("Help & Support");
    case ModuleId::Inventory: return tr("Inventory");
    }
    return {};
}

QString ModuleInfo::menuText(ModuleId id)
{
    return title(id).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString ModuleInfo::description(ModuleId id)
{
    switch (id) {
    case ModuleId::Home: return tr("Every module at a glance.");
    case ModuleId::Fulfillment:
        return tr("Process orders from resellers: purchases, changes, suspensions and cancellations.");
    case ModuleId::Account: return tr("Your account details and the users who can access it.");
    case ModuleId::Reports:
        return tr("Reports on orders, subscriptions, billing and usage, made from the synced data.");
    case ModuleId::Api: return tr("Tokens and webhooks to integrate Connect with your own systems.");
    case ModuleId::Agreements: return tr("Program and distribution agreements with your providers.");
    case ModuleId::Listings: return tr("List your products on marketplaces you have a distribution agreement with.");
    case ModuleId::Usage: return tr("Report pay-as-you-go consumption of your products.");
    case ModuleId::HelpSupport: return tr("Knowledge base, release notes and support cases.");
    case ModuleId::Inventory: return tr("Define, preview and publish your products.");
    }
    return {};
}

QIcon ModuleInfo::icon(ModuleId id)
{
    return QIcon(QStringLiteral(":/icons/module-%1.svg").arg(core::moduleKey(id)));
}

} // namespace cv::ui
