#pragma once

#include "app/accounts/account.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cv::accounts {

/// Why an endpoint + API key could not be accepted. The UI words each case.
enum class ValidationStatus {
    Ok,
    InvalidEndpoint, ///< not an http(s) URL
    Unreachable, ///< network error: DNS, refused, TLS, timeout
    Unauthorized, ///< 401/403: the key is wrong or revoked
    NotConnectApi, ///< answered, but not with Connect's /accounts shape
    ServerError, ///< 5xx or another unexpected status
};

struct ValidationResult
{
    ValidationStatus status = ValidationStatus::Ok;
    Account account; ///< on success: id, name, type and endpoint of the key's own account
    int httpStatus = 0;
    QString detail; ///< technical detail (error text, status line); never the key
};

/// Checks an endpoint and API key the way the portal does on sign-in: `GET <endpoint>/accounts` must
/// answer 200 with a JSON array whose first object is the key's own account (REFERENCE §3.24).
class AccountValidator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountValidator)

public:
    using Callback = std::function<void(const ValidationResult &)>;

    explicit AccountValidator(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Limit for the whole answer (a body that drips forever ends as Unreachable).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    /// Attempts in all for a transient answer (502, 503, 504, 429): one busy gateway must not fail a sign-in.
    /// The waits double from 0.5 s, or follow Retry-After.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void validate(const QString &endpoint, const QByteArray &apiKey, Callback done);
    void cancel();

    /// Pure interpretation of a finished reply's status and body (unit-testable without a network).
    static ValidationResult interpret(const QString &endpoint, int httpStatus, const QByteArray &body);
    /// Normalises user input: trims, drops a trailing slash.
    static QString normalizedEndpoint(const QString &endpoint);

private:
    void attempt(const QString &base, const QByteArray &apiKey, int number, Callback done);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_maxAttempts = 4;
    int m_timeoutMs = 20000;
    int m_deadlineMs = 60000;
};

} // namespace cv::accounts
