#include "app/inventory/productendpoints.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace cv::inventory {

namespace {

QList<QJsonObject> objectsOf(const api::ApiJob *job)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : job->response().json.array())
        list << value.toObject();
    return list;
}

} // namespace

api::ApiJob *readProduct(api::ApiClient &client, const QString &productId)
{
    return client.get(QStringLiteral("/products/") + productId);
}

QString actionSecretOf(const QJsonObject &product)
{
    return product.value(QStringLiteral("customer_ui_settings"))
        .toObject()
        .value(QStringLiteral("action"))
        .toObject()
        .value(QStringLiteral("jwt_secret"))
        .toString();
}

void fetchActionSecret(
    api::ApiClient &client, const QString &productId, QObject *context, std::function<void(const QString &secret)> done)
{
    api::ApiJob *job = readProduct(client, productId);
    QObject::connect(job, &api::ApiJob::finished, context, [done = std::move(done)](api::ApiJob *finished) {
        if (finished->ok())
            done(actionSecretOf(finished->response().json.object()));
    });
}

api::ApiJob *publishProduct(api::ApiClient &client, const QString &productId)
{
    return client.post(QStringLiteral("/products/%1/versions").arg(productId), {});
}

int publishedVersionOf(const api::ApiResponse &reply)
{
    return reply.json.object().value(QStringLiteral("version")).toInt();
}

void fetchLastPublishedVersion(api::ApiClient &client, const QString &productId, QObject *context,
    std::function<void(const LastPublishedVersion &)> done)
{
    api::ApiJob *job = client.get(
        QStringLiteral("/products/%1/versions").arg(productId), QStringLiteral("ordering(-version)&limit=1"));
    QPointer<api::ApiClient> owner(&client);
    QObject::connect(job, &api::ApiJob::finished, context,
        [owner, productId, context, done = std::move(done)](api::ApiJob *versions) {
            LastPublishedVersion result;
            if (!versions->ok() || !owner) {
                result.status = LastPublishedVersion::Status::NotAnswered;
                result.error = versions->error().summary();
                done(result);
                return;
            }
            const QJsonArray list = versions->response().json.array();
            if (list.isEmpty()) {
                done(result);
                return;
            }
            auto last = std::make_shared<PublishedVersion>();
            last->product = list.first().toObject();
            last->version = last->product.value(QStringLiteral("version")).toInt();
            auto pending = std::make_shared<int>(3);
            auto failed = std::make_shared<bool>(false);
            for (const QString &kind :
                { QStringLiteral("items"), QStringLiteral("templates"), QStringLiteral("actions") }) {
                api::ApiJob *part = owner->get(
                    QStringLiteral("/products/%1/versions/%2/%3").arg(productId).arg(last->version).arg(kind));
                QObject::connect(
                    part, &api::ApiJob::finished, context, [last, pending, failed, kind, done](api::ApiJob *finished) {
                        if (!finished->ok())
                            *failed = true;
                        (kind == QLatin1String("items")              ? last->items
                                : kind == QLatin1String("templates") ? last->templates
                                                                     : last->actions)
                            = objectsOf(finished);
                        if (--*pending > 0)
                            return;
                        LastPublishedVersion result;
                        result.status = *failed ? LastPublishedVersion::Status::ContentsUnreadable
                                                : LastPublishedVersion::Status::Found;
                        result.version = *last;
                        done(result);
                    });
            }
        });
}

api::ApiJob *startPreview(api::ApiClient &client, const QString &productId, const QJsonObject &scenario)
{
    return client.post(QStringLiteral("/products/%1/preview").arg(productId), scenario);
}

PreviewRun PreviewRun::fromJson(const QJsonObject &preview)
{
    const auto text
        = [](const QJsonObject &object, const char *key) { return object.value(QLatin1String(key)).toString(); };
    PreviewRun run;
    run.id = text(preview, "id");
    run.status = text(preview, "status");
    for (const QJsonValue &value : preview.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        run.steps.append({ text(step, "name"), text(step, "status") });
    }
    run.requestId = text(preview.value(QStringLiteral("request")).toObject(), "id");
    run.assetId = text(preview.value(QStringLiteral("asset")).toObject(), "id");
    run.customerName = text(preview.value(QStringLiteral("customer")).toObject(), "name");
    return run;
}

api::ApiJob *previewStatus(api::ApiClient &client, const QString &productId, const QString &previewId)
{
    return client.get(QStringLiteral("/products/%1/preview/%2").arg(productId, previewId));
}

QNetworkReply *downloadMedia(api::ApiClient &client, const QString &icon)
{
    const QUrl url = client.endpoint().resolved(QUrl(icon));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return nullptr;
    return client.network()->get(QNetworkRequest(url));
}

} // namespace cv::inventory
