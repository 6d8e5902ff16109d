// The API module's rules (app/apimodule): the delivery verifier against the sandbox's signer (the two are kept
// apart on purpose, so this is their agreement test), what it refuses and why; webhook and token checks; header
// lines; Connect's refusals read back per field; the curl example never shows the secret. And the sandbox's
// table of which module owns a path (its token permissions, sandbox/api/tokenpermissions.cpp).
#include "testmain.h"

#include "app/apimodule/deliveryverifier.h"
#include "app/apimodule/integrationrules.h"
#include "sandbox/api/tokenpermissions.h"
#include "sandbox/http/jwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace cv;
using apimodule::DeliveryVerdict;
using apimodule::FieldProblem;

namespace {

const QByteArray kSecret = "JWT-5b1f0c7e-9d2a-4c55-8f0e-1b2a3c4d5e6f";

QJsonObject body()
{
    return { { QStringLiteral("webhook_id"), QStringLiteral("WH-833-608-476") },
        { QStringLiteral("object_class"), QStringLiteral("fulfillment_requests") },
        { QStringLiteral("product_id"), QStringLiteral("PRD-150-215-020") },
        { QStringLiteral("data"), QJsonObject() } };
}

/// A delivery as the sandbox's dispatcher makes it: the claims are the body plus iat/exp.
QByteArray delivery(const QByteArray &secret, qint64 issued, const QJsonObject &posted = body())
{
    QJsonObject claims = body();
    claims.insert(QStringLiteral("iat"), issued);
    claims.insert(QStringLiteral("exp"), issued + 600);
    return "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + sandbox::http::signHs256(claims, secret)
        + "\r\nContent-Type: application/json\r\n\r\n" + QJsonDocument(posted).toJson(QJsonDocument::Compact);
}

DeliveryVerdict verify(const QByteArray &text, const QByteArray &secret = kSecret)
{
    return apimodule::verifyDelivery(apimodule::PastedDelivery::parse(text), secret);
}

} // namespace

class TestIntegrationRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifierAcceptsWhatTheSandboxSigns()
    {
        const DeliveryVerdict verdict = verify(delivery(kSecret, QDateTime::currentSecsSinceEpoch()));
        QVERIFY2(verdict.ok(), qPrintable(verdict.detail));
        QCOMPARE(verdict.claims.value(QStringLiteral("webhook_id")).toString(), QStringLiteral("WH-833-608-476"));
        QCOMPARE(verdict.header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    }

    void everyChangedByteOfTheTokenIsRefused()
    {
        const QByteArray text = delivery(kSecret, QDateTime::currentSecsSinceEpoch());
        const qsizetype start = text.indexOf("Bearer ") + 7;
        const qsizetype end = text.indexOf("\r\n", start);
        for (qsizetype i = start; i < end; ++i) {
            QByteArray changed = text;
            changed[i] = changed[i] == 'A' ? 'B' : 'A';
            if (changed == text)
                continue;
            QVERIFY2(!verify(changed).ok(), qPrintable(QStringLiteral("byte %1 changed, accepted").arg(i - start)));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("problem");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("other secret") << delivery("JWT-other", now) << kSecret
                                      << int(DeliveryVerdict::Problem::Signature);
        QTest::newRow("no secret") << delivery(kSecret, now) << QByteArray() << int(DeliveryVerdict::Problem::NoSecret);
        QTest::newRow("expired") << delivery(kSecret, now - 3600) << kSecret << int(DeliveryVerdict::Problem::Expired);
        QJsonObject posted = body();
        posted.insert(QStringLiteral("product_id"), QStringLiteral("PRD-000-000-000"));
        QTest::newRow("body changed") << delivery(kSecret, now, posted) << kSecret
                                      << int(DeliveryVerdict::Problem::BodyDiffers);
        QTest::newRow("no header") << QByteArray("Content-Type: application/json\n\n{}") << kSecret
                                   << int(DeliveryVerdict::Problem::NoAuthorization);
        QTest::newRow("api key") << QByteArray("Authorization: ApiKey SU-1:x\n\n{}") << kSecret
                                 << int(DeliveryVerdict::Problem::NotBearer);
        QTest::newRow("two segments") << QByteArray("Authorization: Bearer abc.def\n\n") << kSecret
                                      << int(DeliveryVerdict::Problem::Malformed);
        // alg "none" with an empty signature: the classic forgery, refused whatever the secret.
        const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.'
            + QByteArray(R"({"webhook_id":"WH-1"})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.';
        QTest::newRow("alg none") << QByteArray("Authorization: Bearer " + none + "\n\n") << kSecret
                                  << int(DeliveryVerdict::Problem::Algorithm);
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, secret);
        QFETCH(int, problem);
        QCOMPARE(int(verify(text, secret).problem), problem);
    }

    void pastedWithoutRequestLineOrBody()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims = body();
        claims.insert(QStringLiteral("exp"), now + 60);
        // Header lines only (a GET call carries the notification in the token alone), LF line ends.
        const QByteArray text = "authorization: Bearer " + sandbox::http::signHs256(claims, kSecret) + "\n";
        const DeliveryVerdict verdict = verify(text);
        QVERIFY2(verdict.ok(), qPrintable(verdict.detail));
    }

    void webhookChecks()
    {
        apimodule::WebhookDraft draft;
        QCOMPARE(apimodule::checkWebhook(draft).size(), 3); // label, product, URL
        draft.label = QStringLiteral("Bot");
        draft.productId = QStringLiteral("PRD-1");
        draft.externalUrl = QStringLiteral("ftp://example.com/x");
        QList<FieldProblem> problems = apimodule::checkWebhook(draft);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("external_url"));
        QCOMPARE(problems.first().code, FieldProblem::Code::NotHttpUrl);
        draft.externalUrl = QStringLiteral("https://hooks.example.com/connect");
        draft.label = QString(101, QLatin1Char('x'));
        problems = apimodule::checkWebhook(draft);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, FieldProblem::Code::TooLong);
        QCOMPARE(problems.first().limit, 100);
        draft.label = QStringLiteral("Bot");
        QVERIFY(apimodule::checkWebhook(draft).isEmpty());
        // The JSON Connect takes never carries a secret.
        QVERIFY(!draft.toJson().contains(QStringLiteral("jwt_secret")));
        QCOMPARE(draft.toJson().value(QStringLiteral("product_id")).toString(), QStringLiteral("PRD-1"));
    }

    void headerLines()
    {
        QList<FieldProblem> problems;
        const auto headers = apimodule::parseHeaderLines(
            QStringLiteral("Content-Type: application/json\n\nX-Team:  lab \nno colon here\nBad Name: x"), &problems);
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(1).first, QStringLiteral("X-Team"));
        QCOMPARE(headers.at(1).second, QStringLiteral("lab"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, FieldProblem::Code::BadHeaderLine);
        QCOMPARE(problems.at(0).limit, 4);
        QCOMPARE(problems.at(1).code, FieldProblem::Code::BadHeaderName);
        QCOMPARE(apimodule::headerLines(headers), QStringLiteral("Content-Type: application/json\nX-Team: lab"));
    }

    void refusalsReadPerField()
    {
        const QString recorded
            = QStringLiteral("400 VAL_001: product_id: Product PRD-9 does not exist.; external_url: "
                             "Enter a valid URL (http:// or https://). (POST /notifications/webhooks)");
        const QList<FieldProblem> problems = apimodule::problemsInRefusal(recorded);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, QStringLiteral("product_id"));
        QCOMPARE(problems.at(0).message, QStringLiteral("Product PRD-9 does not exist."));
        QCOMPARE(problems.at(1).field, QStringLiteral("external_url"));
        QCOMPARE(apimodule::statusOfRefusal(recorded), 400);
        const QList<FieldProblem> forbidden = apimodule::problemsInRefusal(
            QStringLiteral("403 AUTH_003: Token SU-1 has no permission for the api module. (GET /auth/tokens)"));
        QCOMPARE(forbidden.size(), 1);
        QCOMPARE(forbidden.first().field, QString());
        QCOMPARE(apimodule::statusOfRefusal(QStringLiteral("Network: refused")), 0);
    }

    void tokenChecksAndPermissions()
    {
        QCOMPARE(apimodule::checkToken(QStringLiteral("  "), QString()).first().code, FieldProblem::Code::Required);
        QCOMPARE(apimodule::checkToken(QStringLiteral("ok"), QString(256, QLatin1Char('d'))).first().field,
            QStringLiteral("description"));
        QVERIFY(apimodule::tokenPermissionIds().contains(QStringLiteral("api")));
        QVERIFY(!apimodule::tokenPermissionIds().contains(QStringLiteral("home")));
        // Every permission the client offers is one the sandbox knows a path for, and the other way round.
        for (const QString &path :
            { QStringLiteral("/requests"), QStringLiteral("/products/PRD-1"), QStringLiteral("/auth/tokens"),
                QStringLiteral("/notifications/webhooks/WH-1/trigger"), QStringLiteral("/accounts/VA-1/users"),
                QStringLiteral("/helpdesk/cases"), QStringLiteral("/usage/files"), QStringLiteral("/listings"),
                QStringLiteral("/agreements"), QStringLiteral("/reporting/reports") })
            QVERIFY2(apimodule::tokenPermissionIds().contains(sandbox::moduleOfPath(path)), qPrintable(path));
        QCOMPARE(sandbox::moduleOfPath(QStringLiteral("/marketplaces")), QString());
    }

    void curlNeverShowsTheSecret()
    {
        const QString curl
            = apimodule::curlExample(QStringLiteral("https://api.example.com/public/v1/"), QStringLiteral("SU-1-2-3"));
        QVERIFY(curl.contains(QStringLiteral("ApiKey SU-1-2-3:")));
        QVERIFY(curl.contains(QStringLiteral("\"https://api.example.com/public/v1/products?limit=10\"")));
        QCOMPARE(apimodule::maskSecret(QStringLiteral("JWT-abcdef")).left(4), QStringLiteral("JWT-"));
        QVERIFY(!apimodule::maskSecret(QStringLiteral("JWT-abcdef")).contains(QStringLiteral("abc")));
        QVERIFY(apimodule::newJwtSecret() != apimodule::newJwtSecret());
    }
};

CV_TEST_CORE_MAIN(TestIntegrationRules)
#include "tst_integrationrules.moc"
