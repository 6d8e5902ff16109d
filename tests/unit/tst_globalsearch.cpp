// global_search (issue 18 point 5): the command palette's search over a real cache file: an exact id first, then
// id prefixes, name prefixes and parts of names; at most N per kind; the user's LIKE wildcards and FTS5 syntax
// taken literally; 1-2 characters by prefix; e-mails through the customers; tombstones never found.
#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/globalsearch.h"
#include "app/store/objectrepository.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::store;

namespace {

QJsonObject request(const QString &id, const QString &customer, const QString &product, const QString &status)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
        { QStringLiteral("type"), QStringLiteral("purchase") },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QString(QStringLiteral("AS-") + id.mid(3)) },
                { QStringLiteral("product"),
                    QJsonObject {
                        { QStringLiteral("id"), QStringLiteral("PRD-1") }, { QStringLiteral("name"), product } } },
                { QStringLiteral("tiers"),
                    QJsonObject {
                        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("name"), customer } } } } } } } };
}

QJsonObject named(const QString &id, const QString &field, const QString &value)
{
    return { { QStringLiteral("id"), id }, { field, value } };
}

QStringList describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits)
        lines << QStringLiteral("%1 %2 %3 m%4")
                     .arg(GlobalSearch::collectionOf(hit.kind), hit.id, hit.title)
                     .arg(int(hit.match));
    return lines;
}

QStringList idsOf(const QList<SearchHit> &hits, SearchKind kind)
{
    QStringList ids;
    for (const SearchHit &hit : hits) {
        if (hit.kind == kind)
            ids << hit.id;
    }
    return ids;
}

} // namespace

class TestGlobalSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<ObjectRepository> m_objects;

    QList<SearchHit> search(const QString &text, int perKind = 5) const
    {
        return GlobalSearch(*m_db).search(text, perKind);
    }

