#include "app/store/cachedatabase.h"

#include "app/store/agreementarchive.h"
#include "app/store/collections.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcStore, "cv.store")

namespace cv::store {

namespace {

constexpr int kLatestSchemaVersion = 7;
constexpr int kBusyTimeoutMs = 5000;

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString sqlType(IndexedColumn::Type type)
{
    switch (type) {
    case IndexedColumn::Integer: return QStringLiteral("INTEGER");
    case IndexedColumn::Real: return QStringLiteral("REAL");
    case IndexedColumn::Text: break;
    }
    return QStringLiteral("TEXT");
}

QString generatedColumn(const IndexedColumn &column)
{
    return QStringLiteral("%1 %2 GENERATED ALWAYS AS (json_extract(json, '$.%3')) VIRTUAL")
        .arg(quoted(column.column), sqlType(column.type), column.jsonPath);
}

QString columnIndex(const CollectionSpec &spec, const IndexedColumn &column)
{
    return QStringLiteral("CREATE INDEX %1 ON %2(%3)")
        .arg(quoted(spec.name + QLatin1Char('_') + column.column), quoted(spec.name), quoted(column.column));
}

// Rows with local edits, found quickly by the push (partial index: only dirty rows are in it). Added by v2.
QString dirtyIndex(const CollectionSpec &spec)
{
    return QStringLiteral("CREATE INDEX %1 ON %2(dirty) WHERE dirty = 1")
        .arg(quoted(spec.name + QStringLiteral("_dirty")), quoted(spec.name));
}

QString storedColumn(const IndexedColumn &column)
{
    return QStringLiteral("%1 %2 GENERATED ALWAYS AS (json_extract(json, '$.%3')) STORED")
        .arg(quoted(column.column), sqlType(column.type), column.jsonPath);
}

// From v6 (compressed JSON) a registry column is a plain column the store fills from the parsed object.
QString realColumn(const IndexedColumn &column)
{
    return QStringLiteral("%1 %2").arg(quoted(column.column), sqlType(column.type));
}

// The requests indexes of migrations 2 and 3 (kept by the v4 rebuild).
const char *const kRequestsLiveColumns[] = { "id", "type", "status", "product_name", "customer", "marketplace",
    "environment", "assignee", "created", "updated" };
const char *const kRequestsLiveStatusColumns[] = { "type", "environment", "assignee", "product_id" };

QString requestsLiveIndex(const char *column)
{
    return QStringLiteral("CREATE INDEX requests_live_%1 ON requests(%1) WHERE deleted = 0").arg(QLatin1String(column));
}

QString requestsLiveStatusIndex(const char *column)
{
    return QStringLiteral("CREATE INDEX requests_live_%1_status ON requests(%1, status) WHERE deleted = 0")
        .arg(QLatin1String(column));
}

// Every index a collection's table has at `version` (>= 4: the rebuild of migration 4 makes them again).
QStringList tableIndexes(const CollectionSpec &spec, int version)
{
    QStringList statements;
    statements << QStringLiteral("CREATE INDEX %1 ON %2(parent_id)")
                      .arg(quoted(spec.name + QStringLiteral("_parent")), quoted(spec.name));
    for (const IndexedColumn &column : spec.columns) {
        if (column.sinceSchema <= version)
            statements << columnIndex(spec, column);
    }
    if (version >= 2)
        statements << dirtyIndex(spec);
    if (version >= 2 && (spec.name == QLatin1String("requests") || spec.name == QLatin1String("assets")))
        statements << QStringLiteral("CREATE INDEX %1_status_updated ON %1(status, updated)").arg(spec.name);
    if (version >= 3 && spec.name == QLatin1String("requests")) {
        for (const char *column : kRequestsLiveColumns)
            statements << requestsLiveIndex(column);
    }
    if (version == 3 && spec.name == QLatin1String("requests")) {
        for (const char *column : kRequestsLiveStatusColumns)
            statements << requestsLiveStatusIndex(column);
        statements << QStringLiteral(
            "CREATE INDEX requests_live_product ON requests(product_id, product_name) WHERE deleted = 0");
    }
    if (version >= 4 && spec.name == QLatin1String("requests")) {
        // From v4 the counts and the product choices come from requests_counts: the (column, status) indexes of
        // v3 give way to (column, updated), so the default order under any one filter is an index range read
        // in order (no sort, no row read beyond the page).
        for (const char *column : { "status", "type", "environment", "assignee", "product_id" })
            statements << QStringLiteral(
                "CREATE INDEX requests_live_%1_updated ON requests(%1, updated) WHERE deleted = 0")
                              .arg(QLatin1String(column));
        // The counts of a created-date filter (not kept by requests_counts) read this index alone.
        statements << QStringLiteral(
            "CREATE INDEX requests_live_created_status ON requests(created, status) WHERE deleted = 0");
    }
    return statements;
}

// The columns of a collection's table at `version`. From v4 the small columns come first (the flags every
// query tests, then the registry's columns, STORED), the JSON last: reading a row's flags, status or dates
// reads its first page only, never the overflow pages of its JSON (and no json_extract runs on read).
QStringList tableColumns(const CollectionSpec &spec, int version)
{
    QStringList columns = {
        QStringLiteral("id TEXT PRIMARY KEY"),
        QStringLiteral("parent_id TEXT NOT NULL DEFAULT ''"),
    };
    const QStringList flags = {
        QStringLiteral("dirty INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("synced_at TEXT"),
    };
    const QStringList blobs = version >= CacheDatabase::kCompressedJsonSchema
        ? QStringList {
              // From v6 both hold compressed JSON (storeutil.h, compressedJson()): a request fits its row's page.
              QStringLiteral("json BLOB NOT NULL"),
              QStringLiteral("base_json BLOB"),
          }
        : QStringList {
              QStringLiteral("json TEXT NOT NULL"), // the object as shown: server JSON with local edits applied
              // the server version under local edits; NULL when clean (v3) or created locally
              QStringLiteral("base_json TEXT"),
          };
    if (version < 4) {
        columns << blobs << flags;
        for (const IndexedColumn &column : spec.columns) {
            if (column.sinceSchema <= version)
                columns << generatedColumn(column);
        }
        return columns;
    }
    columns << flags;
    for (const IndexedColumn &column : spec.columns) {
        if (column.sinceSchema <= version)
            columns << (version >= CacheDatabase::kCompressedJsonSchema ? realColumn(column) : storedColumn(column));
    }
    columns << blobs;
    return columns;
}

// The table of a collection, as created by migration `version` (its sinceSchema): fixed columns, the
// generated columns known at that version and their indexes, plus whatever later steps of the migration
// list would have added to an older table (so both paths give the same shape).
QStringList createTable(const CollectionSpec &spec, int version)
{
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE %1 (%2)")
                      .arg(quoted(spec.name), tableColumns(spec, version).join(QStringLiteral(", ")));
    if (version < 4) {
        // Before v4 the requests/assets indexes of migrations 2 and 3 were made by those steps, not here.
        statements << QStringLiteral("CREATE INDEX %1 ON %2(parent_id)")
                          .arg(quoted(spec.name + QStringLiteral("_parent")), quoted(spec.name));
        for (const IndexedColumn &column : spec.columns) {
            if (column.sinceSchema <= version)
                statements << columnIndex(spec, column);
        }
        if (version >= 2)
            statements << dirtyIndex(spec);
        return statements;
    }
    statements << tableIndexes(spec, version);
    return statements;
}

// Migration 4: a table made again in the v4 layout (small columns first), every row copied with its rowid
// (the tie-breaker of every list order), then its indexes. Rows are copied as they are (json, base_json,
// dirty, deleted, synced_at): no local edit or tombstone changes; the outbox and conflicts are other tables.
QStringList rebuildSmallColumnsFirst(const CollectionSpec &spec)
{
    const QString fresh = spec.name + QStringLiteral("__v4");
    const QString copied = QStringLiteral("id, parent_id, dirty, deleted, synced_at, json, base_json");
    return QStringList {
        QStringLiteral("CREATE TABLE %1 (%2)").arg(quoted(fresh), tableColumns(spec, 4).join(QStringLiteral(", "))),
        QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rowid, %2 FROM %3 ORDER BY rowid")
            .arg(quoted(fresh), copied, quoted(spec.name)),
        QStringLiteral("DROP TABLE %1").arg(quoted(spec.name)),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(quoted(fresh), quoted(spec.name)),
    }
    + tableIndexes(spec, 4);
}

// What the Fulfillment table reads without counting or scanning (migration 4), kept by triggers so that every
// writer (sync, local edits, renames, a writer thread's own connection) keeps it exact:
// - requests_counts: live requests per (status, type, environment, product, assignee), NULL stored as '';
//   the status chips, the product and assignee choices read it instead of counting 100,000 rows;
// - requests_search: an FTS5 trigram index over id, customer and product name (external content: the
//   requests table), so a search for any part of them of 3 characters or more is an index lookup.
struct ReadModel
{
    QStringList tables; ///< created by migration 4
    QStringList fill; ///< both made again from the rows
    QStringList triggers;
};

const QStringList kReadModelTriggers { QStringLiteral("requests_read_insert"), QStringLiteral("requests_read_delete"),
    QStringLiteral("requests_counts_update"), QStringLiteral("requests_search_update") };

ReadModel requestsReadModel()
{
    const QString key = QStringLiteral("status, type, environment, product_id, product_name, assignee");
    auto keyOf = [](const QString &row) {
        QStringList values;
        for (const char *column : { "status", "type", "environment", "product_id", "product_name", "assignee" })
            values << QStringLiteral("coalesce(%1.%2, '')").arg(row, QLatin1String(column));
        return values;
    };
    auto matches = [&](const QString &row) {
        const QStringList values = keyOf(row);
        QStringList terms;
        const QStringList columns = key.split(QStringLiteral(", "));
        for (qsizetype i = 0; i < columns.size(); ++i)
            terms << QStringLiteral("%1 = %2").arg(columns.at(i), values.at(i));
        return terms.join(QStringLiteral(" AND "));
    };
    const QString add = QStringLiteral("INSERT INTO requests_counts (%1, n) SELECT %2, 1 WHERE new.deleted = 0 "
                                       "ON CONFLICT (%1) DO UPDATE SET n = n + 1;")
                            .arg(key, keyOf(QStringLiteral("new")).join(QStringLiteral(", ")));
    const QString remove = QStringLiteral("UPDATE requests_counts SET n = n - 1 WHERE old.deleted = 0 AND %1; "
                                          "DELETE FROM requests_counts WHERE n <= 0 AND %1;")
                               .arg(matches(QStringLiteral("old")));
    const QString indexNew = QStringLiteral("INSERT INTO requests_search (rowid, id, customer, product_name) "
                                            "VALUES (new.rowid, new.id, new.customer, new.product_name);");
    const QString unindexOld
        = QStringLiteral("INSERT INTO requests_search (requests_search, rowid, id, customer, product_name) "
                         "VALUES ('delete', old.rowid, old.id, old.customer, old.product_name);");
    QStringList countedChanged;
    for (const char *column : { "deleted", "status", "type", "environment", "product_id", "product_name", "assignee" })
        countedChanged << QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(column));
    QStringList searchedChanged;
    for (const char *column : { "rowid", "id", "customer", "product_name" })
        searchedChanged << QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(column));

