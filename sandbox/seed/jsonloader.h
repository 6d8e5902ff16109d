#pragma once

#include "app/core/result.h"

#include <QString>

namespace cv::sandbox {

class SandboxContext;

/// `--load DIR`: imports JSON files in the real Connect response shapes (one object or an array) and
/// serves them as they are. The kind comes from the id prefix (PRD-, PRM-, TL-, ACT-, PR-, ...) or, for
/// objects without one, from the shape (units, locales, translation attributes). Objects whose id does
/// not name their product (templates) attach to the one product loaded from the same directory.
/// Returns the number of objects loaded, or an error naming the file and what is wrong with it.
core::Result<int, QString> loadJsonDirectory(SandboxContext &context, const QString &directory);

} // namespace cv::sandbox
