#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/conflictstore.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace cv::store;

namespace {

OutboxEntry entry(const QString &operation, const QString &collection, const QString &objectId, const QString &path,
    const QJsonObject &body = {})
{
    OutboxEntry e;
    e.operation = operation;
    e.collection = collection;
    e.objectId = objectId;
    e.method = operation == QLatin1String("create") ? QByteArray("POST") : QByteArray("PUT");
    e.path = path;
    e.body = body;
    return e;
}

} // namespace

// The outbox and the two other bookkeeping tables of the cache: pull cursors and conflicts.
class TestOutbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CacheDatabase> openCache(const QString &name = {})
    {
        auto opened = CacheDatabase::open(
            m_dir.filePath(name.isEmpty() ? QStringLiteral("cache%1.sqlite").arg(++m_files) : name));
        if (!opened) {
            qWarning() << opened.error();
            return nullptr;
        }
        return std::move(opened).value();
    }

private Q_SLOTS:
    void entriesKeepTheirOrder()
    {
        auto db = openCache();
        QVERIFY(db);
        Outbox outbox(*db);
        QCOMPARE(outbox.size(), qint64(0));
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i) {
            const auto seq = outbox.enqueue(
                entry(QStringLiteral("update"), QStringLiteral("products"), QStringLiteral("PRD-%1").arg(i),
                    QStringLiteral("/products/PRD-%1").arg(i), QJsonObject { { QStringLiteral("n"), i } }));
            QVERIFY(seq.ok());
            seqs << seq.value();
        }
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
        QCOMPARE(outbox.size(), qint64(5));
        const QList<OutboxEntry> all = outbox.pending();
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(all.at(i).seq, seqs.at(i));
            QCOMPARE(all.at(i).objectId, QStringLiteral("PRD-%1").arg(i));
            QCOMPARE(all.at(i).body.value(QStringLiteral("n")).toInt(), i);
            QCOMPARE(all.at(i).state, QStringLiteral("pending"));
            QCOMPARE(all.at(i).method, QByteArray("PUT"));
            QCOMPARE(all.at(i).attempts, 0);
            QVERIFY(!all.at(i).createdAt.isEmpty());
        }
        QCOMPARE(outbox.pending(2).size(), 2);
        QCOMPARE(outbox.pending(2).last().seq, seqs.at(1));
        QVERIFY(outbox.hasUnpushed(QStringLiteral("products"), QStringLiteral("PRD-3")));
        QVERIFY(!outbox.hasUnpushed(QStringLiteral("products"), QStringLiteral("PRD-9")));

        // Refused: unknown collection, no operation.
        QVERIFY(!outbox.enqueue(entry(QStringLiteral("update"), QStringLiteral("nope"), {}, {})).ok());
        QVERIFY(!outbox.enqueue(entry({}, QStringLiteral("products"), {}, {})).ok());
    }

    void doneFailedAndAttempts()
    {
        auto db = openCache();
        QVERIFY(db);
        Outbox outbox(*db);
        OutboxEntry upload
            = entry(QStringLiteral("upload"), QStringLiteral("media"), {}, QStringLiteral("/products/PRD-1/media"));
        upload.blob = QByteArray("\x89PNG\0\x01\x02", 7);
        upload.blobName = QStringLiteral("icon.png");
        upload.contentType = QStringLiteral("image/png");
        upload.parentId = QStringLiteral("PRD-1");
        const qint64 a = outbox.enqueue(upload).value();
        const qint64 b = outbox
                             .enqueue(entry(QStringLiteral("update"), QStringLiteral("products"),
                                 QStringLiteral("PRD-1"), QStringLiteral("/products/PRD-1")))
                             .value();
        const qint64 c = outbox
                             .enqueue(entry(QStringLiteral("delete"), QStringLiteral("items"),
                                 QStringLiteral("PRD-1-0001"), QStringLiteral("/products/PRD-1/items/PRD-1-0001")))
                             .value();

        const auto stored = outbox.get(a);
        QVERIFY(stored);
        QCOMPARE(stored->blob, upload.blob);
        QCOMPARE(stored->blobName, upload.blobName);
        QCOMPARE(stored->contentType, upload.contentType);
        QCOMPARE(stored->parentId, QStringLiteral("PRD-1"));

        QVERIFY(outbox.recordAttempt(a, QStringLiteral("timeout")));
        QVERIFY(outbox.markFailed(a, QStringLiteral("503"), false));
        QCOMPARE(outbox.get(a)->attempts, 2);
        QCOMPARE(outbox.get(a)->lastError, QStringLiteral("503"));
        QCOMPARE(outbox.get(a)->state, QStringLiteral("pending"));

        QVERIFY(outbox.markFailed(b, QStringLiteral("400 PRD_001"), true));
        QCOMPARE(outbox.get(b)->state, QStringLiteral("failed"));
        QCOMPARE(outbox.get(b)->attempts, 1);
        QCOMPARE(outbox.pending().size(), 2);
        QCOMPARE(outbox.failed().size(), 1);
        QCOMPARE(outbox.size(), qint64(3));
        QVERIFY(outbox.hasUnpushed(QStringLiteral("products"), QStringLiteral("PRD-1")));

        QVERIFY(outbox.markDone(a));
        QCOMPARE(outbox.get(a)->state, QStringLiteral("done"));
        QVERIFY(outbox.get(a)->blob.isEmpty());
        QCOMPARE(outbox.size(), qint64(2));
        QCOMPARE(outbox.pending().size(), 1);
        QCOMPARE(outbox.pending().first().seq, c);

        QVERIFY(outbox.retry(b));
        QCOMPARE(outbox.get(b)->attempts, 0);
        QCOMPARE(outbox.pending().first().seq, b); // back in its original place
        QVERIFY(!outbox.retry(b)); // only failed entries are retried

        QVERIFY(outbox.discard(c));
        QVERIFY(!outbox.get(c));
        QCOMPARE(outbox.purgeDone(), 1);
        QVERIFY(!outbox.get(a));
        QCOMPARE(outbox.size(), qint64(1));
        QVERIFY(!outbox.markDone(9999));
        QVERIFY(!outbox.markFailed(9999, QStringLiteral("x"), true));
        QVERIFY(!outbox.recordAttempt(9999, QStringLiteral("x")));
    }

    void rewriteIdAcrossPathsAndBodies()
    {
        auto db = openCache();
        QVERIFY(db);
        Outbox outbox(*db);
        const QString local = QStringLiteral("local:p1");
        OutboxEntry create = entry(QStringLiteral("create"), QStringLiteral("products"), local,
            QStringLiteral("/products"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Cloud") } });
        const qint64 createSeq = outbox.enqueue(create).value();
        OutboxEntry item = entry(QStringLiteral("create"), QStringLiteral("items"), QStringLiteral("local:i1"),
            QStringLiteral("/products/local:p1/items"),
            QJsonObject { { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), local } } },
                { QStringLiteral("mpn"), QStringLiteral("M1") } });
        item.parentId = local;
        const qint64 itemSeq = outbox.enqueue(item).value();
        const qint64 updateSeq
            = outbox
                  .enqueue(entry(QStringLiteral("update"), QStringLiteral("products"), local,
                      QStringLiteral("/products/local:p1"),
                      QJsonObject { { QStringLiteral("id"), local },
                          { QStringLiteral("related"), QJsonArray { local, QStringLiteral("PRD-2") } },
                          { QStringLiteral("note"), QStringLiteral("about local:p1") } }))
                  .value();
        // A longer id that merely starts with the local id is a different object.
        const qint64 otherSeq = outbox
                                    .enqueue(entry(QStringLiteral("update"), QStringLiteral("products"),
                                        QStringLiteral("local:p10"), QStringLiteral("/products/local:p10")))
                                    .value();
        QVERIFY(outbox.markDone(createSeq)); // the create itself was just pushed

        QCOMPARE(outbox.rewriteId(local, QStringLiteral("PRD-9")), 2);
        const auto rewrittenItem = outbox.get(itemSeq);
        QCOMPARE(rewrittenItem->path, QStringLiteral("/products/PRD-9/items"));
        QCOMPARE(rewrittenItem->parentId, QStringLiteral("PRD-9"));
        QCOMPARE(rewrittenItem->objectId, QStringLiteral("local:i1"));
        QCOMPARE(rewrittenItem->body.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("PRD-9"));
        const auto update = outbox.get(updateSeq);
        QCOMPARE(update->objectId, QStringLiteral("PRD-9"));
        QCOMPARE(update->path, QStringLiteral("/products/PRD-9"));
        QCOMPARE(update->body.value(QStringLiteral("id")).toString(), QStringLiteral("PRD-9"));
        QCOMPARE(update->body.value(QStringLiteral("related")).toArray(),
            (QJsonArray { QStringLiteral("PRD-9"), QStringLiteral("PRD-2") }));
        QCOMPARE(update->body.value(QStringLiteral("note")).toString(),
            QStringLiteral("about local:p1")); // prose is not an id
        QCOMPARE(outbox.get(otherSeq)->path, QStringLiteral("/products/local:p10"));
        QCOMPARE(outbox.get(otherSeq)->objectId, QStringLiteral("local:p10"));
        QCOMPARE(outbox.get(createSeq)->objectId, local); // done entries are history
        QCOMPARE(outbox.rewriteId(local, QStringLiteral("PRD-9")), 0);
    }

    void secretsNeverReachTheOutbox()
    {
        auto db = openCache();
        QVERIFY(db);
        Outbox outbox(*db);
        const qint64 seq = outbox
                               .enqueue(entry(QStringLiteral("update"), QStringLiteral("tokens"),
                                   QStringLiteral("TK-1"), QStringLiteral("/auth/tokens/TK-1"),
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("CI") },
                                       { QStringLiteral("token"), QStringLiteral("secret") } }))
                               .value();
        QVERIFY(!outbox.get(seq)->body.contains(QStringLiteral("token")));
        QCOMPARE(outbox.get(seq)->body.value(QStringLiteral("name")).toString(), QStringLiteral("CI"));
    }

    void syncCursorsSaveAndLoad()
    {
        const QString file = QStringLiteral("cursors.sqlite");
        {
            auto db = openCache(file);
            QVERIFY(db);
            SyncStateStore store(*db);
            const SyncCursor fresh = store.get(QStringLiteral("requests"));
            QCOMPARE(fresh.collection, QStringLiteral("requests"));
            QCOMPARE(fresh.phase, QStringLiteral("full"));
            QCOMPARE(fresh.total, qint64(-1));
            QCOMPARE(fresh.offset, qint64(0));
            QVERIFY(fresh.since.isEmpty());

            SyncCursor requests = fresh;
            requests.phase = QStringLiteral("incremental");
            requests.since = QStringLiteral("2024-05-01T10:00:00+00:00");
            requests.pending = QStringLiteral("2024-05-02T10:00:00+00:00");
            requests.offset = 300;
            requests.total = 1200;
            requests.lastSyncAt = QStringLiteral("2024-05-02T11:00:00Z");
            QVERIFY(store.save(requests));
            for (const char *parent : { "PRD-1", "PRD-2" }) {
                SyncCursor items;
                items.collection = QStringLiteral("items");
                items.parentId = QString::fromLatin1(parent);
                items.offset = 100;
                QVERIFY(store.save(items));
            }
            requests.offset = 400; // save replaces
            QVERIFY(store.save(requests));
        }
        auto db = openCache(file);
        QVERIFY(db);
        SyncStateStore store(*db);
        const SyncCursor loaded = store.get(QStringLiteral("requests"));
        QCOMPARE(loaded.phase, QStringLiteral("incremental"));
        QCOMPARE(loaded.since, QStringLiteral("2024-05-01T10:00:00+00:00"));
        QCOMPARE(loaded.pending, QStringLiteral("2024-05-02T10:00:00+00:00"));
        QCOMPARE(loaded.offset, qint64(400));
        QCOMPARE(loaded.total, qint64(1200));
        QCOMPARE(loaded.lastSyncAt, QStringLiteral("2024-05-02T11:00:00Z"));
        QCOMPARE(store.get(QStringLiteral("items"), QStringLiteral("PRD-2")).offset, qint64(100));
        QCOMPARE(store.get(QStringLiteral("items"), QStringLiteral("PRD-3")).offset, qint64(0));
        QCOMPARE(store.all().size(), 3);
        QVERIFY(store.reset(QStringLiteral("items")));
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(store.get(QStringLiteral("items"), QStringLiteral("PRD-1")).offset, qint64(0));
        QVERIFY(store.resetAll());
        QCOMPARE(store.get(QStringLiteral("requests")).phase, QStringLiteral("full"));
    }

    void conflictsAddListResolve()
    {
        auto db = openCache();
        QVERIFY(db);
        ConflictStore conflicts(*db);
        QCOMPARE(conflicts.count(), 0);
        Conflict first;
        first.collection = QStringLiteral("products");
        first.objectId = QStringLiteral("PRD-1");
        first.field = QStringLiteral("capabilities.ppu.schema");
        first.base = QStringLiteral("QT");
        first.mine = QStringLiteral("TR");
        first.theirs = QStringLiteral("CR");
        const qint64 a = conflicts.add(first);
        Conflict second;
        second.collection = QStringLiteral("products");
        second.objectId = QStringLiteral("PRD-1");
        second.field = QStringLiteral("version");
        second.base = 1;
        second.mine = QJsonValue(QJsonValue::Null);
        second.theirs = QJsonValue(QJsonValue::Undefined); // removed on the server
        const qint64 b = conflicts.add(second);
        Conflict other = first;
        other.objectId = QStringLiteral("PRD-2");
        other.mine = QJsonObject { { QStringLiteral("x"), true } };
        const qint64 c = conflicts.add(other);
        QVERIFY(a > 0 && b > a && c > b);
        QCOMPARE(conflicts.count(), 3);

        const QList<Conflict> open = conflicts.open();
        QCOMPARE(open.size(), 3);
        QCOMPARE(open.at(0).id, a);
        QCOMPARE(open.at(0).field, first.field);
        QCOMPARE(open.at(0).mine, QJsonValue(QStringLiteral("TR")));
        QVERIFY(!open.at(0).createdAt.isEmpty());
        QCOMPARE(open.at(1).base, QJsonValue(1));
        QVERIFY(open.at(1).mine.isNull());
        QVERIFY(open.at(1).theirs.isUndefined());
        QCOMPARE(open.at(2).mine, QJsonValue(QJsonObject { { QStringLiteral("x"), true } }));

        QCOMPARE(conflicts.forObject(QStringLiteral("products"), QStringLiteral("PRD-1")).size(), 2);
        QVERIFY(conflicts.resolve(a));
        QVERIFY(!conflicts.resolve(a));
        QCOMPARE(conflicts.count(), 2);
        QCOMPARE(conflicts.forObject(QStringLiteral("products"), QStringLiteral("PRD-1")).size(), 1);
        QCOMPARE(conflicts.clearObject(QStringLiteral("products"), QStringLiteral("PRD-2")), 1);
        QCOMPARE(conflicts.open().size(), 1);
    }
};

CV_TEST_CORE_MAIN(TestOutbox)
#include "tst_outbox.moc"
