#pragma once

#include "app/api/apirequest.h"
#include "app/api/retrypolicy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace cv::api {

class ApiJob;
class ListJob;
class RqlQuery;

/// The REST client for one Connect account (endpoint + API key): a factory of started jobs that share one
/// QNetworkAccessManager. Jobs belong to the client and are deleted (deleteLater) after their finished() signal,
/// so callers connect to finished() and read the result there.
///
/// Paths are relative to the endpoint ("/products/PRD-1/items"); queries are already percent-encoded
/// (RqlQuery::toQueryString()). The API key lives only in memory here and in the requests' Authorization header;
/// logs show its token id (the part before ':').
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// Uses `network` if given (not owned), else owns a QNetworkAccessManager of its own.
    explicit ApiClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    /// The API root, e.g. https://api.connect.cloudblue.com/public/v1 (the default: AppInfo::defaultEndpoint()).
    void setEndpoint(const QUrl &base);
    QUrl endpoint() const { return m_endpoint; }
    /// "SU-123-456-789:secret"; an "ApiKey " prefix, as the portal shows it, is accepted and dropped.
    void setApiKey(const QByteArray &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    /// The token id of the key ("SU-123-456-789"), safe to log and show; empty without a key.
    QString tokenId() const;
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    QNetworkAccessManager *network() const { return m_network; }

    ApiJob *get(const QString &path, const QString &query = {});
    /// GET whose body is not JSON (rendered Markdown, .po files, xlsx): the body is returned as is.
    ApiJob *getRaw(const QString &path, const QString &query = {}, const QByteArray &accept = {});
    /// GET answered by a redirect to a pre-signed link (an agreement's document): the 3xx is the job's result,
    /// `Location` in its response; the link is not followed (the caller fetches it without the key).
    ApiJob *getLink(const QString &path);
    ApiJob *post(const QString &path, const QJsonObject &body = {});
    ApiJob *put(const QString &path, const QJsonObject &body);
    ApiJob *del(const QString &path);
    ApiJob *postMultipart(const QString &path, const QList<MultipartPart> &parts);
    ApiJob *putMultipart(const QString &path, const QList<MultipartPart> &parts);
    /// Any method with a raw body (e.g. a JSON array); `contentType` empty sends none.
    ApiJob *send(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
        const QByteArray &contentType);

    /// Pages through a collection (see ListJob). The first page is requested from the event loop, so
    /// ListJob::setStartOffset() may still be called on the returned job; `startOffset` does the same.
    ListJob *list(const QString &path, const RqlQuery &query, int pageSize = 100, qint64 startOffset = 0);

    /// Cancels every running job (each finishes with Kind::Cancelled), e.g. on sign-out.
    void cancelAll();
    /// Jobs started and not yet finished (page jobs of a ListJob included).
    int runningJobs() const;

    /// The absolute URL for `path` + encoded `query` under the endpoint.
    QUrl urlFor(const QString &path, const QString &query = {}) const;

Q_SIGNALS:
    /// One of this client's requests was answered 429 (it is retried after `delayMs`): callers running
    /// requests in parallel send fewer at once.
    void throttled(int delayMs);

private:
    ApiJob *start(ApiRequest request);
    ApiRequest makeRequest(const QByteArray &method, const QString &path, const QString &query) const;

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    QByteArray m_apiKey; // never logged
    RetryPolicy m_policy;
    QList<QPointer<ApiJob>> m_jobs;
    QList<QPointer<ListJob>> m_lists;
};

} // namespace cv::api
