#include "app/sandbox/api/webhookdispatcher.h"

#include "app/sandbox/http/jwt.h"
#include "app/sandbox/store/sandboxstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcWebhooks, "cv.sandbox.webhooks")

namespace cv::sandbox {

WebhookDispatcher::WebhookDispatcher(SandboxStore &store, QString apiUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_apiUrl(std::move(apiUrl))
    , m_network(new QNetworkAccessManager(this))
{
}

void WebhookDispatcher::objectChanged(const QString &objectClass, const QJsonObject &, const QString &productId)
{
    for (const QJsonObject &webhook : m_store.all(QStringLiteral("webhooks"))) {
        if (!webhook.value(QStringLiteral("active")).toBool())
            continue;
        if (webhook.value(QStringLiteral("type")).toString() != QLatin1String("event"))
            continue;
        if (webhook.value(QStringLiteral("object_class")).toString() != objectClass)
            continue;
        const QString webhookProduct = webhook.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
        if (!webhookProduct.isEmpty() && webhookProduct != productId)
            continue;
        deliver(webhook, productId);
    }
}

void WebhookDispatcher::trigger(const QJsonObject &webhook, const QString &productId)
{
    deliver(webhook, productId);
}

QJsonObject WebhookDispatcher::notificationBody(const QJsonObject &webhook, const QString &productId) const
{
    const QJsonValue lastSuccess = webhook.value(QStringLiteral("last_success")).toObject().value(QStringLiteral("time"));
    const QJsonValue lastFailure = webhook.value(QStringLiteral("last_failure")).toObject().value(QStringLiteral("time"));
    return {
        {QStringLiteral("webhook_id"), webhook.value(QStringLiteral("id"))},
        {QStringLiteral("webhook_name"), webhook.value(QStringLiteral("label"))},
        {QStringLiteral("object_class"), webhook.value(QStringLiteral("object_class"))},
        {QStringLiteral("account_id"), m_store.meta(QStringLiteral("account_id"))},
        {QStringLiteral("product_id"), productId},
        {QStringLiteral("api_url"), m_apiUrl},
        {QStringLiteral("triggered_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"))},
        {QStringLiteral("last_success_at"), lastSuccess.isUndefined() ? QJsonValue() : lastSuccess},
        {QStringLiteral("last_failure_at"), lastFailure.isUndefined() ? QJsonValue() : lastFailure},
        {QStringLiteral("processing_timeout"), 600},
        {QStringLiteral("data"), webhook.value(QStringLiteral("data")).toObject()},
    };
}

void WebhookDispatcher::deliver(const QJsonObject &webhook, const QString &productId)
{
    const QString id = webhook.value(QStringLiteral("id")).toString();
    const QUrl url(webhook.value(QStringLiteral("external_url")).toString());
    const QJsonObject body = notificationBody(webhook, productId);
    QJsonObject claims = body;
    const qint64 issued = QDateTime::currentSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), issued);
    claims.insert(QStringLiteral("exp"), issued + 600);
    const QByteArray token = http::signHs256(claims, webhook.value(QStringLiteral("jwt_secret")).toString().toUtf8());

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject extraHeaders = webhook.value(QStringLiteral("headers")).toObject();
    for (auto it = extraHeaders.begin(); it != extraHeaders.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(10000);

    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, timer] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool success = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        record(id, success, status, timer->elapsed(), success ? QString() : reply->errorString());
        delete timer;
        reply->deleteLater();
        qCDebug(lcWebhooks) << "webhook" << id << "->" << status;
        Q_EMIT delivered(id, status);
    });
}

void WebhookDispatcher::record(const QString &webhookId, bool success, int status, qint64 durationMs,
                               const QString &detail)
{
    auto webhook = m_store.get(QStringLiteral("webhooks"), webhookId);
    if (!webhook)
        return;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
    const QJsonObject outcome{{QStringLiteral("time"), time},
                              {QStringLiteral("status"), success ? QStringLiteral("success") : QStringLiteral("failure")},
                              {QStringLiteral("status_code"), status},
                              {QStringLiteral("duration"), durationMs},
                              {QStringLiteral("errors"), detail.isEmpty() ? QJsonArray() : QJsonArray{detail}}};
    QJsonObject stats = webhook->value(QStringLiteral("stats")).toObject();
    auto bump = [&stats](const char *key) { stats.insert(QLatin1String(key), stats.value(QLatin1String(key)).toInt() + 1); };
    bump("events");
    bump("triggers");
    if (success) {
        bump("success_triggers");
        stats.insert(QStringLiteral("failure_since_last_success"), 0);
        webhook->insert(QStringLiteral("last_success"), outcome);
    } else {
        bump("failure_triggers");
        bump("failure_since_last_success");
        webhook->insert(QStringLiteral("last_failure"), outcome);
    }
    webhook->insert(QStringLiteral("stats"), stats);
    webhook->insert(QStringLiteral("last_event"), outcome);
    m_store.put(QStringLiteral("webhooks"), *webhook);
}

} // namespace cv::sandbox