private Q_SLOTS:
    // A query the store could not run is logged and gives nothing: fail on it rather than on what is missing.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("GlobalSearch"))); }

    void initTestCase()
    {
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        m_db = std::move(opened).value();
        m_objects = std::make_unique<ObjectRepository>(*m_db);
        QVERIFY(m_db->transaction());
        // 40 requests of Globex; PR-100 and PR-1000..PR-1009 (id prefixes of each other); Initech's few.
        for (int i = 0; i < 40; ++i)
            QVERIFY(m_objects->putServer(QStringLiteral("requests"), {},
                request(QStringLiteral("PR-2%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Globex Corporation"),
                    QStringLiteral("Cloud Storage"), QStringLiteral("approved"))));
        QVERIFY(m_objects->putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-100"), QStringLiteral("Initech Corp"), QStringLiteral("Cloud Storage"),
                QStringLiteral("pending"))));
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_objects->putServer(QStringLiteral("requests"), {},
                request(QStringLiteral("PR-100%1").arg(i), QStringLiteral("Initech Corp"),
                    QStringLiteral("Backup Suite"), QStringLiteral("approved"))));
        // Names with the LIKE wildcards in them, and one each that a wildcard would match too.
        QVERIFY(m_objects->putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-300"), QStringLiteral("100% Natural"), QStringLiteral("Juice \"Pro\""),
                QStringLiteral("pending"))));
        QVERIFY(m_objects->putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-301"), QStringLiteral("1000 Naturals"), QStringLiteral("Juice"),
                QStringLiteral("pending"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-1"), QStringLiteral("name"), QStringLiteral("Cloud Storage"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-2"), QStringLiteral("name"), QStringLiteral("a_b Tools"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-3"), QStringLiteral("name"), QStringLiteral("axb Tools"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-4"), QStringLiteral("name"), QStringLiteral("Big Data"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-5"), QStringLiteral("name"), QStringLiteral("Globe Maps"))));
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-6"), QStringLiteral("name"), QStringLiteral("Deleted Cloud Thing"))));
        QVERIFY(m_objects->markDeleted(QStringLiteral("products"), QStringLiteral("PRD-6")));
        QJsonObject initech = named(QStringLiteral("TA-1"), QStringLiteral("name"), QStringLiteral("Initech Corp"));
        initech.insert(QStringLiteral("contact_info"),
            QJsonObject { { QStringLiteral("contact"),
                QJsonObject { { QStringLiteral("email"), QStringLiteral("peter@initech.example") } } } });
        QVERIFY(m_objects->putServer(QStringLiteral("tier_accounts"), {}, initech));
        QVERIFY(m_objects->putServer(QStringLiteral("tier_accounts"), {},
            named(QStringLiteral("TA-2"), QStringLiteral("name"), QStringLiteral("Globex Corporation"))));
        QVERIFY(m_objects->putServer(QStringLiteral("agreements"), {},
            named(QStringLiteral("AGR-1"), QStringLiteral("name"), QStringLiteral("Cloud distribution agreement"))));
        QVERIFY(m_objects->putServer(QStringLiteral("cases"), {},
            named(QStringLiteral("CA-1"), QStringLiteral("subject"), QStringLiteral("Cloud Storage quota"))));
        QVERIFY(m_objects->putServer(QStringLiteral("tokens"), {},
            named(QStringLiteral("TK-1"), QStringLiteral("name"), QStringLiteral("Cloud sync token"))));
        QJsonObject listing { { QStringLiteral("id"), QStringLiteral("LST-1") },
            { QStringLiteral("status"), QStringLiteral("listed") },
            { QStringLiteral("product"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
                    { QStringLiteral("name"), QStringLiteral("Cloud Storage") } } } };
        QVERIFY(m_objects->putServer(QStringLiteral("listings"), {}, listing));
        QVERIFY(m_db->commit());
    }

    void exactIdFirstThenPrefixes()
    {
        const QList<SearchHit> hits = search(QStringLiteral("pr-100"));
        QVERIFY2(!hits.isEmpty(), "nothing found");
        QCOMPARE(hits.first().id, QStringLiteral("PR-100"));
        QCOMPARE(hits.first().match, SearchHit::Match::ExactId);
        QCOMPARE(hits.first().title, QStringLiteral("Initech Corp"));
        QCOMPARE(hits.first().status, QStringLiteral("pending"));
        // The id prefixes follow, at most 5 requests in all.
        const QStringList requests = idsOf(hits, SearchKind::Request);
        QCOMPARE(requests.size(), 5);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).startsWith(QStringLiteral("PR-100")), qPrintable(describe(hits).join(u'\n')));
        // Any kind's exact id goes first.
        QCOMPARE(search(QStringLiteral("ta-2")).first().id, QStringLiteral("TA-2"));
        QCOMPARE(search(QStringLiteral("PRD-4")).first().title, QStringLiteral("Big Data"));
    }

    void customerNameListsTheirRequestsWithinTheLimit()
    {
        const QList<SearchHit> hits = search(QStringLiteral("globex"), 5);
        const QStringList requests = idsOf(hits, SearchKind::Request);
        QCOMPARE(requests.size(), 5); // 40 match
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchKind::Request)
                QCOMPARE(hit.title, QStringLiteral("Globex Corporation"));
        }
        QCOMPARE(idsOf(hits, SearchKind::Customer), QStringList { QStringLiteral("TA-2") });
        // A larger limit gives more, never more than asked.
        QCOMPARE(idsOf(search(QStringLiteral("globex"), 12), SearchKind::Request).size(), 12);
        for (int kind = 0; kind < cv::store::SearchKindCount; ++kind)
            QVERIFY(idsOf(search(QStringLiteral("cloud"), 2), SearchKind(kind)).size() <= 2);
    }

    void everyKindByName()
    {
        const QList<SearchHit> hits = search(QStringLiteral("cloud"));
        const QStringList lines = describe(hits);
        QVERIFY2(idsOf(hits, SearchKind::Product).contains(QStringLiteral("PRD-1")), qPrintable(lines.join(u'\n')));
        QCOMPARE(idsOf(hits, SearchKind::Agreement), QStringList { QStringLiteral("AGR-1") });
        QCOMPARE(idsOf(hits, SearchKind::Case), QStringList { QStringLiteral("CA-1") });
        QCOMPARE(idsOf(hits, SearchKind::Token), QStringList { QStringLiteral("TK-1") });
        QCOMPARE(idsOf(hits, SearchKind::Listing), QStringList { QStringLiteral("LST-1") });
        QVERIFY(!idsOf(hits, SearchKind::Request).isEmpty());
        // A tombstone (deleted locally, not pushed yet) is not found.
        QVERIFY2(!idsOf(hits, SearchKind::Product).contains(QStringLiteral("PRD-6")), qPrintable(lines.join(u'\n')));
        // Name prefixes before parts of names: "Cloud Storage" before "Deleted..."-like middles.
        const QList<SearchHit> storage = search(QStringLiteral("storage"));
        QCOMPARE(storage.first().match, SearchHit::Match::Contains);
    }

    void emailFindsTheCustomerAndTheirRequests()
    {
        const QList<SearchHit> hits = search(QStringLiteral("peter@initech.example"));
        const QStringList lines = describe(hits);
        QVERIFY2(!hits.isEmpty(), "nothing found");
        QCOMPARE(hits.first().kind, SearchKind::Customer);
        QCOMPARE(hits.first().id, QStringLiteral("TA-1"));
        QCOMPARE(hits.first().detail, QStringLiteral("peter@initech.example"));
        const QStringList requests = idsOf(hits, SearchKind::Request);
        QVERIFY2(requests.contains(QStringLiteral("PR-100")) || requests.size() == 5, qPrintable(lines.join(u'\n')));
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchKind::Request)
                QCOMPARE(hit.title, QStringLiteral("Initech Corp"));
        }
        QVERIFY(search(QStringLiteral("@initech.exam")).size() > 0);
        // The start of the address: the customer still first.
        QCOMPARE(search(QStringLiteral("peter@initech")).first().id, QStringLiteral("TA-1"));
        // The addresses read once and searched in memory give the same answer as the JSON.
        CustomerEmails emails;
        emails.load(*m_db);
        QVERIFY(emails.isLoaded());
        QCOMPARE(describe(GlobalSearch(*m_db).search(QStringLiteral("PETER@initech"), 5, &emails)),
            describe(search(QStringLiteral("PETER@initech"))));
        QCOMPARE(emails.idsContaining(QStringLiteral("nobody@"), 5), QStringList {});
    }

    void exactIdStopsTheSearchByName()
    {
        // "PRD-4" is an id: the product, not every name holding "prd-4".
        QVERIFY(m_objects->putServer(QStringLiteral("products"), {},
            named(QStringLiteral("PRD-7"), QStringLiteral("name"), QStringLiteral("Successor of PRD-4"))));
        QCOMPARE(idsOf(search(QStringLiteral("PRD-4")), SearchKind::Product), QStringList { QStringLiteral("PRD-4") });
        QCOMPARE(
            idsOf(search(QStringLiteral("of PRD-4")), SearchKind::Product), QStringList { QStringLiteral("PRD-7") });
        QVERIFY(m_objects->remove(QStringLiteral("products"), QStringLiteral("PRD-7")));
    }

    void wildcardsAreLiteral()
    {
        // "%" and "_" are LIKE wildcards: the user's text means the characters themselves.
        QCOMPARE(idsOf(search(QStringLiteral("a_b")), SearchKind::Product), QStringList { QStringLiteral("PRD-2") });
        QCOMPARE(idsOf(search(QStringLiteral("0% N")), SearchKind::Request), QStringList { QStringLiteral("PR-300") });
        QCOMPARE(idsOf(search(QStringLiteral("%")), SearchKind::Request), QStringList {});
        QCOMPARE(idsOf(search(QStringLiteral("_")), SearchKind::Product), QStringList {});
        QCOMPARE(search(QStringLiteral("%%%")).size(), 0);
        // FTS5 syntax is quoted: a quote, a star, NEAR or a column filter are text, and nothing fails.
        QCOMPARE(
            idsOf(search(QStringLiteral("\"Pro\"")), SearchKind::Request), QStringList { QStringLiteral("PR-300") });
        QCOMPARE(search(QStringLiteral("Glo*")).size(), 0);
        QCOMPARE(search(QStringLiteral("customer: x")).size(), 0);
        QCOMPARE(search(QStringLiteral("NEAR(a b)")).size(), 0);
    }

    void shortQueriesArePrefixes()
    {
        // One character: names that start with it, any case ("Globex", "Globe Maps"), not "Big Data".
        const QList<SearchHit> hits = search(QStringLiteral("g"));
        const QStringList lines = describe(hits);
        QCOMPARE(idsOf(hits, SearchKind::Product), QStringList { QStringLiteral("PRD-5") });
        QCOMPARE(idsOf(hits, SearchKind::Request).size(), 5);
        for (const SearchHit &hit : hits) {
            QVERIFY2(hit.title.startsWith(u'G'), qPrintable(lines.join(u'\n')));
            QCOMPARE(hit.match, SearchHit::Match::NamePrefix);
        }
        // Two characters, in another case.
        QCOMPARE(idsOf(search(QStringLiteral("BI")), SearchKind::Product), QStringList { QStringLiteral("PRD-4") });
        QCOMPARE(search(QStringLiteral("   ")).size(), 0);
    }
};

CV_TEST_CORE_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