    const ReadModel model {
        { QStringLiteral("CREATE TABLE requests_counts (status TEXT NOT NULL, type TEXT NOT NULL, environment TEXT "
                         "NOT NULL, product_id TEXT NOT NULL, product_name TEXT NOT NULL, assignee TEXT NOT NULL, "
                         "n INTEGER NOT NULL, PRIMARY KEY (%1))")
                .arg(key),
            QStringLiteral("CREATE VIRTUAL TABLE requests_search USING fts5(id, customer, product_name, "
                           "content='requests', content_rowid='rowid', tokenize='trigram')") },
        { QStringLiteral("DELETE FROM requests_counts"),
            QStringLiteral("INSERT INTO requests_counts (%1, n) SELECT %2, COUNT(*) FROM requests WHERE deleted = 0 "
                           "GROUP BY %2")
                .arg(key, keyOf(QStringLiteral("requests")).join(QStringLiteral(", "))),
            QStringLiteral("INSERT INTO requests_search (requests_search) VALUES ('rebuild')") },
        {
            QStringLiteral("CREATE TRIGGER requests_read_insert AFTER INSERT ON requests BEGIN %1 %2 END")
                .arg(add, indexNew),
            QStringLiteral("CREATE TRIGGER requests_read_delete AFTER DELETE ON requests BEGIN %1 %2 END")
                .arg(remove, unindexOld),
            QStringLiteral("CREATE TRIGGER requests_counts_update AFTER UPDATE ON requests WHEN %1 BEGIN %2 %3 END")
                .arg(countedChanged.join(QStringLiteral(" OR ")), remove, add),
            QStringLiteral("CREATE TRIGGER requests_search_update AFTER UPDATE ON requests WHEN %1 BEGIN %2 %3 END")
                .arg(searchedChanged.join(QStringLiteral(" OR ")), unindexOld, indexNew),
        },
    };
    return model;
}

// Tables and columns that the registry says appear at `version` (sinceSchema == version).
QStringList registryChanges(int version)
{
    QStringList statements;
    for (const CollectionSpec &spec : collections()) {
        if (spec.sinceSchema == version) {
            statements << createTable(spec, version);
            continue;
        }
        if (spec.sinceSchema > version)
            continue;
        for (const IndexedColumn &column : spec.columns) {
            // From v6 SQL cannot read the (compressed) JSON: a column new at v6 is made and filled by
            // CacheDatabase::rebuildCompressed(); one added later needs a step of its own that fills it in C++.
            if (column.sinceSchema == version && version < CacheDatabase::kCompressedJsonSchema) {
                statements
                    << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(quoted(spec.name), generatedColumn(column));
                statements << columnIndex(spec, column);
            }
        }
    }
    return statements;
}

// Numbered migrations. Never edit a released step: add a new one (and bump kLatestSchemaVersion).
QStringList migrationStatements(int version)
{
    QStringList statements;
    switch (version) {
    case 1:
        statements << registryChanges(1);
        // Local edits waiting to be pushed, in order (seq). `state` is pending|failed|done.
        statements << QStringLiteral(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, "
            "collection TEXT NOT NULL, object_id TEXT NOT NULL DEFAULT '', parent_id TEXT NOT NULL DEFAULT '', "
            "method TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '', body TEXT, "
            "natural_key TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', blob BLOB, "
            "blob_name TEXT NOT NULL DEFAULT '', content_type TEXT NOT NULL DEFAULT '', "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
            "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed', 'done')), "
            "created_at TEXT NOT NULL, updated_at TEXT)");
        statements << QStringLiteral("CREATE INDEX outbox_state ON outbox(state, seq)");
        statements << QStringLiteral("CREATE INDEX outbox_object ON outbox(collection, object_id)");
        // Pull cursors, one per (collection, parent).
        statements << QStringLiteral(
            "CREATE TABLE sync_state (collection TEXT NOT NULL, parent_id TEXT NOT NULL DEFAULT '', "
            "phase TEXT NOT NULL DEFAULT 'full', since TEXT NOT NULL DEFAULT '', pending TEXT NOT NULL DEFAULT '', "
            "resume_offset INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT -1, "
            "last_sync_at TEXT NOT NULL DEFAULT '', PRIMARY KEY (collection, parent_id))");
        // Field-level conflicts waiting for the user; base/mine/theirs are JSON-encoded, NULL = absent.
        statements << QStringLiteral(
            "CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, "
            "object_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, created_at TEXT NOT "
            "NULL)");
        statements << QStringLiteral("CREATE INDEX conflicts_object ON conflicts(collection, object_id)");
        break;
    case 2:
        // The fulfillment queue's default view (status filter ordered by update time) and the assets
        // list read one index range instead of sorting.
        statements << QStringLiteral("CREATE INDEX requests_status_updated ON requests(status, updated)");
        statements << QStringLiteral("CREATE INDEX assets_status_updated ON assets(status, updated)");
        // The push looks for rows with local edits.
        for (const CollectionSpec &spec : collections()) {
            if (spec.sinceSchema < 2)
                statements << dirtyIndex(spec);
        }
        // Per-cache facts (account id, endpoint, last full sync...) that are not pull cursors.
        statements << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        statements << registryChanges(2);
        break;
    case 3:
        // The Fulfillment table (store/requeststore.cpp) reads only live rows (deleted = 0). Partial indexes
        // hold that condition, so a sort or a count walks an index without reading the row (whose small
        // columns sit after two JSON columns, in overflow pages): one per sortable column (entries ordered by
        // column then rowid, the list's order), and (filter column, status) for the per-status counts.
        for (const char *column : { "id", "type", "status", "product_name", "customer", "marketplace", "environment",
                 "assignee", "created", "updated" })
            statements << QStringLiteral("CREATE INDEX requests_live_%1 ON requests(%1) WHERE deleted = 0")
                              .arg(QLatin1String(column));
        for (const char *column : { "type", "environment", "assignee", "product_id" })
            statements << QStringLiteral(
                "CREATE INDEX requests_live_%1_status ON requests(%1, status) WHERE deleted = 0")
                              .arg(QLatin1String(column));
        // The product filter's choices (product id and name) from the index alone.
        statements << QStringLiteral(
            "CREATE INDEX requests_live_product ON requests(product_id, product_name) WHERE deleted = 0");
        // Clean rows keep no base copy (it equals json): half the file for a synced cache. Only rows whose base
        // is identical are cleared, so a dirty row's base, a local creation and every outbox entry and conflict
        // are untouched.
        for (const CollectionSpec &spec : collections()) {
            if (spec.sinceSchema < 3)
                statements << QStringLiteral("UPDATE \"%1\" SET base_json = NULL WHERE dirty = 0 AND base_json = json")
                                  .arg(spec.name);
        }
        statements << registryChanges(3);
        break;
    case 4:
        // Small columns first (issue 12, point 2): every table made again with its flags and registry columns
        // (STORED) ahead of the JSON; then the requests' counts table and search index, and their triggers.
        for (const CollectionSpec &spec : collections()) {
            if (spec.sinceSchema < 4)
                statements << rebuildSmallColumnsFirst(spec);
        }
        statements << requestsReadModel().tables << requestsReadModel().fill << requestsReadModel().triggers;
        statements << registryChanges(4);
        break;
    case 5:
        // What the reports read (issue 15): billing requests, tier account requests, tier configs.
        statements << registryChanges(5);
        break;
    case CacheDatabase::kCompressedJsonSchema:
        // Compressed JSON bodies (issue 12: the cache <= 1.1x the JSON it holds). Every table is copied row by
        // row in C++ (CacheDatabase::rebuildCompressed()); only tables new at this version are made here.
        statements << registryChanges(CacheDatabase::kCompressedJsonSchema);
        break;
    case AgreementArchive::kSinceSchema:
        // The agreements' versions and documents, kept for reading offline (issue 14, point 2). A step of its own
        // (store/agreementarchive.cpp) so it stays apart from other schema work.
        statements << AgreementArchive::migrationStatements();
        statements << registryChanges(AgreementArchive::kSinceSchema);
        break;
    default: break;
    }
    return statements;
}

// Checks the file's header without SQLite (which could write to it): the magic string, and that the page
// count recorded in the header fits in the file (a truncated copy is damaged).
QString checkHeader(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot read the cache database: %2").arg(filePath, file.errorString());
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return QStringLiteral("%1: not a cache database (not an SQLite file); it was left untouched").arg(filePath);
    const uchar *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("%1: the cache database is damaged (bad page size); it was left untouched").arg(filePath);
    // A checkpoint cut short (a full disk at close) leaves the header ahead of the pages written, while
    // the WAL still holds every page: SQLite recovers from it on open, so the file is only damaged
    // without one.
    const QFileInfo wal(filePath + QStringLiteral("-wal"));
    const bool recoverableFromWal = wal.exists() && wal.size() > 0;
    if (!recoverableFromWal && validFor == changeCounter && pageCount > 0 && qint64(pageCount) * pageSize > file.size())
        return QStringLiteral("%1: the cache database is damaged (truncated: %2 of %3 bytes); it was left untouched")
            .arg(filePath)
            .arg(file.size())
            .arg(qint64(pageCount) * pageSize);
    return {};
}

/// The cache holds the account's business data: readable by its owner only. SQLite gives the -wal and
/// -shm files the database file's mode, so creating the file 0600 before SQLite does covers all three;
/// files made by an older build (0644) are tightened.
QString restrictToOwner(const QString &filePath)
{
    const QFileDevice::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::exists(filePath)) {
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QStringLiteral("%1: cannot create the cache database: %2").arg(filePath, file.errorString());
        file.close();
    }
    for (const QString &name :
        QStringList { filePath, filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm") }) {
        if (QFile::exists(name) && (QFile::permissions(name) & ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) != 0
            && !QFile::setPermissions(name, ownerOnly))
            return QStringLiteral("%1: cannot make the cache database private to its owner").arg(name);
    }
    return {};
}

} // namespace

