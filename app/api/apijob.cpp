#include "app/api/apijob.h"

#include "app/api/logging.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace cv::api {

namespace {

/// Errors below the HTTP layer: the answer did not arrive whole, even if a status line did (the sandbox's `cut`
/// fault sends headers and half a body, then resets the connection).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::ProtocolUnknownError;
}

/// Whether a failed attempt proves that the server did not act on the request.
bool provesNothingApplied(const ApiError &error, QNetworkReply::NetworkError network)
{
    if (error.kind == ApiError::Kind::Http)
        return error.httpStatus == 429; // rejected before processing; 5xx may have half-applied
    return network == QNetworkReply::ConnectionRefusedError || network == QNetworkReply::HostNotFoundError;
}

/// "the endpoint redirects to <url>" for a 3xx answer (the API key was not sent there).
QString redirectMessage(QNetworkReply *reply)
{
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QString target = location.isEmpty()
        ? QStringLiteral("(no Location header)")
        : reply->url().resolved(location).adjusted(QUrl::RemoveUserInfo).toDisplayString();
    return QStringLiteral("the endpoint redirects to %1; the request was not followed there (the API key is never "
                          "sent to another address)")
        .arg(target);
}

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80)
        text += QStringLiteral("...");
    return text;
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager *network, ApiRequest request, const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, before a Retry-After ends
    connect(m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_deadlineHit = true;
        m_reply->abort(); // finished() follows at once, with OperationCanceledError
    });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    sendAttempt();
}

void ApiJob::failBeforeStart(const ApiError &error)
{
    m_started = true;
    QTimer::singleShot(0, this, [this, error] {
        if (!m_finished)
            finish(error);
    });
}

