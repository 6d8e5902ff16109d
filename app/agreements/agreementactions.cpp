#include "app/agreements/agreementactions.h"

#include "app/agreements/agreementrules.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>

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

} // namespace

AgreementActions::AgreementActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_objects(objects)
    , m_outbox(outbox)
    , m_changes(std::make_unique<store::LocalChanges>(db, objects, outbox))
{ }

AgreementActions::~AgreementActions() = default;

core::Result<bool, QString> AgreementActions::sign(const QString &agreementId, const QJsonObject &signer)
{
    const auto agreement = m_objects.get(kAgreements, agreementId);
    if (!agreement)
        return QStringLiteral("agreement %1 is not in the cache").arg(agreementId);
    const QList<QJsonObject> contracts = jsonOf(m_objects.list(kContracts, QString()));
    const AgreementView view = viewOf(agreement->json, contracts);
    if (!canSign(view))
        return QStringLiteral("agreement %1 has nothing to sign (contract %2 is %3)")
            .arg(agreementId, view.contractId.isEmpty() ? QStringLiteral("-") : view.contractId, view.contractStatus);
    const auto contract = m_objects.get(kContracts, view.contractId);
    if (!contract)
        return QStringLiteral("contract %1 is not in the cache").arg(view.contractId);
    QJsonObject optimistic = contract->json;
    optimistic.insert(QStringLiteral("status"), QStringLiteral("active"));
    optimistic.insert(QStringLiteral("version"), view.activeVersion);
    QJsonObject events = optimistic.value(QStringLiteral("events")).toObject();
    events.insert(QStringLiteral("signed"),
        QJsonObject { { QStringLiteral("at"), nowText() }, { QStringLiteral("by"), signer } });
    optimistic.insert(QStringLiteral("events"), events);
    optimistic.insert(QStringLiteral("signee"), signer);
    store::OutboxEntry entry;
    entry.action = QStringLiteral("sign");
    const auto done = m_changes->action(kContracts, view.contractId, optimistic, entry);
    if (!done)
        return done.error();
    return true;
}

core::Result<bool, QString> AgreementActions::enrol(const QString &agreementId, const QString &note)
{
    const auto agreement = m_objects.get(kAgreements, agreementId);
    if (!agreement)
        return QStringLiteral("agreement %1 is not in the cache").arg(agreementId);
    const AgreementView view = viewOf(agreement->json, jsonOf(m_objects.list(kContracts, QString())));
    if (!canEnrol(view))
        return QStringLiteral("agreement %1 cannot be joined (it is %2, contract %3)")
            .arg(agreementId, view.type, view.contractStatus);
    const QJsonObject reference { { QStringLiteral("id"), agreementId }, { QStringLiteral("name"), view.name } };
    QJsonObject contract { { QStringLiteral("type"), view.type },
        { QStringLiteral("status"), QStringLiteral("enrolling") }, { QStringLiteral("agreement"), reference },
        { QStringLiteral("note"), note }, { QStringLiteral("version"), view.activeVersion },
        { QStringLiteral("latest"), true }, { QStringLiteral("name"), view.name },
        { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("created"), QJsonObject { { QStringLiteral("at"), nowText() } } } } } };
    if (!view.marketplaceId.isEmpty())
        contract.insert(QStringLiteral("marketplace"),
            QJsonObject {
                { QStringLiteral("id"), view.marketplaceId }, { QStringLiteral("name"), view.marketplaceName } });
    store::OutboxEntry entry;
    entry.path = QStringLiteral("/agreements/%1/contracts").arg(agreementId);
    entry.body = QJsonObject { { QStringLiteral("note"), note } };
    const auto created = m_changes->create(kContracts, QString(), contract, entry);
    if (!created)
        return created.error();
    return true;
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
    // An enrolment is queued against the agreement's path (its contract had only a local id then).
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
