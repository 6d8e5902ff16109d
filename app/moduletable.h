#pragma once

#include "ui/shell/moduleregistry.h"

namespace cv {

/// The composition root's table of modules: which page each module of the navigator shows.
ui::ModuleRegistry moduleTable();

} // namespace cv