CacheDatabase::CacheDatabase(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("cv-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheDatabase::~CacheDatabase()
{
    m_statements.clear();
    m_failedStatement.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen()) {
            if (m_depth > 0) {
                qCWarning(lcStore) << "closing" << m_filePath << "with an open transaction; rolling back";
                QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            }
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int CacheDatabase::storedSchemaVersion(const QString &filePath)
{
    if (!QFileInfo::exists(filePath) || QFileInfo(filePath).size() == 0)
        return 0;
    if (!checkHeader(filePath).isEmpty())
        return -1;
    const QString name = QStringLiteral("cv-cache-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int version = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(filePath);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next())
                version = query.value(0).toInt();
            query.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

int CacheDatabase::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

QSqlDatabase CacheDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

core::Result<std::unique_ptr<CacheDatabase>, QString> CacheDatabase::openSecondary(const QString &filePath)
{
    return openFile(filePath, kLatestSchemaVersion, Recovery::Skip);
}

core::Result<std::unique_ptr<CacheDatabase>, QString> CacheDatabase::open(const QString &filePath, int targetVersion)
{
    return openFile(filePath, targetVersion, Recovery::Run);
}

core::Result<std::unique_ptr<CacheDatabase>, QString> CacheDatabase::open(const QString &filePath, Progress progress)
{
    return openFile(filePath, kLatestSchemaVersion, Recovery::Run, std::move(progress));
}

core::Result<std::unique_ptr<CacheDatabase>, QString> CacheDatabase::openFile(
    const QString &filePath, int targetVersion, Recovery recovery, Progress progress)
{
    if (filePath.isEmpty())
        return QStringLiteral("no cache database file given");
    if (targetVersion < 1 || targetVersion > kLatestSchemaVersion)
        return QStringLiteral("%1: unknown cache schema version %2").arg(filePath).arg(targetVersion);
    if (const QString problem = checkHeader(filePath); !problem.isEmpty())
        return problem;
    const QFileInfo info(filePath);
    const bool folderExisted = QDir(info.absolutePath()).exists();
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("%1: cannot create the folder for the cache database").arg(filePath);
    if (!folderExisted)
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (const QString problem = restrictToOwner(filePath); !problem.isEmpty())
        return problem;
    std::unique_ptr<CacheDatabase> database(new CacheDatabase(filePath));
    database->m_progress = std::move(progress);
    const auto opened = database->openConnection(targetVersion, recovery);
    if (!opened)
        return opened.error();
    database->m_progress = {};
    return database;
}

core::Result<bool, QString> CacheDatabase::openConnection(int targetVersion, Recovery recovery)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_filePath);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!database.open())
        return QStringLiteral("%1: cannot open the cache database: %2").arg(m_filePath, database.lastError().text());

    // Read before writing anything: a foreign or newer file must stay as it is.
    QSqlQuery tables(database);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return QStringLiteral("%1: not a cache database or damaged: %2; it was left untouched")
            .arg(m_filePath, tables.lastError().text());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    int version = 0;
    if (!names.isEmpty()) {
        if (!names.contains(QStringLiteral("schema_version")))
            return QStringLiteral("%1: not a cache database (no schema_version table); it was left untouched")
                .arg(m_filePath);
        QSqlQuery versionQuery(database);
        if (!versionQuery.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !versionQuery.next())
            return QStringLiteral("%1: cannot read the cache schema version: %2; it was left untouched")
                .arg(m_filePath, versionQuery.lastError().text());
        version = versionQuery.value(0).toInt();
    }
    if (version > kLatestSchemaVersion)
        return QStringLiteral("%1: the cache database has schema version %2, newer than this build supports (%3); "
                              "it was left untouched")
            .arg(m_filePath)
            .arg(version)
            .arg(kLatestSchemaVersion);

    QSqlQuery journal(database);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !journal.next()
        || journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("%1: cannot switch the cache database to WAL: %2")
            .arg(m_filePath, journal.lastError().text());
    journal.finish();
    for (const QString &pragma :
        { QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            // An INSERT OR REPLACE that removes a row fires the delete triggers (requests_counts/_search).
            QStringLiteral("PRAGMA recursive_triggers=ON"),
            QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs) }) {
        const auto done = exec(pragma);
        if (!done)
            return QStringLiteral("%1: %2").arg(m_filePath, done.error());
    }
    m_schemaVersion = version;
    // A process killed while loading a first full pass left some tables without their indexes: build them
    // now, before a migration that may expect them.
    if (recovery == Recovery::Run && version >= 2 && names.contains(QStringLiteral("meta"))) {
        const QStringList deferred = deferredIndexTables();
        for (const QString &table : deferred) {
            if (!transaction() || !restoreIndexes(table) || !commit()) {
                if (m_depth > 0)
                    rollback();
                return QStringLiteral("%1: cannot rebuild the indexes of %2: %3").arg(m_filePath, table, m_lastError);
            }
            qCInfo(lcStore).noquote() << m_filePath << "rebuilt the deferred indexes of" << table;
        }
    }
    const auto migrated = migrate(version, targetVersion);
    if (!migrated)
        return migrated;
    // A first load killed while the read model was paused: its counts and search index are made again now.
    if (recovery == Recovery::Run && readModelPaused()) {
        qCInfo(lcStore).noquote() << m_filePath << "the requests read model was paused; rebuilding it";
        return resumeReadModel();
    }
    return true;
}

core::Result<bool, QString> CacheDatabase::migrate(int from, int to)
{
    for (int step = from + 1; step <= to; ++step) {
        if (!transaction())
            return QStringLiteral("%1: migration %2: cannot begin a transaction: %3")
                .arg(m_filePath)
                .arg(step)
                .arg(db().lastError().text());
        QStringList statements;
        if (step == 1)
            statements << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        statements << migrationStatements(step);
        if (step == kCompressedJsonSchema) {
            if (const auto rebuilt = rebuildCompressed(); !rebuilt) {
                rollback();
                return QStringLiteral("%1: migration %2 failed (%3); the cache was left at schema version %4")
                    .arg(m_filePath)
                    .arg(step)
                    .arg(rebuilt.error())
                    .arg(step - 1);
            }
        }
        statements << QStringLiteral("DELETE FROM schema_version");
        statements << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(step);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db());
            QElapsedTimer took;
            took.start();
            const bool done = query.exec(statement);
            // A migration that rewrites a big cache takes a while: say which statement did.
            if (took.elapsed() > 500)
                qCInfo(lcStore).noquote()
                    << "migration" << step << "took" << took.elapsed() << "ms:" << statement.left(120);
            if (!done) {
                const QString error = query.lastError().text();
                query.finish();
                rollback();
                qCWarning(lcStore).noquote() << "migration" << step << "failed:" << statement << error;
                return QStringLiteral("%1: migration %2 failed (%3) in: %4; the cache was left at schema version %5")
                    .arg(m_filePath)
                    .arg(step)
                    .arg(error, statement)
                    .arg(step - 1);
            }
        }
        if (!commit())
            return QStringLiteral("%1: migration %2: commit failed: %3")
                .arg(m_filePath)
                .arg(step)
                .arg(db().lastError().text());
        m_schemaVersion = step;
        qCInfo(lcStore).noquote() << m_filePath << "migrated to schema version" << step;
    }
    return true;
}

