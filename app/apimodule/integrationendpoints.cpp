#include "app/apimodule/integrationendpoints.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace cv::apimodule {

namespace {

/// Grants the permissions one by one (the API takes one per call), then hands the token on.
void grantNext(api::ApiClient &client, QJsonObject token, QStringList remaining, QObject *context,
    std::shared_ptr<std::function<void(const TokenResult &)>> done)
{
    if (remaining.isEmpty()) {
        (*done)(TokenResult(token));
        return;
    }
    const QString id = token.value(QStringLiteral("id")).toString();
    const QString permission = remaining.takeFirst();
    api::ApiJob *job = client.post(
        QStringLiteral("/auth/tokens/%1/permissions").arg(id), QJsonObject { { QStringLiteral("id"), permission } });
    QPointer<api::ApiClient> guard(&client);
    QObject::connect(
        job, &api::ApiJob::finished, context, [guard, token, remaining, context, done](api::ApiJob *finished) mutable {
            if (!finished->ok() || !guard) {
                (*done)(TokenResult(finished->error()));
                return;
            }
            QJsonArray permissions = token.value(QStringLiteral("permissions")).toArray();
            permissions.append(finished->response().json.object());
            token.insert(QStringLiteral("permissions"), permissions);
            grantNext(*guard, token, remaining, context, done);
        });
}

} // namespace

void generateToken(api::ApiClient &client, const QString &name, const QString &description,
    const QStringList &permissions, QObject *context, std::function<void(const TokenResult &)> done)
{
    // A token belongs to an extension; "custom" is the one the portal's "Add token" uses for your own scripts.
    const QJsonObject body { { QStringLiteral("name"), name.trimmed() },
        { QStringLiteral("description"), description.trimmed() },
        { QStringLiteral("extension"), QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } };
    api::ApiJob *job = client.post(QStringLiteral("/auth/tokens"), body);
    auto shared = std::make_shared<std::function<void(const TokenResult &)>>(std::move(done));
    QPointer<api::ApiClient> guard(&client);
    QObject::connect(
        job, &api::ApiJob::finished, context, [guard, permissions, context, shared](api::ApiJob *finished) {
            if (!finished->ok() || !guard) {
                (*shared)(TokenResult(finished->error()));
                return;
            }
            grantNext(*guard, finished->response().json.object(), permissions, context, shared);
        });
}

void fetchWebhook(
    api::ApiClient &client, const QString &id, QObject *context, std::function<void(const WebhookResult &)> done)
{
    api::ApiJob *job = client.get(QStringLiteral("/notifications/webhooks/%1").arg(id));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        if (finished->ok())
            done(WebhookResult(finished->response().json.object()));
        else
            done(WebhookResult(finished->error()));
    });
}

void triggerWebhook(
    api::ApiClient &client, const QString &id, QObject *context, std::function<void(const TriggerOutcome &)> done)
{
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    api::ApiJob *job = client.post(QStringLiteral("/notifications/webhooks/%1/trigger").arg(id));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done), sent](api::ApiJob *finished) {
        TriggerOutcome outcome;
        outcome.sentAt = sent;
        outcome.answeredAt = QDateTime::currentDateTimeUtc();
        outcome.httpStatus = finished->ok() ? finished->response().status : finished->error().httpStatus;
        if (finished->ok())
            outcome.webhook = finished->response().json.object();
        else
            outcome.error = finished->error();
        done(outcome);
    });
}

} // namespace cv::apimodule
