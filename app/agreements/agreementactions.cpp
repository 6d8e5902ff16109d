#include "app/agreements/agreementactions.h"

#include "app/agreements/agreementendpoints.h"
#include "app/agreements/agreementrules.h"
#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/store/agreementarchive.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QPointer>

namespace cv::agreements {

namespace {

const QString kAgreements = QStringLiteral("agreements");
const QString kContracts = QStringLiteral("contracts");

QList<QJsonObject> jsonOf(const QList<store::CachedObject> &objects)
{
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const store::CachedObject &object : objects)
        list << object.json;
    return list;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Offline: nothing reached Connect, or an answer was lost (Unknown: it may have acted).
ActOutcome notReached(const api::ApiJob *job)
{
    ActOutcome outcome;
    outcome.error = job->error();
    outcome.result = job->wasSentBefore() ? ActOutcome::Result::Unknown : ActOutcome::Result::Offline;
    return outcome;
}

ActOutcome refusal(const api::ApiError &error)
{
    ActOutcome outcome;
    outcome.result = ActOutcome::Result::Refused;
    outcome.error = error;
    outcome.reason = error.summary();
    return outcome;
}

} // namespace

AgreementActions::AgreementActions(
    store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox, api::ApiClient &client)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_client(client)
    , m_archive(std::make_unique<store::AgreementArchive>(db))
    , m_alive(std::make_unique<QObject>())
{ }

AgreementActions::~AgreementActions() = default;

void AgreementActions::finish(const QString &agreementId, QObject *context, const Done &done, const ActOutcome &outcome)
{
    m_sending.removeAll(agreementId);
    if (context)
        done(outcome);
}

ActOutcome AgreementActions::adopt(const QJsonObject &contract, const QString &operation, const QString &action,
    const QString &path, const QJsonObject &body, const QString &sentAt)
{
    store::OutboxEntry entry;
    entry.operation = operation;
    entry.collection = kContracts;
    entry.objectId = contract.value(QStringLiteral("id")).toString();
    entry.method = "POST";
    entry.path = path;
    entry.body = body;
    entry.action = action;
    entry.createdAt = sentAt;
    ActOutcome outcome;
    store::CacheDatabase::Transaction transaction(m_db);
    const bool stored = transaction.isActive() && m_objects.putServer(kContracts, QString(), contract)
        && m_outbox.recordDone(entry).ok() && transaction.commit();
    // Connect has it either way; a cache that could not take it gets it with the next sync.
    outcome.result = ActOutcome::Result::Done;
    outcome.at = QDateTime::currentDateTimeUtc();
    if (!stored)
        outcome.reason = QStringLiteral("recorded by Connect, but the cache could not store it: %1")
                             .arg(m_db.lastError().isEmpty() ? m_outbox.lastError() : m_db.lastError());
    return outcome;
}

void AgreementActions::confirm(const QString &path, std::function<QJsonObject(const QJsonValue &)> found,
    std::function<void(const QJsonObject &)> settle)
{
    api::ApiJob *job = m_client.get(path);
    QObject::connect(job, &api::ApiJob::finished, m_alive.get(),
        [found = std::move(found), settle = std::move(settle)](api::ApiJob *read) {
            settle(read->ok() ? found(read->response().json.isArray() ? QJsonValue(read->response().json.array())
                                                                      : QJsonValue(read->response().json.object()))
                              : QJsonObject());
        });
}

void AgreementActions::sign(const QString &agreementId, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const auto agreement = m_objects.get(kAgreements, agreementId);
    const AgreementView view
        = agreement ? viewOf(agreement->json, jsonOf(m_objects.list(kContracts, QString()))) : AgreementView {};
    if (!agreement || !canSign(view) || m_sending.contains(agreementId)) {
        ActOutcome outcome;
        outcome.reason = !agreement ? QStringLiteral("agreement %1 is not in the cache").arg(agreementId)
            : m_sending.contains(agreementId)
            ? QStringLiteral("agreement %1 is being sent already").arg(agreementId)
            : QStringLiteral("agreement %1 has nothing to sign (contract %2 is %3)")
                  .arg(agreementId, view.contractId.isEmpty() ? QStringLiteral("-") : view.contractId,
                      view.contractStatus);
        done(outcome);
        return;
    }
    m_sending << agreementId;
    const QString contractId = view.contractId;
    const int version = view.activeVersion;
    const QString path = QStringLiteral("/contracts/%1/sign").arg(contractId);
    const QString sentAt = nowText();
    api::ApiJob *job = m_client.post(path, QJsonObject {});
    QObject::connect(job, &api::ApiJob::finished, m_alive.get(),
        [this, agreementId, contractId, version, path, sentAt, guard, done](api::ApiJob *finished) {
            if (finished->ok()) {
                finish(agreementId, guard, done,
                    adopt(finished->response().json.object(), QStringLiteral("action"), QStringLiteral("sign"), path,
                        {}, sentAt));
                return;
            }
            const api::ApiError error = finished->error();
            if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 400) {
                // Already signed on this version (an earlier attempt whose answer was lost): that is done.
                confirm(
                    QStringLiteral("/contracts/%1").arg(contractId),
                    [version](const QJsonValue &value) {
                        const QJsonObject contract = value.toObject();
                        return contract.value(QStringLiteral("status")).toString() == QLatin1String("active")
                                && contract.value(QStringLiteral("version")).toInt() >= version
                            ? contract
                            : QJsonObject();
                    },
                    [this, agreementId, path, sentAt, guard, done, error](const QJsonObject &contract) {
                        finish(agreementId, guard, done,
                            contract.isEmpty()
                                ? refusal(error)
                                : adopt(contract, QStringLiteral("action"), QStringLiteral("sign"), path, {}, sentAt));
                    });
                return;
            }
            finish(agreementId, guard, done, error.isRetryable() ? notReached(finished) : refusal(error));
        });
}

