#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace cv::sandbox {

/// The methods a route can be registered for, and those the server answers itself: HEAD (a GET without
/// its body), OPTIONS (the Allow header) and PATCH (known, so 405 names what is allowed instead).
enum class Method { Get, Post, Put, Delete, Head, Options, Patch, Other };

/// A request as the API handlers see it: the path below /public/v1, its captured {parameters}, the raw
/// query (RQL is parsed from it), headers and body.
struct ApiRequest
{
    Method method = Method::Get;
    QString path;
    QHash<QString, QString> params; ///< captured path parameters, e.g. {"product_id": "PRD-..."}
    QByteArray rawQuery; ///< percent-encoded query string, as received
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< header names lower-cased
    QByteArray body;
    QString specPath; ///< the route's path template in specs.yml (filter rules come from it)
    QString accountId; ///< the authenticated account

    QString param(const QString &name) const { return params.value(name); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

/// What a handler answers: status, body and headers. Errors use Connect's body
/// `{"error_code": "...", "errors": [...]}` (REFERENCE §4.1).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    bool isError() const { return status >= 400; }

    static ApiReply json(const QJsonObject &object, int status = 200);
    static ApiReply json(const QJsonArray &array, int status = 200);
    static ApiReply raw(const QByteArray &body, const QByteArray &contentType, int status = 200);
    static ApiReply noContent();
    static ApiReply error(int status, const QString &code, const QStringList &errors);
    /// 400 VAL_001 with "field: message" entries, as Connect words validation errors.
    static ApiReply validation(const QStringList &errors);
    static ApiReply notFound(const QString &what, const QString &id);
    static ApiReply unauthorized();
    /// A transition not allowed from the object's current status: 400 with the area's own code.
    static ApiReply badTransition(
        const QString &code, const QString &object, const QString &action, const QString &status);
};

} // namespace cv::sandbox
