#include "sandbox/http/jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QMessageAuthenticationCode>

namespace cv::sandbox::http {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(kBase64Url);
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &secret)
{
    return base64Url(QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

/// Equality whose running time depends only on the lengths, so a forger cannot learn how many leading
/// bytes of a guessed signature were right. The lengths themselves are public (HS256 is always 43 chars).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

cv::core::Result<QJsonObject, QString> decodeSegment(const QByteArray &segment, QLatin1String what)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QStringLiteral("JWT %1: not valid base64url").arg(what);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("JWT %1: invalid JSON at byte offset %2: %3")
            .arg(what)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!document.isObject())
        return QStringLiteral("JWT %1: JSON is not an object").arg(what);
    return document.object();
}

QString isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret)
{
    Q_ASSERT(!secret.isEmpty());
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + signature(signingInput, secret);
}

cv::core::Result<QJsonObject, QString> verifyHs256(
    const QByteArray &token, const QByteArray &secret, const QDateTime &now)
{
    if (secret.isEmpty())
        return QStringLiteral("JWT: refusing to verify with an empty secret");
    const QList<QByteArray> segments = token.split('.');
    if (segments.size() != 3)
        return QStringLiteral("JWT: expected 3 dot-separated segments, found %1").arg(segments.size());

    const auto header = decodeSegment(segments.at(0), QLatin1String("header"));
    if (!header)
        return header.error();
    // Only the algorithm we sign with is accepted: trusting the token's own `alg` is the classic
    // "alg: none" / algorithm-confusion hole.
    const QString alg = header.value().value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("HS256"))
        return QStringLiteral("JWT header: alg '%1' is not accepted (only HS256)").arg(alg);

    // Signature first: claims of an unauthenticated token are not worth reporting on.
    const qsizetype payloadEnd = segments.at(0).size() + 1 + segments.at(1).size();
    const QByteArray signingInput = token.left(payloadEnd);
    if (!constantTimeEquals(signature(signingInput, secret), segments.at(2)))
        return QStringLiteral("JWT: signature does not match");

    const auto claims = decodeSegment(segments.at(1), QLatin1String("payload"));
    if (!claims)
        return claims.error();

    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value().value(QStringLiteral("exp"));
    if (!exp.isUndefined()) {
        if (!exp.isDouble())
            return QStringLiteral("JWT payload: exp is not a NumericDate");
        // RFC 7519 §4.1.4: the token must not be accepted on or after the expiration time.
        const auto expSeconds = static_cast<qint64>(exp.toDouble());
        if (nowSeconds >= expSeconds)
            return QStringLiteral("JWT payload: token expired at %1").arg(isoTime(expSeconds));
    }
    const QJsonValue nbf = claims.value().value(QStringLiteral("nbf"));
    if (!nbf.isUndefined()) {
        if (!nbf.isDouble())
            return QStringLiteral("JWT payload: nbf is not a NumericDate");
        const auto nbfSeconds = static_cast<qint64>(nbf.toDouble());
        if (nowSeconds < nbfSeconds)
            return QStringLiteral("JWT payload: token not valid before %1").arg(isoTime(nbfSeconds));
    }
    return claims.value();
}

} // namespace cv::sandbox::http
