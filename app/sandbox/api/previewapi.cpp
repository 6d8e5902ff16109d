// Placeholder until this area is written.
#include "app/sandbox/api/apiroutes.h"
#include "app/sandbox/api/router.h"
#include "app/sandbox/seed/demoseed.h"

#include <QJsonObject>

namespace cv::sandbox {
void registerPreviewRoutes(Router &, SandboxContext &) {}
} // namespace cv::sandbox