core::Result<bool, QString> CacheDatabase::rebuildCompressed()
{
    // The triggers of the requests read model go with the old table; put back only if they were there (a paused
    // read model stays paused: open() rebuilds it after the migrations).
    const bool readModelLive = !readModelPaused();
    qint64 done = 0;
    qint64 total = 0;
    for (const CollectionSpec &spec : collections()) {
        if (spec.sinceSchema >= kCompressedJsonSchema)
            continue;
        QSqlQuery count(db());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(spec.name))) && count.next())
            total += count.value(0).toLongLong();
    }
    for (const CollectionSpec &spec : collections()) {
        if (spec.sinceSchema >= kCompressedJsonSchema)
            continue;
        const QString fresh = spec.name + QStringLiteral("__v6");
        if (const auto created
            = exec(QStringLiteral("CREATE TABLE %1 (%2)")
                       .arg(quoted(fresh), tableColumns(spec, kCompressedJsonSchema).join(QStringLiteral(", "))));
            !created)
            return QStringLiteral("%1: %2").arg(spec.name, created.error());
        // The columns the old table has are copied as they are (their values came from json_extract); the ones new
        // at v6 are read from the parsed object.
        QStringList kept { QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("dirty"),
            QStringLiteral("deleted"), QStringLiteral("synced_at") };
        QList<const IndexedColumn *> added;
        for (const IndexedColumn &column : spec.columns) {
            if (column.sinceSchema < kCompressedJsonSchema)
                kept << quoted(column.column);
            else if (column.sinceSchema == kCompressedJsonSchema)
                added << &column;
        }
        QStringList written = kept;
        for (const IndexedColumn *column : std::as_const(added))
            written << quoted(column->column);
        QSqlQuery read(db());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT rowid, %1, json, base_json FROM %2 ORDER BY rowid")
                           .arg(kept.join(QStringLiteral(", ")), quoted(spec.name))))
            return QStringLiteral("%1: %2").arg(spec.name, read.lastError().text());
        QSqlQuery write(db());
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (rowid, %2, json, base_json) VALUES (?%3, ?, ?)")
                               .arg(quoted(fresh), written.join(QStringLiteral(", ")),
                                   QStringLiteral(", ?").repeated(written.size()))))
            return QStringLiteral("%1: %2").arg(spec.name, write.lastError().text());
        const int keptCount = int(kept.size());
        while (read.next()) {
            int at = 0;
            write.bindValue(at++, read.value(0));
            for (int i = 1; i <= keptCount; ++i)
                write.bindValue(at++, read.value(i));
            const QByteArray json = detail::jsonBytes(read.value(keptCount + 1));
            if (!added.isEmpty()) {
                const QJsonObject object = QJsonDocument::fromJson(json).object();
                for (const IndexedColumn *column : std::as_const(added))
                    write.bindValue(at++, column->valueIn(object));
            }
            write.bindValue(at++, detail::compressedJson(json));
            const QVariant base = read.value(keptCount + 2);
            write.bindValue(at++,
                base.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                              : QVariant(detail::compressedJson(detail::jsonBytes(base))));
            if (!write.exec())
                return QStringLiteral("%1: %2").arg(spec.name, write.lastError().text());
            if (++done % 5000 == 0 && m_progress)
                m_progress(done, total);
        }
        read.finish();
        QStringList statements { QStringLiteral("DROP TABLE %1").arg(quoted(spec.name)),
            QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(quoted(fresh), quoted(spec.name)) };
        statements << tableIndexes(spec, kCompressedJsonSchema);
        if (spec.name == readModelTable() && readModelLive)
            statements << requestsReadModel().triggers;
        for (const QString &statement : std::as_const(statements)) {
            if (const auto ran = exec(statement); !ran)
                return QStringLiteral("%1: %2 in: %3").arg(spec.name, ran.error(), statement.left(200));
        }
    }
    if (m_progress)
        m_progress(total, total);
    return true;
}

