#include "sandbox/api/webhookdispatcher.h"

#include "sandbox/http/jwt.h"
#include "sandbox/store/sandboxstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcWebhooks, "cv.sandbox.webhooks")

namespace cv::sandbox {

namespace {

/// Seconds-precision UTC with "+00:00", as the sample body writes times.
QString connectTime()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
}

} // namespace

WebhookDispatcher::WebhookDispatcher(SandboxStore &store, QString apiUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_apiUrl(std::move(apiUrl))
    , m_network(new QNetworkAccessManager(this))
{ }

void WebhookDispatcher::objectChanged(const QString &objectClass, const QJsonObject &, const QString &productId)
{
    for (QJsonObject webhook : m_store.all(QStringLiteral("webhooks"))) {
        if (!webhook.value(QStringLiteral("active")).toBool())
            continue;
        if (webhook.value(QStringLiteral("type")).toString() != QLatin1String("event"))
            continue;
        if (webhook.value(QStringLiteral("object_class")).toString() != objectClass)
            continue;
        const QString webhookProduct
            = webhook.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
        if (!webhookProduct.isEmpty() && webhookProduct != productId)
            continue;
        // stats.events counts the queue changes the webhook saw; triggers count the calls made.
        QJsonObject stats = webhook.value(QStringLiteral("stats")).toObject();
        stats.insert(QStringLiteral("events"), stats.value(QStringLiteral("events")).toInt() + 1);
        webhook.insert(QStringLiteral("stats"), stats);
        m_store.put(QStringLiteral("webhooks"), webhook);
        deliver(webhook, productId);
    }
}

void WebhookDispatcher::trigger(const QJsonObject &webhook, const QString &productId)
{
    deliver(webhook, productId);
}

QJsonObject WebhookDispatcher::notificationBody(const QJsonObject &webhook, const QString &productId) const
{
    const QJsonValue lastSuccess
        = webhook.value(QStringLiteral("last_success")).toObject().value(QStringLiteral("time"));
    const QJsonValue lastFailure
        = webhook.value(QStringLiteral("last_failure")).toObject().value(QStringLiteral("time"));
    return {
        { QStringLiteral("webhook_id"), webhook.value(QStringLiteral("id")) },
        { QStringLiteral("webhook_name"), webhook.value(QStringLiteral("label")) },
        // The delivered body names the queue in the plural ("fulfillment_requests"), as in the one real
        // sample (REFERENCE §5), while the webhook object itself uses the singular enum value.
        { QStringLiteral("object_class"),
            QString(webhook.value(QStringLiteral("object_class")).toString() + QLatin1Char('s')) },
        { QStringLiteral("account_id"), m_store.meta(QStringLiteral("account_id")) },
        { QStringLiteral("product_id"), productId },
        { QStringLiteral("api_url"), m_apiUrl },
        { QStringLiteral("triggered_at"), connectTime() },
        { QStringLiteral("last_success_at"), lastSuccess.isUndefined() ? QJsonValue() : lastSuccess },
        { QStringLiteral("last_failure_at"), lastFailure.isUndefined() ? QJsonValue() : lastFailure },
        { QStringLiteral("processing_timeout"), 600 },
        { QStringLiteral("data"), webhook.value(QStringLiteral("data")).toObject() },
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
    // A GET call (allowed by PUT only) carries the notification in the token alone.
    QNetworkReply *reply = webhook.value(QStringLiteral("http_method")).toString() == QLatin1String("GET")
        ? m_network->get(request)
        : m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, timer] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool success = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        record(
            id, success, status, timer->elapsed(), success ? QString() : reply->errorString(), reply->read(64 * 1024));
        delete timer;
        reply->deleteLater();
        qCDebug(lcWebhooks) << "webhook" << id << "->" << status;
        Q_EMIT delivered(id, status);
    });
}

void WebhookDispatcher::record(const QString &webhookId, bool success, int status, qint64 durationMs,
    const QString &detail, const QByteArray &response)
{
    auto webhook = m_store.get(QStringLiteral("webhooks"), webhookId);
    if (!webhook)
        return; // deleted while the call was out
    const QString time = connectTime();
    // `response` is an object in the spec: the handler's JSON object, or its text wrapped.
    const QJsonDocument parsed = QJsonDocument::fromJson(response);
    const QJsonObject responseObject = parsed.isObject()
        ? parsed.object()
        : QJsonObject { { QStringLiteral("body"), QString::fromUtf8(response.left(4096)) } };
    const QJsonObject outcome { { QStringLiteral("time"), time }, { QStringLiteral("response"), responseObject },
        { QStringLiteral("status"), success ? QStringLiteral("success") : QStringLiteral("failure") },
        { QStringLiteral("status_code"), status > 0 ? QJsonValue(status) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("duration"), durationMs }, { QStringLiteral("errors"), detail } };
    QJsonObject stats = webhook->value(QStringLiteral("stats")).toObject();
    auto bump
        = [&stats](const char *key) { stats.insert(QLatin1String(key), stats.value(QLatin1String(key)).toInt() + 1); };
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
    webhook->insert(QStringLiteral("last_event"), time); // a date-time in the spec
    m_store.put(QStringLiteral("webhooks"), *webhook);
}

} // namespace cv::sandbox
