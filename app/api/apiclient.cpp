#include "app/api/apiclient.h"

#include "app/api/apijob.h"
#include "app/api/listjob.h"
#include "app/api/logging.h"
#include "app/api/rqlquery.h"
#include "app/core/appinfo.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace cv::api {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_endpoint(core::AppInfo::defaultEndpoint())
{ }

ApiClient::~ApiClient()
{
    // Jobs are children of the client; make sure no reply outlives it with a callback into a dead job.
    cancelAll();
}

void ApiClient::setEndpoint(const QUrl &base)
{
    m_endpoint = base.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    qCInfo(lcConnect).noquote() << "endpoint" << m_endpoint.toDisplayString(QUrl::RemoveUserInfo);
}

void ApiClient::setApiKey(const QByteArray &key)
{
    QByteArray trimmed = key.trimmed();
    if (trimmed.startsWith("ApiKey "))
        trimmed = trimmed.mid(7).trimmed();
    m_apiKey = trimmed;
    qCInfo(lcConnect).noquote() << "API key set, token" << (tokenId().isEmpty() ? QStringLiteral("(none)") : tokenId());
}

QString ApiClient::tokenId() const
{
    const qsizetype colon = m_apiKey.indexOf(':');
    // Without a ':' there is no safe part to show: the whole thing may be the secret.
    return colon > 0 ? QString::fromUtf8(m_apiKey.left(colon)) : QString();
}

QUrl ApiClient::urlFor(const QString &path, const QString &query) const
{
    QUrl url = m_endpoint;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(u'/') ? path : QLatin1Char('/') + path));
    if (!query.isEmpty())
        url.setQuery(query.startsWith(u'?') ? query.mid(1) : query);
    return url;
}

ApiRequest ApiClient::makeRequest(const QByteArray &method, const QString &path, const QString &query) const
{
    ApiRequest request;
    request.method = method;
    request.url = urlFor(path, query);
    request.path = (path.startsWith(u'/') ? path : QLatin1Char('/') + path)
        + (query.isEmpty() ? QString() : QLatin1Char('?') + (query.startsWith(u'?') ? query.mid(1) : query));
    if (!m_apiKey.isEmpty())
        request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("ApiKey " + m_apiKey)));
    request.headers.append(qMakePair(QByteArray("User-Agent"), core::AppInfo::userAgent()));
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return request;
}

ApiJob *ApiClient::start(ApiRequest request)
{
    const bool validUrl = request.url.isValid()
        && (request.url.scheme() == QLatin1String("https") || request.url.scheme() == QLatin1String("http"));
    auto *job = new ApiJob(m_network, std::move(request), m_policy, this);
    m_jobs.removeAll(nullptr);
    m_jobs << job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_jobs.removeAll(finished);
        finished->deleteLater();
    });
    connect(job, &ApiJob::throttled, this, &ApiClient::throttled);
    if (!validUrl) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.method = job->method();
        error.url = job->url().adjusted(QUrl::RemoveUserInfo);
        error.path = job->path();
        error.detail = QStringLiteral("not an http(s) URL: %1").arg(error.url.toDisplayString());
        job->failBeforeStart(error);
    } else {
        job->start();
    }
    return job;
}

ApiJob *ApiClient::get(const QString &path, const QString &query)
{
    return start(makeRequest("GET", path, query));
}

ApiJob *ApiClient::getRaw(const QString &path, const QString &query, const QByteArray &accept)
{
    ApiRequest request = makeRequest("GET", path, query);
    request.expectJson = false;
    if (!accept.isEmpty()) {
        for (auto &[name, value] : request.headers) {
            if (name == "Accept")
                value = accept;
        }
    }
    return start(std::move(request));
}

ApiJob *ApiClient::getLink(const QString &path)
{
    ApiRequest request = makeRequest("GET", path, QString());
    request.expectJson = false;
    request.redirectIsAnswer = true;
    return start(std::move(request));
}

ApiJob *ApiClient::send(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
    const QByteArray &contentType)
{
    ApiRequest request = makeRequest(method, path, query);
    request.body = body;
    if (!contentType.isEmpty())
        request.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return start(std::move(request));
}

ApiJob *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

ApiJob *ApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

ApiJob *ApiClient::del(const QString &path)
{
    return start(makeRequest("DELETE", path, {}));
}

ApiJob *ApiClient::postMultipart(const QString &path, const QList<MultipartPart> &parts)
{
    ApiRequest request = makeRequest("POST", path, {});
    request.multipart = true;
    request.parts = parts;
    return start(std::move(request));
}

ApiJob *ApiClient::putMultipart(const QString &path, const QList<MultipartPart> &parts)
{
    ApiRequest request = makeRequest("PUT", path, {});
    request.multipart = true;
    request.parts = parts;
    return start(std::move(request));
}

ListJob *ApiClient::list(const QString &path, const RqlQuery &query, int pageSize, qint64 startOffset)
{
    auto *job = new ListJob(this, path, query, pageSize, this);
    job->setStartOffset(startOffset);
    m_lists.removeAll(nullptr);
    m_lists << job;
    connect(job, &ListJob::finished, this, [this](ListJob *finished) {
        m_lists.removeAll(finished);
        finished->deleteLater();
    });
    job->start();
    return job;
}

void ApiClient::cancelAll()
{
    // Cancelling finishes jobs, whose handlers edit the lists: work on copies.
    const QList<QPointer<ListJob>> lists = m_lists;
    for (const QPointer<ListJob> &job : lists) {
        if (job)
            job->cancel();
    }
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

int ApiClient::runningJobs() const
{
    int count = 0;
    for (const QPointer<ApiJob> &job : m_jobs)
        count += job && !job->isFinished() ? 1 : 0;
    return count;
}

} // namespace cv::api
