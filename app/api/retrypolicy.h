#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace cv::api {

/// When and how often a failed request is tried again (network errors, timeouts, 5xx, 429; see
/// ApiError::isRetryable). Connect documents no rate limit (REFERENCE §4.3), so this backs off defensively.
struct RetryPolicy
{
    int maxAttempts = 5; ///< attempts in all, the first one included; 1 = never retry
    int baseDelayMs = 200; ///< delay after the first failed attempt, doubled after each further one
    int maxDelayMs = 10000; ///< cap of the computed delay (jitter included)
    double jitter = 0.25; ///< the delay is spread uniformly over [d * (1 - jitter), d * (1 + jitter)]
    int timeoutMs = 30000; ///< QNetworkRequest::setTransferTimeout: no bytes for this long -> Kind::Timeout
    /// Whole-attempt limit: an answer not complete after this long is aborted (Kind::Timeout), even if bytes
    /// keep dripping in (each byte restarts the transfer timeout). 0 = none.
    int deadlineMs = 120000;
    /// Largest answer body read into memory; a larger one is aborted (Kind::InvalidResponse). 0 = no limit.
    qint64 maxResponseBytes = 100 * 1024 * 1024;

    /// The delay before the next attempt after `attempt` (1-based) attempts have failed:
    /// min(maxDelayMs, baseDelayMs * 2^(attempt - 1) +- jitter).
    int delayFor(int attempt, QRandomGenerator &random) const;

    /// As above, but a Retry-After header (delta seconds or an HTTP date, RFC 9110 §10.2.3) on a 429/503 wins
    /// over the computed delay, capped at maxDelayMs * 6 so a confused server cannot park a job for hours.
    int delayFor(int attempt, QRandomGenerator &random, const QByteArray &retryAfter,
        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Retry-After in milliseconds (not capped), or nullopt if the header is empty or unparsable. A date in the
    /// past gives 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now);
};

} // namespace cv::api
