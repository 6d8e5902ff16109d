#pragma once

#include "app/agreements/agreementrules.h"
#include "app/api/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cv::api {
class ApiClient;
class ApiJob;
} // namespace cv::api
namespace cv::store {
class AgreementArchive;
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::agreements {

/// What became of signing or enrolling (sent to Connect at once, never queued).
struct ActOutcome
{
    enum class Result {
        Done, ///< Connect recorded it (`at`); the cache holds Connect's contract
        Offline, ///< Connect could not be reached: nothing was sent, nothing is kept to send later
        Unknown, ///< the connection broke after sending: Connect may have recorded it (the next sync shows it)
        Refused, ///< Connect refused it (`error`), or there was nothing to do (`reason`)
    };
    Result result = Result::Refused;
    api::ApiError error;
    QString reason; ///< English, for a refusal met before sending (the log; the page words its own)
    QDateTime at; ///< UTC: when Connect took it
};

/// The vendor's actions on agreements. Signing a version and enrolling are legal acts that Connect records, so
/// they need Connect (issue 14, point 4): they are sent at once and never saved to be sent later. What was sent
/// and when Connect took it goes to the outbox as a done entry (store::Outbox::recordDone), the History's source;
/// Connect's answer replaces the cached contract. Exactly once: a POST whose answer was lost is not repeated
/// (ApiJob), and a repeat the server refuses because it already happened counts as done (the contract is read).
class AgreementActions final
{
public:
    AgreementActions(
        store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox, api::ApiClient &client);
    ~AgreementActions();

    using Done = std::function<void(const ActOutcome &)>;
    /// Signs the agreement's active version on the vendor's contract (POST /contracts/{id}/sign). Refused unless
    /// canSign(). `done` runs in `context`'s thread, not after `context` is gone.
    void sign(const QString &agreementId, QObject *context, Done done);
    /// Enrolls in a distribution agreement (POST /agreements/{id}/contracts with the note). Refused unless
    /// canEnrol().
    void enrol(const QString &agreementId, const QString &note, QObject *context, Done done);
    /// True while a sign or enrol of this object is on its way.
    bool isSending(const QString &agreementId) const { return m_sending.contains(agreementId); }

    /// What this app did on the agreement's contracts (signed, enrolled...) and whether the server took it, oldest
    /// first; `actor` names the user the account acted as.
    QList<AppAction> appActions(const QString &agreementId, const QString &actor) const;
    /// True while the agreement's contract has a change the server has not confirmed (queued by an older build of
    /// the app, which saved signatures offline).
    bool isWaitingForSync(const QString &agreementId) const;

    /// The agreements' versions and documents kept offline.
    store::AgreementArchive &archive() { return *m_archive; }
    /// After a sync: reads, one agreement after the other, the versions of the cached agreements whose kept list
    /// lacks their active version, and the documents of their newest versions not kept yet, so the details pages
    /// work offline without having been opened online. Stops at the first sign that Connect cannot be reached.
    void keepForOffline();
    /// How many of an agreement's newest versions have their documents kept.
    static constexpr int kKeptDocuments = 5;

private:
    void finish(const QString &agreementId, QObject *context, const Done &done, const ActOutcome &outcome);
    /// Connect's contract after a call: stored, and the call recorded in the outbox as done.
    ActOutcome adopt(const QJsonObject &contract, const QString &operation, const QString &action, const QString &path,
        const QJsonObject &body, const QString &sentAt);
    /// After a refusal (400) of a repeat: reads `path` and gives `found` the contract showing the act was done
    /// (empty if none); then settles.
    void confirm(const QString &path, std::function<QJsonObject(const QJsonValue &)> found,
        std::function<void(const QJsonObject &)> settle);

    void keepNext();
    /// The newest versions (at most kKeptDocuments) of `versions` whose uploaded document is not kept yet.
    QList<QJsonObject> documentsToKeep(const QString &agreementId, const QList<QJsonObject> &versions) const;
    void keepDocuments(const QString &agreementId, QList<QJsonObject> versions);

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    api::ApiClient &m_client;
    std::unique_ptr<store::AgreementArchive> m_archive;
    std::unique_ptr<QObject> m_alive; ///< context of the calls' answers: none arrives after this is destroyed
    QStringList m_sending;
    QStringList m_keepQueue; ///< agreements whose versions and documents keepForOffline() still reads
    bool m_keeping = false;
};

} // namespace cv::agreements
