// Placeholder until this area is written.
#include "app/sandbox/api/apiroutes.h"
#include "app/sandbox/api/router.h"
#include "app/sandbox/seed/demoseed.h"

#include <QJsonObject>

namespace cv::sandbox {
void registerHelpdeskRoutes(Router &, SandboxContext &) {}
void seedHelpdesk(SandboxContext &, const QString &) {}
} // namespace cv::sandbox
