#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cv::sandbox::http {

/// Signs `claims` as a compact HS256 JSON Web Token (RFC 7519): base64url(header) "." base64url(claims)
/// "." base64url(HMAC-SHA256), all without padding. The header is {"alg":"HS256","typ":"JWT"}.
/// Precondition: `secret` is not empty (an empty key makes the token forgeable by anyone).
QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret);

/// Verifies a compact HS256 token and returns its claims. Rejects any header whose `alg` is not HS256
/// (in particular `none`), compares the signature in constant time, and checks `exp` and `nbf`
/// (NumericDate, seconds since the epoch) against `now` when the token carries them.
/// Error messages name the failing segment but never echo the secret or the signature.
cv::core::Result<QJsonObject, QString> verifyHs256(
    const QByteArray &token, const QByteArray &secret, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cv::sandbox::http
