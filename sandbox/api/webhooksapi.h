#pragma once

#include <QString>

namespace cv::sandbox {

class Router;
class SandboxContext;
class WebhookDispatcher;

/// /notifications/webhooks (REFERENCE §3.23): CRUD with Connect's validation, and /trigger, which fires
/// a webhook now through the dispatcher (delivery per §5). Called by registerIntegrationRoutes().
void registerWebhookRoutes(Router &router, SandboxContext &context, WebhookDispatcher &webhooks);

/// Two webhooks on `productId`: an active one on fulfillment_request whose URL nothing listens on (its
/// deliveries fail and show as failures), and an inactive one on listing_request.
void seedWebhooks(SandboxContext &context, const QString &productId);

} // namespace cv::sandbox
