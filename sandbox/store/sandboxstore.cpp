#include "sandbox/store/sandboxstore.h"

#include "sandbox/rql/rqlquery.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxStore, "cv.sandbox.store")

namespace cv::sandbox {

namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// QtSql binds a null QString as SQL NULL; the parent column means "no parent" with ''.
QString parentKey(const QString &parent)
{
    return parent.isNull() ? QStringLiteral("") : parent;
}

QJsonObject fromJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Schema migrations, applied in order inside one transaction each. Never edit a released step.
const char *const kMigrations[] = {
    // 1: objects, blobs, counters, meta
    "CREATE TABLE objects (pk INTEGER PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, "
    "parent TEXT NOT NULL DEFAULT '', json TEXT NOT NULL, UNIQUE(kind, id));"
    "CREATE INDEX objects_parent ON objects(kind, parent, pk);"
    "CREATE TABLE blobs (key TEXT PRIMARY KEY, content_type TEXT NOT NULL, data BLOB NOT NULL);"
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    // Expression indexes for the large collections; the expressions match rql::sqlExpression().
    "CREATE INDEX requests_status ON objects(kind, json_extract(json, '$.status'));"
    "CREATE INDEX requests_type ON objects(kind, json_extract(json, '$.type'));"
    "CREATE INDEX requests_updated ON objects(kind, json_extract(json, '$.updated'));"
    "CREATE INDEX requests_created ON objects(kind, json_extract(json, '$.created'));"
    "CREATE INDEX requests_product ON objects(kind, json_extract(json, '$.asset.product.id'));"
    "CREATE INDEX assets_product ON objects(kind, json_extract(json, '$.product.id'));"
    "CREATE INDEX events_updated ON objects(kind, json_extract(json, '$.events.updated.at'));",
};

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("cv-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

core::Result<bool, QString> SandboxStore::open(const QString &filePath)
{
    m_filePath = filePath;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open())
        return QStringLiteral("%1: cannot open the sandbox database: %2").arg(filePath, db.lastError().text());
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("%1: not a sandbox database (or damaged): %2")
            .arg(filePath, check.lastError().text().isEmpty() ? check.value(0).toString() : check.lastError().text());
    if (!migrate())
        return QStringLiteral("%1: cannot prepare the sandbox database: %2").arg(filePath, db.lastError().text());
    return true;
}

bool SandboxStore::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        qCWarning(lcSandboxStore).noquote() << "SQL failed:" << sql.left(200) << query.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::migrate()
{
    QSqlDatabase db = database();
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    QSqlQuery versionQuery(db);
    versionQuery.exec(QStringLiteral("SELECT version FROM schema_version"));
    const int current = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    const int target = int(std::size(kMigrations));
    for (int step = current; step < target; ++step) {
        if (!db.transaction())
            return false;
        bool ok = true;
        for (const QString &statement :
            QString::fromLatin1(kMigrations[step]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && exec(statement);
        ok = ok && exec(QStringLiteral("DELETE FROM schema_version"));
        ok = ok && exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(step + 1));
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

std::optional<QJsonObject> SandboxStore::get(const QString &kind, const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT json FROM objects WHERE kind = ? AND id = ?"));
    query.addBindValue(kind);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromJson(query.value(0).toByteArray());
}

bool SandboxStore::put(const QString &kind, const QJsonObject &object, const QString &parent, const QString &key)
{
    QSqlQuery query(database());
    // Upsert keeps the row's pk (and so the collection's insertion order) when an object is updated.
    query.prepare(QStringLiteral("INSERT INTO objects (kind, id, parent, json) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(kind, id) DO UPDATE SET json = excluded.json, parent = excluded.parent"));
    query.addBindValue(kind);
    query.addBindValue(key.isEmpty() ? object.value(QStringLiteral("id")).toString() : key);
    query.addBindValue(parentKey(parent));
    query.addBindValue(QString::fromUtf8(toJson(object)));
    changed();
    if (!query.exec()) {
        qCWarning(lcSandboxStore).noquote() << "put failed:" << kind << query.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::remove(const QString &kind, const QString &id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM objects WHERE kind = ? AND id = ?"));
    query.addBindValue(kind);
    query.addBindValue(id);
    changed();
    return query.exec() && query.numRowsAffected() > 0;
}

core::Result<Page, QString> SandboxStore::list(
    const QString &kind, const QString &parent, const rql::CompiledQuery &compiled, bool asText) const
{
    const QString where = QStringLiteral("kind = ? AND parent = ? AND (%1)").arg(compiled.where);
    const auto bind = [&](QSqlQuery &query) {
        query.addBindValue(kind);
        query.addBindValue(parentKey(parent));
        for (const QVariant &value : compiled.bindings)
            query.addBindValue(value);
    };
    // The memo's key: the whole filter with its values (a different filter is a different listing).
    QString memoKey = kind + QLatin1Char('\x1f') + parentKey(parent) + QLatin1Char('\x1f') + compiled.where;
    for (const QVariant &value : compiled.bindings)
        memoKey += QLatin1Char('\x1f') + value.toString();
    const bool keyset = compiled.orderBy.isEmpty();
    PagingMemo *memo = nullptr;
    if (keyset) {
        memo = &m_paging[memoKey];
        if (memo->generation != m_generation) {
            *memo = PagingMemo();
            if (m_paging.size() > 64) { // a bounded memo: many distinct filters simply start over
                m_paging.clear();
                memo = &m_paging[memoKey];
            }
        }
    }

    Page page;
    if (memo && memo->generation == m_generation) {
        page.total = memo->total;
    } else {
        QSqlQuery countQuery(database());
        countQuery.prepare(QStringLiteral("SELECT COUNT(*) FROM objects WHERE ") + where);
        bind(countQuery);
        if (!countQuery.exec() || !countQuery.next())
            return QStringLiteral("query failed: %1").arg(countQuery.lastError().text());
        page.total = countQuery.value(0).toLongLong();
        if (memo) {
            memo->generation = m_generation;
            memo->total = page.total;
        }
    }
    if (compiled.limit == 0)
        return page;

    QSqlQuery query(database());
    query.setForwardOnly(true);
    std::optional<qint64> after;
    if (memo && compiled.offset > 0 && memo->lastPkBefore.contains(compiled.offset))
        after = memo->lastPkBefore.value(compiled.offset);
    if (after) {
        query.prepare(QStringLiteral("SELECT pk, json FROM objects WHERE %1 AND pk > ? ORDER BY pk LIMIT %2")
                          .arg(where)
                          .arg(compiled.limit));
        bind(query);
        query.addBindValue(*after);
    } else {
        query.prepare(QStringLiteral("SELECT pk, json FROM objects WHERE %1 ORDER BY %2 LIMIT %3 OFFSET %4")
                          .arg(where, keyset ? QStringLiteral("pk") : compiled.orderBy + QStringLiteral(", pk"))
                          .arg(compiled.limit)
                          .arg(compiled.offset));
        bind(query);
    }
    if (!query.exec())
        return QStringLiteral("query failed: %1").arg(query.lastError().text());
    qint64 lastPk = -1;
    while (query.next()) {
        lastPk = query.value(0).toLongLong();
        if (asText)
            page.texts.append(query.value(1).toByteArray());
        else
            page.objects.append(fromJson(query.value(1).toByteArray()));
    }
    if (memo && lastPk >= 0)
        memo->lastPkBefore.insert(compiled.offset + page.objects.size() + page.texts.size(), lastPk);
    return page;
}

QList<QJsonObject> SandboxStore::all(const QString &kind, const QString &parent) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json FROM objects WHERE kind = ? AND parent = ? ORDER BY pk"));
    query.addBindValue(kind);
    query.addBindValue(parentKey(parent));
    QList<QJsonObject> objects;
    if (query.exec()) {
        while (query.next())
            objects.append(fromJson(query.value(0).toByteArray()));
    }
    return objects;
}

qint64 SandboxStore::count(const QString &kind, const QString &parent) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM objects WHERE kind = ? AND parent = ?"));
    query.addBindValue(kind);
    query.addBindValue(parentKey(parent));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<QJsonObject> SandboxStore::findBy(
    const QString &kind, const QString &path, const QString &value, const QString &parent) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json FROM objects WHERE kind = ? AND parent = ? AND %1 = ? ORDER BY pk")
                      .arg(rql::sqlExpression(path)));
    query.addBindValue(kind);
    query.addBindValue(parentKey(parent));
    query.addBindValue(value);
    QList<QJsonObject> objects;
    if (query.exec()) {
        while (query.next())
            objects.append(fromJson(query.value(0).toByteArray()));
    }
    return objects;
}

bool SandboxStore::putBlob(const QString &key, const QByteArray &contentType, const QByteArray &data)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO blobs (key, content_type, data) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::fromLatin1(contentType));
    query.addBindValue(data);
    return query.exec();
}

std::optional<std::pair<QByteArray, QByteArray>> SandboxStore::blob(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT content_type, data FROM blobs WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toString().toLatin1(), query.value(1).toByteArray());
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QString SandboxStore::newId(const QString &kind, const QString &pattern)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString id = pattern;
        for (QChar &c : id) {
            if (c == QLatin1Char('#'))
                c = QChar(u'0' + QRandomGenerator::global()->bounded(10));
        }
        if (!get(kind, id))
            return id;
    }
    // Pattern space exhausted (not expected for realistic sizes): fall back to a counter suffix.
    return pattern.section(QLatin1Char('#'), 0, 0) + QString::number(nextCounter(kind + QStringLiteral(":overflow")));
}

qint64 SandboxStore::nextCounter(const QString &name)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                 "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 1;
}

bool SandboxStore::transaction()
{
    changed();
    return database().transaction();
}

bool SandboxStore::commit()
{
    changed();
    return database().commit();
}

void SandboxStore::rollback()
{
    changed();
    database().rollback();
}

} // namespace cv::sandbox
