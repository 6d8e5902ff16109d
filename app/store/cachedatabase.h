#pragma once

#include "app/core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace cv::store {

/// The offline cache of one account: one SQLite file (docs/architecture.md, "Patterns", after qBittorrent's
/// dbresumedatastorage.cpp).
///
/// Invariants:
/// - One QtSql connection per CacheDatabase, under a unique name, used only from the thread that called
///   open(). A worker thread opens its own CacheDatabase on the same file; WAL lets readers run while one
///   writer writes, and busy_timeout makes a second writer wait instead of failing.
/// - After open() succeeds the schema is at latestSchemaVersion() (or the requested target version).
///   Migrations are numbered, never edited once released, and each runs in one transaction together with
///   its schema_version update: a failure leaves the file at the previous version.
/// - open() never modifies a file that is not a cache database (wrong header, damaged, or written by a newer
///   build); the error names the file.
/// - Every object table has: id TEXT PRIMARY KEY, parent_id TEXT NOT NULL DEFAULT '', json, base_json,
///   dirty, deleted, synced_at, and one indexed VIRTUAL generated column per IndexedColumn.
///
/// Schema (see migrationStatements() in the .cpp):
///   v1  one table per collections() entry (+ indexes <table>_parent, <table>_<column>);
///       outbox(seq, operation, collection, object_id, parent_id, method, path, body, natural_key, action, blob,
///              blob_name, content_type, attempts, last_error, state, created_at, updated_at);
///       sync_state(collection, parent_id, phase, since, pending, resume_offset, total, last_sync_at);
///       conflicts(id, collection, object_id, field, base, mine, theirs, created_at); schema_version(version).
///   v2  requests(status, updated) and assets(status, updated) indexes; partial <table>_dirty indexes
///       (WHERE dirty = 1) for the push; meta(key, value).
///   v3  clean rows keep no base_json; requests' partial "live" indexes.
///   v4  small columns first (registry columns STORED), requests_counts and the requests_search FTS5 index.
///   v5  billing_requests, tier_account_requests, tier_configs, report_runs.
///   v6  (kCompressedJsonSchema) json and base_json hold compressed JSON (BLOB, storeutil.h), the registry
///       columns are plain columns the store fills from the parsed object; tier_accounts gains email.
///   v7  agreement_versions and agreement_documents (store/agreementarchive.h).
class CacheDatabase final
{
public:
    Q_DISABLE_COPY_MOVE(CacheDatabase)
    ~CacheDatabase();

    /// The schema version from which JSON bodies are stored compressed (issue 12). Its migration is a step of
    /// its own (rebuildCompressed()).
    static constexpr int kCompressedJsonSchema = 6;
    /// Told how far a long migration is (rows copied of all rows); called on the migrating thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Opens (creating if missing, with its directory) and migrates the cache at `filePath` to
    /// `targetVersion`. A target below latestSchemaVersion() exists for test fixtures (tests/data/cache-v1.sqlite).
    static core::Result<std::unique_ptr<CacheDatabase>, QString> open(
        const QString &filePath, int targetVersion = latestSchemaVersion());
    /// open() to the latest version, telling `progress` how far a migration that copies rows is.
    static core::Result<std::unique_ptr<CacheDatabase>, QString> open(const QString &filePath, Progress progress);
    /// A second connection to a cache this process already has open (the sync's writer thread): same
    /// migrations, but none of open()'s recovery of a killed load (deferred indexes, a paused read model),
    /// which belongs to the first connection and would undo a load the first connection is running.
    static core::Result<std::unique_ptr<CacheDatabase>, QString> openSecondary(const QString &filePath);

    /// The schema version of the cache at `filePath` as it is on disk, read without changing the file: 0 for a
    /// missing or empty file, -1 for one that cannot be read as a cache. A caller compares it with
    /// latestSchemaVersion() to know whether open() will migrate (which can take minutes on a big cache).
    static int storedSchemaVersion(const QString &filePath);
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    QSqlDatabase db() const;
    QString filePath() const { return m_filePath; }
    QString connectionName() const { return m_connectionName; }

    /// Transactions nest: the outermost call runs BEGIN IMMEDIATE, inner ones a SAVEPOINT, so a repository
    /// method that needs atomicity can open one inside a caller's transaction. Each transaction() must be
    /// paired with exactly one commit() or rollback(). Returns false if the database refused.
    bool transaction();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /// A prepared statement cached per SQL text (the hot paths prepare once). The returned query shares
    /// its statement with later calls for the same SQL: bind, exec and read it before the next call, and
    /// call finish() after reading rows.
    QSqlQuery &prepared(const QString &sql) const;

    /// The requests read model of schema v4 (requests_counts and the requests_search FTS5 index) is kept by
    /// triggers, which make inserting a new request about 2.5 times dearer (measured: 10,000 inserts 6 s -> 15 s
    /// with 30 indexes). A first full load may pause them and resume at its end: resume rebuilds both from the
    /// rows and puts the triggers back, in one transaction. While paused the counts and search are stale.
    /// open() resumes a cache left paused (a load killed halfway).
    core::Result<bool, QString> pauseReadModel();
    core::Result<bool, QString> resumeReadModel();
    bool readModelPaused() const;
    /// The table the read model describes ("requests").
    static QString readModelTable() { return QStringLiteral("requests"); }
    /// Bulk loading: drops the secondary indexes of `table` (inside the caller's transaction), remembering their
    /// definitions in meta, so that a first full pass inserts rows without updating every index per row;
    /// restoreIndexes() builds them again in one sort each. open() restores indexes a killed process left
    /// deferred, before any migration, so a cache never stays without them. Returns false on an SQL error.
    bool deferIndexes(const QString &table);
    bool restoreIndexes(const QString &table);
    /// Tables whose indexes are deferred now.
    QStringList deferredIndexTables() const;

    /// Runs one statement outside the cache; logs and returns the error text on failure.
    core::Result<bool, QString> exec(const QString &sql) const;
    /// The error text of the last statement that failed through exec(), transaction() or commit() (e.g.
    /// "database or disk is full"); empty if none failed yet.
    QString lastError() const { return m_lastError; }

    /// RAII transaction: begins in the constructor, rolls back in the destructor unless commit() succeeded.
    class Transaction final
    {
    public:
        Q_DISABLE_COPY_MOVE(Transaction)
        explicit Transaction(CacheDatabase &db);
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit();

    private:
        CacheDatabase &m_db;
        bool m_active = false;
    };

private:
    /// Whether open() finishes what a killed process left (deferred indexes, a paused read model).
    enum class Recovery { Run, Skip };

    explicit CacheDatabase(const QString &filePath);
    static core::Result<std::unique_ptr<CacheDatabase>, QString> openFile(
        const QString &filePath, int targetVersion, Recovery recovery, Progress progress = {});
    core::Result<bool, QString> openConnection(int targetVersion, Recovery recovery);
    core::Result<bool, QString> migrate(int from, int to);
    /// Migration kCompressedJsonSchema: every object table made again with real registry columns and compressed
    /// JSON, rows copied with their rowid, flags, base and sync time (inside migrate()'s transaction).
    core::Result<bool, QString> rebuildCompressed();

    QString m_filePath;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_depth = 0;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_failedStatement;
    mutable QString m_lastError;
    Progress m_progress;
};

} // namespace cv::store
