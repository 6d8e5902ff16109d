#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QTemporaryDir>

using namespace cv::store;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<ObjectRepository> objects;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<LocalChanges> changes;

    bool open()
    {
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened) {
            qWarning() << opened.error();
            return false;
        }
        db = std::move(opened).value();
        objects = std::make_unique<ObjectRepository>(*db);
        outbox = std::make_unique<Outbox>(*db);
        changes = std::make_unique<LocalChanges>(*db, *objects, *outbox);
        return true;
    }
};

const QString kProducts = QStringLiteral("products");
const QString kItems = QStringLiteral("items");
const QString kRequests = QStringLiteral("requests");

QJsonObject product(const QString &name)
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") }, { QStringLiteral("name"), name },
        { QStringLiteral("status"), QStringLiteral("draft") } };
}

QJsonObject pendingRequest()
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("PR-1") },
        { QStringLiteral("status"), QStringLiteral("pending") } };
}

} // namespace

class TestLocalChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createWritesObjectAndEntry()
    {
        Fixture f;
        QVERIFY(f.open());
        const QJsonObject item { { QStringLiteral("mpn"), QStringLiteral("MPN-7") },
            { QStringLiteral("name"), QStringLiteral("Seat") } };
        const auto created = f.changes->create(kItems, QStringLiteral("PRD-1"), item, {});
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error()));
        const QString id = created.value().id;
        QVERIFY(LocalChanges::isLocalId(id));
        QVERIFY(id.startsWith(QStringLiteral("local:")));

        const auto object = f.objects->get(kItems, id);
        QVERIFY(object);
        QCOMPARE(object->parentId, QStringLiteral("PRD-1"));
        QVERIFY(object->dirty);
        QVERIFY(!object->base);
        QCOMPARE(object->json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(object->json.value(QStringLiteral("mpn")).toString(), QStringLiteral("MPN-7"));

        const QList<OutboxEntry> pending = f.outbox->pending();
        QCOMPARE(pending.size(), 1);
        const OutboxEntry &entry = pending.first();
        QCOMPARE(entry.operation, QStringLiteral("create"));
        QCOMPARE(entry.collection, kItems);
        QCOMPARE(entry.objectId, id);
        QCOMPARE(entry.parentId, QStringLiteral("PRD-1"));
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.path, QStringLiteral("/products/PRD-1/items"));
        QCOMPARE(entry.naturalKey, QStringLiteral("MPN-7"));
        QCOMPARE(entry.body, item); // no local id sent

        // Two creates get two ids; a sub-collection needs its parent.
        const auto second = f.changes->create(kItems, QStringLiteral("PRD-1"), item, {});
        QVERIFY(second.ok());
        QVERIFY(second.value().id != id);
        QVERIFY(!f.changes->create(kItems, {}, item, {}).ok());
        QVERIFY(!f.changes->create(QStringLiteral("nope"), {}, item, {}).ok());
        QCOMPARE(f.outbox->size(), qint64(2));
    }

    void updateKeepsTheBase()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.objects->putServer(kProducts, {}, product(QStringLiteral("Old"))));
        OutboxEntry entry;
        entry.body = QJsonObject { { QStringLiteral("name"), QStringLiteral("New") } }; // the caller's own patch body
        const auto updated
            = f.changes->update(kProducts, QStringLiteral("PRD-1"), product(QStringLiteral("New")), entry);
        QVERIFY(updated.ok());
        const auto object = f.objects->get(kProducts, QStringLiteral("PRD-1"));
        QCOMPARE(object->json.value(QStringLiteral("name")).toString(), QStringLiteral("New"));
        QCOMPARE(object->base->value(QStringLiteral("name")).toString(), QStringLiteral("Old"));
        QVERIFY(object->dirty);
        const OutboxEntry queued = f.outbox->pending().first();
        QCOMPARE(queued.operation, QStringLiteral("update"));
        QCOMPARE(queued.method, QByteArray("PUT"));
        QCOMPARE(queued.path, QStringLiteral("/products/PRD-1"));
        QCOMPARE(queued.body, entry.body);
        QVERIFY(!f.changes->update(kProducts, QStringLiteral("PRD-404"), product(QStringLiteral("x")), {}).ok());
        QCOMPARE(f.outbox->size(), qint64(1));
    }

    void removeLeavesATombstone()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.objects->putServer(
            kItems, QStringLiteral("PRD-1"), QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1-0001") } }));
        QVERIFY(f.changes->remove(kItems, QStringLiteral("PRD-1-0001"), {}).ok());
        const auto object = f.objects->get(kItems, QStringLiteral("PRD-1-0001"));
        QVERIFY(object->deleted);
        QVERIFY(object->dirty);
        QCOMPARE(f.objects->count(kItems, QStringLiteral("PRD-1")), qint64(0));
        const OutboxEntry queued = f.outbox->pending().first();
        QCOMPARE(queued.operation, QStringLiteral("delete"));
        QCOMPARE(queued.method, QByteArray("DELETE"));
        QCOMPARE(queued.path, QStringLiteral("/products/PRD-1/items/PRD-1-0001"));
        QCOMPARE(queued.parentId, QStringLiteral("PRD-1"));
        // Deleted objects can be neither removed again nor edited.
        QVERIFY(!f.changes->remove(kItems, QStringLiteral("PRD-1-0001"), {}).ok());
        QVERIFY(!f.changes->update(kItems, QStringLiteral("PRD-1-0001"), QJsonObject {}, {}).ok());
        QCOMPARE(f.outbox->size(), qint64(1));
    }

    void actionAppliesOptimisticState()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.objects->putServer(kRequests, {}, pendingRequest()));
        QJsonObject approved = pendingRequest();
        approved.insert(QStringLiteral("status"), QStringLiteral("approved"));
        OutboxEntry entry;
        entry.action = QStringLiteral("approve");
        entry.body = QJsonObject { { QStringLiteral("template_id"), QStringLiteral("TL-1") } };
        QVERIFY(f.changes->action(kRequests, QStringLiteral("PR-1"), approved, entry).ok());
        const auto object = f.objects->get(kRequests, QStringLiteral("PR-1"));
        QCOMPARE(object->json.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(object->base->value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const auto approvedOnly = ObjectQuery().where(QStringLiteral("status"), QStringLiteral("approved"));
        QCOMPARE(f.objects->count(kRequests, {}, approvedOnly), qint64(1));
        const OutboxEntry queued = f.outbox->pending().first();
        QCOMPARE(queued.operation, QStringLiteral("action"));
        QCOMPARE(queued.action, QStringLiteral("approve"));
        QCOMPARE(queued.method, QByteArray("POST"));
        QCOMPARE(queued.path, QStringLiteral("/requests/PR-1/approve"));
        QCOMPARE(queued.body, entry.body);
        QVERIFY(!f.changes->action(kRequests, QStringLiteral("PR-1"), approved, {}).ok()); // no action named
    }

    void allOrNothingWhenTheOutboxFails()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.objects->putServer(kProducts, {}, product(QStringLiteral("Old"))));
        QVERIFY(f.objects->putServer(kRequests, {}, pendingRequest()));
        // Warm the outbox's cached statement, then take the table away.
        QVERIFY(f.changes->update(kProducts, QStringLiteral("PRD-1"), product(QStringLiteral("Warm")), {}).ok());
        QVERIFY(f.objects->putServer(kProducts, {}, product(QStringLiteral("Old"))));
        QVERIFY(f.db->exec(QStringLiteral("DROP TABLE outbox")).ok());

        const auto created = f.changes->create(
            kItems, QStringLiteral("PRD-1"), QJsonObject { { QStringLiteral("mpn"), QStringLiteral("M") } }, {});
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(QStringLiteral("outbox")), qPrintable(created.error()));
        QCOMPARE(f.objects->count(kItems), qint64(0));

        QVERIFY(!f.changes->update(kProducts, QStringLiteral("PRD-1"), product(QStringLiteral("New")), {}).ok());
        auto object = f.objects->get(kProducts, QStringLiteral("PRD-1"));
        QCOMPARE(object->json, product(QStringLiteral("Old")));
        QVERIFY(!object->dirty);

        QVERIFY(!f.changes->remove(kProducts, QStringLiteral("PRD-1"), {}).ok());
        object = f.objects->get(kProducts, QStringLiteral("PRD-1"));
        QVERIFY(!object->deleted);
        QVERIFY(!object->dirty);

        QJsonObject approved = pendingRequest();
        approved.insert(QStringLiteral("status"), QStringLiteral("approved"));
        OutboxEntry approve;
        approve.action = QStringLiteral("approve");
        QVERIFY(!f.changes->action(kRequests, QStringLiteral("PR-1"), approved, approve).ok());
        QCOMPARE(f.objects->get(kRequests, QStringLiteral("PR-1"))->json, pendingRequest());
        QCOMPARE(f.db->transactionDepth(), 0);
    }

    void joinsTheCallersTransaction()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.objects->putServer(kProducts, {}, product(QStringLiteral("Old"))));
        QVERIFY(f.db->transaction());
        QVERIFY(f.changes->update(kProducts, QStringLiteral("PRD-1"), product(QStringLiteral("New")), {}).ok());
        f.db->rollback();
        QCOMPARE(f.objects->get(kProducts, QStringLiteral("PRD-1"))->json, product(QStringLiteral("Old")));
        QCOMPARE(f.outbox->size(), qint64(0));
    }
};

CV_TEST_CORE_MAIN(TestLocalChanges)
#include "tst_localchanges.moc"
