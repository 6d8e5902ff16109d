#include "ui/shell/moduleregistry.h"

#include "ui/shell/modulepage.h"

namespace cv::ui {

void ModuleRegistry::add(core::ModuleId id, Factory factory)
{
    m_factories.insert(id, std::move(factory));
}

void ModuleRegistry::addPlaceholder(core::ModuleId id)
{
    add(id, [id](QWidget *parent) { return new PlaceholderPage(id, parent); });
}

QList<core::ModuleId> ModuleRegistry::modules() const
{
    QList<core::ModuleId> ids;
    for (core::ModuleId id : core::allModules()) {
        if (m_factories.contains(id))
            ids << id;
    }
    return ids;
}

ModulePage *ModuleRegistry::create(core::ModuleId id, QWidget *parent) const
{
    ModulePage *page = m_factories.contains(id) ? m_factories.value(id)(parent) : nullptr;
    return page ? page : new PlaceholderPage(id, parent);
}

} // namespace cv::ui
