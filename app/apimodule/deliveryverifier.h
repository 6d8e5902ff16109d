#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace cv::apimodule {

/// A webhook call as a developer pastes it: an optional request line ("POST /hook HTTP/1.1"), header
/// lines, a blank line, the body. Header names are kept as written; lookups ignore case.
struct PastedDelivery
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    static PastedDelivery parse(const QByteArray &text);
};

/// What the verifier found. `claims` (and `header`) are filled whenever the token could be decoded, even
/// when it is refused, so the developer sees what was sent; `problem` says why it was refused.
struct DeliveryVerdict
{
    enum class Problem {
        None, ///< signature valid, times valid, body equal to the claims
        NoSecret, ///< no secret to check with
        NoAuthorization, ///< no Authorization header
        NotBearer, ///< Authorization is not "Bearer <token>"
        Malformed, ///< not three base64url segments of JSON objects
        Algorithm, ///< alg is not HS256 (e.g. "none"): refused without looking further
        Signature, ///< the HMAC does not match: changed on the way or another secret
        Expired, ///< exp has passed
        NotYetValid, ///< nbf is in the future
        BodyDiffers, ///< signed claims and the posted body disagree on `fields`
    };
    Problem problem = Problem::None;
    QJsonObject header;
    QJsonObject claims;
    QString detail; ///< technical detail (which segment, the algorithm, the expiry time)
    QStringList fields; ///< for BodyDiffers: the body fields whose value is not the signed one

    bool ok() const { return problem == Problem::None; }
};

/// Checks a pasted delivery as a handler should (REFERENCE §5): the Bearer token is an HS256 JWT signed
/// with the webhook's secret; exp/nbf hold at `now`; every field of a JSON body equals the signed claim
/// of the same name (the body itself is not signed: this is how a handler knows it was not changed).
///
/// Kept apart on purpose from the sandbox's signer (sandbox/http/jwt.cpp): the sandbox stands in for
/// Connect and is the oracle this verifier is tested against; sharing code would hide a mistake in both.
/// Built on QMessageAuthenticationCode (HMAC-SHA256): no JWT library is in Debian's Qt stack or the project.
DeliveryVerdict verifyDelivery(
    const PastedDelivery &delivery, const QByteArray &secret, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cv::apimodule
