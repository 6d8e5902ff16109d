// The requests read model of schema v4 (issue 12, point 2): the per-status counts table and the FTS5 search
// index, kept by triggers, stay equal to a real COUNT and a real LIKE over the rows after a real sync from the
// sandbox over HTTP, server changes pulled incrementally, local edits, tombstones, removals, an id replaced by
// the push, and a full sync.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/store/requeststore.h"
#include "app/sync/pagewriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace cv;
using namespace Qt::StringLiterals;
using test::SandboxFixture;

namespace {

QStringList rows(store::CacheDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery query(db.db());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return { u"error: "_s + query.lastError().text() };
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

const QString kKey = u"status, type, environment, product_id, product_name, assignee"_s;

/// requests_counts against a real GROUP BY over the live rows (NULL counted as '').
void compareCounts(store::CacheDatabase &db)
{
    const QString counted = u"SELECT coalesce(status, ''), coalesce(type, ''), coalesce(environment, ''), "
                            "coalesce(product_id, ''), coalesce(product_name, ''), coalesce(assignee, ''), COUNT(*) "
                            "FROM requests WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"_s;
    const QString kept = u"SELECT %1, n FROM requests_counts ORDER BY %1"_s.arg(kKey);
    const QStringList expected = rows(db, counted);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows(db, kept), expected);
    // And what the status chips show, through the store.
    store::RequestStore store(db);
    QHash<QString, qint64> real;
    for (const QString &line : rows(db, u"SELECT status, COUNT(*) FROM requests WHERE deleted = 0 GROUP BY 1"_s))
        real.insert(line.section(u'|', 0, 0), line.section(u'|', 1).toLongLong());
    QCOMPARE(store.statusCounts({}), real);
}

/// The FTS index against LIKE over the live rows, for a few parts of ids, customers and products (texts of 1 or
/// 2 characters: the start of them).
void compareSearch(store::CacheDatabase &db, const QStringList &texts)
{
    QCOMPARE(rows(db, u"INSERT INTO requests_search (requests_search) VALUES ('integrity-check')"_s), QStringList());
    store::RequestStore store(db);
    for (const QString &text : texts) {
        store::RequestFilter filter;
        filter.search = text;
        QStringList found;
        for (const store::RequestRow &row : store.rows(filter, { store::RequestField::Id, true }, 0, 100000))
            found << row.values[int(store::RequestField::Id)];
        QSqlQuery like(db.db());
        QVERIFY(like.prepare(u"SELECT id FROM requests WHERE deleted = 0 AND (id LIKE ? ESCAPE '\\' OR customer "
                             "LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\') ORDER BY id, rowid"_s));
        QString escaped = text;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        for (int i = 0; i < 3; ++i)
            like.addBindValue(QString((text.size() < 3 ? QString() : u"%"_s) + escaped + u"%"_s));
        QVERIFY(like.exec());
        QStringList expected;
        while (like.next())
            expected << like.value(0).toString();
        QVERIFY2(found == expected,
            qPrintable(u"'%1': %2 found, %3 expected"_s.arg(text).arg(found.size()).arg(expected.size())));
    }
}

/// A search naming the product of every live request (a vendor with one product types its name) filters nothing:
/// the list, its counts and every query of it are those without the search, and none reads the search index
/// (at 300,000 requests walking its lists for every row took 100-230 ms).
void searchNamingEveryProductFiltersNothing(store::CacheDatabase &db)
{
    const QStringList names = rows(db, u"SELECT DISTINCT product_name FROM requests WHERE deleted = 0"_s);
    QVERIFY2(names.size() == 1 && names.first().size() > 6, qPrintable(names.join(u", "_s)));
    store::RequestStore store(db);
    for (const QString &part : { names.first().mid(1, 5), names.first().toUpper() }) {
        store::RequestFilter search;
        search.search = part;
        QCOMPARE(store.statusCounts(search), store.statusCounts({}));
        const store::RequestOrder order { store::RequestField::Customer, true };
        QCOMPARE(store.rows(search, order, 0, 50), store.rows({}, order, 0, 50));
        search.statuses = QStringList { u"pending"_s };
        store::RequestFilter pending;
        pending.statuses = search.statuses;
        QCOMPARE(store.liveCount(search), store.liveCount(pending));
        for (const QStringList &plan : store.queryPlans(search, order)) {
            const QString lines = plan.join(u"; "_s);
            QVERIFY2(!lines.contains(u"requests_search"_s) && !lines.contains(u"requests_hits_"_s), qPrintable(lines));
        }
    }
    // Part of the name but not of every request's: a search again (a request of another product is in the list).
    store::RequestFilter other;
    other.search = u"no product has this name"_s;
    QVERIFY(!store.queryPlans(other, {}).at(0).join(u"; "_s).isEmpty());
    QCOMPARE(store.liveCount(other), -1);
}

} // namespace

