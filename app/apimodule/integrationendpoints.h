#pragma once

#include "app/api/apierror.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QObject;

namespace cv::api {
class ApiClient;
}

namespace cv::apimodule {

/// The API module's calls made outside the sync (REFERENCE §3.22-§3.23). Each `done` runs once, not at all
/// once `context` is destroyed.

/// POST /auth/tokens {name, description, extension {name: "custom"}}, then
/// POST /auth/tokens/{id}/permissions {id} for each of `permissions`. Online only: the answer to the
/// create is the one place Connect shows the secret (`token`); the caller shows it once and keeps it
/// nowhere. The object passed to `done` is the token with its permissions and that secret.
using TokenResult = core::Result<QJsonObject, api::ApiError>;
void generateToken(api::ApiClient &client, const QString &name, const QString &description,
    const QStringList &permissions, QObject *context, std::function<void(const TokenResult &)> done);

/// GET /notifications/webhooks/{id}: the webhook as Connect holds it, including its jwt_secret (which
/// the cache never keeps: the caller holds it in memory while it shows it).
using WebhookResult = core::Result<QJsonObject, api::ApiError>;
void fetchWebhook(
    api::ApiClient &client, const QString &id, QObject *context, std::function<void(const WebhookResult &)> done);

/// What POST /notifications/webhooks/{id}/trigger answered, and when.
struct TriggerOutcome
{
    QDateTime sentAt; ///< UTC, when the request left
    QDateTime answeredAt; ///< UTC, when the answer came (invalid if none)
    int httpStatus = 0;
    QJsonObject webhook; ///< the answer's body (the webhook) on success
    api::ApiError error; ///< kind None on success
};
void triggerWebhook(
    api::ApiClient &client, const QString &id, QObject *context, std::function<void(const TriggerOutcome &)> done);

} // namespace cv::apimodule
