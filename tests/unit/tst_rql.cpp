#include "testmain.h"

#include "sandbox/rql/rqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cv::sandbox::rql;

// Every filter is checked against a real SQLite database: the compiled WHERE/ORDER BY must select exactly the
// expected rows, so the SQL (not only its text) is what the test pins down.
namespace {

const QString kConnection = QStringLiteral("tst_rql");

struct Row
{
    int n;
    const char *status;
    const char *type;
    const char *created; // date part; the time is added below
    const char *productId;
    const char *productName;
    double sliDays;
    bool answered;
    const char *note; // nullptr -> JSON null
    const char *contractId; // nullptr -> no "contract" key; "null" -> contract.id is JSON null
    const char *customer;
};

// clang-format off
const Row kRows[] = {
    {1,  "pending",   "purchase",   "2024-01-01", "PRD-100", "Cloud Mail",   2,  false, "first, with comma",  "CRD-1", "Acme Corp"},
    {2,  "approved",  "purchase",   "2024-01-02", "PRD-100", "Cloud Mail",   5,  true,  "",                   "CRD-1", "Globex"},
    {3,  "inquiring", "change",     "2024-01-03", "PRD-200", "Backup Pro",   1,  false, nullptr,              "CRD-2", "acme labs"},
    {4,  "failed",    "cancel",     "2024-01-04", "PRD-200", "Backup Pro",   10, true,  "Refund 100% please", "CRD-2", "Initech"},
    {5,  "pending",   "suspend",    "2024-01-05", "PRD-300", "cloud backup", 3,  false, "under_score",        nullptr, "Umbrella"},
    {6,  "approved",  "resume",     "2024-01-06", "PRD-300", "cloud backup", 7,  false, "x') OR 1=1 --",      "CRD-3", "Hooli"},
    {7,  "draft",     "purchase",   "2024-01-07", "PRD-100", "Cloud Mail",   0,  true,  "Mixed CASE Note",    "CRD-1", "Acme Corp"},
    {8,  "pending",   "renew",      "2024-01-08", "PRD-400", "Mail [beta]?", 4,  false, "star*literal",       "CRD-4", "Stark"},
    {9,  "approved",  "purchase",   "2024-02-01", "PRD-400", "Mail [beta]?", 2,  true,  "a&b (c)",            "CRD-4", "Wayne"},
    {10, "revoked",   "adjustment", "2024-02-02", "PRD-500", "Storage",      8,  false, "plus+sign",          "CRD-5", "Wonka"},
    {11, "scheduled", "transfer",   "2024-02-03", "PRD-500", "Storage",      6,  false, "New Year",           "null",  "Tyrell"},
    {12, "pending",   "purchase",   "2024-02-04", "PRD-100", "Cloud Mail",   9,  true,  "Cloud mail renewal", "CRD-1", "Acme Corp"},
};
// clang-format on

QString rowId(int n)
{
    return QStringLiteral("PR-%1").arg(n, 3, 10, QLatin1Char('0'));
}

QJsonObject rowJson(const Row &row)
{
    const QString created = QString::fromLatin1(row.created) + QLatin1String("T09:00:00+00:00");
    QJsonObject object {
        { QStringLiteral("id"), rowId(row.n) },
        { QStringLiteral("status"), QString::fromLatin1(row.status) },
        { QStringLiteral("type"), QString::fromLatin1(row.type) },
        { QStringLiteral("created"), created },
        { QStringLiteral("updated"), QString(QString::fromLatin1(row.created) + QLatin1String("T18:00:00+00:00")) },
        { QStringLiteral("answered"), row.answered },
        { QStringLiteral("note"), row.note ? QJsonValue(QString::fromUtf8(row.note)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("sli"), QJsonObject { { QStringLiteral("days"), row.sliDays } } },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-%1").arg(row.n) },
                { QStringLiteral("product"),
                    QJsonObject { { QStringLiteral("id"), QString::fromLatin1(row.productId) },
                        { QStringLiteral("name"), QString::fromLatin1(row.productName) } } },
                { QStringLiteral("tiers"),
                    QJsonObject { { QStringLiteral("customer"),
                        QJsonObject { { QStringLiteral("name"), QString::fromLatin1(row.customer) } } } } },
                { QStringLiteral("params"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("seats") },
                        { QStringLiteral("value"), QString::number(row.n) } } } } } },
    };
    if (row.contractId) {
        const QByteArray contract(row.contractId);
        object.insert(QStringLiteral("contract"),
            QJsonObject { { QStringLiteral("id"),
                contract == "null" ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(contract)) } });
    }
    return object;
}

