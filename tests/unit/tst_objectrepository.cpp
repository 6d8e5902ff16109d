#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/syncstate.h"
#include "app/sync/servermerge.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cv::store;

namespace {

const QString kRequests = QStringLiteral("requests");
const QStringList kStatuses = { QStringLiteral("pending"), QStringLiteral("inquiring"), QStringLiteral("approved"),
    QStringLiteral("failed"), QStringLiteral("draft") };
const QStringList kTypes = { QStringLiteral("purchase"), QStringLiteral("change"), QStringLiteral("cancel") };

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<ObjectRepository> objects;

    bool open()
    {
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened) {
            qWarning() << opened.error();
            return false;
        }
        db = std::move(opened).value();
        objects = std::make_unique<ObjectRepository>(*db);
        return true;
    }
};

QString timestamp(int seconds)
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(seconds).toString(Qt::ISODate);
}

// Request i: status and type cycle, `updated` is a permutation of i so insertion order != time order.
QJsonObject request(int i, int total)
{
    const int when = int((qint64(i) * 7919) % total);
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("PR-%1").arg(i, 6, 10, QLatin1Char('0')) },
        { QStringLiteral("status"), kStatuses.at(i % kStatuses.size()) },
        { QStringLiteral("type"), kTypes.at(i % kTypes.size()) }, { QStringLiteral("updated"), timestamp(when) },
        { QStringLiteral("created"), timestamp(i) },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-%1").arg(i) },
                { QStringLiteral("product"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-%1").arg(i % 10) } } },
                { QStringLiteral("tiers"),
                    QJsonObject { { QStringLiteral("customer"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Customer %1").arg(i) } } } } } } } };
}

QStringList idsOf(const QList<CachedObject> &objects)
{
    QStringList ids;
    for (const CachedObject &object : objects)
        ids << object.id;
    return ids;
}

// The expected page, computed in memory the slow way.
QStringList expectedPage(int total, const QString &status, const QStringList &types, int limit, int offset)
{
    QList<QJsonObject> matching;
    for (int i = 0; i < total; ++i) {
        const QJsonObject r = request(i, total);
        if (r.value(QStringLiteral("status")).toString() == status
            && types.contains(r.value(QStringLiteral("type")).toString()))
            matching << r;
    }
    std::sort(matching.begin(), matching.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("updated")).toString() > b.value(QStringLiteral("updated")).toString();
    });
    QStringList ids;
    for (qsizetype i = offset; i < matching.size() && ids.size() < limit; ++i)
        ids << matching.at(i).value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestObjectRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void putServerAndGet()
    {
        Fixture f;
        QVERIFY(f.open());
        const QJsonObject server = request(1, 10);
        QVERIFY(f.objects->putServer(kRequests, {}, server));
        const auto got = f.objects->get(kRequests, server.value(QStringLiteral("id")).toString());
        QVERIFY(got);
        QCOMPARE(got->collection, kRequests);
        QCOMPARE(got->json, server);
        QVERIFY(got->base);
        QCOMPARE(*got->base, server);
        QVERIFY(!got->dirty);
        QVERIFY(!got->deleted);
        QCOMPARE(got->parentId, QString());
        QVERIFY(!f.objects->get(kRequests, QStringLiteral("PR-none")));

        // Refusals: no id, unknown collection.
        QVERIFY(
            !f.objects->putServer(kRequests, {}, QJsonObject { { QStringLiteral("status"), QStringLiteral("x") } }));
        QVERIFY(!f.objects->putServer(QStringLiteral("nope; DROP TABLE requests"), {}, server));
        QVERIFY(f.objects->lastError().contains(QStringLiteral("unknown collection")));
        QCOMPARE(f.objects->count(kRequests), qint64(1));
    }

    /// Issue 12 point 1: the pull asks which objects of a page have local edits in one query, stores the others
    /// without reading them, and leaves the edited ones to the merge. Text outside ASCII survives putServer's
    /// UTF-8 binding, and its indexed columns are filled.
    void aPageIsMergedWithOneLookupOfItsEditedIds()
    {
        Fixture f;
        QVERIFY(f.open());
        ConflictStore conflicts(*f.db);
        const CollectionSpec &spec = *collection(kRequests);
        QList<QJsonObject> page;
        for (int i = 0; i < 6; ++i)
            page << request(i, 6);
        QCOMPARE(cv::sync::mergeServerPage(*f.objects, conflicts, spec, {}, page), 0);
        QJsonObject mine = page.at(2);
        mine.insert(QStringLiteral("note"), QStringLiteral("mine"));
        QVERIFY(f.objects->putLocal(kRequests, {}, mine));
        QVERIFY(f.objects->markDeleted(kRequests, page.at(4).value(QStringLiteral("id")).toString()));
        QStringList ids;
        for (const QJsonObject &object : page)
            ids << object.value(QStringLiteral("id")).toString();
        QCOMPARE(f.objects->editedAmong(kRequests, ids + QStringList { QStringLiteral("PR-none") }),
            (QSet<QString> { ids.at(2), ids.at(4) }));

        // The server changes every object: the clean ones take it, the edited one is merged, the deleted one
        // keeps its tombstone.
        QList<QJsonObject> changed;
        for (QJsonObject object : page) {
            object.insert(QStringLiteral("status"), QStringLiteral("approved"));
            object.insert(QStringLiteral("customer_note"), QStringLiteral("Grüße, ünïcödé ✓ 日本"));
            changed << object;
        }
        QCOMPARE(cv::sync::mergeServerPage(*f.objects, conflicts, spec, {}, changed), 0);
        QCOMPARE(f.objects->get(kRequests, ids.at(0))->json, changed.at(0));
        QCOMPARE(f.objects->get(kRequests, ids.at(2))->json.value(QStringLiteral("note")).toString(),
            QStringLiteral("mine"));
        QCOMPARE(f.objects->get(kRequests, ids.at(2))->json.value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        QVERIFY(f.objects->get(kRequests, ids.at(4))->deleted);
        const auto approved = ObjectQuery().where(QStringLiteral("status"), QStringLiteral("approved"));
        QCOMPARE(f.objects->count(kRequests, {}, approved), qint64(5)); // the tombstone is not counted
    }

    /// A full pass removes what it did not see, never a local edit, a tombstone or a local creation.
    void removeUnseenKeepsLocalWork()
    {
        Fixture f;
        QVERIFY(f.open());
        for (int i = 0; i < 5; ++i)
            QVERIFY(f.objects->putServer(kRequests, {}, request(i, 5)));
        QVERIFY(f.objects->putLocal(kRequests, {}, request(1, 5)));
        QVERIFY(f.objects->markDeleted(kRequests, request(2, 5).value(QStringLiteral("id")).toString()));
        QJsonObject created = request(9, 10);
        created.insert(QStringLiteral("id"), QStringLiteral("local:1"));
        QVERIFY(f.objects->putLocal(kRequests, {}, created));
        QTest::qWait(5); // the pass starts after those rows were synced
        const QString passStart = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QTest::qWait(5);
        QVERIFY(f.objects->putServer(kRequests, {}, request(3, 5))); // seen by the pass
        QCOMPARE(f.objects->removeUnseen(kRequests, {}, passStart), qint64(2)); // requests 0 and 4
        QCOMPARE(f.objects->ids(kRequests),
            (QStringList { request(1, 5).value(QStringLiteral("id")).toString(),
                request(2, 5).value(QStringLiteral("id")).toString(),
                request(3, 5).value(QStringLiteral("id")).toString(), QStringLiteral("local:1") }));
    }

    /// Indexes deferred for a bulk load come back on restoreIndexes(), and on the next open() if the process
    /// died before (a kill during a first full pass).
    void deferredIndexesAlwaysComeBack()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto indexCount = [&] {
            QSqlQuery query(f.db->db());
            query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                      "'requests' AND sql IS NOT NULL"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        const int before = indexCount();
        QVERIFY(before > 5);
        QVERIFY(f.db->transaction());
        QVERIFY(f.db->deferIndexes(kRequests));
        QVERIFY(f.db->commit());
        QCOMPARE(indexCount(), 0);
        QCOMPARE(f.db->deferredIndexTables(), QStringList { kRequests });
        QVERIFY(f.db->transaction());
        QVERIFY(f.db->restoreIndexes(kRequests));
        QVERIFY(f.db->commit());
        QCOMPARE(indexCount(), before);
        QVERIFY(f.db->deferredIndexTables().isEmpty());

        QVERIFY(f.db->transaction());
        QVERIFY(f.db->deferIndexes(kRequests));
        QVERIFY(f.db->commit());
        f.objects.reset();
        f.db.reset(); // "killed" with the indexes deferred
        QVERIFY(f.open());
        QCOMPARE(indexCount(), before);
        QVERIFY(f.db->deferredIndexTables().isEmpty());
    }

    void localEditsKeepTheBase()
    {
        Fixture f;
        QVERIFY(f.open());
        const QJsonObject server { { QStringLiteral("id"), QStringLiteral("PRD-1") },
            { QStringLiteral("name"), QStringLiteral("Old") } };
        QVERIFY(f.objects->putServer(QStringLiteral("products"), {}, server));
        QJsonObject edited = server;
        edited.insert(QStringLiteral("name"), QStringLiteral("New"));
        QVERIFY(f.objects->putLocal(QStringLiteral("products"), {}, edited));
        auto got = f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1"));
        QVERIFY(got->dirty);
        QCOMPARE(got->json, edited);
        QCOMPARE(*got->base, server);
        QCOMPARE(f.objects->dirtyObjects(QStringLiteral("products")).size(), 1);

        // The generated column follows json (what is shown), not base.
        QCOMPARE(f.objects->count(QStringLiteral("products"), {},
                     ObjectQuery().where(QStringLiteral("name"), QStringLiteral("New"))),
            qint64(1));

        QJsonObject newBase = server;
        newBase.insert(QStringLiteral("status"), QStringLiteral("published"));
        QVERIFY(f.objects->setBase(QStringLiteral("products"), QStringLiteral("PRD-1"), newBase));
        got = f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1"));
        QCOMPARE(*got->base, newBase);
        QVERIFY(got->dirty);
        QVERIFY(f.objects->markClean(QStringLiteral("products"), QStringLiteral("PRD-1")));
        QVERIFY(!f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1"))->dirty);
        QVERIFY(!f.objects->markClean(QStringLiteral("products"), QStringLiteral("PRD-404")));
        QVERIFY(!f.objects->setBase(QStringLiteral("products"), QStringLiteral("PRD-404"), newBase));

        // A local creation has no base.
        QVERIFY(f.objects->putLocal(
            QStringLiteral("products"), {}, QJsonObject { { QStringLiteral("id"), QStringLiteral("local:1") } }));
        got = f.objects->get(QStringLiteral("products"), QStringLiteral("local:1"));
        QVERIFY(got->dirty);
        QVERIFY(!got->base);

        // Tombstones: hidden from list/count, kept by get/ids until removed.
        QVERIFY(f.objects->markDeleted(QStringLiteral("products"), QStringLiteral("PRD-1")));
        QCOMPARE(f.objects->count(QStringLiteral("products")), qint64(1));
        QCOMPARE(idsOf(f.objects->list(QStringLiteral("products"), {})), QStringList { QStringLiteral("local:1") });
        ObjectQuery all;
        all.includeDeleted = true;
        QCOMPARE(f.objects->count(QStringLiteral("products"), {}, all), qint64(2));
        QVERIFY(f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1"))->deleted);
        QCOMPARE(f.objects->ids(QStringLiteral("products")).size(), 2);
        // The server's version revives the row (the sync engine decides when to call it).
        QVERIFY(f.objects->putServer(QStringLiteral("products"), {}, server));
        QVERIFY(!f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1"))->deleted);
        QVERIFY(f.objects->remove(QStringLiteral("products"), QStringLiteral("PRD-1")));
        QVERIFY(!f.objects->get(QStringLiteral("products"), QStringLiteral("PRD-1")));
        QVERIFY(!f.objects->remove(QStringLiteral("products"), QStringLiteral("PRD-1")));
    }

    void listFiltersOrdersAndPagesInSql()
    {
        Fixture f;
        QVERIFY(f.open());
        const int total = 60;
        QVERIFY(f.db->transaction());
        for (int i = 0; i < total; ++i)
            QVERIFY(f.objects->putServer(kRequests, {}, request(i, total)));
        QVERIFY(f.db->commit());

        ObjectQuery query
            = ObjectQuery()
                  .where(QStringLiteral("status"), QStringLiteral("pending"))
                  .whereAnyOf(QStringLiteral("type"), { QStringLiteral("purchase"), QStringLiteral("cancel") })
                  .sortBy(QStringLiteral("updated"), Qt::DescendingOrder);
        query.limit = 3;
        query.offset = 1;
        QCOMPARE(idsOf(f.objects->list(kRequests, {}, query)),
            expectedPage(
                total, QStringLiteral("pending"), { QStringLiteral("purchase"), QStringLiteral("cancel") }, 3, 1));
        const qint64 matching = expectedPage(
            total, QStringLiteral("pending"), { QStringLiteral("purchase"), QStringLiteral("cancel") }, total, 0)
                                    .size();
        QCOMPARE(f.objects->count(kRequests, {}, query), matching); // limit/offset do not apply to count
        query.limit = -1;
        query.offset = 0;
        QCOMPARE(f.objects->list(kRequests, {}, query).size(), matching);

        // Columns extracted from nested paths.
        const auto byProduct = ObjectQuery()
                                   .where(QStringLiteral("product_id"), QStringLiteral("PRD-3"))
                                   .containing(QStringLiteral("customer 1"), { QStringLiteral("customer") })
                                   .sortBy(QStringLiteral("created"));
        QCOMPARE(idsOf(f.objects->list(kRequests, {}, byProduct)), QStringList { QStringLiteral("PR-000013") });
        // Text search is literal: LIKE's wildcards in what the user typed match only themselves.
        QCOMPARE(f.objects->count(kRequests, {},
                     ObjectQuery().containing(QStringLiteral("Customer _"), { QStringLiteral("customer") })),
            qint64(0));
        QCOMPARE(
            f.objects->count(kRequests, {}, ObjectQuery().containing(QStringLiteral("%"), { QStringLiteral("id") })),
            qint64(0));
        // "One of nothing" matches nothing.
        QCOMPARE(f.objects->count(kRequests, {}, ObjectQuery().whereAnyOf(QStringLiteral("status"), {})), qint64(0));

        // Default order is insertion order; a column the collection does not declare is refused by name, and
        // nothing the caller passes as a column reaches the SQL text.
        ObjectQuery firstTwo;
        firstTwo.limit = 2;
        QCOMPARE(idsOf(f.objects->list(kRequests, {}, firstTwo)),
            (QStringList { QStringLiteral("PR-000000"), QStringLiteral("PR-000001") }));
        const auto broken = ObjectQuery().where(QStringLiteral("no_such_column"), 1);
        QVERIFY(f.objects->list(kRequests, {}, broken).isEmpty());
        QCOMPARE(f.objects->count(kRequests, {}, broken), qint64(-1));
        QVERIFY(f.objects->lastError().contains(QStringLiteral("no_such_column")));
        const auto injected = ObjectQuery().sortBy(QStringLiteral("id; DROP TABLE requests"));
        QVERIFY(f.objects->list(kRequests, {}, injected).isEmpty());
        QVERIFY(f.objects->lastError().contains(QStringLiteral("no column id; DROP TABLE requests")));
        QCOMPARE(f.objects->count(kRequests), qint64(total));
    }

    void subCollectionsByParent()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString items = QStringLiteral("items");
        for (int p = 1; p <= 2; ++p) {
            for (int i = 0; i < 3; ++i) {
                QVERIFY(f.objects->putServer(items, QStringLiteral("PRD-%1").arg(p),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-%1-000%2").arg(p).arg(i) },
                        { QStringLiteral("mpn"), QStringLiteral("M%1").arg(3 - i) } }));
            }
        }
        QCOMPARE(f.objects->count(items), qint64(6));
        QCOMPARE(f.objects->count(items, QStringLiteral("PRD-2")), qint64(3));
        QCOMPARE(f.objects->ids(items, QStringLiteral("PRD-1")),
            (QStringList { QStringLiteral("PRD-1-0000"), QStringLiteral("PRD-1-0001"), QStringLiteral("PRD-1-0002") }));
        const auto byMpn = ObjectQuery().sortBy(QStringLiteral("mpn"));
        const QList<CachedObject> sorted = f.objects->list(items, QStringLiteral("PRD-2"), byMpn);
        QCOMPARE(idsOf(sorted),
            (QStringList { QStringLiteral("PRD-2-0002"), QStringLiteral("PRD-2-0001"), QStringLiteral("PRD-2-0000") }));
        QCOMPARE(sorted.first().parentId, QStringLiteral("PRD-2"));
        // An empty, non-null parent means top-level rows: items have none.
        QCOMPARE(f.objects->count(items, QStringLiteral("")), qint64(0));
    }

    void replaceIdRenamesTheObjectAndItsChildren()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString products = QStringLiteral("products");
        QVERIFY(f.objects->putLocal(products, {},
            QJsonObject { { QStringLiteral("id"), QStringLiteral("local:p") },
                { QStringLiteral("name"), QStringLiteral("Draft") } }));
        QVERIFY(f.objects->putLocal(QStringLiteral("items"), QStringLiteral("local:p"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("local:i") } }));
        SyncStateStore cursors(*f.db);
        SyncCursor cursor;
        cursor.collection = QStringLiteral("items");
        cursor.parentId = QStringLiteral("local:p");
        cursor.offset = 7;
        QVERIFY(cursors.save(cursor));
        // A pull already brought the new product in: replaceId replaces that row.
        QVERIFY(f.objects->putServer(products, {}, QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-9") } }));

        const QJsonObject server { { QStringLiteral("id"), QStringLiteral("PRD-9") },
            { QStringLiteral("name"), QStringLiteral("Draft") },
            { QStringLiteral("status"), QStringLiteral("draft") } };
        QVERIFY(f.objects->replaceId(products, QStringLiteral("local:p"), QStringLiteral("PRD-9"), server));
        QVERIFY(!f.objects->get(products, QStringLiteral("local:p")));
        const auto renamed = f.objects->get(products, QStringLiteral("PRD-9"));
        QVERIFY(renamed);
        QCOMPARE(renamed->json, server);
        QCOMPARE(*renamed->base, server);
        QVERIFY(!renamed->dirty);
        QCOMPARE(f.objects->count(products), qint64(1));
        QCOMPARE(f.objects->get(QStringLiteral("items"), QStringLiteral("local:i"))->parentId, QStringLiteral("PRD-9"));
        QCOMPARE(cursors.get(QStringLiteral("items"), QStringLiteral("PRD-9")).offset, qint64(7));
        QVERIFY(!f.objects->replaceId(products, QStringLiteral("local:gone"), QStringLiteral("PRD-10"), server));
    }

    void tokensNeverKeepTheSecret()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString tokens = QStringLiteral("tokens");
        const QString secret = QStringLiteral("SU-000:SECRETVALUE");
        const QJsonObject server { { QStringLiteral("id"), QStringLiteral("TK-1") },
            { QStringLiteral("name"), QStringLiteral("CI") }, { QStringLiteral("token"), secret },
            { QStringLiteral("renewed_token"), secret } };
        QVERIFY(f.objects->putServer(tokens, {}, server));
        auto got = f.objects->get(tokens, QStringLiteral("TK-1"));
        QVERIFY(!got->json.contains(QStringLiteral("token")));
        QVERIFY(!got->json.contains(QStringLiteral("renewed_token")));
        QVERIFY(!got->base->contains(QStringLiteral("token")));
        QCOMPARE(got->json.value(QStringLiteral("name")).toString(), QStringLiteral("CI"));
        QVERIFY(f.objects->putLocal(tokens, {}, server));
        QVERIFY(!f.objects->get(tokens, QStringLiteral("TK-1"))->json.contains(QStringLiteral("token")));
        QVERIFY(f.objects->setBase(tokens, QStringLiteral("TK-1"), server));
        QVERIFY(!f.objects->get(tokens, QStringLiteral("TK-1"))->base->contains(QStringLiteral("token")));
        QVERIFY(f.objects->putLocal(tokens, {}, QJsonObject { { QStringLiteral("id"), QStringLiteral("local:t") } }));
        QVERIFY(f.objects->replaceId(tokens, QStringLiteral("local:t"), QStringLiteral("TK-2"), server));
        QVERIFY(!f.objects->get(tokens, QStringLiteral("TK-2"))->json.contains(QStringLiteral("token")));

        // Nowhere in the files either.
        QVERIFY(f.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(f.db->filePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains("SECRETVALUE"));
        }
        // Other collections keep a field named "token" (it is only a secret for tokens).
        QVERIFY(f.objects->putServer(QStringLiteral("webhooks"), {},
            QJsonObject {
                { QStringLiteral("id"), QStringLiteral("WH-1") }, { QStringLiteral("token"), QStringLiteral("x") } }));
        QVERIFY(
            f.objects->get(QStringLiteral("webhooks"), QStringLiteral("WH-1"))->json.contains(QStringLiteral("token")));
    }

    void hundredThousandRequestsStayInstant()
    {
        Fixture f;
        QVERIFY(f.open());
        const int total = 100000;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(f.db->transaction());
        for (int i = 0; i < total; ++i) {
            if (!f.objects->putServer(kRequests, {}, request(i, total)))
                QFAIL(qPrintable(f.objects->lastError()));
        }
        QVERIFY(f.db->commit());
        qInfo("inserted %d requests in one transaction: %lld ms", total, timer.elapsed());

        ObjectQuery query
            = ObjectQuery()
                  .where(QStringLiteral("status"), QStringLiteral("approved"))
                  .whereAnyOf(QStringLiteral("type"), { QStringLiteral("change"), QStringLiteral("cancel") })
                  .sortBy(QStringLiteral("updated"), Qt::DescendingOrder);
        query.limit = 50;
        query.offset = 100;
        timer.restart();
        const QList<CachedObject> page = f.objects->list(kRequests, {}, query);
        const qint64 pageMs = timer.elapsed();
        timer.restart();
        const qint64 matching = f.objects->count(kRequests, {}, query);
        const qint64 countMs = timer.elapsed();
        qInfo("filtered+ordered page of %lld: %lld ms; count (%lld rows): %lld ms", qint64(page.size()), pageMs,
            matching, countMs);
        QCOMPARE(page.size(), 50);
        QCOMPARE(idsOf(page),
            expectedPage(
                total, QStringLiteral("approved"), { QStringLiteral("change"), QStringLiteral("cancel") }, 50, 100));
        // status cycles over 5, type over 3: approved (i%5==2) and type change/cancel (i%3 in {1,2}).
        QCOMPARE(matching, qint64(13334));

        ObjectQuery pendingByUpdated = ObjectQuery()
                                           .where(QStringLiteral("status"), QStringLiteral("pending"))
                                           .sortBy(QStringLiteral("updated"));
        pendingByUpdated.limit = 50;
        timer.restart();
        const QList<CachedObject> first = f.objects->list(kRequests, {}, pendingByUpdated);
        qInfo("status page ordered by updated: %lld ms", timer.elapsed());
        QCOMPARE(first.size(), 50);
        for (qsizetype i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i - 1).json.value(QStringLiteral("updated")).toString()
                <= first.at(i).json.value(QStringLiteral("updated")).toString());
    }
};

CV_TEST_CORE_MAIN(TestObjectRepository)
#include "tst_objectrepository.moc"