void AgreementActions::enrol(const QString &agreementId, const QString &note, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const auto agreement = m_objects.get(kAgreements, agreementId);
    const AgreementView view
        = agreement ? viewOf(agreement->json, jsonOf(m_objects.list(kContracts, QString()))) : AgreementView {};
    if (!agreement || !canEnrol(view) || m_sending.contains(agreementId)) {
        ActOutcome outcome;
        outcome.reason = !agreement           ? QStringLiteral("agreement %1 is not in the cache").arg(agreementId)
            : m_sending.contains(agreementId) ? QStringLiteral("agreement %1 is being sent already").arg(agreementId)
                                              : QStringLiteral("agreement %1 cannot be joined (it is %2, contract %3)")
                                                    .arg(agreementId, view.type, view.contractStatus);
        done(outcome);
        return;
    }
    m_sending << agreementId;
    const QString path = QStringLiteral("/agreements/%1/contracts").arg(agreementId);
    const QJsonObject body { { QStringLiteral("note"), note } };
    const QString sentAt = nowText();
    api::ApiJob *job = m_client.post(path, body);
    QObject::connect(job, &api::ApiJob::finished, m_alive.get(),
        [this, agreementId, path, body, sentAt, guard, done](api::ApiJob *finished) {
            if (finished->ok()) {
                finish(agreementId, guard, done,
                    adopt(finished->response().json.object(), QStringLiteral("create"), QString(), path, body, sentAt));
                return;
            }
            const api::ApiError error = finished->error();
            if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 400) {
                // Connect keeps one open or active contract per agreement: one that exists now is the enrollment
                // an earlier attempt made.
                confirm(
                    path,
                    [agreementId](const QJsonValue &value) {
                        QList<QJsonObject> contracts;
                        for (const QJsonValue &contract : value.toArray())
                            contracts << contract.toObject();
                        const QJsonObject current = contractOf(agreementId, contracts);
                        const QString status = current.value(QStringLiteral("status")).toString();
                        return status == QLatin1String("terminated") || status == QLatin1String("rejected")
                            ? QJsonObject()
                            : current;
                    },
                    [this, agreementId, path, body, sentAt, guard, done, error](const QJsonObject &contract) {
                        finish(agreementId, guard, done,
                            contract.isEmpty()
                                ? refusal(error)
                                : adopt(contract, QStringLiteral("create"), QString(), path, body, sentAt));
                    });
                return;
            }
            finish(agreementId, guard, done, error.isRetryable() ? notReached(finished) : refusal(error));
        });
}