namespace {
const QString kDeferredPrefix = QStringLiteral("deferred-indexes:");
} // namespace

bool CacheDatabase::deferIndexes(const QString &table)
{
    QSqlQuery list(db());
    list.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    list.addBindValue(table);
    if (!list.exec()) {
        m_lastError = list.lastError().text();
        return false;
    }
    QStringList names;
    QStringList definitions;
    while (list.next()) {
        names << list.value(0).toString();
        definitions << list.value(1).toString();
    }
    list.finish();
    if (definitions.isEmpty())
        return true;
    QSqlQuery remember(db());
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    remember.addBindValue(QString(kDeferredPrefix + table));
    remember.addBindValue(definitions.join(QStringLiteral(";\n")));
    if (!remember.exec()) {
        m_lastError = remember.lastError().text();
        return false;
    }
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP INDEX %1").arg(quoted(name))))
            return false;
    }
    // Statements prepared against the dropped indexes are re-prepared by SQLite itself; nothing to clear.
    return true;
}

bool CacheDatabase::restoreIndexes(const QString &table)
{
    QSqlQuery read(db());
    read.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    read.addBindValue(QString(kDeferredPrefix + table));
    if (!read.exec()) {
        m_lastError = read.lastError().text();
        return false;
    }
    if (!read.next())
        return true;
    const QStringList definitions = read.value(0).toString().split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    read.finish();
    static const QRegularExpression createIndex(
        QStringLiteral("^CREATE (UNIQUE )?INDEX "), QRegularExpression::CaseInsensitiveOption);
    for (QString definition : definitions) {
        // IF NOT EXISTS: a restore cut short by a kill is finished by the next one.
        definition.replace(createIndex, QStringLiteral("CREATE \\1INDEX IF NOT EXISTS "));
        if (!exec(definition))
            return false;
    }
    QSqlQuery forget(db());
    forget.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    forget.addBindValue(QString(kDeferredPrefix + table));
    if (!forget.exec()) {
        m_lastError = forget.lastError().text();
        return false;
    }
    return true;
}

