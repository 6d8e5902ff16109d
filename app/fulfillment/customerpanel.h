#pragma once

#include "app/api/apierror.h"
#include "app/core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace cv::api {
class ApiClient;
}

namespace cv::fulfillment {

/// The customer control panel data of an asset (a sandbox extension of the API, GET /assets/{id}/ccp, see
/// sandbox/api/previewapi.cpp): what the customer sees of the subscription, rendered by content::ccpHtml().
using CustomerPanelResult = core::Result<QJsonObject, api::ApiError>;

/// Reads the panel data of `assetId`; `done` runs once, not once `context` is destroyed.
void fetchCustomerPanel(api::ApiClient &client, const QString &assetId, QObject *context,
    std::function<void(const CustomerPanelResult &)> done);

} // namespace cv::fulfillment
