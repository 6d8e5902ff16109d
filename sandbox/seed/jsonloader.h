#pragma once

#include "app/core/result.h"

#include <QString>
#include <QStringList>

namespace cv::sandbox {

class SandboxContext;

/// `--load DIR`: imports JSON files in the real Connect response shapes (one object or an array) and
/// serves them as they are. The kind comes from the id prefix (PRD-, PRM-, TL-, ACT-, PR-, ...) or, for
/// objects without one, from the shape (units, locales, translation attributes). Objects whose id does
/// not name their product (templates) attach to the one product loaded from the same directory.
/// Usage records (UR-), messages (ME-, under the conversation they name) and billing requests (BRV-, BRP-)
/// load too. An object under a product (PRM-, items, ACT-, ...) or a conversation that neither the
/// directory nor the store holds is refused. Each file loads whole or not at all: a file that cannot be
/// read, parsed or placed is skipped and listed in `rejected` with the reason; the others still load.
struct LoadReport
{
    int loaded = 0; ///< objects stored
    QStringList rejected; ///< "<file>: <why>", in file-name order
};
/// An error only when the directory itself is missing.
core::Result<LoadReport, QString> loadJsonDirectory(SandboxContext &context, const QString &directory);

} // namespace cv::sandbox
