#pragma once

#include "app/api/apierror.h"
#include "app/core/result.h"

#include <QJsonArray>

#include <functional>

class QObject;

namespace cv::api {
class ApiClient;
}

namespace cv::notifications {

/// The e-mails Connect sent for the account, oldest first (a sandbox extension of the API,
/// GET /notifications/emails, see sandbox/api/notificationemails.cpp). Each is an object with id, type, to, from,
/// subject, body and created.
using EmailsResult = core::Result<QJsonArray, api::ApiError>;

/// Reads the last `limit` e-mails; `done` runs once, not once `context` is destroyed.
void fetchRecentEmails(
    api::ApiClient &client, QObject *context, std::function<void(const EmailsResult &)> done, int limit = 100);

} // namespace cv::notifications
