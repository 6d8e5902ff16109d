#include "app/agreements/agreementendpoints.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/store/agreementarchive.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace cv::agreements {

namespace {

constexpr int kDocumentTimeoutMs = 60000;

bool isOffline(const api::ApiError &error)
{
    return error.kind == api::ApiError::Kind::Network || error.kind == api::ApiError::Kind::Timeout;
}

} // namespace

void fetchVersions(
    api::ApiClient &client, const QString &agreementId, QObject *context, std::function<void(const VersionList &)> done)
{
    api::ApiJob *job
        = client.get(QStringLiteral("/agreements/%1/versions").arg(agreementId), QStringLiteral("limit=100"));
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        VersionList result;
        if (!finished->ok()) {
            result.error = finished->error().summary();
            result.offline = isOffline(finished->error());
        } else {
            for (const QJsonValue &value : finished->response().json.array())
                result.versions << value.toObject();
            std::sort(result.versions.begin(), result.versions.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("version")).toInt() > b.value(QStringLiteral("version")).toInt();
            });
        }
        done(result);
    });
}

void fetchDocument(api::ApiClient &client, const QJsonObject &version, const QString &agreementId, QObject *context,
    std::function<void(const Document &)> done)
{
    const int number = version.value(QStringLiteral("version")).toInt();
    if (version.value(QStringLiteral("document_type")).toString() == QLatin1String("external")) {
        Document document;
        document.externalUrl = QUrl(version.value(QStringLiteral("link")).toString());
        if (!document.externalUrl.isValid() || document.externalUrl.scheme() != QLatin1String("https"))
            document.error = QStringLiteral("the external document's link is not an https address");
        done(document);
        return;
    }
    // Connect answers with a redirect to a pre-signed link: that is the answer, not an error to log.
    api::ApiJob *job
        = client.getLink(QStringLiteral("/agreements/%1/versions/%2/document").arg(agreementId).arg(number));
    QPointer<QNetworkAccessManager> network = client.network();
    QObject::connect(job, &api::ApiJob::finished, context,
        [done = std::move(done), network, context](api::ApiJob *finished) mutable {
            Document document;
            const int status = finished->response().status;
            const QUrl location = QUrl::fromEncoded(finished->response().header("Location"));
            if (status < 301 || status > 308 || !location.isValid() || !network) {
                document.error = finished->ok() ? QStringLiteral("Connect did not say where the document is")
                                                : finished->error().summary();
                document.offline = !finished->ok() && isOffline(finished->error());
                done(document);
                return;
            }
            if (location.scheme() != QLatin1String("https") && location.scheme() != QLatin1String("http")) {
                document.error
                    = QStringLiteral("the document's link is not a web address: %1").arg(location.toString());
                done(document);
                return;
            }
            // The link is pre-signed: no API key goes to it.
            QNetworkRequest request(location);
            request.setTransferTimeout(kDocumentTimeoutMs);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = network->get(request);
            QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, location] {
                reply->deleteLater();
                Document result;
                if (reply->error() != QNetworkReply::NoError) {
                    result.error = QStringLiteral("%1: %2").arg(location.toString(), reply->errorString());
                    result.offline = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0;
                } else {
                    result.data = reply->readAll();
                    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                    result.fileName = location.fileName();
                }
                done(result);
            });
        });
}

void fetchVersions(api::ApiClient &client, store::AgreementArchive &archive, const QString &agreementId,
    QObject *context, std::function<void(const VersionList &)> done)
{
    fetchVersions(client, agreementId, context,
        [&archive, alive = archive.lifetime(), agreementId, done = std::move(done)](VersionList list) {
            if (alive.expired()) {
                done(list);
                return;
            }
            if (list.error.isEmpty()) {
                archive.putVersions(agreementId, list.versions);
            } else if (const auto kept = archive.versions(agreementId)) {
                list.versions = kept->versions;
                list.keptAt = kept->fetchedAt;
            }
            done(list);
        });
}

void fetchDocument(api::ApiClient &client, store::AgreementArchive &archive, const QJsonObject &version,
    const QString &agreementId, QObject *context, std::function<void(const Document &)> done)
{
    const int number = version.value(QStringLiteral("version")).toInt();
    if (const auto kept = archive.document(agreementId, number)) {
        Document document;
        document.data = kept->data;
        document.contentType = kept->contentType;
        document.fileName = kept->fileName;
        document.keptAt = kept->fetchedAt;
        done(document);
        return;
    }
    fetchDocument(client, version, agreementId, context,
        [&archive, alive = archive.lifetime(), agreementId, number, done = std::move(done)](const Document &document) {
            if (!alive.expired() && document.error.isEmpty() && !document.externalUrl.isValid())
                archive.putDocument(agreementId, number,
                    { document.data, document.contentType, document.fileName, QDateTime::currentDateTimeUtc() });
            done(document);
        });
}

} // namespace cv::agreements
