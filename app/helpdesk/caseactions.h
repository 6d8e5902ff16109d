#pragma once

#include "app/api/apierror.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace cv::api {
class ApiClient;
}
namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::helpdesk {

/// A file to attach to a case, read and checked before anything is queued.
struct Attachment
{
    QString name;
    QString contentType;
    QByteArray data;
};

/// The Help & Support module's support cases (REFERENCE §3.26), worked offline: a case, its replies (the
/// case's conversation, §3.25), its attachments and its state changes are saved in the cache at once and sent
/// by the next sync, in order - a reply or an attachment to a case opened offline waits for the case and then
/// follows its server id. Errors are Connect-style "field: message" texts.
class CaseActions final
{
public:
    CaseActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);

    /// Reads the file at `path` as an attachment, refusing it before reading when it is larger than Connect takes
    /// (rules::kMaxAttachmentBytes) or cannot be read.
    static core::Result<Attachment, QStringList> readAttachment(const QString &path);

    /// Opens a case (POST /helpdesk/cases; then one POST .../attachments per file). `agent` is who writes it
    /// ({id, name}); returns the case's local id.
    core::Result<QString, QStringList> openCase(const QString &subject, const QString &description, int priority,
        const QList<Attachment> &attachments, const QJsonObject &agent);
    /// Adds a reply to the case's thread (POST /conversations/{case id}/messages: Connect takes the case's id in
    /// place of its conversation's). Returns the reply's local id.
    core::Result<QString, QStringList> reply(const QString &caseId, const QString &text, const QJsonObject &author);
    /// Attaches a file to an existing case.
    core::Result<bool, QStringList> attach(const QString &caseId, const Attachment &attachment);
    /// Moves the case along `action` (inquire, pend, resolve, close) if its state allows it.
    core::Result<bool, QStringList> act(const QString &caseId, const QString &action);

    std::optional<QJsonObject> caseObject(const QString &caseId) const;
    /// The case's thread, oldest first: the messages of its conversation and the replies written here
    /// (each with "_pending": true until the server has it).
    QList<QJsonObject> thread(const QString &caseId) const;
    /// Reads the case's thread from Connect (GET /conversations/{case id}/messages: the sync does not pull
    /// messages in bulk) into the cache, so it is there offline too; replies written here and not yet sent stay as
    /// they are. `done` gets how many messages were stored; it does not run once `context` is gone. A case that has
    /// only its local id has nothing on the server yet: `done` gets 0 at once.
    void fetchThread(api::ApiClient &client, const QString &caseId, QObject *context,
        std::function<void(const core::Result<int, api::ApiError> &)> done);
    /// The files attached to the case on Connect (GET /helpdesk/cases/{id}/attachments): {id, name, size, type,
    /// ...} each. Read when the case is shown, not cached (the files stay on Connect).
    void fetchAttachments(api::ApiClient &client, const QString &caseId, QObject *context,
        std::function<void(const core::Result<QJsonArray, api::ApiError> &)> done);
    /// Names of the files still waiting to be sent to the case.
    QStringList pendingAttachments(const QString &caseId) const;

private:
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
};

} // namespace cv::helpdesk
