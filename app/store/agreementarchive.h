#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cv::store {

class CacheDatabase;

/// The agreements' versions and documents kept for reading offline (issue 14, point 2): Connect has no
/// incremental list of them and a document is a file behind a link, so they are not a CollectionSpec; they are
/// written when read from Connect (app/agreements/agreementendpoints.h) and read back when it cannot be reached.
/// Tables of schema kSinceSchema (migrationStatements()):
///   agreement_versions(agreement_id, version, json, fetched_at)  - GET /agreements/{id}/versions, one row each
///   agreement_documents(agreement_id, version, content_type, file_name, data, fetched_at) - the document's bytes
/// A version's document does not change once published, so a stored one is never fetched again.
class AgreementArchive final
{
public:
    explicit AgreementArchive(CacheDatabase &db);

    /// The schema version whose migration creates the tables. One constant, so that the step can take another
    /// number if other schema work lands first (CacheDatabase's switch and tst_cachedatabase use it).
    static constexpr int kSinceSchema = 7;
    /// The statements of that schema step. Its own function so that the step stays apart from other schema work.
    static QStringList migrationStatements();

    struct Versions
    {
        QList<QJsonObject> versions; ///< newest first
        QDateTime fetchedAt; ///< UTC: when Connect gave this list
    };
    struct StoredDocument
    {
        QByteArray data;
        QByteArray contentType;
        QString fileName;
        QDateTime fetchedAt; ///< UTC
    };

    /// Replaces the agreement's versions with `versions` (as Connect listed them just now). False on an SQL error.
    bool putVersions(const QString &agreementId, const QList<QJsonObject> &versions);
    /// The versions last read from Connect; nullopt if none were ever stored.
    std::optional<Versions> versions(const QString &agreementId) const;
    bool putDocument(const QString &agreementId, int version, const StoredDocument &document);
    std::optional<StoredDocument> document(const QString &agreementId, int version) const;
    /// The versions of the agreement whose document is stored.
    QList<int> storedDocuments(const QString &agreementId) const;

    QString lastError() const { return m_lastError; }
    /// Expires when this archive is destroyed: an answer arriving later (the account closed) must not touch it.
    std::weak_ptr<const void> lifetime() const { return m_lifetime; }

private:
    CacheDatabase &m_db;
    std::shared_ptr<const void> m_lifetime = std::make_shared<int>(0);
    mutable QString m_lastError;
};

} // namespace cv::store
