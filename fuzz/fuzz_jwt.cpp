// JWT: the sandbox's HS256 verifier (sandbox/http/jwt.cpp) and the client's delivery verifier
// (app/apimodule/deliveryverifier.cpp) on the same bytes; what the signer makes the verifier must accept.
#include "fuzzsupport.h"

#include "app/apimodule/deliveryverifier.h"
#include "sandbox/http/jwt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = cv::fuzz::bytes(data, size);
    const QByteArray secret("JWT-fuzz-secret");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    (void)cv::sandbox::http::verifyHs256(input, secret, now);
    (void)cv::apimodule::verifyDelivery(cv::apimodule::PastedDelivery::parse(input), secret, now);
    const QJsonDocument claims = QJsonDocument::fromJson(input);
    if (claims.isObject()) {
        QJsonObject object = claims.object();
        object.remove(QStringLiteral("exp"));
        object.remove(QStringLiteral("nbf"));
        const QByteArray token = cv::sandbox::http::signHs256(object, secret);
        if (!cv::sandbox::http::verifyHs256(token, secret, now))
            __builtin_trap();
    }
    return 0;
}