/// /requests from the spec, plus fields the sandbox adds for its own data (as the server will do).
CollectionSchema testSchema()
{
    CollectionSchema schema = CollectionSchema::forPath(QStringLiteral("/requests"));
    const QStringList all { QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("like"), QStringLiteral("ilike"),
        QStringLiteral("null"), QStringLiteral("in"), QStringLiteral("out") };
    schema.addField({ QStringLiteral("answered"), { QStringLiteral("eq"), QStringLiteral("ne") }, false, false,
        FieldType::Boolean });
    schema.addField({ QStringLiteral("note"), all, false, true, FieldType::Text });
    FieldRule productName = *schema.field(QStringLiteral("asset.product.name"));
    productName.search = true; // replaces the spec rule
    schema.addField(productName);
    return schema;
}

QStringList idsOf(const QString &numbers)
{
    QStringList ids;
    const QStringList parts = numbers.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        ids << rowId(part.toInt());
    return ids;
}

const QString kAll = QStringLiteral("1 2 3 4 5 6 7 8 9 10 11 12");

} // namespace

class TestRql final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CollectionSchema m_schema;
    const QStringList m_ignored { QStringLiteral("format"), QStringLiteral("code") };

    QStringList select(const CompiledQuery &query, QString *error = nullptr)
    {
        QSqlQuery sql(QSqlDatabase::database(kConnection));
        // The compiled parts are SQL text without user values; values travel only as bindings.
        const QString text = QLatin1String("SELECT id FROM objects WHERE ") + query.where + QLatin1String(" ORDER BY ")
            + (query.orderBy.isEmpty() ? QStringLiteral("id") : query.orderBy) + QLatin1String(" LIMIT ? OFFSET ?");
        if (!sql.prepare(text)) {
            if (error)
                *error = sql.lastError().text() + QLatin1String(" in ") + text;
            return {};
        }
        for (const QVariant &value : query.bindings)
            sql.addBindValue(value);
        sql.addBindValue(query.limit);
        sql.addBindValue(query.offset);
        if (!sql.exec()) {
            if (error)
                *error = sql.lastError().text() + QLatin1String(" in ") + text;
            return {};
        }
        QStringList ids;
        while (sql.next())
            ids << sql.value(0).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("rql.sqlite")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery sql(db);
        QVERIFY(sql.exec(QStringLiteral("CREATE TABLE objects(id TEXT, json TEXT)")));
        QVERIFY(sql.prepare(QStringLiteral("INSERT INTO objects(id, json) VALUES(?, ?)")));
        for (const Row &row : kRows) {
            sql.addBindValue(rowId(row.n));
            sql.addBindValue(QString::fromUtf8(QJsonDocument(rowJson(row)).toJson(QJsonDocument::Compact)));
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
        m_schema = testSchema();
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void schemaLoadsSpecFields()
    {
        const CollectionSchema requests = CollectionSchema::forPath(QStringLiteral("/requests"));
        QVERIFY(!requests.isEmpty());
        const FieldRule *status = requests.field(QStringLiteral("status"));
        QVERIFY(status);
        QCOMPARE(status->lookups,
            (QStringList { QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("like"), QStringLiteral("ilike"),
                QStringLiteral("in"), QStringLiteral("out") }));
        QVERIFY(status->ordering);
        QCOMPARE(status->type, FieldType::Text);
        const FieldRule *product = requests.field(QStringLiteral("asset.product.id"));
        QVERIFY(product);
        QVERIFY(product->lookups.contains(QStringLiteral("null")));
        QVERIFY(requests.field(QStringLiteral("asset__product__id")));
        const FieldRule *updated = requests.field(QStringLiteral("updated"));
        QVERIFY(updated);
        QVERIFY(updated->ordering);
        QVERIFY(updated->lookups.contains(QStringLiteral("ge")));
        QCOMPARE(requests.field(QStringLiteral("sli.days"))->type, FieldType::Number);
        QVERIFY(!requests.field(QStringLiteral("limit")));
        QVERIFY(!requests.field(QStringLiteral("nope")));
        QVERIFY(requests.searchFields().isEmpty()); // /requests has no search fields in the spec

        // A field the spec only spells the Django way is found by its dotted name too.
        const CollectionSchema listings = CollectionSchema::forPath(QStringLiteral("/listings"));
        QVERIFY(listings.field(QStringLiteral("contract.marketplace.name")));

        const CollectionSchema items
            = CollectionSchema::forPath(QStringLiteral("/products/{product_product_id}/items"));
        QVERIFY(items.field(QStringLiteral("mpn")));
        QVERIFY(!items.searchFields().isEmpty());

        const CollectionSchema assets = CollectionSchema::forPath(QStringLiteral("/assets"));
        QVERIFY(assets.hiddenByDefault().contains(QStringLiteral("pending_request")));
        QVERIFY(!assets.hiddenByDefault().contains(QStringLiteral("status")));

        QVERIFY(CollectionSchema::forPath(QStringLiteral("/no/such/path")).isEmpty());
        QVERIFY(!compile("eq(status,pending)", CollectionSchema()).ok());
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("expected"); // row numbers in result order

        QTest::newRow("empty") << QByteArray() << kAll;
        QTest::newRow("only &") << QByteArray("&&") << kAll;
        // comparison operators and shorthand forms
        QTest::newRow("eq") << QByteArray("eq(status,pending)") << QStringLiteral("1 5 8 12");
        QTest::newRow("field=value") << QByteArray("status=pending") << QStringLiteral("1 5 8 12");
        QTest::newRow("field=eq=value") << QByteArray("status=eq=pending") << QStringLiteral("1 5 8 12");
        QTest::newRow("ne") << QByteArray("ne(status,pending)") << QStringLiteral("2 3 4 6 7 9 10 11");
        QTest::newRow("field=ne=value") << QByteArray("status=ne=pending") << QStringLiteral("2 3 4 6 7 9 10 11");
        QTest::newRow("gt number") << QByteArray("gt(sli.days,5)") << QStringLiteral("4 6 10 11 12");
        QTest::newRow("ge number") << QByteArray("ge(sli.days,5)") << QStringLiteral("2 4 6 10 11 12");
        QTest::newRow("lt number") << QByteArray("lt(sli.days,2)") << QStringLiteral("3 7");
        QTest::newRow("le number") << QByteArray("le(sli.days,2)") << QStringLiteral("1 3 7 9");
        QTest::newRow("=ge= number") << QByteArray("sli.days=ge=8") << QStringLiteral("4 10 12");
        QTest::newRow("eq number as double") << QByteArray("eq(sli.days,2.0)") << QStringLiteral("1 9");
        QTest::newRow("number 10 > 9 numerically") << QByteArray("gt(sli.days,9)") << QStringLiteral("4");
        QTest::newRow("ge date") << QByteArray("ge(created,2024-02-01)") << QStringLiteral("9 10 11 12");
        QTest::newRow("lt date") << QByteArray("lt(created,2024-01-03)") << QStringLiteral("1 2");
        QTest::newRow("=ge= and =lt= dates, %2B")
            << QByteArray("created=ge=2024-01-04T00:00:00%2B00:00&created=lt=2024-01-06") << QStringLiteral("4 5");
        QTest::newRow("literal + is not a space")
            << QByteArray("gt(created,2024-02-03T09:00:00+00:00)") << QStringLiteral("12");
        QTest::newRow("updated le") << QByteArray("le(updated,2024-01-02T18:00:00+00:00)") << QStringLiteral("1 2");
        // like / ilike
        QTest::newRow("like prefix, case-sensitive")
            << QByteArray("like(asset.product.name,Cloud*)") << QStringLiteral("1 2 7 12");
        QTest::newRow("like lower-case prefix")
            << QByteArray("like(asset.product.name,cloud*)") << QStringLiteral("5 6");
        QTest::newRow("like infix") << QByteArray("like(asset.product.name,*ail*)") << QStringLiteral("1 2 7 8 9 12");
        QTest::newRow("like with GLOB metacharacters")
            << QByteArray("like(asset.product.name,Mail%20[beta]?)") << QStringLiteral("8 9");
        QTest::newRow("like ? is literal") << QByteArray("like(asset.product.name,*?)") << QStringLiteral("8 9");
        QTest::newRow("like without wildcard is exact") << QByteArray("like(status,pend)") << QString();
        QTest::newRow("like on note") << QByteArray("like(note,star*)") << QStringLiteral("8");
        QTest::newRow("ilike") << QByteArray("ilike(asset.product.name,cloud*)") << QStringLiteral("1 2 5 6 7 12");
        QTest::newRow("ilike upper pattern") << QByteArray("ilike(note,*CASE*)") << QStringLiteral("7");
        QTest::newRow("ilike _ is literal") << QByteArray("ilike(note,*r_s*)") << QStringLiteral("5");
        QTest::newRow("ilike _ is not a wildcard") << QByteArray("ilike(note,*e_s*)") << QString();
        QTest::newRow("ilike % is literal") << QByteArray("ilike(note,*%25*)") << QStringLiteral("4");
        QTest::newRow("like + literal") << QByteArray("like(note,plus+*)") << QStringLiteral("10");
        // in / out
        QTest::newRow("in") << QByteArray("in(status,(pending,approved))") << QStringLiteral("1 2 5 6 8 9 12");
        QTest::newRow("=in=") << QByteArray("status=in=(draft,failed)") << QStringLiteral("4 7");
        QTest::newRow("in without inner parentheses") << QByteArray("in(status,draft,failed)") << QStringLiteral("4 7");
        QTest::newRow("in single") << QByteArray("in(status,(draft))") << QStringLiteral("7");
        QTest::newRow("out") << QByteArray("out(type,(purchase,cancel))") << QStringLiteral("3 5 6 8 10 11");
        QTest::newRow("=out=") << QByteArray("type=out=(purchase,cancel)") << QStringLiteral("3 5 6 8 10 11");
        QTest::newRow("out keeps missing values")
            << QByteArray("out(contract.id,(CRD-1))") << QStringLiteral("3 4 5 6 8 9 10 11");
        QTest::newRow("in with null()") << QByteArray("in(contract.id,(CRD-2,null()))") << QStringLiteral("3 4 5 11");
        QTest::newRow("out with null()") << QByteArray("out(contract.id,(CRD-1,null()))")
                                         << QStringLiteral("3 4 6 8 9 10");
        QTest::newRow("or of numbers") << QByteArray("or(eq(sli.days,0),eq(sli.days,10))") << QStringLiteral("4 7");
        // null() / empty()
        QTest::newRow("eq null (missing or JSON null)")
            << QByteArray("eq(contract.id,null())") << QStringLiteral("5 11");
        QTest::newRow("field=null()") << QByteArray("contract.id=null()") << QStringLiteral("5 11");
        QTest::newRow("ne null") << QByteArray("ne(contract.id,null())") << QStringLiteral("1 2 3 4 6 7 8 9 10 12");
        QTest::newRow("eq note null") << QByteArray("eq(note,null())") << QStringLiteral("3");
        QTest::newRow("eq empty") << QByteArray("eq(note,empty())") << QStringLiteral("2");
        QTest::newRow("ne empty (null counts as not empty)")
            << QByteArray("ne(note,empty())") << QStringLiteral("1 3 4 5 6 7 8 9 10 11 12");
        QTest::newRow("ne keeps missing values")
            << QByteArray("ne(contract.id,CRD-1)") << QStringLiteral("3 4 5 6 8 9 10 11");
        // booleans
        QTest::newRow("boolean true") << QByteArray("eq(answered,true)") << QStringLiteral("2 4 7 9 12");
        QTest::newRow("boolean shorthand false") << QByteArray("answered=false") << QStringLiteral("1 3 5 6 8 10 11");
        QTest::newRow("boolean ne") << QByteArray("ne(answered,true)") << QStringLiteral("1 3 5 6 8 10 11");
        // logic
        QTest::newRow("and()") << QByteArray("and(eq(status,pending),eq(asset.product.id,PRD-100))")
                               << QStringLiteral("1 12");
        QTest::newRow("and() with spaces")
            << QByteArray("and(eq(status,pending),%20eq(asset.product.id,%20PRD-100))") << QStringLiteral("1 12");
        QTest::newRow("or()") << QByteArray("or(eq(status,draft),eq(status,failed))") << QStringLiteral("4 7");
        QTest::newRow("not()") << QByteArray("not(eq(status,pending))") << QStringLiteral("2 3 4 6 7 9 10 11");
        QTest::newRow("not() keeps missing values")
            << QByteArray("not(eq(contract.id,CRD-1))") << QStringLiteral("3 4 5 6 8 9 10 11");
        QTest::newRow("not(in)") << QByteArray("not(in(type,(purchase,cancel,change)))")
                                 << QStringLiteral("5 6 8 10 11");
        QTest::newRow("top-level &") << QByteArray("status=pending&asset.product.id=PRD-100") << QStringLiteral("1 12");
        QTest::newRow("top-level ,") << QByteArray("status=pending,asset.product.id=PRD-100") << QStringLiteral("1 12");
        QTest::newRow("group with |") << QByteArray("(status=draft|status=failed)") << QStringLiteral("4 7");
        QTest::newRow("top-level |") << QByteArray("status=draft|status=failed") << QStringLiteral("4 7");
        QTest::newRow("group & filter") << QByteArray("(status=draft|status=failed)&type=purchase")
                                        << QStringLiteral("7");
        QTest::newRow("| inside a parameter, & between")
            << QByteArray("status=pending|status=draft&type=purchase") << QStringLiteral("1 7 12");
        QTest::newRow("group with , inside |")
            << QByteArray("(status=pending,type=renew)|(status=draft)") << QStringLiteral("7 8");
        QTest::newRow("nested") << QByteArray(
            "and(or(eq(status,pending),eq(status,approved)),not(in(asset.product.id,(PRD-100,PRD-400))),"
            "ge(sli.days,3))") << QStringLiteral("5 6");
        QTest::newRow("mix of all") << QByteArray(
            "or(and(eq(type,purchase),gt(sli.days,4)),ilike(note,*comma*))&ne(status,draft)")
                                    << QStringLiteral("1 2 12");
        // nested and Django-style field names
        QTest::newRow("nested path") << QByteArray("eq(asset.product.id,PRD-200)") << QStringLiteral("3 4");
        QTest::newRow("django shorthand") << QByteArray("asset__product__id=PRD-200") << QStringLiteral("3 4");
        QTest::newRow("django eq()") << QByteArray("eq(asset__product__id,PRD-300)") << QStringLiteral("5 6");
        QTest::newRow("django name dotted in query")
            << QByteArray("asset.tiers.customer.name=Acme%20Corp") << QStringLiteral("1 7 12");
        QTest::newRow("django ilike") << QByteArray("ilike(asset__tiers__customer__name,acme*)")
                                      << QStringLiteral("1 3 7 12");
        // quoting
        QTest::newRow("double quotes with comma")
            << QByteArray("eq(note,\"first, with comma\")") << QStringLiteral("1");
        QTest::newRow("single quotes with & and ()") << QByteArray("eq(note,'a&b (c)')") << QStringLiteral("9");
        QTest::newRow("encoded quotes") << QByteArray("eq(note,%22a%26b%20(c)%22)") << QStringLiteral("9");
        QTest::newRow("quoted shorthand") << QByteArray("note=\"first, with comma\"") << QStringLiteral("1");
        QTest::newRow("quoted in list") << QByteArray("in(note,(\"first, with comma\",'a&b (c)'))")
                                        << QStringLiteral("1 9");
        QTest::newRow("injection attempt is bound") << QByteArray("eq(note,\"x') OR 1=1 --\")") << QStringLiteral("6");
        QTest::newRow("value with spaces") << QByteArray("eq(note,New%20Year)") << QStringLiteral("11");
        QTest::newRow("value with @ and :") << QByteArray("eq(note,a@b:c)") << QString();
        // ordering
        QTest::newRow("ordering desc number")
            << QByteArray("ordering(-sli.days)") << QStringLiteral("4 12 10 6 11 2 8 5 1 9 3 7");
        QTest::newRow("ordering asc number")
            << QByteArray("ordering(sli.days)") << QStringLiteral("7 3 1 9 5 8 2 11 6 10 12 4");
        QTest::newRow("ordering +") << QByteArray("ordering(%2Bsli.days)")
                                    << QStringLiteral("7 3 1 9 5 8 2 11 6 10 12 4");
        QTest::newRow("ordering multi") << QByteArray("ordering(+status,-created)")
                                        << QStringLiteral("9 6 2 7 4 3 12 8 5 1 10 11");
        QTest::newRow("filter + ordering")
            << QByteArray("eq(type,purchase)&ordering(-created)") << QStringLiteral("12 9 7 2 1");
        QTest::newRow("ordering= (DRF style)")
            << QByteArray("ordering=-created") << QStringLiteral("12 11 10 9 8 7 6 5 4 3 2 1");
        QTest::newRow("ordering by django name")
            << QByteArray("ordering(-asset__product__name)") << QStringLiteral("5 6 10 11 8 9 1 2 7 12 3 4");
        // search
        QTest::newRow("search") << QByteArray("search=mail") << QStringLiteral("1 2 7 8 9 12");
        QTest::newRow("search case-insensitive + filter")
            << QByteArray("search=MAIL&status=pending") << QStringLiteral("1 8 12");
        QTest::newRow("search literal %") << QByteArray("search=100%25") << QStringLiteral("4");
        QTest::newRow("search with RQL characters and encoded &")
            << QByteArray("search=a%26b (c") << QStringLiteral("9");
        QTest::newRow("encoded & in an unquoted value") << QByteArray("eq(note,a%26b)") << QString();
        QTest::newRow("encoded & in a shorthand value") << QByteArray("note=a%26b") << QString();
        QTest::newRow("encoded & in a like pattern") << QByteArray("like(note,a%26b*)") << QStringLiteral("9");
        QTest::newRow("search with comma") << QByteArray("search=first,%20with") << QStringLiteral("1");
        QTest::newRow("empty search") << QByteArray("search=") << kAll;
        // paging in SQL
        QTest::newRow("limit/offset") << QByteArray("ordering(-created)&limit=3&offset=2") << QStringLiteral("10 9 8");
        QTest::newRow("offset past the end") << QByteArray("offset=50") << QString();
        QTest::newRow("limit=0") << QByteArray("limit=0") << QString();
        // parameters the endpoint handles itself
        QTest::newRow("ignored params") << QByteArray("format=json&code=a(b,c&status=pending")
                                        << QStringLiteral("1 5 8 12");
        // select does not filter
        QTest::newRow("select") << QByteArray("select(-activation_key,-template)&eq(status,draft)")
                                << QStringLiteral("7");
    }

    void filters()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, expected);
        const auto compiled = compile(query, m_schema, QStringLiteral("json"), m_ignored);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
        QCOMPARE(compiled.value().where.count(u'?'), compiled.value().bindings.size());
        QString error;
        const QStringList ids = select(compiled.value(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids, idsOf(expected));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message"); // a part of the expected message

        QTest::newRow("unknown field") << QByteArray("eq(foo,1)") << QStringLiteral("unknown field 'foo' in eq(foo,1)");
        QTest::newRow("unknown field shorthand")
            << QByteArray("foo=1") << QStringLiteral("unknown field 'foo' in foo=1");
        QTest::newRow("disallowed lookup")
            << QByteArray("gt(status,pending)")
            << QStringLiteral("lookup 'gt' is not allowed on 'status' (allowed: eq, ne, like, ilike, in, out)");
        QTest::newRow("disallowed lookup shorthand")
            << QByteArray("status=ge=a") << QStringLiteral("lookup 'ge' is not allowed on 'status'");
        QTest::newRow("null not allowed")
            << QByteArray("eq(status,null())") << QStringLiteral("lookup 'null' is not allowed on 'status'");
        QTest::newRow("empty not allowed")
            << QByteArray("ne(status,empty())") << QStringLiteral("lookup 'null' is not allowed on 'status'");
        QTest::newRow("like on number") << QByteArray("like(sli.days,1*)")
                                        << QStringLiteral("lookup 'like' is not allowed on 'sli.days'");
        QTest::newRow("projection-only field")
            << QByteArray("eq(activation_key,x)") << QStringLiteral("(allowed: none)");
        QTest::newRow("null with gt") << QByteArray("gt(created,null())")
                                      << QStringLiteral("null() and empty() only work");
        QTest::newRow("ordering not allowed")
            << QByteArray("ordering(type)") << QStringLiteral("ordering by 'type' is not allowed");
        QTest::newRow("ordering unknown") << QByteArray("ordering(-nope)") << QStringLiteral("unknown field 'nope'");
        QTest::newRow("ordering twice") << QByteArray("ordering(created)&ordering(updated)")
                                        << QStringLiteral("more than once");
        QTest::newRow("extra )") << QByteArray("eq(status,pending))")
                                 << QStringLiteral("unexpected ')' at position 19 of the query");
        QTest::newRow("lone )") << QByteArray(")") << QStringLiteral("unexpected ')' at position 1");
        QTest::newRow("missing )") << QByteArray("eq(status,pending")
                                   << QStringLiteral("missing ')' for the '(' of eq() at position 3");
        QTest::newRow("missing ) of and") << QByteArray("and(eq(status,pending),eq(type,purchase)")
                                          << QStringLiteral("missing ')' for the '(' of and()");
        QTest::newRow("missing ) of group") << QByteArray("(status=pending") << QStringLiteral("missing ')'");
        QTest::newRow("unterminated quote")
            << QByteArray("eq(status,\"pending)") << QStringLiteral("unterminated quote at position 11");
        QTest::newRow("unknown operator")
            << QByteArray("foo(status,pending)") << QStringLiteral("unknown operator 'foo' at position 1");
        QTest::newRow("missing value argument")
            << QByteArray("eq(status)") << QStringLiteral("expected ',' and a value after 'status'");
        QTest::newRow("empty value") << QByteArray("eq(status,)") << QStringLiteral("missing value in eq()");
        QTest::newRow("missing field") << QByteArray("eq(,x)") << QStringLiteral("expected a field name in eq()");
        QTest::newRow("bare word") << QByteArray("status") << QStringLiteral("expected '(' or '=' after 'status'");
        QTest::newRow("empty and()") << QByteArray("and()") << QStringLiteral("and() needs at least one argument");
        QTest::newRow("value with (") << QByteArray("eq(status,a(b))") << QStringLiteral("unexpected '('");
        QTest::newRow("mixed , and |") << QByteArray("status=pending,type=purchase|type=cancel")
                                       << QStringLiteral("cannot mix");
        QTest::newRow("ordering inside or()") << QByteArray("or(eq(status,pending),ordering(created))")
                                              << QStringLiteral("must be a top-level parameter");
        QTest::newRow("limit in |") << QByteArray("status=pending|limit=5")
                                    << QStringLiteral("cannot be combined with '|'");
        QTest::newRow("tuple") << QByteArray("t(status=pending)") << QStringLiteral("t() is not supported");
        QTest::newRow("null() as filter") << QByteArray("null()") << QStringLiteral("null() is a value");
        QTest::newRow("not a number") << QByteArray("eq(sli.days,abc)")
                                      << QStringLiteral("'abc' is not a number (field 'sli.days' is numeric)");
        QTest::newRow("not a boolean") << QByteArray("eq(answered,maybe)") << QStringLiteral("is not true or false");
        QTest::newRow("negative limit") << QByteArray("limit=-1") << QStringLiteral("limit must not be negative");
        QTest::newRow("negative offset") << QByteArray("offset=-5") << QStringLiteral("offset must not be negative");
        QTest::newRow("limit not a number") << QByteArray("limit=abc") << QStringLiteral("whole number");
        QTest::newRow("limit twice") << QByteArray("limit=10&limit=20") << QStringLiteral("more than once");
        QTest::newRow("limit with gt") << QByteArray("limit=gt=5") << QStringLiteral("limit only takes a number");
        QTest::newRow("injection in field name")
            << QByteArray("eq(note')%20OR%201=1%20--,x)") << QStringLiteral("expected ',' and a value after 'note'");
        QTest::newRow("bad select path") << QByteArray("select(a..b)") << QStringLiteral("invalid field name 'a..b'");
        QTest::newRow("trailing garbage after quote")
            << QByteArray("eq(status,\"a\"b)") << QStringLiteral("expected ')' but found 'b'");
    }

    void errors()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        const auto compiled = compile(query, m_schema, QStringLiteral("json"), m_ignored);
        QVERIFY2(!compiled.ok(), query.constData());
        QVERIFY2(compiled.error().message.contains(message), qPrintable(compiled.error().message));
    }

    void injectionIsBoundNotSpliced()
    {
        const QByteArray query("eq(note,%22x')%20OR%201=1%20--%22)&ilike(note,*'*)");
        const auto compiled = compile(query, m_schema);
        QVERIFY(compiled.ok());
        QVERIFY(!compiled.value().where.contains(QLatin1String("1=1")));
        QVERIFY(!compiled.value().where.contains(QLatin1String("x'")));
        QCOMPARE(compiled.value().bindings.value(0).toString(), QStringLiteral("x') OR 1=1 --"));
        QCOMPARE(compiled.value().bindings.value(1).toString(), QStringLiteral("%'%"));
        QCOMPARE(select(compiled.value()), idsOf(QStringLiteral("6")));
    }

    void compiledSqlShape()
    {
        const auto compiled = compile("and(eq(asset.product.id,PRD-1),gt(sli.days,3))&ordering(-created)", m_schema);
        QVERIFY(compiled.ok());
        QCOMPARE(compiled.value().where,
            QStringLiteral("(json_extract(json, '$.asset.product.id') = ? AND json_extract(json, '$.sli.days') > ?)"));
        QCOMPARE(compiled.value().bindings, (QVariantList { QStringLiteral("PRD-1"), 3.0 }));
        QCOMPARE(compiled.value().bindings.at(1).typeId(), QMetaType::Double);
        QCOMPARE(compiled.value().orderBy,
            QStringLiteral("json_extract(json, '$.created') DESC, json_extract(json, '$.id') ASC"));

        const auto boolean = compile("answered=true", m_schema);
        QVERIFY(boolean.ok());
        QCOMPARE(boolean.value().bindings, (QVariantList { 1 }));

        const auto noId = compile("ordering(id)", [] {
            CollectionSchema schema;
            schema.addField({ QStringLiteral("id"), { QStringLiteral("eq") }, true, false, FieldType::Text });
            return schema;
        }());
        QVERIFY(noId.ok());
        QCOMPARE(noId.value().orderBy, QStringLiteral("json_extract(json, '$.id') ASC")); // no duplicate tie-break

        const auto aliased = compile("status=pending", m_schema, QStringLiteral("o.body"));
        QVERIFY(aliased.ok());
        QCOMPARE(aliased.value().where, QStringLiteral("json_extract(o.body, '$.status') = ?"));
        QVERIFY(!compile("status=pending", m_schema, QStringLiteral("json; DROP TABLE x")).ok());

        const auto empty = compile(QByteArray(), m_schema);
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().where, QStringLiteral("1"));
        QVERIFY(empty.value().bindings.isEmpty());
        QVERIFY(empty.value().orderBy.isEmpty());
    }

    void searchWithoutSearchFieldsIsIgnored()
    {
        const CollectionSchema requests = CollectionSchema::forPath(QStringLiteral("/requests"));
        const auto compiled = compile("search=anything&status=pending", requests);
        QVERIFY(compiled.ok());
        QCOMPARE(compiled.value().bindings, (QVariantList { QStringLiteral("pending") }));
    }

    void limitAndOffset_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::newRow("defaults") << QByteArray("status=pending") << 100 << 0;
        QTest::newRow("params") << QByteArray("limit=10&offset=20") << 10 << 20;
        QTest::newRow("clipped") << QByteArray("limit=5000") << 1000 << 0;
        QTest::newRow("exactly 1000") << QByteArray("limit=1000") << 1000 << 0;
        QTest::newRow("zero") << QByteArray("limit=0") << 0 << 0;
        QTest::newRow("rql eq") << QByteArray("limit=eq=7&offset=eq=3") << 7 << 3;
        QTest::newRow("eq() form") << QByteArray("eq(limit,7)") << 7 << 0;
        QTest::newRow("limit(count,offset)") << QByteArray("limit(3,6)") << 3 << 6;
        QTest::newRow("among filters") << QByteArray("offset=5&status=pending&limit=2") << 2 << 5;
    }

    void limitAndOffset()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, limit);
        QFETCH(int, offset);
        const auto compiled = compile(query, m_schema);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
        QCOMPARE(compiled.value().limit, limit);
        QCOMPARE(compiled.value().offset, offset);
    }

    void selectProjection()
    {
        const auto compiled = compile("select(asset.product,note,-asset.product.name)&select(+status)", m_schema);
        QVERIFY(compiled.ok());
        QCOMPARE(compiled.value().selectInclude,
            (QStringList { QStringLiteral("asset.product"), QStringLiteral("note"), QStringLiteral("status") }));
        QCOMPARE(compiled.value().selectExclude, QStringList { QStringLiteral("asset.product.name") });

        const QJsonObject row = rowJson(kRows[0]);
        // django-rql (issue 17, point 4): a positive select adds to the defaults; only "-" removes.
        const QJsonObject projected = applySelect(row, compiled.value().selectInclude, compiled.value().selectExclude);
        QCOMPARE(projected.keys(), row.keys());
        const QJsonObject product
            = projected.value(QStringLiteral("asset")).toObject().value(QStringLiteral("product")).toObject();
        QVERIFY(!product.contains(QStringLiteral("name")));
        QVERIFY(product.contains(QStringLiteral("id")));

        // Exclude only: everything else stays; a path into an array applies to every element.
        const QJsonObject trimmed
            = applySelect(row, {}, { QStringLiteral("asset.params.value"), QStringLiteral("sli") });
        QVERIFY(!trimmed.contains(QStringLiteral("sli")));
        QVERIFY(trimmed.contains(QStringLiteral("status")));
        const QJsonObject param = trimmed.value(QStringLiteral("asset"))
                                      .toObject()
                                      .value(QStringLiteral("params"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(param, (QJsonObject { { QStringLiteral("id"), QStringLiteral("seats") } }));

        // Include of a nested leaf or a missing path changes nothing.
        QCOMPARE(applySelect(row, { QStringLiteral("asset.tiers.customer.name"), QStringLiteral("nope.x") }, {}), row);
        QCOMPARE(applySelect(row, {}, {}), row);
    }

    void selectWithHiddenFields()
    {
        // Connect semantics: hidden-by-default fields appear only when named; naming them does not project.
        QJsonObject asset { { QStringLiteral("id"), QStringLiteral("AS-1") },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("configuration"), QJsonObject { { QStringLiteral("params"), QJsonArray() } } },
            { QStringLiteral("pending_request"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("PR-1") },
                    { QStringLiteral("template"), QStringLiteral("TL-1") } } } };
        const QStringList hidden = CollectionSchema::forPath(QStringLiteral("/assets")).hiddenByDefault();
        QVERIFY(hidden.contains(QStringLiteral("pending_request.template")));

        const QJsonObject plain = applySelect(asset, {}, {}, hidden);
        QCOMPARE(plain.keys(),
            (QStringList { QStringLiteral("configuration"), QStringLiteral("id"), QStringLiteral("status") }));

        const QJsonObject added
            = applySelect(asset, { QStringLiteral("pending_request") }, { QStringLiteral("configuration") }, hidden);
        QCOMPARE(added.keys(),
            (QStringList { QStringLiteral("id"), QStringLiteral("pending_request"), QStringLiteral("status") }));
        QCOMPARE(
            added.value(QStringLiteral("pending_request")).toObject().keys(), QStringList { QStringLiteral("id") });

        // Naming an ordinary field with a hidden one projects nothing: every default field stays, and the
        // hidden field named comes too.
        const QJsonObject projected
            = applySelect(asset, { QStringLiteral("status"), QStringLiteral("pending_request.template") }, {}, hidden);
        QCOMPARE(projected.keys(),
            (QStringList { QStringLiteral("configuration"), QStringLiteral("id"), QStringLiteral("pending_request"),
                QStringLiteral("status") }));
        QCOMPARE(projected.value(QStringLiteral("pending_request")).toObject().keys(),
            (QStringList { QStringLiteral("id"), QStringLiteral("template") }));
    }

    void sqlExpressions()
    {
        QCOMPARE(sqlExpression(QStringLiteral("asset.product.id")),
            QStringLiteral("json_extract(json, '$.asset.product.id')"));
        QCOMPARE(sqlExpression(QStringLiteral("asset__product__id")),
            QStringLiteral("json_extract(json, '$.asset.product.id')"));
        QCOMPARE(sqlExpression(QStringLiteral("tier-1_x"), QStringLiteral("t.data")),
            QStringLiteral("json_extract(t.data, '$.tier-1_x')"));
        for (const QString &bad : { QStringLiteral("a'b"), QStringLiteral("a..b"), QStringLiteral("1a"), QString(),
                 QStringLiteral("a.b') OR (1"), QStringLiteral("a b"), QStringLiteral("a.") })
            QVERIFY2(sqlExpression(bad).isEmpty(), qPrintable(bad));
        QVERIFY(sqlExpression(QStringLiteral("a"), QStringLiteral("json)")).isEmpty());
    }
};

CV_TEST_CORE_MAIN(TestRql)
#include "tst_rql.moc"
