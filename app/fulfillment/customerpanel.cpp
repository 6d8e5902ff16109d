#include "app/fulfillment/customerpanel.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"

namespace cv::fulfillment {

void fetchCustomerPanel(api::ApiClient &client, const QString &assetId, QObject *context,
    std::function<void(const CustomerPanelResult &)> done)
{
    api::ApiJob *job = client.get(QStringLiteral("/assets/%1/ccp").arg(assetId));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        if (finished->ok())
            done(CustomerPanelResult(finished->response().json.object()));
        else
            done(CustomerPanelResult(finished->error()));
    });
}

} // namespace cv::fulfillment
