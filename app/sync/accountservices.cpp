#include "app/sync/accountservices.h"

#include "app/account/accountactions.h"
#include "app/agreements/agreementactions.h"
#include "app/api/apiclient.h"
#include "app/apimodule/integrationactions.h"
#include "app/core/datapaths.h"
#include "app/fulfillment/requestactions.h"
#include "app/helpdesk/caseactions.h"
#include "app/inventory/producteditor.h"
#include "app/listings/listingactions.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountsession.h"
#include "app/sync/refusedchanges.h"
#include "app/sync/syncengine.h"
#include "app/usage/usageactions.h"

#include <QFile>

namespace cv::sync {

AccountServices::AccountServices(AccountSession *session, const accounts::Account &account,
    std::unique_ptr<store::CacheDatabase> cache, std::unique_ptr<api::ApiClient> client)
    : QObject(nullptr) // owned by the session (unique_ptr), deleted before it
    , m_session(session)
    , m_account(account)
    , m_client(std::move(client))
    , m_cache(std::move(cache))
    , m_engine(std::make_unique<SyncEngine>(*m_client, *m_cache))
    , m_requestActions(std::make_unique<fulfillment::RequestActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_productEditor(std::make_unique<inventory::ProductEditor>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_agreementActions(
          std::make_unique<agreements::AgreementActions>(*m_cache, m_engine->objects(), m_engine->outbox(), *m_client))
    , m_listingActions(std::make_unique<listings::ListingActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_integrationActions(
          std::make_unique<apimodule::IntegrationActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_accountActions(std::make_unique<account::AccountActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_caseActions(std::make_unique<helpdesk::CaseActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_usageActions(std::make_unique<usage::UsageActions>(*m_cache, m_engine->objects(), m_engine->outbox()))
    , m_refusedChanges(std::make_unique<RefusedChanges>(*m_cache, m_engine->objects(), m_engine->outbox()))
{
    // Secrets never sit in the outbox: the push asks the actions that hold them in memory.
    m_engine->setSecretSource(
        [actions = m_integrationActions.get()](const store::OutboxEntry &entry) { return actions->secretsFor(entry); });
    updateCurrentUser();
    connect(session, &AccountSession::synced, this, [this](const SyncSummary &summary) {
        updateCurrentUser();
        Q_EMIT synced(summary);
        // The agreements' versions and documents are no collection the sync pulls (store/agreementarchive.h):
        // read what is missing now, so their pages work offline.
        if (summary.ok)
            m_agreementActions->keepForOffline();
    });
    connect(session, &AccountSession::cacheChanged, this, &AccountServices::cacheChanged);
    connect(session, &AccountSession::connectionChanged, this, [this](AccountSession::Connection connection) {
        if (connection == AccountSession::Connection::Syncing)
            Q_EMIT syncStarting();
    });
}

AccountServices::~AccountServices()
{
    m_engine->cancel();
}

store::ObjectRepository &AccountServices::objects()
{
    return m_engine->objects();
}

store::Outbox &AccountServices::outbox()
{
    return m_engine->outbox();
}

void AccountServices::updateCurrentUser()
{
    const auto users = m_engine->objects().list(QStringLiteral("users"), m_account.id);
    for (const store::CachedObject &user : users) {
        if (user.json.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            continue;
        if (m_currentUser.value(QStringLiteral("id")).toString() == user.id)
            return; // unchanged: pages do not reload what the user has open
        m_currentUser = QJsonObject { { QStringLiteral("id"), user.json.value(QStringLiteral("id")) },
            { QStringLiteral("name"), user.json.value(QStringLiteral("name")) },
            { QStringLiteral("email"), user.json.value(QStringLiteral("email")) } };
        Q_EMIT currentUserChanged(m_currentUser);
        return;
    }
}

bool AccountServices::deleteOfflineData(const QString &keychainKey)
{
    const QString cache = core::DataPaths::cacheFileFor(keychainKey);
    bool removed = true;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(cache + suffix) && !QFile::remove(cache + suffix))
            removed = false;
    }
    return removed;
}

} // namespace cv::sync
