#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cv::sandbox::http {

/// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QByteArray name; ///< Content-Disposition `name` (always present: a part without one is an error)
    QByteArray fileName; ///< Content-Disposition `filename` (or a decoded `filename*`); empty for plain fields
    QByteArray contentType; ///< the part's Content-Type as sent; empty if absent (RFC 7578 §4.4: text/plain)
    QByteArray data; ///< the part's bytes, untouched (binary safe)
};

/// Parses a multipart/form-data request body. `contentTypeHeader` is the request's Content-Type value,
/// e.g. `multipart/form-data; boundary="xyz"`. Qt HttpServer hands us the raw body and headers but has no
/// server-side multipart parser, hence this one. Line breaks around delimiters must be CRLF as RFC 2046
/// requires; a part's data is everything between its header block and the CRLF before the next delimiter.
/// Errors name the problem and its byte offset in `body`.
cv::core::Result<QList<MultipartPart>, QString> parseMultipart(
    const QByteArray &contentTypeHeader, const QByteArray &body);

} // namespace cv::sandbox::http