void AgreementActions::keepForOffline()
{
    if (m_keeping)
        return;
    m_keepQueue.clear();
    for (const store::CachedObject &agreement : m_objects.list(kAgreements, QString())) {
        const int active
            = agreement.json.value(QStringLiteral("version")).toObject().value(QStringLiteral("version")).toInt();
        const auto kept = m_archive->versions(agreement.id);
        bool knowsActive = false;
        if (kept) {
            for (const QJsonObject &version : kept->versions)
                knowsActive = knowsActive || version.value(QStringLiteral("version")).toInt() == active;
        }
        if (!kept || !knowsActive || !documentsToKeep(agreement.id, kept->versions).isEmpty())
            m_keepQueue << agreement.id;
    }
    m_keeping = true;
    keepNext();
}

void AgreementActions::keepNext()
{
    if (m_keepQueue.isEmpty()) {
        m_keeping = false;
        return;
    }
    const QString id = m_keepQueue.takeFirst();
    fetchVersions(m_client, *m_archive, id, m_alive.get(), [this, id](const VersionList &list) {
        if (list.offline) {
            m_keepQueue.clear();
            m_keeping = false;
            return;
        }
        keepDocuments(id, documentsToKeep(id, list.versions));
    });
}

QList<QJsonObject> AgreementActions::documentsToKeep(
    const QString &agreementId, const QList<QJsonObject> &versions) const
{
    const QList<int> kept = m_archive->storedDocuments(agreementId);
    QList<QJsonObject> wanted;
    for (int i = 0; i < versions.size() && i < kKeptDocuments; ++i) {
        const QJsonObject &version = versions.at(i);
        if (version.value(QStringLiteral("document_type")).toString() == QLatin1String("uploaded")
            && !kept.contains(version.value(QStringLiteral("version")).toInt()))
            wanted << version;
    }
    return wanted;
}

void AgreementActions::keepDocuments(const QString &agreementId, QList<QJsonObject> versions)
{
    if (versions.isEmpty()) {
        keepNext();
        return;
    }
    const QJsonObject version = versions.takeFirst();
    fetchDocument(m_client, *m_archive, version, agreementId, m_alive.get(),
        [this, agreementId, versions](const Document &document) {
            if (document.offline) {
                m_keepQueue.clear();
                m_keeping = false;
                return;
            }
            keepDocuments(agreementId, versions);
        });
}

QList<AppAction> AgreementActions::appActions(const QString &agreementId, const QString &actor) const
{
    QStringList contractIds;
    for (const store::CachedObject &contract : m_objects.list(kContracts, QString())) {
        if (contract.json.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("id")).toString()
            == agreementId)
            contractIds << contract.id;
    }
    QList<AppAction> actions;
    // An enrolment is recorded against the agreement's path (an older build queued it before the contract had an id).
    for (const store::OutboxEntry &entry :
        m_outbox.history(kContracts, contractIds, QStringLiteral("/agreements/%1/contracts").arg(agreementId))) {
        actions << AppAction { entry.operation, entry.action, entry.state, entry.createdAt, entry.updatedAt,
            entry.lastError, actor };
    }
    return actions;
}

bool AgreementActions::isWaitingForSync(const QString &agreementId) const
{
    const auto agreement = m_objects.get(kAgreements, agreementId);
    if (!agreement)
        return false;
    const QString contractId
        = contractOf(agreementId, jsonOf(m_objects.list(kContracts, QString()))).value(QStringLiteral("id")).toString();
    if (contractId.isEmpty())
        return false;
    const auto contract = m_objects.get(kContracts, contractId);
    return (contract && contract->dirty) || m_outbox.hasUnpushed(kContracts, contractId);
}

} // namespace cv::agreements
