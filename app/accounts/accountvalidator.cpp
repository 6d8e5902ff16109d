#include "app/accounts/accountvalidator.h"

#include "app/api/retrypolicy.h"
#include "app/core/appinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace cv::accounts {

Q_LOGGING_CATEGORY(lcValidator, "cv.accounts.validator")

AccountValidator::AccountValidator(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
}

namespace {

/// 0.3 s, 20 s: how long a wait was, for a message.
QString seconds(int milliseconds)
{
    return QStringLiteral("%1 s").arg(QString::number(milliseconds / 1000.0, 'g', 3));
}

bool isTransient(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

} // namespace

QString AccountValidator::normalizedEndpoint(const QString &endpoint)
{
    QString result = endpoint.trimmed();
    while (result.endsWith(QLatin1Char('/')))
        result.chop(1);
    return result;
}

void AccountValidator::validate(const QString &endpoint, const QByteArray &apiKey, Callback done)
{
    cancel();
    const QString base = normalizedEndpoint(endpoint);
    const QUrl url(base + QStringLiteral("/accounts"));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        ValidationResult result;
        result.status = ValidationStatus::InvalidEndpoint;
        result.detail = base;
        done(result);
        return;
    }
    attempt(base, apiKey, 1, std::move(done));
}

void AccountValidator::attempt(const QString &base, const QByteArray &apiKey, int number, Callback done)
{
    const QUrl url(base + QStringLiteral("/accounts"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "ApiKey " + apiKey.trimmed());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, core::AppInfo::userAgent());
    request.setTransferTimeout(m_timeoutMs);
    // The key is in a header: a followed redirect would hand it to whatever the endpoint points at.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    // The transfer timeout restarts with every byte: a body that drips forever needs a whole-answer limit.
    auto deadlineHit = std::make_shared<bool>(false);
    QTimer::singleShot(m_deadlineMs, reply, [reply, deadlineHit] {
        if (reply->isRunning()) {
            *deadlineHit = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, base, apiKey, number, deadlineHit, deadlineMs = m_deadlineMs, timeoutMs = m_timeoutMs,
            done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString where = QStringLiteral("GET ") + reply->url().adjusted(QUrl::RemoveUserInfo).toString();
            if (*deadlineHit) {
                ValidationResult result;
                result.status = ValidationStatus::Unreachable;
                result.httpStatus = status;
                result.detail
                    = QStringLiteral("%1 timed out: no complete answer within %2").arg(where, seconds(deadlineMs));
                done(result);
                return;
            }
            if (status == 0) {
                ValidationResult result;
                result.status = ValidationStatus::Unreachable;
                // Qt ends a transfer timeout as an abort ("Operation canceled"); cancel() disconnects before it
                // aborts, so an abort seen here is the timeout.
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                    || reply->error() == QNetworkReply::TimeoutError;
                result.detail = timedOut
                    ? QStringLiteral("%1 timed out: no answer within %2").arg(where, seconds(timeoutMs))
                    : QStringLiteral("%1: %2").arg(where, reply->errorString());
                done(result);
                return;
            }
            if (isTransient(status) && number < m_maxAttempts) {
                api::RetryPolicy policy;
                policy.baseDelayMs = 500;
                policy.maxDelayMs = 5000;
                const int delay = policy.delayFor(number, *QRandomGenerator::global(), reply->rawHeader("Retry-After"));
                qCInfo(lcValidator).noquote() << where << "answered" << status << "- trying again in" << delay
                                              << "ms, attempt" << number + 1 << "of" << m_maxAttempts;
                m_retryTimer->disconnect();
                connect(m_retryTimer, &QTimer::timeout, this,
                    [this, base, apiKey, number, done] { attempt(base, apiKey, number + 1, done); });
                m_retryTimer->start(delay);
                return;
            }
            if (status >= 300 && status < 400) {
                ValidationResult result;
                result.status = ValidationStatus::NotConnectApi;
                result.httpStatus = status;
                const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
                result.detail
                    = QStringLiteral("the endpoint redirects to %1 (HTTP %2); enter that address if you trust it")
                          .arg(location.isEmpty()
                                  ? QStringLiteral("(no Location header)")
                                  : reply->url().resolved(location).adjusted(QUrl::RemoveUserInfo).toDisplayString())
                          .arg(status);
                done(result);
                return;
            }
            ValidationResult result = interpret(base, status, reply->readAll());
            if (number > 1 && result.status != ValidationStatus::Ok)
                result.detail += QStringLiteral(" (%1, after %2 attempts)").arg(where).arg(number);
            done(result);
        });
}

void AccountValidator::cancel()
{
    m_retryTimer->stop();
    m_retryTimer->disconnect();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

ValidationResult AccountValidator::interpret(const QString &endpoint, int httpStatus, const QByteArray &body)
{
    ValidationResult result;
    result.httpStatus = httpStatus;
    if (httpStatus == 401 || httpStatus == 403) {
        result.status = ValidationStatus::Unauthorized;
        return result;
    }
    if (httpStatus >= 500) {
        result.status = ValidationStatus::ServerError;
        result.detail = QStringLiteral("HTTP %1").arg(httpStatus);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject first = doc.isArray() ? doc.array().first().toObject() : QJsonObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    if (httpStatus != 200 || parseError.error != QJsonParseError::NoError || !doc.isArray() || id.isEmpty()) {
        result.status = httpStatus == 200 ? ValidationStatus::NotConnectApi : ValidationStatus::ServerError;
        result.detail = httpStatus == 200 ? QStringLiteral("GET /accounts did not return a list of accounts")
                                          : QStringLiteral("HTTP %1").arg(httpStatus);
        return result;
    }
    result.account.id = id;
    result.account.name = first.value(QStringLiteral("name")).toString();
    result.account.type = first.value(QStringLiteral("type")).toString().toLower();
    result.account.endpoint = endpoint;
    return result;
}

} // namespace cv::accounts
