#include "testmain.h"

#include "app/store/agreementarchive.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/store/syncstate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cv::store;

namespace {

const QString kFixture = QStringLiteral(CV_TEST_DATA_DIR "/cache-v1.sqlite");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList column(QSqlDatabase db, const QString &sql, int index = 0)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << sql << query.lastError().text();
    while (query.next())
        values << query.value(index).toString();
    return values;
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    const QStringList values = column(db, sql);
    return values.isEmpty() ? QString() : values.first();
}

QJsonObject request(const QString &id, const QString &status, const QString &updated)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
        { QStringLiteral("type"), QStringLiteral("purchase") }, { QStringLiteral("updated"), updated },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-1") },
                { QStringLiteral("product"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
                        { QStringLiteral("name"), QStringLiteral("Cloud") } } } } } };
}

// The generator of tests/data/cache-v1.sqlite: a schema-v1 cache with a few rows of each kind. Kept so the
// fixture can be re-made (see writeV1Fixture); the upgrade test only ever opens a copy.
bool makeV1Cache(const QString &path)
{
    QFile::remove(path);
    auto opened = CacheDatabase::open(path, 1);
    if (!opened) {
        qWarning() << opened.error();
        return false;
    }
    std::unique_ptr<CacheDatabase> db = std::move(opened).value();
    ObjectRepository objects(*db);
    Outbox outbox(*db);
    SyncStateStore cursors(*db);
    bool ok = objects.putServer(QStringLiteral("requests"), {},
        request(QStringLiteral("PR-1"), QStringLiteral("pending"), QStringLiteral("2024-05-01T10:00:00+00:00")));
    ok = ok
        && objects.putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-2"), QStringLiteral("approved"), QStringLiteral("2024-05-02T10:00:00+00:00")));
    ok = ok
        && objects.putServer(QStringLiteral("products"), {},
            QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
                { QStringLiteral("name"), QStringLiteral("Cloud") } });
    ok = ok
        && objects.putLocal(QStringLiteral("items"), QStringLiteral("PRD-1"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("local:item-1") },
                { QStringLiteral("mpn"), QStringLiteral("MPN-1") } });
    OutboxEntry entry;
    entry.operation = QStringLiteral("create");
    entry.collection = QStringLiteral("items");
    entry.objectId = QStringLiteral("local:item-1");
    entry.parentId = QStringLiteral("PRD-1");
    entry.method = "POST";
    entry.path = QStringLiteral("/products/PRD-1/items");
    entry.body = QJsonObject { { QStringLiteral("mpn"), QStringLiteral("MPN-1") } };
    entry.naturalKey = QStringLiteral("MPN-1");
    ok = ok && outbox.enqueue(entry).ok();
    SyncCursor cursor;
    cursor.collection = QStringLiteral("requests");
    cursor.phase = QStringLiteral("incremental");
    cursor.since = QStringLiteral("2024-05-02T10:00:00+00:00");
    ok = ok && cursors.save(cursor);
    // A self-contained file (no -wal), as small as it gets (~30 tables and their indexes take a page each).
    ok = ok && db->exec(QStringLiteral("PRAGMA journal_mode=DELETE")).ok();
    ok = ok && db->exec(QStringLiteral("PRAGMA page_size=1024")).ok();
    ok = ok && db->exec(QStringLiteral("VACUUM")).ok();
    return ok;
}

} // namespace

class TestCacheDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFreshDatabaseInWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account/VA-1/cache.sqlite"));
        auto opened = CacheDatabase::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        const auto &db = opened.value();
        QVERIFY(QFile::exists(path));
        QCOMPARE(db->filePath(), path);
        QCOMPARE(db->schemaVersion(), CacheDatabase::latestSchemaVersion());
        QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA synchronous")), QStringLiteral("1")); // NORMAL
        QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QVERIFY(scalar(db->db(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        QCOMPARE(scalar(db->db(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
            CacheDatabase::latestSchemaVersion());

        // Reopening is a no-op migration; a second connection on the same file gets its own name.
        auto again = CacheDatabase::open(path);
        QVERIFY(again.ok());
        QVERIFY(again.value()->connectionName() != db->connectionName());
        QCOMPARE(again.value()->schemaVersion(), CacheDatabase::latestSchemaVersion());
    }

    void everyCollectionHasItsTableColumnsAndIndexes()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value()->db();
        const QStringList tables = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        for (const QString &table : { QStringLiteral("schema_version"), QStringLiteral("outbox"),
                 QStringLiteral("sync_state"), QStringLiteral("conflicts"), QStringLiteral("meta") })
            QVERIFY2(tables.contains(table), qPrintable(table));

        const QStringList fixed
            = { QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("json"), QStringLiteral("base_json"),
                  QStringLiteral("dirty"), QStringLiteral("deleted"), QStringLiteral("synced_at") };
        QStringList names;
        for (const CollectionSpec &spec : collections())
            names << spec.name;
        const QStringList expected = QStringLiteral(
            "products items parameters templates actions media localizations versions requests assets tier_accounts "
            "tier_config_requests conversations messages marketplaces hubs agreements contracts listings "
            "listing_requests usage_files usage_drafts usage_records tokens webhooks billing_requests "
            "tier_account_requests tier_configs report_runs cases accounts users")
                                         .split(QLatin1Char(' '));
        QCOMPARE(names, expected);
        for (const CollectionSpec &spec : collections()) {
            QVERIFY2(tables.contains(spec.name), qPrintable(spec.name));
            QCOMPARE(collection(spec.name), &spec);
            if (spec.isSubCollection()) {
                QVERIFY2(collection(spec.parentCollection), qPrintable(spec.name));
                QVERIFY2(spec.listPath.contains(QStringLiteral("{parent}")), qPrintable(spec.name));
            }
            // table_xinfo lists generated columns too (hidden = 3: STORED generated). From schema v4 the small
            // columns come first and the JSON last (issue 12, point 2); from v6 the JSON is compressed and the
            // registry columns are plain columns the store fills (hidden = 0).
            QSqlQuery info(db);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(spec.name)));
            QHash<QString, int> hidden;
            QStringList order;
            while (info.next()) {
                hidden.insert(info.value(1).toString(), info.value(6).toInt());
                order << info.value(1).toString();
            }
            QCOMPARE(
                order.mid(order.size() - 2), (QStringList { QStringLiteral("json"), QStringLiteral("base_json") }));
            for (const QString &name : fixed) {
                QVERIFY2(hidden.contains(name), qPrintable(spec.name + QLatin1Char('.') + name));
                QCOMPARE(hidden.value(name), 0);
            }
            const QStringList indexes = column(db, QStringLiteral("PRAGMA index_list(\"%1\")").arg(spec.name), 1);
            QVERIFY2(indexes.contains(spec.name + QStringLiteral("_parent")), qPrintable(spec.name));
            QVERIFY2(indexes.contains(spec.name + QStringLiteral("_dirty")), qPrintable(spec.name));
            for (const IndexedColumn &col : spec.columns) {
                QVERIFY2(!fixed.contains(col.column), qPrintable(spec.name + QLatin1Char('.') + col.column));
                QVERIFY2(hidden.value(col.column, -1) == 0, qPrintable(spec.name + QLatin1Char('.') + col.column));
                const QString index = spec.name + QLatin1Char('_') + col.column;
                QVERIFY2(indexes.contains(index), qPrintable(index));
                QCOMPARE(
                    column(db, QStringLiteral("PRAGMA index_info(\"%1\")").arg(index), 2), QStringList { col.column });
            }
        }
        QVERIFY(collection(QStringLiteral("nope")) == nullptr);
        QVERIFY(collection(QStringLiteral("usage_drafts"))->localOnly);
        QVERIFY(collection(QStringLiteral("tokens"))->secretFields.contains(QStringLiteral("token")));
        QCOMPARE(collection(QStringLiteral("items"))->pathFor(QStringLiteral("PRD-1")),
            QStringLiteral("/products/PRD-1/items"));
        QCOMPARE(collection(QStringLiteral("requests"))->incrementalField, QStringLiteral("updated"));
        QCOMPARE(collection(QStringLiteral("cases"))->incrementalField, QStringLiteral("events.updated.at"));
        QCOMPARE(collection(QStringLiteral("parameters"))->incrementalField, QString());
    }

    void generatedColumnsFollowTheJson()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        ObjectRepository objects(*opened.value());
        QVERIFY(objects.putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-1"), QStringLiteral("pending"), QStringLiteral("2024-01-01"))));
        QVERIFY(objects.putServer(QStringLiteral("products"), {},
            QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") }, { QStringLiteral("version"), 3 },
                { QStringLiteral("events"),
                    QJsonObject { { QStringLiteral("updated"),
                        QJsonObject { { QStringLiteral("at"), QStringLiteral("2024-02-02") } } } } } }));
        QSqlDatabase db = opened.value()->db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT product_id FROM requests")), QStringLiteral("PRD-1"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT product_name FROM requests")), QStringLiteral("Cloud"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT typeof(version) FROM products")), QStringLiteral("integer"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated FROM products")), QStringLiteral("2024-02-02"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT typeof(customer) FROM requests")), QStringLiteral("null"));
    }

    void statusFilterOrderedByUpdatedUsesAnIndex()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        QSqlQuery plan(opened.value()->db());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, json FROM requests "
                                            "WHERE status = ? ORDER BY updated")));
        plan.addBindValue(QStringLiteral("pending"));
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList details;
        while (plan.next())
            details << plan.value(3).toString();
        qInfo() << "plan:" << details;
        QVERIFY(!details.isEmpty());
        QVERIFY2(details.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX requests_status_updated")),
            qPrintable(details.join(QLatin1Char('\n'))));
        for (const QString &detail : std::as_const(details)) {
            QVERIFY2(detail != QStringLiteral("SCAN requests"), qPrintable(detail));
            QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
        }
    }

    void upgradesTheCommittedV1Cache()
    {
        QVERIFY2(QFile::exists(kFixture), qPrintable(kFixture));
        const QByteArray committed = readAll(kFixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(QFile::copy(kFixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto opened = CacheDatabase::open(path);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
            CacheDatabase &db = *opened.value();
            QCOMPARE(db.schemaVersion(), CacheDatabase::latestSchemaVersion());
            QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            ObjectRepository objects(db);
            QCOMPARE(objects.count(QStringLiteral("requests")), qint64(2));
            const auto pr1 = objects.get(QStringLiteral("requests"), QStringLiteral("PR-1"));
            QVERIFY(pr1);
            QCOMPARE(pr1->json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QVERIFY(pr1->base);
            const auto item = objects.get(QStringLiteral("items"), QStringLiteral("local:item-1"));
            QVERIFY(item);
            QVERIFY(item->dirty);
            QVERIFY(!item->base);
            QCOMPARE(item->parentId, QStringLiteral("PRD-1"));
            Outbox outbox(db);
            QCOMPARE(outbox.size(), qint64(1));
            QCOMPARE(outbox.pending().first().naturalKey, QStringLiteral("MPN-1"));
            QCOMPARE(SyncStateStore(db).get(QStringLiteral("requests")).phase, QStringLiteral("incremental"));
            // What migration 2 added.
            const QStringList indexes = column(db.db(), QStringLiteral("PRAGMA index_list(requests)"), 1);
            QVERIFY(indexes.contains(QStringLiteral("requests_status_updated")));
            QVERIFY(indexes.contains(QStringLiteral("requests_dirty")));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('account', 'VA-1')")).ok());
            // The new indexes serve queries over the old rows.
            QCOMPARE(objects.count(QStringLiteral("requests"), {},
                         ObjectQuery().where(QStringLiteral("status"), QStringLiteral("approved"))),
                qint64(1));
        }
        QCOMPARE(readAll(kFixture), committed);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 37) % 251));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto opened = CacheDatabase::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("not")), qPrintable(opened.error()));
        QCOMPARE(readAll(path), garbage);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void refusesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(makeV1Cache(path));
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 8192);
        bytes.truncate(bytes.size() / 2);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        auto opened = CacheDatabase::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
        QCOMPARE(readAll(path), bytes);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto opened = CacheDatabase::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()
                        ->exec(QStringLiteral("UPDATE schema_version SET version = %1")
                                   .arg(CacheDatabase::latestSchemaVersion() + 1))
                        .ok());
        }
        const QByteArray before = readAll(path);
        auto opened = CacheDatabase::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
        QCOMPARE(readAll(path), before);
    }

    void failingMigrationRollsBackAndNamesTheStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto opened = CacheDatabase::open(path, 1);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->schemaVersion(), 1);
            // Something in the way of migration 2 (it creates "meta").
            QVERIFY(opened.value()->exec(QStringLiteral("CREATE TABLE meta (x)")).ok());
        }
        auto failed = CacheDatabase::open(path);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("migration 2")), qPrintable(failed.error()));
        QVERIFY2(failed.error().contains(QStringLiteral("meta")), qPrintable(failed.error()));
        QVERIFY2(failed.error().contains(path), qPrintable(failed.error()));

        auto reopened = CacheDatabase::open(path, 1);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->schemaVersion(), 1);
        // The statements before the failing one were rolled back with it.
        QVERIFY(!column(reopened.value()->db(), QStringLiteral("PRAGMA index_list(requests)"), 1)
                     .contains(QStringLiteral("requests_status_updated")));
    }

    // Migration v3 on a v2 cache (issue 12, point 1): clean rows drop their identical base copy; a dirty row's
    // base, a local creation, a clean row whose base differs, the outbox and the conflicts are untouched; the
    // first local edit of a clean row then keeps its server version as base.
    void migrationV3DropsCleanBaseCopies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString a = QStringLiteral(R"({"id":"PR-A","status":"pending"})");
        const QString bBase = QStringLiteral(R"({"id":"PR-B","status":"pending"})");
        const QString b = QStringLiteral(R"({"id":"PR-B","status":"approved"})");
        const QString c = QStringLiteral(R"({"id":"PR-C","status":"draft"})");
        const QString dBase = QStringLiteral(R"({"id":"PR-D","status":"pending"})");
        const QString d = QStringLiteral(R"({"id":"PR-D","status":"inquiring"})");
        QString outboxBefore, conflictsBefore;
        {
            auto opened = CacheDatabase::open(path, 2);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->schemaVersion(), 2);
            QSqlQuery query(opened.value()->db());
            QVERIFY(query.prepare(QStringLiteral(
                "INSERT INTO requests (id, parent_id, json, base_json, dirty, deleted) VALUES (?, '', ?, ?, ?, 0)")));
            const QList<QVariantList> rows { { QStringLiteral("PR-A"), a, a, 0 },
                { QStringLiteral("PR-B"), b, bBase, 1 },
                { QStringLiteral("PR-C"), c, QVariant(QMetaType::fromType<QString>()), 1 },
                { QStringLiteral("PR-D"), d, dBase, 0 } };
            for (const QVariantList &row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    query.bindValue(i, row.at(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(
                opened.value()
                    ->exec(QStringLiteral("INSERT INTO outbox (operation, collection, object_id, method, path, body, "
                                          "created_at) VALUES ('update', 'requests', 'PR-B', 'POST', "
                                          "'/requests/PR-B/approve', '{}', '2026-01-01T00:00:00Z')"))
                    .ok());
            QVERIFY(
                opened.value()
                    ->exec(QStringLiteral("INSERT INTO conflicts (collection, object_id, field, base, mine, theirs, "
                                          "created_at) VALUES ('requests', 'PR-B', 'status', '\"pending\"', "
                                          "'\"approved\"', '\"failed\"', '2026-01-01T00:00:00Z')"))
                    .ok());
            outboxBefore = column(opened.value()->db(), QStringLiteral("SELECT * FROM outbox")).join(u'|')
                + column(opened.value()->db(), QStringLiteral("SELECT body || path || state FROM outbox")).join(u'|');
            conflictsBefore = column(opened.value()->db(),
                QStringLiteral("SELECT object_id || field || base || mine || "
                               "theirs FROM conflicts"))
                                  .join(u'|');
        }
        auto migrated = CacheDatabase::open(path, 3);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error()));
        CacheDatabase &db = *migrated.value();
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(column(db.db(), QStringLiteral("SELECT id, base_json IS NULL FROM requests ORDER BY id"), 1),
            (QStringList { QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0") }));
        QCOMPARE(column(db.db(), QStringLiteral("SELECT * FROM outbox")).join(u'|')
                + column(db.db(), QStringLiteral("SELECT body || path || state FROM outbox")).join(u'|'),
            outboxBefore);
        QCOMPARE(column(db.db(), QStringLiteral("SELECT object_id || field || base || mine || theirs FROM conflicts"))
                     .join(u'|'),
            conflictsBefore);

        ObjectRepository objects(db);
        auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
        const auto rowA = objects.get(QStringLiteral("requests"), QStringLiteral("PR-A"));
        QVERIFY(rowA && rowA->base && !rowA->dirty);
        QCOMPARE(*rowA->base, json(a));
        QCOMPARE(*objects.get(QStringLiteral("requests"), QStringLiteral("PR-B"))->base, json(bBase));
        QVERIFY(!objects.get(QStringLiteral("requests"), QStringLiteral("PR-C"))->base);
        QCOMPARE(*objects.get(QStringLiteral("requests"), QStringLiteral("PR-D"))->base, json(dBase));

        // The first local edit of a clean row keeps the server version as its base; a server write drops it.
        QVERIFY(objects.putLocal(
            QStringLiteral("requests"), {}, json(QStringLiteral(R"({"id":"PR-A","status":"approved"})"))));
        const auto edited = objects.get(QStringLiteral("requests"), QStringLiteral("PR-A"));
        QVERIFY(edited->dirty);
        QCOMPARE(*edited->base, json(a));
        QVERIFY(objects.putServer(
            QStringLiteral("requests"), {}, json(QStringLiteral(R"({"id":"PR-A","status":"approved"})"))));
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT base_json IS NULL FROM requests WHERE id = 'PR-A'")),
            QStringLiteral("1"));
    }

    // Migration v4 on a v3 cache (issue 12, point 2): every table is made again with its small columns first;
    // every row keeps its rowid, JSON, base, flags and sync time; the outbox and conflicts are untouched; the
    // requests' counts table and search index are built from the rows, and kept by triggers from then on.
    void migrationV4PutsSmallColumnsFirstAndBuildsTheReadModel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString rowsSql = QStringLiteral(
            "SELECT rowid || '|' || id || '|' || parent_id || '|' || json || '|' || coalesce(base_json, 'NULL') || "
            "'|' || dirty || '|' || deleted || '|' || coalesce(synced_at, 'NULL') FROM %1 ORDER BY rowid");
        const QString outboxSql = QStringLiteral(
            "SELECT seq || operation || collection || object_id || method || path || coalesce(body, '') || state || "
            "attempts FROM outbox ORDER BY seq");
        const QString conflictsSql
            = QStringLiteral("SELECT id || object_id || field || base || mine || theirs FROM conflicts ORDER BY id");
        QStringList requestsBefore, itemsBefore, outboxBefore, conflictsBefore;
        {
            auto opened = CacheDatabase::open(path, 3);
            QVERIFY(opened.ok());
            CacheDatabase &db = *opened.value();
            QCOMPARE(db.schemaVersion(), 3);
            QSqlQuery query(db.db());
            QVERIFY(
                query.prepare(QStringLiteral("INSERT INTO requests (id, parent_id, json, base_json, dirty, deleted, "
                                             "synced_at) VALUES (?, '', ?, ?, ?, ?, ?)")));
            const QVariant null(QMetaType::fromType<QString>());
            auto json = [](const QString &id, const QString &status, const QString &customer) {
                return QStringLiteral(R"({"id":"%1","status":"%2","type":"purchase","asset":{"product":{"id":"PRD-1",)"
                                      R"("name":"Cloud Drive"},"tiers":{"customer":{"name":"%3"}}}})")
                    .arg(id, status, customer);
            };
            const QList<QVariantList> rows {
                { QStringLiteral("PR-1000-0001"),
                    json(QStringLiteral("PR-1000-0001"), QStringLiteral("pending"), QStringLiteral("Acme Corp")), null,
                    0, 0, QStringLiteral("2026-01-01T00:00:00Z") }, // clean
                { QStringLiteral("PR-1000-0002"),
                    json(QStringLiteral("PR-1000-0002"), QStringLiteral("approved"), QStringLiteral("Acme Corp")),
                    json(QStringLiteral("PR-1000-0002"), QStringLiteral("pending"), QStringLiteral("Acme Corp")), 1, 0,
                    QStringLiteral("2026-01-01T00:00:00Z") }, // edited locally
                { QStringLiteral("local:req-3"),
                    json(QStringLiteral("local:req-3"), QStringLiteral("draft"), QStringLiteral("Globex")), null, 1, 0,
                    null }, // created locally
                { QStringLiteral("PR-1000-0004"),
                    json(QStringLiteral("PR-1000-0004"), QStringLiteral("pending"), QStringLiteral("Initech")),
                    json(QStringLiteral("PR-1000-0004"), QStringLiteral("pending"), QStringLiteral("Initech")), 1, 1,
                    null }, // deleted locally, delete not pushed yet
            };
            for (const QVariantList &row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    query.bindValue(i, row.at(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(db.exec(QStringLiteral("INSERT INTO items (id, parent_id, json, dirty) VALUES ('PRD-1-0001', "
                                           "'PRD-1', '{\"id\":\"PRD-1-0001\",\"mpn\":\"M1\"}', 1)"))
                        .ok());
            for (const char *sql :
                { "INSERT INTO outbox (operation, collection, object_id, method, path, body, created_at) VALUES "
                  "('update', 'requests', 'PR-1000-0002', 'POST', '/requests/PR-1000-0002/approve', '{}', '2026')",
                    "INSERT INTO outbox (operation, collection, object_id, method, path, body, created_at) VALUES "
                    "('create', 'requests', 'local:req-3', 'POST', '/requests', '{\"a\":1}', '2026')",
                    "INSERT INTO outbox (operation, collection, object_id, method, path, created_at) VALUES "
                    "('delete', 'requests', 'PR-1000-0004', 'DELETE', '/requests/PR-1000-0004', '2026')",
                    "INSERT INTO conflicts (collection, object_id, field, base, mine, theirs, created_at) VALUES "
                    "('requests', 'PR-1000-0002', 'status', '\"pending\"', '\"approved\"', '\"failed\"', '2026')" })
                QVERIFY(db.exec(QString::fromLatin1(sql)).ok());
            requestsBefore = column(db.db(), rowsSql.arg(QStringLiteral("requests")));
            itemsBefore = column(db.db(), rowsSql.arg(QStringLiteral("items")));
            outboxBefore = column(db.db(), outboxSql);
            conflictsBefore = column(db.db(), conflictsSql);
            QCOMPARE(requestsBefore.size(), 4);
        }
        // Migration 4 alone: from v6 the JSON is stored compressed (tst_compressedcache covers migration 6).
        auto migrated = CacheDatabase::open(path, 4);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error()));
        CacheDatabase &db = *migrated.value();
        QCOMPARE(db.schemaVersion(), 4);
        QCOMPARE(column(db.db(), rowsSql.arg(QStringLiteral("requests"))), requestsBefore);
        QCOMPARE(column(db.db(), rowsSql.arg(QStringLiteral("items"))), itemsBefore);
        QCOMPARE(column(db.db(), outboxSql), outboxBefore);
        QCOMPARE(column(db.db(), conflictsSql), conflictsBefore);
        QCOMPARE(column(db.db(), QStringLiteral("PRAGMA table_xinfo(requests)"), 1).mid(0, 6),
            (QStringList { QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("dirty"),
                QStringLiteral("deleted"), QStringLiteral("synced_at"), QStringLiteral("status") }));
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The indexes of migrations 2 and 3 were made again.
        const QStringList indexes = column(db.db(), QStringLiteral("PRAGMA index_list(requests)"), 1);
        for (const char *name : { "requests_parent", "requests_status", "requests_dirty", "requests_status_updated",
                 "requests_live_updated", "requests_live_type_updated", "requests_live_status_updated" })
            QVERIFY2(indexes.contains(QLatin1String(name)), name);

        // The counts hold the live rows only (the tombstone is not counted); search finds parts of ids and names.
        QCOMPARE(column(db.db(), QStringLiteral("SELECT status || ':' || n FROM requests_counts ORDER BY status")),
            (QStringList { QStringLiteral("approved:1"), QStringLiteral("draft:1"), QStringLiteral("pending:1") }));
        auto found = [&](const QString &text) {
            QSqlQuery query(db.db());
            query.prepare(QStringLiteral("SELECT id FROM requests WHERE rowid IN (SELECT rowid FROM requests_search "
                                         "WHERE requests_search MATCH ?) AND deleted = 0 ORDER BY id"));
            query.addBindValue(QStringLiteral("\"%1\"").arg(text));
            query.exec();
            QStringList ids;
            while (query.next())
                ids << query.value(0).toString();
            return ids;
        };
        QCOMPARE(found(QStringLiteral("1000-0002")), QStringList { QStringLiteral("PR-1000-0002") });
        QCOMPARE(found(QStringLiteral("acme")),
            (QStringList { QStringLiteral("PR-1000-0001"), QStringLiteral("PR-1000-0002") }));
        QCOMPARE(found(QStringLiteral("ud dri")).size(), 3);
        QCOMPARE(found(QStringLiteral("init")), QStringList()); // deleted locally: hidden

        // From now on the triggers keep both: a server write, a local edit, a removal.
        ObjectRepository objects(db);
        QVERIFY(objects.putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-1000-0005"), QStringLiteral("pending"), QStringLiteral("2026-02-01"))));
        QVERIFY(objects.remove(QStringLiteral("requests"), QStringLiteral("PR-1000-0001")));
        QCOMPARE(column(db.db(), QStringLiteral("SELECT status || ':' || n FROM requests_counts ORDER BY status")),
            (QStringList { QStringLiteral("approved:1"), QStringLiteral("draft:1"), QStringLiteral("pending:1") }));
        QCOMPARE(found(QStringLiteral("acme")), QStringList { QStringLiteral("PR-1000-0002") });
        QCOMPARE(found(QStringLiteral("1000-0005")), QStringList { QStringLiteral("PR-1000-0005") });
        QCOMPARE(column(db.db(),
                     QStringLiteral("INSERT INTO requests_search (requests_search) VALUES "
                                    "('integrity-check')")),
            QStringList());
    }

    // Migration AgreementArchive::kSinceSchema (6 today; issue 14, point 2): the agreements' versions and documents
    // kept for offline reading, in two tables of their own; what the cache held before is untouched, and the upgrade is
    // at most one step.
    void migrationAddsTheAgreementArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString rowsSql = QStringLiteral("SELECT id || '|' || json || '|' || dirty FROM agreements ORDER BY id");
        const QString outboxSql
            = QStringLiteral("SELECT seq || operation || collection || object_id || path || state FROM outbox");
        QStringList agreementsBefore, outboxBefore;
        {
            auto opened = CacheDatabase::open(path, AgreementArchive::kSinceSchema - 1);
            QVERIFY(opened.ok());
            CacheDatabase &db = *opened.value();
            QCOMPARE(db.schemaVersion(), AgreementArchive::kSinceSchema - 1);
            QVERIFY(!column(db.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
                         .contains(QStringLiteral("agreement_versions")));
            ObjectRepository objects(db);
            QVERIFY(objects.putServer(QStringLiteral("agreements"), {},
                QJsonObject { { QStringLiteral("id"), QStringLiteral("AGP-1") },
                    { QStringLiteral("name"), QStringLiteral("Program") },
                    { QStringLiteral("type"), QStringLiteral("program") } }));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO outbox (operation, collection, object_id, method, path, body, "
                                           "created_at) VALUES ('action', 'contracts', 'CRD-1', 'POST', "
                                           "'/contracts/CRD-1/sign', '{}', '2026')"))
                        .ok());
            agreementsBefore = column(db.db(), rowsSql);
            outboxBefore = column(db.db(), outboxSql);
            QCOMPARE(agreementsBefore.size(), 1);
        }
        auto migrated = CacheDatabase::open(path);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error()));
        CacheDatabase &db = *migrated.value();
        QVERIFY(CacheDatabase::latestSchemaVersion() >= AgreementArchive::kSinceSchema);
        QCOMPARE(db.schemaVersion(), CacheDatabase::latestSchemaVersion());
        QCOMPARE(column(db.db(), rowsSql), agreementsBefore);
        QCOMPARE(column(db.db(), outboxSql), outboxBefore);
        QCOMPARE(column(db.db(), QStringLiteral("PRAGMA table_info(agreement_versions)"), 1),
            (QStringList { QStringLiteral("agreement_id"), QStringLiteral("version"), QStringLiteral("json"),
                QStringLiteral("fetched_at") }));
        QCOMPARE(column(db.db(), QStringLiteral("PRAGMA table_info(agreement_documents)"), 1),
            (QStringList { QStringLiteral("agreement_id"), QStringLiteral("version"), QStringLiteral("content_type"),
                QStringLiteral("file_name"), QStringLiteral("data"), QStringLiteral("fetched_at") }));
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // One row per (agreement, version): a second write of the same version replaces it.
        for (int i = 0; i < 2; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO agreement_documents VALUES ('AGP-1', 1, "
                                           "'application/pdf', 'AGP-1-v1.pdf', x'25504446', '2026-12-03T19:00:00Z')"))
                        .ok());
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM agreement_documents")), QStringLiteral("1"));
    }

    void transactionsNest()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        CacheDatabase &db = *opened.value();
        ObjectRepository objects(db);
        const auto product = [](const char *id) {
            return QJsonObject { { QStringLiteral("id"), QString::fromLatin1(id) } };
        };
        QVERIFY(db.transaction());
        QVERIFY(objects.putServer(QStringLiteral("products"), {}, product("PRD-1")));
        {
            CacheDatabase::Transaction inner(db);
            QVERIFY(inner.isActive());
            QCOMPARE(db.transactionDepth(), 2);
            QVERIFY(objects.putServer(QStringLiteral("products"), {}, product("PRD-2")));
        } // rolled back: no commit
        QCOMPARE(db.transactionDepth(), 1);
        QVERIFY(db.commit());
        QCOMPARE(objects.ids(QStringLiteral("products")), QStringList { QStringLiteral("PRD-1") });

        QVERIFY(db.transaction());
        QVERIFY(objects.putServer(QStringLiteral("products"), {}, product("PRD-3")));
        db.rollback();
        QCOMPARE(objects.count(QStringLiteral("products")), qint64(1));
        QCOMPARE(db.transactionDepth(), 0);
    }

    // Re-makes tests/data/cache-v1.sqlite: CV_WRITE_STORE_FIXTURES=1 ./tst_cachedatabase writeV1Fixture
    void writeV1Fixture()
    {
        if (qEnvironmentVariableIsEmpty("CV_WRITE_STORE_FIXTURES"))
            QSKIP("set CV_WRITE_STORE_FIXTURES=1 to re-make tests/data/cache-v1.sqlite");
        QVERIFY(makeV1Cache(kFixture));
        qInfo() << "wrote" << kFixture;
    }
};

CV_TEST_CORE_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
