// Part of the composition root (app/main.cpp): the one place that knows every module page.
#include "app/moduletable.h"

#include "ui/account/accountpage.h"
#include "ui/agreements/agreementspage.h"
#include "ui/apimodule/apipage.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/helpdesk/helpsupportpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/listings/listingspage.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/modulepage.h"
#include "ui/usage/usagepage.h"

namespace cv {

ui::ModuleRegistry moduleTable()
{
    using core::ModuleId;
    ui::ModuleRegistry modules;
    // One line per module. A module not built yet stays a placeholder until its issue replaces the line.
    modules.add(ModuleId::Fulfillment, [](QWidget *parent) { return new ui::FulfillmentPage(parent); });
    modules.add(ModuleId::Account, [](QWidget *parent) { return new ui::AccountPage(parent); });
    modules.add(ModuleId::Reports, [](QWidget *parent) { return new ui::ReportsPage(parent); });
    modules.add(ModuleId::Agreements, [](QWidget *parent) { return new ui::AgreementsPage(parent); });
    modules.add(ModuleId::Listings, [](QWidget *parent) { return new ui::ListingsPage(parent); });
    modules.add(ModuleId::Api, [](QWidget *parent) { return new ui::ApiPage(parent); });
    modules.add(ModuleId::Usage, [](QWidget *parent) { return new ui::UsagePage(parent); });
    modules.add(ModuleId::HelpSupport, [](QWidget *parent) { return new ui::HelpSupportPage(parent); });
    modules.add(ModuleId::Inventory, [](QWidget *parent) { return new ui::InventoryPage(parent); });
    return modules;
}

} // namespace cv