ApiError ApiJob::baseError(ApiError::Kind kind) const
{
    ApiError error;
    error.kind = kind;
    error.method = m_request.method;
    error.url = m_request.url.adjusted(QUrl::RemoveUserInfo);
    error.path = m_request.path;
    return error;
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_policy.timeoutMs);
    // The API key travels in a header: no redirect is followed (Connect never redirects an API call, and a
    // followed redirect would carry the Authorization header along); a 3xx says where it points instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcConnect).noquote() << m_request.method << m_request.path << "attempt" << m_attempts;
    QNetworkReply *reply = nullptr;
    if (m_request.multipart) {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const MultipartPart &p : std::as_const(m_request.parts)) {
            QHttpPart part;
            QByteArray fileName = p.fileName;
            fileName.replace('"', "%22"); // as browsers do: a quote would end the parameter
            QByteArray disposition = "form-data; name=\"" + p.name + '"';
            if (!p.fileName.isEmpty())
                disposition += "; filename=\"" + fileName + '"';
            part.setRawHeader("Content-Disposition", disposition);
            if (!p.contentType.isEmpty())
                part.setRawHeader("Content-Type", p.contentType);
            part.setBody(p.data);
            multi->append(part);
        }
        reply = m_network->sendCustomRequest(request, m_request.method, multi);
        multi->setParent(reply);
    } else if (m_request.method == "GET") {
        reply = m_network->get(request);
    } else if (m_request.method == "DELETE" && m_request.body.isEmpty()) {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    }
    m_reply = reply;
    m_deadlineHit = false;
    m_tooLarge = false;
    if (m_policy.maxResponseBytes > 0) {
        // Checked as the body arrives (and against Content-Length up front): nothing larger is buffered.
        const auto check = [this, reply] {
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (reply == m_reply && !m_tooLarge
                && (announced > m_policy.maxResponseBytes || reply->bytesAvailable() > m_policy.maxResponseBytes)) {
                m_tooLarge = true;
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, this, check);
        connect(reply, &QNetworkReply::readyRead, this, check);
    }
    if (m_policy.deadlineMs > 0)
        m_deadline->start(m_policy.deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ApiJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || m_finished)
        return;
    m_reply.clear();
    m_deadline->stop();

    const QNetworkReply::NetworkError networkError = reply->error();
    m_response = ApiResponse();
    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    m_response.headers = reply->rawHeaderPairs();

    ApiError error;
    if (m_tooLarge) {
        m_response.body.clear();
        error = baseError(ApiError::Kind::InvalidResponse);
        error.httpStatus = m_response.status;
        error.detail = QStringLiteral("the answer is larger than %1 MB; it was not read")
                           .arg(m_policy.maxResponseBytes / (1024 * 1024));
    } else if (m_response.status == 0 || isTransportError(networkError)) {
        // Qt reports a transfer timeout as an abort (OperationCanceledError; TimeoutError in newer Qt). A user's
        // cancel() disconnects the reply before aborting, so an abort seen here is the timeout.
        const bool timedOut
            = networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError;
        error = baseError(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network);
        error.httpStatus = m_response.status;
        if (m_deadlineHit)
            error.detail = QStringLiteral("no complete answer within %1 ms (the body kept arriving too slowly)")
                               .arg(m_policy.deadlineMs);
        else
            error.detail
                = timedOut ? QStringLiteral("no data for %1 ms").arg(m_policy.timeoutMs) : reply->errorString();
    } else if (m_response.status >= 300 && m_response.status < 400 && !m_request.redirectIsAnswer) {
        error = baseError(ApiError::Kind::InvalidResponse);
        error.httpStatus = m_response.status;
        error.detail = redirectMessage(reply);
    } else if (m_response.status >= 400) {
        error = baseError(ApiError::Kind::Http);
        error.httpStatus = m_response.status;
        error.parseBody(m_response.body);
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        error.detail = reason.isEmpty() ? bodyExcerpt(m_response.body) : reason;
    } else if (m_request.expectJson && !m_response.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        m_response.json = QJsonDocument::fromJson(m_response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error = baseError(ApiError::Kind::InvalidResponse);
            error.httpStatus = m_response.status;
            error.detail = QStringLiteral("the response is not JSON (%1 at offset %2): %3")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                               .arg(bodyExcerpt(m_response.body));
        }
    }

    if (error.ok()) {
        finish(error);
        return;
    }
    if (!provesNothingApplied(error, networkError))
        m_maybeApplied = true;
    // A POST whose answer was lost may have created something: sending it again could create it twice.
    const bool unsafeToRepeat = m_maybeApplied && !isIdempotent(m_request.method);
    if (!error.isRetryable() || unsafeToRepeat || m_attempts >= m_policy.maxAttempts) {
        finish(error);
        return;
    }
    const QByteArray retryAfter
        = error.httpStatus == 429 || error.httpStatus == 503 ? m_response.header("Retry-After") : QByteArray();
    const int delay = m_policy.delayFor(m_attempts, *QRandomGenerator::global(), retryAfter);
    // The body is said once, when the job gives up (finish()); each retry names only the status.
    const QString what
        = error.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(error.httpStatus) : ApiError::kindName(error.kind);
    qCInfo(lcConnect).noquote() << m_request.method << m_request.path << what << "- retrying in" << delay
                                << "ms, attempt" << m_attempts + 1 << "of" << m_policy.maxAttempts;
    m_retryTimer->start(delay);
    if (error.httpStatus == 429)
        Q_EMIT throttled(delay);
}

bool ApiJob::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_deadline->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiError error = baseError(ApiError::Kind::Cancelled);
    error.detail = QStringLiteral("cancelled after %1 attempt(s)").arg(m_attempts);
    finish(error);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.ok())
        qCDebug(lcConnect).noquote() << m_request.method << m_request.path << m_response.status;
    else if (error.kind == ApiError::Kind::Cancelled || (error.kind == ApiError::Kind::Http && error.httpStatus < 500))
        qCInfo(lcConnect).noquote() << error.summary(); // asked for, or a business error the caller reports
    else
        qCWarning(lcConnect).noquote() << error.summary() << "after" << m_attempts << "attempt(s)";
    Q_EMIT finished(this);
}

} // namespace cv::api
