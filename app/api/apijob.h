#pragma once

#include "app/api/apierror.h"
#include "app/api/apirequest.h"
#include "app/api/apiresponse.h"
#include "app/api/retrypolicy.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cv::api {

/// One REST call to Connect with retries (pattern: Nextcloud src/libsync/networkjobs.h, owncloud/client
/// src/libsync/abstractnetworkjob.h). Created and started by ApiClient, which deletes it (deleteLater) after
/// finished(). The result is a value: ok() + response(), or error().
///
/// Retries: network errors (a reply cut mid-body included), transfer timeouts, 5xx and 429 are retried with the
/// RetryPolicy (a 429's Retry-After wins over the backoff); other 4xx and invalid bodies are final. Every attempt
/// re-sends the same method, URL, headers and body. Idempotent methods (GET, PUT, DELETE, HEAD) are retried after
/// any retryable failure. A POST is retried only while every failed attempt proves the server did nothing
/// (connection refused, host not found, 429): once an answer is lost (a cut reply, a timeout, a 5xx) the POST may
/// have been applied, so the job finishes with the error and wasSentBefore() true instead of sending it again
/// blindly. The caller decides: the sync engine looks the object up first (Pusher::lookUpThenCreate).
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    explicit ApiJob(
        QNetworkAccessManager *network, ApiRequest request, const RetryPolicy &policy, QObject *parent = nullptr);
    ~ApiJob() override;

    /// Sends the first attempt. Called by ApiClient; a second call does nothing.
    void start();
    /// Finishes (asynchronously, from the event loop) with `error` and sends nothing: for requests refused
    /// before sending (Kind::InvalidRequest).
    void failBeforeStart(const ApiError &error);
    /// Aborts the request in flight or the wait before a retry; finishes at once with Kind::Cancelled (finished()
    /// is emitted before cancel() returns). No further attempt is made. Does nothing once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.ok(); }
    /// The last HTTP answer (also on failure: status, body, headers of the last attempt).
    const ApiResponse &response() const { return m_response; }
    const ApiError &error() const { return m_error; }
    /// Attempts sent so far (1 when the first one succeeded).
    int attempts() const { return m_attempts; }
    /// True when an attempt failed in a way that does not prove the server did nothing (lost or cut reply,
    /// timeout, 5xx): for a POST that creates something, look it up before creating it again.
    bool wasSentBefore() const { return m_maybeApplied; }
    /// GET, HEAD, PUT, DELETE, OPTIONS: sending them twice has the effect of sending them once.
    static bool isIdempotent(const QByteArray &method);

    const QByteArray &method() const { return m_request.method; }
    const QUrl &url() const { return m_request.url; }
    const QString &path() const { return m_request.path; }

Q_SIGNALS:
    /// Emitted once, when the job succeeded or gave up. The job is deleted later by its ApiClient.
    void finished(cv::api::ApiJob *job);
    /// An attempt was answered 429 Too Many Requests; the job retries after `delayMs` (Retry-After wins).
    void throttled(int delayMs);

private:
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void finish(const ApiError &error);
    ApiError baseError(ApiError::Kind kind) const;

    QNetworkAccessManager *m_network;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    QTimer *m_deadline; ///< RetryPolicy::deadlineMs of the attempt in flight
    ApiResponse m_response;
    ApiError m_error;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_maybeApplied = false;
    bool m_deadlineHit = false;
    bool m_tooLarge = false;
};

} // namespace cv::api
