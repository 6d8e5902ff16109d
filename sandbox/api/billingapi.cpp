// Billing requests (BRV- vendor, BRP- provider): Connect's subscriptions_requests_list_listBillingRequests and
// subscriptions_requests_detail_retrieveBillingRequest. The sandbox does not bill: it serves the ones loaded
// with --load (sandbox/seed/jsonloader.cpp), so a client can read them as Connect shows them.
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/router.h"

#include "sandbox/api/sandboxcontext.h"

namespace cv::sandbox {

void registerBillingRoutes(Router &router, SandboxContext &context)
{
    router.add(Method::Get, QStringLiteral("/subscriptions/requests"),
        [&context](ApiRequest &request) { return context.list(request, QStringLiteral("billing_requests")); });
    router.add(Method::Get, QStringLiteral("/subscriptions/requests/{id}"), [&context](ApiRequest &request) {
        return context.getOr404(
            QStringLiteral("billing_requests"), request.param(QStringLiteral("id")), QStringLiteral("Billing request"));
    });
}

} // namespace cv::sandbox
