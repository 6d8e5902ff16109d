// Placeholder until this area is written.
#include "app/sandbox/api/apiroutes.h"
#include "app/sandbox/api/router.h"
#include "app/sandbox/seed/demoseed.h"

#include <QJsonObject>

namespace cv::sandbox {
void registerIntegrationRoutes(Router &, SandboxContext &, WebhookDispatcher &) {}
void seedIntegration(SandboxContext &, const QString &) {}
} // namespace cv::sandbox
