#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace cv::api {
class ApiClient;
}
namespace cv::store {
class AgreementArchive;
}

namespace cv::agreements {

/// The Agreements endpoints read outside the sync (versions and documents are fetched when a details page
/// opens, and kept in store::AgreementArchive for reading offline). Errors are values: `error` is an English
/// summary for the log and the page's wording.

/// Agreements.ListAgreementVersions, GET /agreements/{id}/versions: every version, newest first.
struct VersionList
{
    QList<QJsonObject> versions;
    QString error; ///< empty when the list was read
    bool offline = false; ///< the server could not be reached
    QDateTime keptAt; ///< set when the list is the copy kept offline: when Connect gave it (UTC)
};
void fetchVersions(api::ApiClient &client, const QString &agreementId, QObject *context,
    std::function<void(const VersionList &)> done);
/// The same, kept: a list read from Connect is stored in `archive`; when Connect cannot be reached (or refuses),
/// the stored copy comes with keptAt set and the error kept.
void fetchVersions(api::ApiClient &client, store::AgreementArchive &archive, const QString &agreementId,
    QObject *context, std::function<void(const VersionList &)> done);

/// One version's document: GET /agreements/{id}/versions/{v}/document answers 302 to where the file lives (a
/// pre-signed link: fetched without the API key). An external document (a web page of the provider) is not
/// downloaded: `externalUrl` is given for the browser.
struct Document
{
    QByteArray data;
    QByteArray contentType;
    QString fileName; ///< the last segment of the link, e.g. "AGP-1-v2.pdf"
    QUrl externalUrl; ///< set for an external document instead of data
    QString error; ///< empty on success
    bool offline = false;
    QDateTime keptAt; ///< set when the bytes are the copy kept offline: when they were downloaded (UTC)
};
void fetchDocument(api::ApiClient &client, const QJsonObject &version, const QString &agreementId, QObject *context,
    std::function<void(const Document &)> done);
/// The same, kept: a version's document does not change once published, so a stored copy is given without
/// asking Connect (keptAt set); a downloaded one is stored. External documents (links) are not kept.
void fetchDocument(api::ApiClient &client, store::AgreementArchive &archive, const QJsonObject &version,
    const QString &agreementId, QObject *context, std::function<void(const Document &)> done);

} // namespace cv::agreements
