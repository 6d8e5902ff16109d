#pragma once

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace cv::sandbox {

class SandboxStore;

/// Delivers webhook calls (REFERENCE §5): when an object of a watched class changes, every active
/// `event` webhook on that class (and product, if it names one) gets a POST to its external_url with
/// the notification body and `Authorization: Bearer <JWT HS256 signed with the webhook's jwt_secret>`.
/// Results are written back to the webhook's stats, last_success and last_failure.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    WebhookDispatcher(SandboxStore &store, QString apiUrl, QObject *parent = nullptr);

    void setApiUrl(const QString &apiUrl) { m_apiUrl = apiUrl; }
    QString apiUrl() const { return m_apiUrl; }
    void objectChanged(const QString &objectClass, const QJsonObject &object, const QString &productId);
    /// Fires one webhook now, whatever changed (POST /notifications/webhooks/{id}/trigger).
    void trigger(const QJsonObject &webhook, const QString &productId);

    /// The body Connect posts (fields as consumed by the official Zapier app, REFERENCE §5). The JWT's
    /// claims are the same fields plus iat/exp.
    QJsonObject notificationBody(const QJsonObject &webhook, const QString &productId) const;

Q_SIGNALS:
    /// Emitted after each delivery attempt, for tests and logs.
    void delivered(const QString &webhookId, int httpStatus);

private:
    void deliver(const QJsonObject &webhook, const QString &productId);
    void record(const QString &webhookId, bool success, int status, qint64 durationMs, const QString &detail,
        const QByteArray &response);

    SandboxStore &m_store;
    QString m_apiUrl;
    QNetworkAccessManager *m_network;
};

} // namespace cv::sandbox