QStringList CacheDatabase::deferredIndexTables() const
{
    QStringList tables;
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT key FROM meta WHERE key LIKE 'deferred-indexes:%'")))
        return tables;
    while (query.next())
        tables << query.value(0).toString().mid(kDeferredPrefix.size());
    return tables;
}

core::Result<bool, QString> CacheDatabase::exec(const QString &sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        const QString error = query.lastError().text();
        qCWarning(lcStore).noquote() << "SQL failed:" << sql.left(200) << error;
        m_lastError = error;
        return error;
    }
    return true;
}

QSqlQuery &CacheDatabase::prepared(const QString &sql) const
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto query = std::make_unique<QSqlQuery>(db());
    if (!query->prepare(sql)) {
        // Not cached: the schema may change (a test drops a table) and the next call should prepare again.
        qCWarning(lcStore).noquote() << "prepare failed:" << sql.left(200) << query->lastError().text();
        m_failedStatement = std::move(query);
        return *m_failedStatement;
    }
    return *m_statements.emplace(sql, std::move(query)).first->second;
}

bool CacheDatabase::transaction()
{
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT cv_sp%1").arg(m_depth);
    if (!exec(sql))
        return false;
    ++m_depth;
    return true;
}

bool CacheDatabase::commit()
{
    if (m_depth <= 0) {
        qCWarning(lcStore) << "commit() without transaction()";
        return false;
    }
    --m_depth;
    if (m_depth > 0)
        return bool(exec(QStringLiteral("RELEASE cv_sp%1").arg(m_depth)));
    if (exec(QStringLiteral("COMMIT")))
        return true;
    // A failed COMMIT leaves the transaction open; end it so the connection is usable again (keeping the
    // COMMIT's error, which says why).
    const QString why = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = why;
    return false;
}

