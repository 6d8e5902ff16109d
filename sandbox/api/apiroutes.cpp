#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

namespace cv::sandbox {

void registerApiRoutes(Router &router, SandboxContext &context, WebhookDispatcher &webhooks)
{
    registerAccountRoutes(router, context);
    registerProductRoutes(router, context);
    registerProductContentRoutes(router, context);
    registerLocalizationRoutes(router, context);
    registerRequestRoutes(router, context);
    registerPreviewRoutes(router, context);
    registerMarketRoutes(router, context);
    registerUsageRoutes(router, context);
    registerUsageChunkRoutes(router, context);
    registerIntegrationRoutes(router, context, webhooks);
    registerHelpdeskRoutes(router, context);
    registerSubscriptionRoutes(router, context);
}

} // namespace cv::sandbox
