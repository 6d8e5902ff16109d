#pragma once

#include "app/core/result.h"
#include "app/usage/usagerules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cv::store {
class CacheDatabase;
class LocalChanges;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::usage {

/// A marketplace a usage file can be reported for: an active distribution contract (REFERENCE §3.19).
struct ContractChoice
{
    QString contractId;
    QString marketplaceId;
    QString marketplaceName;
    QString providerName;
};

/// The vendor's usage files, worked on offline: "Create usage file" makes a draft in the cache at once (a local
/// id) and queues its create; "Upload" queues the checked .xlsx as an upload of that file (held back until the
/// create has its server id, then sent on the same sync); submit/accept/reject/close are queued actions. The
/// sync answers with the server's version, whose status replaces the one shown meanwhile.
class UsageActions final
{
public:
    UsageActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~UsageActions();

    /// Cached products (id, name), sorted by name.
    QList<std::pair<QString, QString>> products() const;
    /// Active distribution contracts from the cache, sorted by marketplace.
    QList<ContractChoice> contracts() const;

    /// Creates the draft (checked as the server would: "field: message" texts). Returns its (local) id.
    core::Result<QString, QStringList> createFile(const NewUsageFile &file);
    /// The Connect usage template (.xlsx) for the file's product and period, written from the cache.
    core::Result<QByteArray, QString> templateFor(const QString &fileId) const;
    /// The same template for a file not created yet (the create dialog's product, marketplace and period), as
    /// the portal offers it in its creation dialog.
    core::Result<QByteArray, QString> templateFor(const NewUsageFile &draft) const;
    /// Reads and validates a filled .xlsx for the file; nothing is queued.
    UploadCheck check(const QString &fileId, const QByteArray &xlsx) const;
    /// Queues the upload of `xlsx` (refused unless check() finds no problem).
    core::Result<bool, QString> upload(const QString &fileId, const QByteArray &xlsx, const QString &fileName);
    /// Queues submit, accept, reject (the note is required) or close.
    core::Result<bool, QString> run(const QString &fileId, FileAction action, const QString &note = {});

    /// True while the file has changes the server has not confirmed.
    bool isWaitingForSync(const QString &fileId) const;

private:
    QList<QJsonObject> itemsOf(const QString &productId) const;
    core::Result<QByteArray, QString> templateOf(const QJsonObject &file) const;
    /// A new file as the cache shows it until Connect answers.
    static QJsonObject draftJson(const NewUsageFile &file, const QJsonObject &product, const QJsonObject &contract);

    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<store::LocalChanges> m_changes;
};

} // namespace cv::usage
