// How an endpoint's answer to GET /accounts is judged. Success against a real server is covered by the
// sandbox integration tests; here: the interpretation table, bad endpoints and a refused connection.
#include "testmain.h"

#include "app/accounts/accountvalidator.h"

#include <QNetworkAccessManager>
#include <QTcpServer>

using namespace cv::accounts;

class TestAccountValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpret_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::newRow("vendor account") << 200
                                        << QByteArray(R"([{"id":"VA-123-456","name":"Lab Vendor","type":"Vendor"}])")
                                        << int(ValidationStatus::Ok);
        QTest::newRow("401") << 401
                             << QByteArray(R"({"error_code":"AUTH_001","errors":["API request is unauthorized."]})")
                             << int(ValidationStatus::Unauthorized);
        QTest::newRow("403") << 403 << QByteArray() << int(ValidationStatus::Unauthorized);
        QTest::newRow("html page") << 200 << QByteArray("<html><body>Welcome</body></html>")
                                   << int(ValidationStatus::NotConnectApi);
        QTest::newRow("object not list") << 200 << QByteArray(R"({"id":"VA-1"})")
                                         << int(ValidationStatus::NotConnectApi);
        QTest::newRow("empty list") << 200 << QByteArray("[]") << int(ValidationStatus::NotConnectApi);
        QTest::newRow("truncated json") << 200 << QByteArray(R"([{"id":"VA-1")")
                                        << int(ValidationStatus::NotConnectApi);
        QTest::newRow("502") << 502 << QByteArray("Bad gateway") << int(ValidationStatus::ServerError);
        QTest::newRow("404") << 404 << QByteArray("Not found") << int(ValidationStatus::ServerError);
    }

    void interpret()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const ValidationResult result
            = AccountValidator::interpret(QStringLiteral("https://x.test/public/v1"), status, body);
        QCOMPARE(int(result.status), expected);
        if (result.status == ValidationStatus::Ok) {
            QCOMPARE(result.account.id, QStringLiteral("VA-123-456"));
            QCOMPARE(result.account.name, QStringLiteral("Lab Vendor"));
            QCOMPARE(result.account.type, QStringLiteral("vendor")); // case-insensitive enum, stored lower
            QCOMPARE(result.account.endpoint, QStringLiteral("https://x.test/public/v1"));
        }
    }

    void normalisesEndpoint()
    {
        QCOMPARE(AccountValidator::normalizedEndpoint(QStringLiteral("  https://a.test/public/v1//  ")),
            QStringLiteral("https://a.test/public/v1"));
    }

    void rejectsNonHttpEndpoint()
    {
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        for (const QString &endpoint : { QStringLiteral("ftp://a.test"), QStringLiteral("not a url"), QString() }) {
            ValidationResult result;
            result.status = ValidationStatus::Ok;
            validator.validate(endpoint, "SU-1:x", [&](const ValidationResult &r) { result = r; });
            QCOMPARE(result.status, ValidationStatus::InvalidEndpoint);
        }
    }

    void refusedConnectionIsUnreachable()
    {
        // Reserve a loopback port, then close it so that the connection is refused.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        QNetworkAccessManager network;
        AccountValidator validator(&network);
        bool done = false;
        ValidationResult result;
        validator.validate(
            QStringLiteral("http://127.0.0.1:%1/public/v1").arg(port), "SU-1:x", [&](const ValidationResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.status, ValidationStatus::Unreachable);
        QVERIFY(!result.detail.isEmpty());
    }
};

CV_TEST_CORE_MAIN(TestAccountValidator)
#include "tst_accountvalidator.moc"
