#pragma once

#include "app/core/moduleid.h"

#include <QHash>

#include <functional>

class QWidget;

namespace cv::ui {

class ModulePage;

/// The table of modules the window shows: ModuleId -> the factory of its page. Built once by the composition
/// root (app/moduletable.cpp), so the shell knows no module page; adding a module is one line there.
class ModuleRegistry
{
public:
    using Factory = std::function<ModulePage *(QWidget *parent)>;

    /// Registers (or replaces) the page factory of `id`.
    void add(core::ModuleId id, Factory factory);
    /// Registers `id` as a module whose screens are not built yet (a PlaceholderPage).
    void addPlaceholder(core::ModuleId id);
    bool contains(core::ModuleId id) const { return m_factories.contains(id); }
    /// The registered modules, in the navigator's order.
    QList<core::ModuleId> modules() const;

    /// A new page of module `id`: from its factory, or a PlaceholderPage if none is registered.
    ModulePage *create(core::ModuleId id, QWidget *parent) const;

private:
    QHash<core::ModuleId, Factory> m_factories;
};

} // namespace cv::ui