class TestRequestReadModel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void keptEqualToRealCountsAndSearch()
    {
        sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 300;
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(sandbox.baseUrl()));
        api.setApiKey(sandbox.apiKey());
        auto opened = store::CacheDatabase::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(opened);
        std::unique_ptr<store::CacheDatabase> db = std::move(opened).value();
        sync::SyncEngine engine(api, *db);

        const sync::SyncSummary first = test::runSync(engine);
        QVERIFY2(first.ok, qPrintable(first.error.summary()));
        QVERIFY(engine.objects().count(u"requests"_s) >= 300);
        compareCounts(*db);
        const QString someId = rows(*db, u"SELECT id FROM requests ORDER BY rowid LIMIT 1 OFFSET 123"_s).value(0);
        const QString someCustomer
            = rows(*db, u"SELECT customer FROM requests WHERE customer <> '' LIMIT 1 OFFSET 7"_s).value(0);
        const QString someProduct = rows(*db, u"SELECT product_name FROM requests LIMIT 1"_s).value(0);
        QVERIFY(someId.size() > 6 && someCustomer.size() > 5 && someProduct.size() > 5);
        const QStringList texts { someId, someId.right(5), someId.mid(3, 4).toLower(), someCustomer.mid(1, 4),
            someCustomer.toUpper(), someProduct.mid(2, 5), someCustomer.left(2).toLower(), u"pr"_s, u"a"_s, u"1"_s,
            u"zz"_s, u"no such request"_s, u"\"quoted\" OR x"_s, u"50%"_s };
        compareSearch(*db, texts);
        searchNamingEveryProductFiltersNothing(*db);

        // Server changes, pulled incrementally: status moves between chips.
        const QJsonArray pending = sandbox.get(u"/requests?eq(status,pending)&limit=3"_s).array();
        QVERIFY(pending.size() == 3);
        for (const QJsonValue &request : pending) {
            const QString id = request.toObject().value(u"id"_s).toString();
            const int status = sandbox.post(u"/requests/%1/fail"_s.arg(id), { { u"reason"_s, u"test"_s } }).status;
            QVERIFY2(status / 100 == 2, qPrintable(QString::number(status)));
        }
        const sync::SyncSummary second = test::runSync(engine);
        QVERIFY2(second.ok, qPrintable(second.error.summary()));
        QVERIFY(second.collections.value(u"requests"_s).fetched >= 3);
        compareCounts(*db);

        // Local edits, tombstones, removals, a customer renamed, an id replaced (a pushed creation).
        store::ObjectRepository &objects = engine.objects();
        const QStringList ids = rows(*db, u"SELECT id FROM requests ORDER BY rowid LIMIT 6"_s);
        auto edited = objects.get(u"requests"_s, ids.at(0));
        QVERIFY(edited);
        QJsonObject json = edited->json;
        json.insert(u"status"_s, u"inquiring"_s);
        QJsonObject asset = json.value(u"asset"_s).toObject();
        QJsonObject tiers = asset.value(u"tiers"_s).toObject();
        tiers.insert(u"customer"_s, QJsonObject { { u"name"_s, u"Renamed Customer Ltd"_s } });
        asset.insert(u"tiers"_s, tiers);
        json.insert(u"asset"_s, asset);
        QVERIFY(objects.putLocal(u"requests"_s, {}, json));
        QVERIFY(objects.markDeleted(u"requests"_s, ids.at(1)));
        QVERIFY(objects.remove(u"requests"_s, ids.at(2)));
        QJsonObject created = objects.get(u"requests"_s, ids.at(3))->json;
        created.insert(u"id"_s, u"local:new-request"_s);
        QVERIFY(objects.putLocal(u"requests"_s, {}, created));
        created.insert(u"id"_s, u"PR-9999-0000-0001"_s);
        QVERIFY(objects.replaceId(u"requests"_s, u"local:new-request"_s, u"PR-9999-0000-0001"_s, created));
        compareCounts(*db);
        compareSearch(*db, texts + QStringList { u"Renamed Customer"_s, u"9999-0000"_s, u"local:new"_s });

        // A full sync: the server's versions again, the local removals and creations settled.
        sync::SyncEngine::Options full;
        full.full = true;
        const sync::SyncSummary third = test::runSync(engine, full);
        QVERIFY2(third.ok, qPrintable(third.error.summary()));
        compareCounts(*db);
        compareSearch(*db, texts);

        // The indexes the store names in INDEXED BY may be missing for a while (a first load may build them
        // after the rows): the answers stay the same.
        store::RequestStore requests(*db);
        store::RequestFilter filter;
        filter.statuses = QStringList { u"approved"_s };
        const store::RequestOrder order { store::RequestField::Updated, false };
        const QList<store::RequestRow> page = requests.rows(filter, order, 0, 50);
        QCOMPARE(page.size(), 50);
        filter.search = someCustomer.mid(1, 4);
        const QHash<QString, qint64> counts = requests.statusCounts(filter);
        QVERIFY(!counts.isEmpty());
        for (const char *index : { "requests_live_status_updated", "requests_live_updated", "requests_live_status" })
            QVERIFY(db->exec(u"DROP INDEX %1"_s.arg(QLatin1String(index))).ok());
        QCOMPARE(requests.statusCounts(filter), counts);
        filter.search.clear();
        QCOMPARE(requests.rows(filter, order, 0, 50), page);
    }

    // The sync's writer loads a first full pass of an empty requests table without the read model's triggers
    // (each makes an insert dearer) and rebuilds counts and search when the pass ends; a run stopped mid-pass
    // rebuilds them from what it loaded, and the rest of the pass, into a table no longer empty, goes through
    // the triggers.
    void aFirstFullPassLoadsWithTheReadModelPaused()
    {
        sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 120;
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QJsonArray first = sandbox.get(u"/requests?limit=60&offset=0"_s).array();
        const QJsonArray second = sandbox.get(u"/requests?limit=60&offset=60"_s).array();
        QCOMPARE(first.size(), 60);
        QVERIFY(second.size() >= 60);
        const QString path = m_dir.filePath(u"first-pass.sqlite"_s);
        std::unique_ptr<store::CacheDatabase> db = std::move(store::CacheDatabase::open(path)).value();
        auto liveRows = [&] { return rows(*db, u"SELECT COUNT(*) FROM requests WHERE deleted = 0"_s).value(0); };
        auto counted = [&] { return rows(*db, u"SELECT coalesce(SUM(n), 0) FROM requests_counts"_s).value(0); };

        sync::PageWriter::Options batchPerPage;
        batchPerPage.batchRows = 1; // every page committed at once, so this connection sees it
        {
            sync::PageWriter writer(path, batchPerPage);
            writer.beginRun();
            writer.beginTask(1, u"requests"_s, QString(), true);
            writer.store(1, first, 0, 120);
            QCOMPARE(liveRows(), u"60"_s);
            QVERIFY(db->readModelPaused());
            QCOMPARE(counted(), u"0"_s); // not kept while loading
            writer.endRun(); // stopped mid-pass (offline, cancelled)
        }
        QVERIFY(!db->readModelPaused());
        compareCounts(*db);
        compareSearch(*db, { u"PR-"_s, first.at(7).toObject().value(u"id"_s).toString().right(6) });

        sync::PageWriter writer(path, batchPerPage);
        writer.beginRun();
        writer.beginTask(1, u"requests"_s, QString(), true); // resumes at 60: the table is not empty
        writer.store(1, second, 60, 120);
        QVERIFY(!db->readModelPaused());
        compareCounts(*db);
        writer.finishTask(1);
        writer.endRun();

        // A whole first pass in one run: paused while loading, rebuilt at its end.
        const QString fresh = m_dir.filePath(u"first-pass-whole.sqlite"_s);
        std::unique_ptr<store::CacheDatabase> other = std::move(store::CacheDatabase::open(fresh)).value();
        sync::PageWriter whole(fresh, batchPerPage);
        whole.beginRun();
        whole.beginTask(1, u"requests"_s, QString(), true);
        whole.store(1, first, 0, 120);
        QVERIFY(other->readModelPaused());
        whole.store(1, second, 60, 120);
        whole.finishTask(1);
        QVERIFY(!other->readModelPaused());
        compareCounts(*other);
        compareSearch(*other, { u"PR-"_s, second.at(3).toObject().value(u"id"_s).toString().right(6) });
        whole.endRun();
    }

    // A first load may pause the triggers (cheaper inserts) and resume at its end; a cache left paused by a
    // killed load is rebuilt when it is opened again.
    void pausedReadModelIsRebuilt()
    {
        sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 150;
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(sandbox.baseUrl()));
        api.setApiKey(sandbox.apiKey());
        const QString path = m_dir.filePath(u"paused.sqlite"_s);
        {
            std::unique_ptr<store::CacheDatabase> db = std::move(store::CacheDatabase::open(path)).value();
            QVERIFY(!db->readModelPaused());
            QVERIFY(db->pauseReadModel().ok());
            QVERIFY(db->readModelPaused());
            sync::SyncEngine engine(api, *db);
            const sync::SyncSummary first = test::runSync(engine);
            QVERIFY2(first.ok, qPrintable(first.error.summary()));
            QCOMPARE(rows(*db, u"SELECT COUNT(*) FROM requests_counts"_s), QStringList { u"0"_s }); // stale
            QVERIFY(db->resumeReadModel().ok());
            QVERIFY(!db->readModelPaused());
            compareCounts(*db);
            compareSearch(*db, { u"PR-"_s, u"inc"_s });
            QVERIFY(db->pauseReadModel().ok()); // and killed before resuming
            QVERIFY(engine.objects().remove(
                u"requests"_s, rows(*db, u"SELECT id FROM requests ORDER BY rowid LIMIT 1"_s).value(0)));
        }
        auto reopened = store::CacheDatabase::open(path);
        QVERIFY(reopened.ok());
        store::CacheDatabase &db = *reopened.value();
        QVERIFY(!db.readModelPaused());
        compareCounts(db);
        compareSearch(db, { u"PR-"_s, u"inc"_s });
        store::ObjectRepository objects(db);
        QVERIFY(objects.remove(u"requests"_s, rows(db, u"SELECT id FROM requests ORDER BY rowid LIMIT 1"_s).value(0)));
        compareCounts(db);
    }
};

CV_TEST_CORE_MAIN(TestRequestReadModel)
#include "tst_requestreadmodel.moc"
