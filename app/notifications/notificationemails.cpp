#include "app/notifications/notificationemails.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"

namespace cv::notifications {

void fetchRecentEmails(
    api::ApiClient &client, QObject *context, std::function<void(const EmailsResult &)> done, int limit)
{
    api::ApiJob *job = client.get(QStringLiteral("/notifications/emails"), QStringLiteral("limit=%1").arg(limit));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        if (finished->ok())
            done(EmailsResult(finished->response().json.array()));
        else
            done(EmailsResult(finished->error()));
    });
}

} // namespace cv::notifications
