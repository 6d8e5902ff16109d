#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cv::api {

/// One part of a multipart/form-data body (QHttpMultiPart is rebuilt from these for every attempt, because a
/// QHttpMultiPart is consumed by the reply that sends it).
struct MultipartPart
{
    QByteArray name; ///< form field name
    QByteArray fileName; ///< empty for a plain field
    QByteArray contentType; ///< empty: none sent (plain field)
    QByteArray data;
};

/// Everything an ApiJob needs to (re-)send a request: retries send exactly this again.
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", "PUT", "DELETE", ...
    QUrl url;
    QString path; ///< relative to the endpoint, with the query: for messages
    QList<QPair<QByteArray, QByteArray>> headers; ///< Authorization included: never log these
    QByteArray body;
    QList<MultipartPart> parts; ///< used instead of `body` when `multipart` is set
    bool multipart = false;
    bool expectJson = true; ///< a non-empty 2xx body must be JSON, else Kind::InvalidResponse
    /// A 3xx is the answer (a pre-signed link, read from its Location by the caller), not an error. It is still
    /// not followed: the API key never goes to the link.
    bool redirectIsAnswer = false;
};

} // namespace cv::api
