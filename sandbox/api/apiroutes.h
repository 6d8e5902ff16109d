#pragma once

#include <QtGlobal>

namespace cv::sandbox {

class Router;
class SandboxContext;
class WebhookDispatcher;

/// Registers every API route of the sandbox. Each area lives in its own file.
void registerApiRoutes(Router &router, SandboxContext &context, WebhookDispatcher &webhooks);

void registerProductRoutes(Router &router, SandboxContext &context); // productsapi.cpp
void registerProductContentRoutes(Router &router, SandboxContext &context); // productcontentapi.cpp
void registerLocalizationRoutes(Router &router, SandboxContext &context); // localizationapi.cpp
void registerAccountRoutes(Router &router, SandboxContext &context); // accountsapi.cpp
void registerRequestRoutes(Router &router, SandboxContext &context); // requestsapi.cpp
void registerPreviewRoutes(Router &router, SandboxContext &context); // previewapi.cpp
void registerMarketRoutes(Router &router, SandboxContext &context); // marketapi.cpp
void registerUsageRoutes(Router &router, SandboxContext &context); // usageapi.cpp
void registerUsageChunkRoutes(Router &router, SandboxContext &context); // usagechunks.cpp
void registerIntegrationRoutes(
    Router &router, SandboxContext &context, WebhookDispatcher &webhooks); // integrationapi.cpp
void registerHelpdeskRoutes(Router &router, SandboxContext &context); // helpdeskapi.cpp
void registerSubscriptionRoutes(Router &router, SandboxContext &context); // subscriptionsapi.cpp
void registerCaseAttachmentRoutes(Router &router, SandboxContext &context); // helpdeskapi.cpp
/// The largest case attachment the sandbox takes (helpdeskapi.cpp; compared with the client's by rules_agreement).
qint64 maxCaseAttachmentBytes();

} // namespace cv::sandbox
