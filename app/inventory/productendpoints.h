#pragma once

#include "app/inventory/publishcheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QNetworkReply;
class QObject;

namespace cv::api {
class ApiClient;
class ApiJob;
struct ApiResponse;
} // namespace cv::api

namespace cv::inventory {

/// The Products endpoints the Inventory pages call directly (everything else reaches Connect through the sync
/// engine). Widgets ask for these typed calls and never build a REST path or read a reply's fields themselves.
/// Each call starts a job of `client`; the job reports through ApiJob::finished (errors are values).

/// Products.GetProduct, GET /products/{id}.
api::ApiJob *readProduct(api::ApiClient &client, const QString &productId);
/// The secret that signs the product's action calls (customer_ui_settings.action.jwt_secret); empty if none.
QString actionSecretOf(const QJsonObject &product);
/// readProduct() and calls `done` with the action secret (perhaps empty) once Connect answered; not on an error.
/// `done` is not called once `context` is destroyed.
void fetchActionSecret(api::ApiClient &client, const QString &productId, QObject *context,
    std::function<void(const QString &secret)> done);

/// Products.CreateProductVersion, POST /products/{id}/versions: publishes the product.
api::ApiJob *publishProduct(api::ApiClient &client, const QString &productId);
/// The number of the version a publishProduct() reply created.
int publishedVersionOf(const api::ApiResponse &reply);

/// What fetchLastPublishedVersion() found.
struct LastPublishedVersion
{
    enum class Status {
        None, ///< the product has no published version yet
        Found, ///< `version` holds the last version with its items, templates and actions
        NotAnswered, ///< the list of versions could not be read: `error` says why
        ContentsUnreadable, ///< the last version is `version.version`, its contents could not be read
    };
    Status status = Status::None;
    PublishedVersion version;
    QString error; ///< NotAnswered: the error's summary
};

/// Products.ListProductVersions (GET /products/{id}/versions, newest first, one) and then the last version's
/// items, templates and actions (GET /products/{id}/versions/{version}/items|templates|actions).
/// `done` runs once, not once `context` is destroyed.
void fetchLastPublishedVersion(api::ApiClient &client, const QString &productId, QObject *context,
    std::function<void(const LastPublishedVersion &)> done);

/// The vendor preview of a product (a sandbox extension of the API, see sandbox/api/previewapi.cpp):
/// POST /products/{id}/preview starts one for `scenario`; GET /products/{id}/preview/{previewId} reads its state.
api::ApiJob *startPreview(api::ApiClient &client, const QString &productId, const QJsonObject &scenario);
/// A preview run as startPreview() and previewStatus() answer it.
struct PreviewRun
{
    struct Step
    {
        QString name;
        QString status; ///< "done", "running", "failed"; anything else is waiting
    };
    QString id;
    QString status; ///< "done" once the asset and its request exist
    QList<Step> steps;
    QString requestId, assetId, customerName; ///< once done
    bool isDone() const { return status == QLatin1String("done"); }
    static PreviewRun fromJson(const QJsonObject &preview);
};
api::ApiJob *previewStatus(api::ApiClient &client, const QString &productId, const QString &previewId);

/// Downloads a product's media (its logo, `icon`: a path on the portal host, resolved against the endpoint).
/// Media are public: the request carries no API key. nullptr when `icon` is not an http(s) URL.
/// The caller owns the reply (deleteLater() once finished).
QNetworkReply *downloadMedia(api::ApiClient &client, const QString &icon);

} // namespace cv::inventory