void CacheDatabase::rollback()
{
    if (m_depth <= 0) {
        qCWarning(lcStore) << "rollback() without transaction()";
        return;
    }
    --m_depth;
    if (m_depth > 0) {
        exec(QStringLiteral("ROLLBACK TO cv_sp%1").arg(m_depth));
        exec(QStringLiteral("RELEASE cv_sp%1").arg(m_depth));
        return;
    }
    exec(QStringLiteral("ROLLBACK"));
}

bool CacheDatabase::readModelPaused() const
{
    if (m_schemaVersion < 4)
        return false;
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('%1')")
                        .arg(kReadModelTriggers.join(QStringLiteral("', '"))))
        || !query.next())
        return false;
    return query.value(0).toInt() < kReadModelTriggers.size();
}

core::Result<bool, QString> CacheDatabase::pauseReadModel()
{
    Transaction transaction(*this);
    for (const QString &trigger : kReadModelTriggers) {
        if (const auto done = exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger)); !done)
            return QStringLiteral("%1: cannot pause the requests read model: %2").arg(m_filePath, done.error());
    }
    if (!transaction.commit())
        return QStringLiteral("%1: cannot pause the requests read model: %2").arg(m_filePath, m_lastError);
    return true;
}

core::Result<bool, QString> CacheDatabase::resumeReadModel()
{
    Transaction transaction(*this);
    const ReadModel model = requestsReadModel();
    for (const QString &statement : model.fill) {
        if (const auto done = exec(statement); !done)
            return QStringLiteral("%1: cannot rebuild the requests read model: %2").arg(m_filePath, done.error());
    }
    for (int i = 0; i < kReadModelTriggers.size(); ++i) {
        if (const auto done = exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(kReadModelTriggers.at(i))); !done)
            return QStringLiteral("%1: cannot rebuild the requests read model: %2").arg(m_filePath, done.error());
        if (const auto done = exec(model.triggers.at(i)); !done)
            return QStringLiteral("%1: cannot rebuild the requests read model: %2").arg(m_filePath, done.error());
    }
    if (!transaction.commit())
        return QStringLiteral("%1: cannot rebuild the requests read model: %2").arg(m_filePath, m_lastError);
    return true;
}

CacheDatabase::Transaction::Transaction(CacheDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{ }

CacheDatabase::Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool CacheDatabase::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace cv::store
