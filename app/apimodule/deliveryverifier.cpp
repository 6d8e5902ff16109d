#include "app/apimodule/deliveryverifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace cv::apimodule {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/// Running time depends on the lengths only, so a forger learns nothing from how long a refusal takes.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray PastedDelivery::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

PastedDelivery PastedDelivery::parse(const QByteArray &text)
{
    PastedDelivery delivery;
    QByteArray normalised = text;
    normalised.replace("\r\n", "\n");
    const QList<QByteArray> lines = normalised.split('\n');
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    for (; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            ++i;
            break;
        }
        const qsizetype colon = line.indexOf(':');
        // The request line ("POST /hook HTTP/1.1") has no colon before its first space.
        const qsizetype space = line.indexOf(' ');
        if (colon <= 0 || (space >= 0 && space < colon))
            continue;
        delivery.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    delivery.body = lines.mid(i).join('\n').trimmed();
    return delivery;
}

DeliveryVerdict verifyDelivery(const PastedDelivery &delivery, const QByteArray &secret, const QDateTime &now)
{
    DeliveryVerdict verdict;
    auto refuse = [&verdict](DeliveryVerdict::Problem problem, const QString &detail = {}) {
        verdict.problem = problem;
        verdict.detail = detail;
        return verdict;
    };
    const QByteArray authorization = delivery.header("Authorization");
    if (authorization.isEmpty())
        return refuse(DeliveryVerdict::Problem::NoAuthorization);
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return refuse(DeliveryVerdict::Problem::NotBearer);
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> segments = token.split('.');
    if (segments.size() != 3)
        return refuse(DeliveryVerdict::Problem::Malformed, QStringLiteral("%1 segments").arg(segments.size()));
    const auto header = decodeSegment(segments.at(0));
    const auto claims = decodeSegment(segments.at(1));
    if (!header)
        return refuse(DeliveryVerdict::Problem::Malformed, QStringLiteral("header"));
    verdict.header = *header;
    if (claims)
        verdict.claims = *claims;
    // Only HS256 is accepted whatever the token says: trusting its own alg is the "alg: none" hole.
    const QString alg = header->value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("HS256"))
        return refuse(DeliveryVerdict::Problem::Algorithm, alg);
    if (secret.isEmpty())
        return refuse(DeliveryVerdict::Problem::NoSecret);
    const QByteArray signingInput = segments.at(0) + '.' + segments.at(1);
    const QByteArray expected
        = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256).toBase64(kBase64Url);
    if (!sameBytes(expected, segments.at(2)))
        return refuse(DeliveryVerdict::Problem::Signature);
    if (!claims)
        return refuse(DeliveryVerdict::Problem::Malformed, QStringLiteral("payload"));

    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (exp.isDouble() && nowSeconds >= static_cast<qint64>(exp.toDouble()))
        return refuse(DeliveryVerdict::Problem::Expired,
            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC).toString(Qt::ISODate));
    const QJsonValue nbf = claims->value(QStringLiteral("nbf"));
    if (nbf.isDouble() && nowSeconds < static_cast<qint64>(nbf.toDouble()))
        return refuse(DeliveryVerdict::Problem::NotYetValid,
            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(nbf.toDouble()), Qt::UTC).toString(Qt::ISODate));

    if (!delivery.body.isEmpty()) {
        const QJsonDocument body = QJsonDocument::fromJson(delivery.body);
        if (!body.isObject())
            return refuse(DeliveryVerdict::Problem::BodyDiffers, QStringLiteral("body is not a JSON object"));
        const QJsonObject fields = body.object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (claims->value(it.key()) != it.value())
                verdict.fields << it.key();
        }
        if (!verdict.fields.isEmpty())
            return refuse(DeliveryVerdict::Problem::BodyDiffers, verdict.fields.join(QStringLiteral(", ")));
    }
    return verdict;
}

} // namespace cv::apimodule
