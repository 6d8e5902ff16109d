// Issue 12, goal "cache <= 1.1x the JSON it holds": from schema v6 the JSON bodies are stored compressed and the
// registry columns are real columns the store fills from the parsed object (SQL no longer reads the JSON).
#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/globalsearch.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cv::store;

namespace {

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

// A request about as big and as repetitive as a real one (4-5 KB: parameters, tiers, contacts).
QJsonObject request(const QString &id, const QString &status, const QString &customer)
{
    QJsonArray params;
    for (int i = 0; i < 25; ++i)
        params.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("PARAM_%1").arg(i) },
            { QStringLiteral("name"), QStringLiteral("Parameter number %1").arg(i) },
            { QStringLiteral("type"), QStringLiteral("text") },
            { QStringLiteral("value"), QStringLiteral("v%1").arg(i) }, { QStringLiteral("value_error"), QString() } });
    const QJsonObject contact { { QStringLiteral("first_name"), QStringLiteral("Ada") },
        { QStringLiteral("last_name"), QStringLiteral("Lovelace") },
        { QStringLiteral("email"), QStringLiteral("ada@example.com") } };
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
        { QStringLiteral("type"), QStringLiteral("purchase") },
        { QStringLiteral("created"), QStringLiteral("2026-01-01T10:00:00+00:00") },
        { QStringLiteral("updated"), QStringLiteral("2026-01-02T10:00:00+00:00") },
        { QStringLiteral("marketplace"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Europe") } } },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-%1").arg(id) },
                { QStringLiteral("params"), params },
                { QStringLiteral("connection"), QJsonObject { { QStringLiteral("type"), QStringLiteral("test") } } },
                { QStringLiteral("product"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
                        { QStringLiteral("name"), QStringLiteral("Cloud Drive") } } },
                { QStringLiteral("tiers"),
                    QJsonObject { { QStringLiteral("customer"),
                        QJsonObject { { QStringLiteral("name"), customer },
                            { QStringLiteral("contact_info"),
                                QJsonObject { { QStringLiteral("contact"), contact } } } } } } } } } };
}

QJsonObject tierAccount(const QString &id, const QString &email)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Acme") },
        { QStringLiteral("contact_info"),
            QJsonObject { { QStringLiteral("contact"), QJsonObject { { QStringLiteral("email"), email } } } } } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every row of `table` as text: rowid, flags, the registry columns, the JSON and base as the store reads them.
QStringList rowsOf(CacheDatabase &db, const QString &table)
{
    const CollectionSpec *spec = collection(table);
    QStringList names { QStringLiteral("rowid"), QStringLiteral("id"), QStringLiteral("parent_id"),
        QStringLiteral("dirty"), QStringLiteral("deleted"), QStringLiteral("coalesce(synced_at, 'NULL')") };
    for (const IndexedColumn &col : spec->columns) {
        if (col.sinceSchema < CacheDatabase::kCompressedJsonSchema)
            names << QStringLiteral("coalesce(typeof(%1) || ':' || %1, 'NULL')").arg(col.column);
    }
    QStringList rows = column(db.db(),
        QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QStringLiteral(" || '|' || ")), table));
    ObjectRepository objects(db);
    const QList<CachedObject> listed = objects.list(table, QString(), ObjectQuery().withDeleted());
    for (qsizetype i = 0; i < rows.size() && i < listed.size(); ++i) {
        const CachedObject &object = listed.at(i);
        rows[i] += QLatin1Char('|') + QString::fromUtf8(compact(object.json)) + QLatin1Char('|')
            + (object.base ? QString::fromUtf8(compact(*object.base)) : QStringLiteral("no base"));
    }
    if (rows.size() != listed.size())
        rows << QStringLiteral("listed %1 rows").arg(listed.size());
    return rows;
}

} // namespace

class TestCompressedCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonIsStoredCompressedAndColumnsAreFilledByTheStore()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        CacheDatabase &db = *opened.value();
        QSqlDatabase sql = db.db();
        // No column, trigger or index is computed by SQL from the JSON any more.
        QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%json_extract%'")),
            QStringLiteral("0"));
        for (const CollectionSpec &spec : collections()) {
            QSqlQuery info(sql);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(spec.name)));
            while (info.next())
                QVERIFY2(info.value(6).toInt() == 0, qPrintable(spec.name + u'.' + info.value(1).toString()));
        }

        ObjectRepository objects(db);
        const QJsonObject pr1 = request(QStringLiteral("PR-1"), QStringLiteral("pending"), QStringLiteral("Acme"));
        QVERIFY(objects.putServer(QStringLiteral("requests"), {}, pr1));
        const qint64 jsonBytes = compact(pr1).size();
        QVERIFY2(jsonBytes > 2000, qPrintable(QString::number(jsonBytes)));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT typeof(json) FROM requests")), QStringLiteral("blob"));
        const qint64 stored = scalar(sql, QStringLiteral("SELECT length(json) FROM requests")).toLongLong();
        qInfo() << "request JSON" << jsonBytes << "bytes stored as" << stored;
        QVERIFY2(stored * 3 < jsonBytes, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(jsonBytes)));
        QCOMPARE(objects.get(QStringLiteral("requests"), QStringLiteral("PR-1"))->json, pr1);
        QCOMPARE(*objects.get(QStringLiteral("requests"), QStringLiteral("PR-1"))->base, pr1);
        QCOMPARE(scalar(sql,
                     QStringLiteral("SELECT status || product_id || product_name || customer || marketplace || "
                                    "environment || created || updated || asset_id FROM requests")),
            QStringLiteral("pendingPRD-1Cloud DriveAcmeEuropetest2026-01-01T10:00:00+00:002026-01-02T10:00:00+00:00"
                           "AS-PR-1"));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT typeof(assignee) FROM requests")), QStringLiteral("null"));
        // Integer columns keep their type; the products' update time comes from a nested path.
        QVERIFY(objects.putServer(QStringLiteral("products"), {},
            QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") }, { QStringLiteral("version"), 3 },
                { QStringLiteral("events"),
                    QJsonObject { { QStringLiteral("updated"),
                        QJsonObject { { QStringLiteral("at"), QStringLiteral("2024-02-02") } } } } } }));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT typeof(version) || version || updated FROM products")),
            QStringLiteral("integer32024-02-02"));

        // A local edit: the columns follow the edit, the base keeps the server version (compressed too).
        QJsonObject edited = pr1;
        edited.insert(QStringLiteral("status"), QStringLiteral("approved"));
        QVERIFY(objects.putLocal(QStringLiteral("requests"), {}, edited));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT status || dirty || typeof(base_json) FROM requests")),
            QStringLiteral("approved1blob"));
        const auto row = objects.get(QStringLiteral("requests"), QStringLiteral("PR-1"));
        QCOMPARE(row->json, edited);
        QCOMPARE(*row->base, pr1);
        QCOMPARE(scalar(sql, QStringLiteral("SELECT status || ':' || n FROM requests_counts")),
            QStringLiteral("approved:1"));
        QCOMPARE(objects.count(QStringLiteral("requests"), {},
                     ObjectQuery().where(QStringLiteral("status"), QStringLiteral("approved"))),
            qint64(1));
        QJsonObject newBase = pr1;
        newBase.insert(QStringLiteral("status"), QStringLiteral("inquiring"));
        QVERIFY(objects.setBase(QStringLiteral("requests"), QStringLiteral("PR-1"), newBase));
        QCOMPARE(*objects.get(QStringLiteral("requests"), QStringLiteral("PR-1"))->base, newBase);

        // A local creation renamed to its server id: the columns are those of the server's version.
        QVERIFY(objects.putLocal(QStringLiteral("requests"), {},
            request(QStringLiteral("local:r-2"), QStringLiteral("draft"), QStringLiteral("Globex"))));
        QVERIFY(objects.replaceId(QStringLiteral("requests"), QStringLiteral("local:r-2"), QStringLiteral("PR-2"),
            request(QStringLiteral("PR-2"), QStringLiteral("pending"), QStringLiteral("Globex Ltd"))));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT status || customer || dirty FROM requests WHERE id = 'PR-2'")),
            QStringLiteral("pendingGlobex Ltd0"));

        // Streaming and marks read the JSON through the store.
        QStringList streamed;
        objects.forEach(QStringLiteral("requests"), ObjectQuery(), [&](const QString &id, const QJsonObject &json) {
            streamed << id + json.value(QStringLiteral("status")).toString();
            return true;
        });
        QCOMPARE(streamed, (QStringList { QStringLiteral("PR-1approved"), QStringLiteral("PR-2pending") }));
        QVERIFY(objects.putLocal(QStringLiteral("items"), QStringLiteral("PRD-1"),
            QJsonObject {
                { QStringLiteral("id"), QStringLiteral("PRD-1-0001") }, { QStringLiteral("_generated"), true } }));
        QVERIFY(objects.putLocal(QStringLiteral("items"), QStringLiteral("PRD-1"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1-0002") } }));
        const QList<CachedObject> flagged = objects.flagged(QStringLiteral("items"), QStringLiteral("_generated"));
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first().id, QStringLiteral("PRD-1-0001"));

        // The customer's e-mail is a column (the palette finds customers by it).
        QVERIFY(objects.putServer(
            QStringLiteral("tier_accounts"), {}, tierAccount(QStringLiteral("TA-1"), QStringLiteral("ops@acme.test"))));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT email FROM tier_accounts")), QStringLiteral("ops@acme.test"));
        GlobalSearch search(db);
        const QList<SearchHit> hits = search.search(QStringLiteral("ops@acme"), 5);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &hit) { return hit.id == u"TA-1"; }));
    }

    // Migration 6 on a v5 cache: every row keeps its rowid, flags, sync time, columns, JSON and base (read back
    // through the store); every outbox entry and conflict is untouched; the read model still answers and is kept
    // by its triggers afterwards.
    void migrationV6KeepsEveryRowOutboxEntryAndConflict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString outboxSql
            = QStringLiteral("SELECT seq || operation || collection || object_id || method || "
                             "path || coalesce(body, '') || state || attempts FROM outbox ORDER BY seq");
        const QString conflictsSql = QStringLiteral(
            "SELECT id || collection || object_id || field || base || mine || theirs FROM conflicts ORDER BY id");
        QStringList requestsBefore, itemsBefore, accountsBefore, outboxBefore, conflictsBefore, countsBefore;
        qint64 sizeBefore = 0;
        {
            auto opened = CacheDatabase::open(path, CacheDatabase::kCompressedJsonSchema - 1);
            QVERIFY(opened.ok());
            CacheDatabase &db = *opened.value();
            QCOMPARE(db.schemaVersion(), CacheDatabase::kCompressedJsonSchema - 1);
            ObjectRepository objects(db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(objects.putServer(QStringLiteral("requests"), {},
                    request(QStringLiteral("PR-%1").arg(i, 4, 10, QLatin1Char('0')),
                        i % 3 ? QStringLiteral("pending") : QStringLiteral("approved"),
                        QStringLiteral("Acme %1").arg(i % 7))));
            QJsonObject edited
                = request(QStringLiteral("PR-0001"), QStringLiteral("approved"), QStringLiteral("Acme 1"));
            edited.insert(QStringLiteral("note"), QStringLiteral("mine"));
            QVERIFY(objects.putLocal(QStringLiteral("requests"), {}, edited)); // dirty, base = server version
            QVERIFY(objects.putLocal(QStringLiteral("requests"), {},
                request(QStringLiteral("local:req-1"), QStringLiteral("draft"), QStringLiteral("Globex")))); // created
            QVERIFY(objects.markDeleted(QStringLiteral("requests"), QStringLiteral("PR-0002"))); // tombstone
            QVERIFY(objects.putLocal(QStringLiteral("items"), QStringLiteral("PRD-1"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("local:item-1") },
                    { QStringLiteral("mpn"), QStringLiteral("MPN-1") }, { QStringLiteral("_generated"), true } }));
            QVERIFY(objects.putServer(QStringLiteral("tier_accounts"), {},
                tierAccount(QStringLiteral("TA-1"), QStringLiteral("ops@acme.test"))));
            Outbox outbox(db);
            for (const auto &[operation, object, method, pathText] :
                { std::tuple { "update", "PR-0001", "POST", "/requests/PR-0001/approve" },
                    std::tuple { "create", "local:req-1", "POST", "/requests" },
                    std::tuple { "delete", "PR-0002", "DELETE", "/requests/PR-0002" } }) {
                OutboxEntry entry;
                entry.operation = QString::fromLatin1(operation);
                entry.collection = QStringLiteral("requests");
                entry.objectId = QString::fromLatin1(object);
                entry.method = method;
                entry.path = QString::fromLatin1(pathText);
                entry.body = QJsonObject { { QStringLiteral("note"), QStringLiteral("mine") } };
                QVERIFY(outbox.enqueue(entry).ok());
            }
            QVERIFY(db.exec(QStringLiteral("INSERT INTO conflicts (collection, object_id, field, base, mine, theirs, "
                                           "created_at) VALUES ('requests', 'PR-0001', 'status', '\"pending\"', "
                                           "'\"approved\"', '\"failed\"', '2026')"))
                        .ok());
            requestsBefore = rowsOf(db, QStringLiteral("requests"));
            itemsBefore = rowsOf(db, QStringLiteral("items"));
            accountsBefore = rowsOf(db, QStringLiteral("tier_accounts"));
            outboxBefore = column(db.db(), outboxSql);
            conflictsBefore = column(db.db(), conflictsSql);
            countsBefore = column(db.db(), QStringLiteral("SELECT status || ':' || n FROM requests_counts ORDER BY 1"));
            QCOMPARE(requestsBefore.size(), 201);
            QCOMPARE(outboxBefore.size(), 3);
            QCOMPARE(
                scalar(db.db(), QStringLiteral("SELECT typeof(json) FROM requests LIMIT 1")), QStringLiteral("text"));
            sizeBefore = scalar(db.db(), QStringLiteral("SELECT SUM(length(json)) FROM requests")).toLongLong();
        }
        qint64 reported = -1;
        auto migrated = CacheDatabase::open(path, [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            reported = done;
        });
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error()));
        CacheDatabase &db = *migrated.value();
        QCOMPARE(db.schemaVersion(), CacheDatabase::latestSchemaVersion());
        QCOMPARE(reported, qint64(201 + 1 + 1));
        QCOMPARE(rowsOf(db, QStringLiteral("requests")), requestsBefore);
        QCOMPARE(rowsOf(db, QStringLiteral("items")), itemsBefore);
        QCOMPARE(rowsOf(db, QStringLiteral("tier_accounts")), accountsBefore);
        QCOMPARE(column(db.db(), outboxSql), outboxBefore);
        QCOMPARE(column(db.db(), conflictsSql), conflictsBefore);
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT email FROM tier_accounts")), QStringLiteral("ops@acme.test"));
        QCOMPARE(scalar(db.db(),
                     QStringLiteral("SELECT COUNT(*) FROM requests WHERE typeof(json) <> 'blob' OR "
                                    "(base_json IS NOT NULL AND typeof(base_json) <> 'blob')")),
            QStringLiteral("0"));
        const qint64 sizeAfter = scalar(db.db(), QStringLiteral("SELECT SUM(length(json)) FROM requests")).toLongLong();
        qInfo() << "requests' JSON" << sizeBefore << "bytes, compressed" << sizeAfter;
        QVERIFY(sizeAfter * 3 < sizeBefore);
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(column(db.db(),
                     QStringLiteral("INSERT INTO requests_search (requests_search) VALUES "
                                    "('integrity-check')")),
            QStringList());
        // The indexes of every version were made again.
        const QStringList indexes = column(db.db(), QStringLiteral("PRAGMA index_list(requests)"), 1);
        for (const char *name : { "requests_parent", "requests_status", "requests_dirty", "requests_status_updated",
                 "requests_live_updated", "requests_live_type_updated", "requests_live_status_updated" })
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        QVERIFY(column(db.db(), QStringLiteral("PRAGMA index_list(tier_accounts)"), 1)
                    .contains(QStringLiteral("tier_accounts_email")));

        // The read model: the same counts; search and the triggers keep working.
        QCOMPARE(
            column(db.db(), QStringLiteral("SELECT status || ':' || n FROM requests_counts ORDER BY 1")), countsBefore);
        auto found = [&](const QString &text) {
            return column(db.db(),
                QStringLiteral("SELECT id FROM requests WHERE rowid IN (SELECT rowid FROM requests_search WHERE "
                               "requests_search MATCH '\"%1\"') AND deleted = 0 ORDER BY id")
                    .arg(text));
        };
        QCOMPARE(found(QStringLiteral("R-0199")), QStringList { QStringLiteral("PR-0199") });
        QCOMPARE(found(QStringLiteral("globex")), QStringList { QStringLiteral("local:req-1") });
        ObjectRepository objects(db);
        QVERIFY(objects.putServer(QStringLiteral("requests"), {},
            request(QStringLiteral("PR-0500"), QStringLiteral("inquiring"), QStringLiteral("Initech"))));
        QCOMPARE(found(QStringLiteral("initech")), QStringList { QStringLiteral("PR-0500") });
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT n FROM requests_counts WHERE status = 'inquiring'")),
            QStringLiteral("1"));
        QCOMPARE(objects.flagged(QStringLiteral("items"), QStringLiteral("_generated")).size(), 1);
    }
};

CV_TEST_CORE_MAIN(TestCompressedCache)
#include "tst_compressedcache.moc"
