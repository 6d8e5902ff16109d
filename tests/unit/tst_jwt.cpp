#include "testmain.h"

#include "sandbox/http/jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace cv::sandbox::http;

namespace {
// The example token shown on jwt.io, signed with its default secret.
const QByteArray kJwtIoToken
    = QByteArrayLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
const QByteArray kJwtIoSecret = QByteArrayLiteral("your-256-bit-secret");

// QVERIFY2 evaluates its message even on success, so never call error() on an ok result there.
template<typename R> QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestJwt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectorVerifies()
    {
        const auto claims = verifyHs256(kJwtIoToken, kJwtIoSecret);
        QVERIFY2(claims.ok(), errorText(claims).constData());
        QCOMPARE(claims.value().value(QStringLiteral("sub")).toString(), QStringLiteral("1234567890"));
        QCOMPARE(claims.value().value(QStringLiteral("name")).toString(), QStringLiteral("John Doe"));
        QCOMPARE(claims.value().value(QStringLiteral("iat")).toInteger(), 1516239022);
    }

    void signThenVerifyRoundTrips()
    {
        const QJsonObject claims { { QStringLiteral("sub"), QStringLiteral("SU-1") },
            { QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600 } };
        const QByteArray token = signHs256(claims, "s3cret");
        QCOMPARE(token.count('.'), 2);
        QVERIFY(!token.contains('='));
        QVERIFY(!token.contains('+'));
        QVERIFY(!token.contains('/'));
        const auto verified = verifyHs256(token, "s3cret");
        QVERIFY2(verified.ok(), errorText(verified).constData());
        QCOMPARE(verified.value(), claims);
        // The header is the fixed HS256 one.
        const QByteArray header = QByteArray::fromBase64(token.left(token.indexOf('.')), QByteArray::Base64UrlEncoding);
        QCOMPARE(
            QJsonDocument::fromJson(header).object().value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    }

    void tamperedPayloadFails()
    {
        QList<QByteArray> parts = kJwtIoToken.split('.');
        parts[1] = b64(R"({"sub":"1234567890","name":"Admin","iat":1516239022})");
        const auto result = verifyHs256(parts.join('.'), kJwtIoSecret);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("signature")), errorText(result).constData());
    }

    void tamperedSignatureFails()
    {
        QByteArray token = kJwtIoToken;
        token[token.size() - 2] = token.at(token.size() - 2) == 'A' ? 'B' : 'A';
        QVERIFY(!verifyHs256(token, kJwtIoSecret).ok());
        QVERIFY(!verifyHs256(token.left(token.lastIndexOf('.') + 1), kJwtIoSecret).ok());
    }

    void wrongSecretFails()
    {
        const auto result = verifyHs256(kJwtIoToken, "not-the-secret");
        QVERIFY(!result.ok());
        QVERIFY(!result.error().contains(QStringLiteral("not-the-secret")));
        QVERIFY(!verifyHs256(kJwtIoToken, QByteArray()).ok());
    }

    void algNoneFails()
    {
        const QByteArray payload = kJwtIoToken.split('.').at(1);
        const QByteArray header = b64(R"({"alg":"none","typ":"JWT"})");
        // Unsigned, as an attacker would send it.
        auto result = verifyHs256(header + '.' + payload + '.', kJwtIoSecret);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("none")), errorText(result).constData());
        // Even with a correct HMAC the header must say HS256.
        const QByteArray input = header + '.' + payload;
        const QByteArray sig = b64(QMessageAuthenticationCode::hash(input, kJwtIoSecret, QCryptographicHash::Sha256));
        QVERIFY(!verifyHs256(input + '.' + sig, kJwtIoSecret).ok());
        // A different HMAC algorithm is refused too.
        const QByteArray hs512 = b64(R"({"alg":"HS512","typ":"JWT"})");
        QVERIFY(!verifyHs256(hs512 + '.' + payload + '.' + sig, kJwtIoSecret).ok());
    }

    void expiredFails()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray expired = signHs256(
            { { QStringLiteral("sub"), QStringLiteral("x") }, { QStringLiteral("exp"), now.toSecsSinceEpoch() - 1 } },
            "k");
        const auto result = verifyHs256(expired, "k", now);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("expired")), errorText(result).constData());
        // Exactly at exp is already too late (RFC 7519 §4.1.4).
        const QByteArray atExp = signHs256({ { QStringLiteral("exp"), now.toSecsSinceEpoch() } }, "k");
        QVERIFY(!verifyHs256(atExp, "k", now).ok());
        QVERIFY(verifyHs256(atExp, "k", now.addSecs(-1)).ok());
        const QByteArray badExp = signHs256({ { QStringLiteral("exp"), QStringLiteral("tomorrow") } }, "k");
        QVERIFY(!verifyHs256(badExp, "k").ok());
    }

    void notBeforeIsChecked()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray token = signHs256({ { QStringLiteral("nbf"), now.toSecsSinceEpoch() + 60 } }, "k");
        QVERIFY(!verifyHs256(token, "k", now).ok());
        QVERIFY(verifyHs256(token, "k", now.addSecs(61)).ok());
    }

    void malformedTokensFail_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("segments");
        QTest::newRow("two segments") << QByteArray("a.b") << QStringLiteral("found 2");
        QTest::newRow("four segments") << QByteArray("a.b.c.d") << QStringLiteral("found 4");
        QTest::newRow("bad base64") << QByteArray("@@@.e30.x") << QStringLiteral("header: not valid base64url");
        QTest::newRow("header not json") << (b64("{nope") + ".e30.x") << QStringLiteral("header: invalid JSON");
        QTest::newRow("header array") << (b64("[]") + ".e30.x") << QStringLiteral("not an object");
    }

    void malformedTokensFail()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, expected);
        const auto result = verifyHs256(token, "k");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), errorText(result).constData());
    }

    void payloadNotJsonFailsAfterSignature()
    {
        const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + b64("not json");
        const QByteArray sig = b64(QMessageAuthenticationCode::hash(input, "k", QCryptographicHash::Sha256));
        const auto result = verifyHs256(input + '.' + sig, "k");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("payload: invalid JSON")), errorText(result).constData());
    }
};

CV_TEST_CORE_MAIN(TestJwt)
#include "tst_jwt.moc"
