// The pure parts of the Connect REST client: the RQL builder and its URL encoding, Content-Range parsing, retry
// delays (backoff, cap, jitter, Retry-After), enum comparison and the error value's parsing and summary.
#include "testmain.h"

#include "app/api/apierror.h"
#include "app/api/contentrange.h"
#include "app/api/enumtext.h"
#include "app/api/retrypolicy.h"
#include "app/api/rql.h"
#include "app/api/rqlquery.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

#include <climits>

Q_DECLARE_METATYPE(cv::api::Rql)

using namespace cv::api;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString decoded(const QString &encoded)
{
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

} // namespace

class TestRqlBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data()
    {
        QTest::addColumn<Rql>("rql");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        const QString f = s("status");
        QTest::newRow("eq") << Rql::eq(f, s("draft")) << s("eq(status,draft)") << s("eq(status,draft)");
        QTest::newRow("ne") << Rql::ne(f, s("draft")) << s("ne(status,draft)") << s("ne(status,draft)");
        QTest::newRow("gt number") << Rql::gt(s("commitment.count"), 1) << s("gt(commitment.count,1)")
                                   << s("gt(commitment.count,1)");
        QTest::newRow("ge negative double")
            << Rql::ge(s("price.value"), -1.5) << s("ge(price.value,-1.5)") << s("ge(price.value,-1.5)");
        QTest::newRow("lt qint64") << Rql::lt(s("n"), qint64(9007199254740993LL)) << s("lt(n,9007199254740993)")
                                   << s("lt(n,9007199254740993)");
        QTest::newRow("le date") << Rql::le(s("created"), QDate(2019, 2, 12)) << s("le(created,2019-02-12)")
                                 << s("le(created,2019-02-12)");
        const QDateTime utc(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("gt datetime utc") << Rql::gt(s("updated"), utc) << s("gt(updated,2024-05-01T00:00:00+00:00)")
                                         << s("gt(updated,2024-05-01T00%3A00%3A00%2B00%3A00)");
        const QDateTime moscow(QDate(2019, 2, 12), QTime(10, 2), QTimeZone(3 * 3600));
        QTest::newRow("datetime offset") << Rql::ge(s("updated"), moscow) << s("ge(updated,2019-02-12T10:02:00+03:00)")
                                         << s("ge(updated,2019-02-12T10%3A02%3A00%2B03%3A00)");
        const QDateTime behind(QDate(2020, 1, 1), QTime(8, 30, 0, 250), QTimeZone(-(5 * 3600 + 1800)));
        QTest::newRow("datetime ms negative offset")
            << Rql::lt(s("updated"), behind) << s("lt(updated,2020-01-01T08:30:00.250-05:30)")
            << s("lt(updated,2020-01-01T08%3A30%3A00.250-05%3A30)");
        QTest::newRow("bool true") << Rql::eq(s("dynamic"), true) << s("eq(dynamic,true)") << s("eq(dynamic,true)");
        QTest::newRow("bool false") << Rql::ne(s("dynamic"), false) << s("ne(dynamic,false)") << s("ne(dynamic,false)");
        QTest::newRow("like") << Rql::like(s("name"), s("*Gold*")) << s("like(name,*Gold*)")
                              << s("like(name,%2AGold%2A)");
        QTest::newRow("ilike spaces") << Rql::ilike(s("product.category.name"), s("*saas services*"))
                                      << s("ilike(product.category.name,\"*saas services*\")")
                                      << s("ilike(product.category.name,%22%2Asaas%20services%2A%22)");
        QTest::newRow("in") << Rql::in(f, { s("draft"), s("published") }) << s("in(status,(draft,published))")
                            << s("in(status,(draft,published))");
        QTest::newRow("out quoted") << Rql::out(s("name"), { s("a,b"), s("c") }) << s("out(name,(\"a,b\",c))")
                                    << s("out(name,(%22a%2Cb%22,c))");
        QTest::newRow("isNull") << Rql::isNull(s("replacement.id")) << s("eq(replacement.id,null())")
                                << s("eq(replacement.id,null())");
        QTest::newRow("notNull") << Rql::notNull(s("replacement.id")) << s("ne(replacement.id,null())")
                                 << s("ne(replacement.id,null())");
        QTest::newRow("isEmpty") << Rql::isEmpty(s("description")) << s("eq(description,empty())")
                                 << s("eq(description,empty())");
        QTest::newRow("notEmpty") << Rql::notEmpty(s("description")) << s("ne(description,empty())")
                                  << s("ne(description,empty())");
        QTest::newRow("and") << Rql::and_({ Rql::eq(f, s("a")), Rql::eq(s("type"), s("ppu")) })
                             << s("and(eq(status,a),eq(type,ppu))") << s("and(eq(status,a),eq(type,ppu))");
        QTest::newRow("or") << Rql::or_({ Rql::eq(f, s("pending")), Rql::eq(f, s("inquiring")) })
                            << s("or(eq(status,pending),eq(status,inquiring))")
                            << s("or(eq(status,pending),eq(status,inquiring))");
        QTest::newRow("not") << Rql::not_(Rql::eq(s("type"), s("reservation"))) << s("not(eq(type,reservation))")
                             << s("not(eq(type,reservation))");
        QTest::newRow("nested") << Rql::and_(
            { Rql::or_({ Rql::eq(f, s("a")), Rql::eq(f, s("b")) }), Rql::not_(Rql::isNull(s("x"))) })
                                << s("and(or(eq(status,a),eq(status,b)),not(eq(x,null())))")
                                << s("and(or(eq(status,a),eq(status,b)),not(eq(x,null())))");
        QTest::newRow("and of one") << Rql::and_({ Rql(), Rql::eq(f, s("a")) }) << s("eq(status,a)")
                                    << s("eq(status,a)");
        QTest::newRow("and of none") << Rql::and_({}) << QString() << QString();
    }

    void operators()
    {
        QFETCH(Rql, rql);
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        QVERIFY2(rql.isValid(), qPrintable(rql.errorString()));
        QCOMPARE(rql.toString(), text);
        QCOMPARE(rql.toEncoded(), encoded);
        QCOMPARE(decoded(rql.toEncoded()), text); // encoding never changes the meaning
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text"); // the value as written in the expression
        QTest::addColumn<QString>("encoded");
        QTest::newRow("bare id") << s("PRD-276-377-545") << s("PRD-276-377-545") << s("PRD-276-377-545");
        QTest::newRow("bare email") << s("a.b@example.com") << s("a.b@example.com") << s("a.b%40example.com");
        QTest::newRow("plus stays bare, encoded") << s("a+b") << s("a+b") << s("a%2Bb");
        QTest::newRow("comma") << s("Plan, Basic") << s("\"Plan, Basic\"") << s("%22Plan%2C%20Basic%22");
        QTest::newRow("parentheses") << s("Gold (annual)") << s("\"Gold (annual)\"") << s("%22Gold%20%28annual%29%22");
        QTest::newRow("space") << s("two words") << s("\"two words\"") << s("%22two%20words%22");
        QTest::newRow("double quote -> single quotes")
            << s("the \"best\" plan") << s("'the \"best\" plan'") << s("%27the%20%22best%22%20plan%27");
        QTest::newRow("single quote") << s("it's") << s("\"it's\"") << s("%22it%27s%22");
        QTest::newRow("unicode") << s("Café ☕") << s("\"Café ☕\"") << s("%22Caf%C3%A9%20%E2%98%95%22");
        QTest::newRow("ampersand and equals") << s("a&b=c") << s("\"a&b=c\"") << s("%22a%26b%3Dc%22");
        QTest::newRow("pipe") << s("a|b") << s("\"a|b\"") << s("%22a%7Cb%22");
        QTest::newRow("percent") << s("50%") << s("\"50%\"") << s("%2250%25%22");
        QTest::newRow("empty string") << QString() << s("\"\"") << s("%22%22");
        QTest::newRow("looks like null()") << s("null()") << s("\"null()\"") << s("%22null%28%29%22");
    }

    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        const Rql rql = Rql::eq(s("name"), value);
        QVERIFY2(rql.isValid(), qPrintable(rql.errorString()));
        QCOMPARE(rql.toString(), s("eq(name,") + text + u')');
        QCOMPARE(rql.toEncoded(), s("eq(name,") + encoded + u')');
        QCOMPARE(RqlValue(value).text(), text);
    }

    void unquotableAndInvalid()
    {
        const Rql both = Rql::eq(s("name"), s("it's \"x\""));
        QVERIFY(!both.isValid());
        QVERIFY2(both.errorString().contains(s("both")), qPrintable(both.errorString()));
        // An invalid term poisons whatever contains it, so it cannot be sent by accident.
        QVERIFY(!Rql::and_({ Rql::eq(s("a"), s("b")), both }).isValid());
        QVERIFY(!Rql::not_(both).isValid());
        QVERIFY(!Rql::in(s("name"), { s("ok"), s("it's \"x\"") }).isValid());
        QVERIFY(!RqlQuery().filter(both).isValid());

        QVERIFY(!Rql::eq(s("1abc"), s("x")).isValid());
        QVERIFY(!Rql::eq(s("a,b"), s("x")).isValid());
        QVERIFY(!Rql::eq(QString(), s("x")).isValid());
        QVERIFY(!Rql::in(s("status"), {}).isValid());
        QVERIFY(Rql::eq(s("asset.product.id"), s("x")).isValid());
        QVERIFY(Rql::eq(s("asset__product__id"), s("x")).isValid());
        QVERIFY(Rql().isBlank());
        QVERIFY(Rql::or_({ Rql(), Rql() }).isBlank());

        QVERIFY(!RqlQuery().orderBy({ s("+na me") }).isValid());
        QVERIFY(!RqlQuery().select({ s("a)b") }).isValid());
    }

    void queryString()
    {
        RqlQuery query;
        query.filter(Rql::eq(s("status"), s("draft")))
            .filter(Rql::ilike(s("name"), s("*gold*")))
            .filter(Rql())
            .orderBy({ s("-created"), s("+name") })
            .select({ s("-configuration") })
            .search(s("foo bar&baz"));
        QVERIFY(query.isValid());
        QCOMPARE(query.toQueryString(100, 0),
            s("select(-configuration)&and(eq(status,draft),ilike(name,%2Agold%2A))&ordering(-created,%2Bname)"
              "&search=foo%20bar%26baz&limit=100&offset=0"));
        QCOMPARE(query.toDisplayString(100, 200),
            s("select(-configuration)&and(eq(status,draft),ilike(name,*gold*))&ordering(-created,+name)"
              "&search=foo bar&baz&limit=100&offset=200"));

        const QDateTime since(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
        const RqlQuery incremental(
            Rql::and_({ Rql::eq(s("asset.product.id"), s("PRD-1")), Rql::gt(s("updated"), since) }));
        const QString encoded = incremental.toQueryString(50, 150);
        QCOMPARE(encoded,
            s("and(eq(asset.product.id,PRD-1),gt(updated,2024-05-01T00%3A00%3A00%2B00%3A00))&limit=50&offset=150"));
        QVERIFY(!encoded.contains(u'+')); // a bare '+' would reach Django as a space

        // QUrl keeps the encoding as it is (no '+' or %2C decoded on the way out).
        QUrl url(s("https://api.example.test/public/v1/requests"));
        url.setQuery(encoded);
        QCOMPARE(url.query(QUrl::FullyEncoded), encoded);
        QUrl awkward(s("https://api.example.test/x"));
        const QString q = RqlQuery(Rql::eq(s("name"), s("Plan, (Basic) +1 \"x\""))).toQueryString(-1, -1);
        awkward.setQuery(q);
        QCOMPARE(awkward.query(QUrl::FullyEncoded), q);
        QCOMPARE(q, s("eq(name,%27Plan%2C%20%28Basic%29%20%2B1%20%22x%22%27)"));

        QCOMPARE(RqlQuery().toQueryString(10, 0), s("limit=10&offset=0"));
        QCOMPARE(RqlQuery().toQueryString(-1, -1), QString());
    }

    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("total");
        QTest::newRow("page") << QByteArray("items 0-99/1234") << true << qint64(0) << qint64(99) << qint64(1234);
        QTest::newRow("one") << QByteArray("items 0-0/1") << true << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("empty collection") << QByteArray("items 0-0/0") << true << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("last page") << QByteArray("items 200-249/250") << true << qint64(200) << qint64(249)
                                   << qint64(250);
        QTest::newRow("case and spaces") << QByteArray("  Items 5-9/10 ") << true << qint64(5) << qint64(9)
                                         << qint64(10);
        QTest::newRow("big") << QByteArray("items 0-99/9000000000") << true << qint64(0) << qint64(99)
                             << qint64(9000000000LL);
        QTest::newRow("empty") << QByteArray() << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("nonsense") << QByteArray("items nonsense") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("no total") << QByteArray("items 0-99") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("star total") << QByteArray("items 0-99/*") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("bytes unit") << QByteArray("bytes 0-99/100") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("no unit") << QByteArray("0-99/100") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("reversed") << QByteArray("items 99-0/100") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("negative") << QByteArray("items -1-5/10") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("letters") << QByteArray("items 0-9/ten") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("plus sign") << QByteArray("items +0-9/10") << false << qint64(0) << qint64(0) << qint64(0);
    }

    void contentRange()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        const auto range = ContentRange::parse(header);
        QCOMPARE(range.has_value(), valid);
        if (!valid)
            return;
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, total);
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
        QCOMPARE(range->total, total);
    }

    void retryDelaysGrowAndCap()
    {
        RetryPolicy policy;
        policy.jitter = 0;
        QRandomGenerator random(1);
        QCOMPARE(policy.delayFor(1, random), 200);
        QCOMPARE(policy.delayFor(2, random), 400);
        QCOMPARE(policy.delayFor(3, random), 800);
        QCOMPARE(policy.delayFor(6, random), 6400);
        QCOMPARE(policy.delayFor(7, random), 10000);
        QCOMPARE(policy.delayFor(100, random), 10000);
        QCOMPARE(policy.delayFor(0, random), 200);
    }

    void retryJitterStaysInBounds()
    {
        RetryPolicy policy; // jitter 0.25
        QRandomGenerator random(7);
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const double nominal = std::min(200.0 * (1 << (attempt - 1)), 10000.0);
            int low = INT_MAX;
            int high = 0;
            for (int i = 0; i < 500; ++i) {
                const int d = policy.delayFor(attempt, random);
                low = std::min(low, d);
                high = std::max(high, d);
                QVERIFY2(d >= int(nominal * 0.75) - 1 && d <= std::min(int(nominal * 1.25) + 1, 10000),
                    qPrintable(QString::number(d)));
            }
            QVERIFY(high > low); // jitter really spreads
        }
    }

    void retryAfter()
    {
        RetryPolicy policy;
        policy.jitter = 0;
        QRandomGenerator random(3);
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(policy.delayFor(1, random, "1", now), 1000);
        QCOMPARE(policy.delayFor(4, random, " 3 ", now), 3000); // overrides the backoff either way
        QCOMPARE(policy.delayFor(1, random, "0", now), 0);
        QCOMPARE(policy.delayFor(1, random, "3600", now), 60000); // capped at maxDelayMs * 6
        QCOMPARE(policy.delayFor(1, random, "Wed, 01 May 2024 12:00:05 GMT", now), 5000);
        QCOMPARE(policy.delayFor(1, random, "Wed, 01 May 2024 11:00:00 GMT", now), 0); // in the past
        QCOMPARE(policy.delayFor(1, random, "Wed, 01 May 2024 14:00:07 +0200", now), 7000);
        QCOMPARE(policy.delayFor(2, random, "soon", now), 400); // unparsable: the normal backoff
        QCOMPARE(policy.delayFor(2, random, "-5", now), 400);
        QCOMPARE(policy.delayFor(2, random, QByteArray(), now), 400);
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), std::optional<qint64>(120000));
        QVERIFY(!RetryPolicy::parseRetryAfter("1.5", now));
    }

    void enums()
    {
        QVERIFY(sameEnum(s("Reservation"), s("reservation")));
        QVERIFY(sameEnum(s("PPU"), s("ppu")));
        QVERIFY(sameEnum(s("Decimal(1)"), s("decimal(1)")));
        QVERIFY(sameEnum(s(" Monthly"), s("monthly ")));
        QVERIFY(!sameEnum(s("monthly"), s("yearly")));
        QVERIFY(!sameEnum(s("onetime"), s("one_time")));
        QCOMPARE(canonicalEnum(s(" OneTime ")), s("onetime"));
        QCOMPARE(canonicalEnum(s("Reservation")), s("reservation"));
    }

    void errorValue()
    {
        ApiError error;
        QVERIFY(error.ok());
        QVERIFY(!error.isRetryable());
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 400;
        error.method = "POST";
        error.path = s("/products/PRD-1/items");
        QVERIFY(error.parseBody(
            R"({"error_code":"VAL_001","errors":["mpn: Item with same mpn already exists for the product."],"params":{"x":1}})"));
        QCOMPARE(error.errorCode, s("VAL_001"));
        QCOMPARE(error.summary(),
            s("400 VAL_001: mpn: Item with same mpn already exists for the product. (POST /products/PRD-1/items)"));
        QVERIFY(!error.isRetryable());
        error.httpStatus = 429;
        QVERIFY(error.isRetryable());
        error.httpStatus = 503;
        QVERIFY(error.isRetryable());

        ApiError html;
        QVERIFY(!html.parseBody("<html>Bad gateway</html>"));
        QVERIFY(!html.parseBody(R"({"detail":"no"})"));
        QVERIFY(html.errorCode.isEmpty());
        html.kind = ApiError::Kind::Http;
        html.httpStatus = 404;
        html.detail = s("Not Found");
        html.method = "GET";
        html.url = QUrl(s("https://user:pw@api.example.test/public/v1/x"));
        QCOMPARE(html.summary(), s("404: Not Found (GET https://api.example.test/public/v1/x)"));

        ApiError network;
        network.kind = ApiError::Kind::Network;
        network.detail = s("Connection refused");
        network.method = "GET";
        network.path = s("/accounts");
        QVERIFY(network.isRetryable());
        QCOMPARE(network.summary(), s("network error: Connection refused (GET /accounts)"));
        network.kind = ApiError::Kind::Timeout;
        QVERIFY(network.isRetryable());
        network.kind = ApiError::Kind::InvalidResponse;
        QVERIFY(!network.isRetryable());
        network.kind = ApiError::Kind::Cancelled;
        QVERIFY(!network.isRetryable());
    }
};

CV_TEST_CORE_MAIN(TestRqlBuilder)
#include "tst_rql_builder.moc"
