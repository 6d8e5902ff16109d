#include "app/store/agreementarchive.h"

#include "app/store/cachedatabase.h"
#include "app/store/storelog.h"
#include "app/store/storeutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cv::store {

using detail::nowUtc;
using detail::objectFromText;
using detail::toJsonText;

namespace {

QDateTime timeOf(const QVariant &text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

AgreementArchive::AgreementArchive(CacheDatabase &db)
    : m_db(db)
{ }

QStringList AgreementArchive::migrationStatements()
{
    return {
        QStringLiteral("CREATE TABLE agreement_versions (agreement_id TEXT NOT NULL, version INTEGER NOT NULL, "
                       "json TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (agreement_id, version))"),
        QStringLiteral("CREATE TABLE agreement_documents (agreement_id TEXT NOT NULL, version INTEGER NOT NULL, "
                       "content_type TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', data BLOB, "
                       "fetched_at TEXT NOT NULL, PRIMARY KEY (agreement_id, version))"),
    };
}

bool AgreementArchive::putVersions(const QString &agreementId, const QList<QJsonObject> &versions)
{
    CacheDatabase::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = m_db.lastError();
        return false;
    }
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM agreement_versions WHERE agreement_id = ?"));
    remove.bindValue(0, agreementId);
    if (!remove.exec()) {
        m_lastError = remove.lastError().text();
        qCWarning(lcStore).noquote() << "agreement archive: versions of" << agreementId << m_lastError;
        return false;
    }
    const QString now = nowUtc();
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO agreement_versions (agreement_id, version, json, fetched_at) VALUES (?, ?, ?, ?)"));
    for (const QJsonObject &version : versions) {
        insert.bindValue(0, agreementId);
        insert.bindValue(1, version.value(QStringLiteral("version")).toInt());
        insert.bindValue(2, toJsonText(version));
        insert.bindValue(3, now);
        if (!insert.exec()) {
            m_lastError = insert.lastError().text();
            qCWarning(lcStore).noquote() << "agreement archive: versions of" << agreementId << m_lastError;
            return false;
        }
    }
    return transaction.commit();
}

std::optional<AgreementArchive::Versions> AgreementArchive::versions(const QString &agreementId) const
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT json, fetched_at FROM agreement_versions WHERE agreement_id = ? ORDER BY version DESC"));
    query.bindValue(0, agreementId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    Versions result;
    bool any = false;
    while (query.next()) {
        any = true;
        result.versions << objectFromText(query.value(0));
        result.fetchedAt = std::max(result.fetchedAt, timeOf(query.value(1)));
    }
    query.finish();
    if (!any)
        return std::nullopt;
    return result;
}

bool AgreementArchive::putDocument(const QString &agreementId, int version, const StoredDocument &document)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO agreement_documents (agreement_id, version, content_type, file_name, "
                       "data, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, agreementId);
    query.bindValue(1, version);
    query.bindValue(2, QString::fromLatin1(document.contentType));
    query.bindValue(3, detail::notNull(document.fileName));
    query.bindValue(4, document.data);
    query.bindValue(
        5, document.fetchedAt.isValid() ? document.fetchedAt.toUTC().toString(Qt::ISODateWithMs) : nowUtc());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore).noquote() << "agreement archive: document" << agreementId << version << m_lastError;
        return false;
    }
    return true;
}

std::optional<AgreementArchive::StoredDocument> AgreementArchive::document(
    const QString &agreementId, int version) const
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT data, content_type, file_name, fetched_at FROM "
                                                    "agreement_documents WHERE agreement_id = ? AND version = ?"));
    query.bindValue(0, agreementId);
    query.bindValue(1, version);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    StoredDocument document { query.value(0).toByteArray(), query.value(1).toString().toLatin1(),
        query.value(2).toString(), timeOf(query.value(3)) };
    query.finish();
    return document;
}

QList<int> AgreementArchive::storedDocuments(const QString &agreementId) const
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT version FROM agreement_documents WHERE agreement_id = ? ORDER BY version"));
    query.bindValue(0, agreementId);
    QList<int> versions;
    if (query.exec()) {
        while (query.next())
            versions << query.value(0).toInt();
    }
    query.finish();
    return versions;
}

} // namespace cv::store
