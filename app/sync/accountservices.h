#pragma once

#include "app/accounts/account.h"
#include "app/sync/syncsummary.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace cv::agreements {
class AgreementActions;
}
namespace cv::account {
class AccountActions;
}
namespace cv::api {
class ApiClient;
}
namespace cv::listings {
class ListingActions;
}
namespace cv::apimodule {
class IntegrationActions;
}
namespace cv::helpdesk {
class CaseActions;
}
namespace cv::fulfillment {
class RequestActions;
}
namespace cv::inventory {
class ProductEditor;
}
namespace cv::usage {
class UsageActions;
}
namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::sync {

class AccountSession;
class RefusedChanges;
class SyncEngine;

/// What the modules of one open account work with: its cache (repositories, outbox), its API client and sync
/// engine, the offline actions of each module (request actions, product editor) and who the user is. The
/// AccountSession makes one when it opens an account and deletes it when it closes or switches: a page keeps
/// nothing of an account once its services are gone. Module pages receive it (ModulePage::attach); they never
/// build these objects themselves.
class AccountServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountServices)

public:
    AccountServices(AccountSession *session, const accounts::Account &account,
        std::unique_ptr<store::CacheDatabase> cache, std::unique_ptr<api::ApiClient> client);
    ~AccountServices() override;

    accounts::Account account() const { return m_account; }
    /// The session that opened this account (connection state, sync schedule, online features).
    AccountSession *session() const { return m_session; }

    store::CacheDatabase &cache() { return *m_cache; }
    api::ApiClient &client() { return *m_client; }
    SyncEngine &engine() { return *m_engine; }
    store::ObjectRepository &objects();
    store::Outbox &outbox();
    fulfillment::RequestActions &requestActions() { return *m_requestActions; }
    inventory::ProductEditor &productEditor() { return *m_productEditor; }
    agreements::AgreementActions &agreementActions() { return *m_agreementActions; }
    listings::ListingActions &listingActions() { return *m_listingActions; }
    /// Tokens and webhooks (the API module); also holds webhook secrets waiting to be sent, in memory.
    apimodule::IntegrationActions &integrationActions() { return *m_integrationActions; }
    account::AccountActions &accountActions() { return *m_accountActions; }
    helpdesk::CaseActions &caseActions() { return *m_caseActions; }
    /// Usage files: create, template, checked upload, submit/accept/reject/close (the Usage module).
    usage::UsageActions &usageActions() { return *m_usageActions; }
    /// Send again or give up the changes the server refused, object by object.
    RefusedChanges &refusedChanges() { return *m_refusedChanges; }

    /// {id, name, email} of the user the account acts as, or empty while unknown. An API key acts for its
    /// account and Connect assigns requests to users: it is the account's active user in the cache, read
    /// when the account opens and after each sync.
    QJsonObject currentUser() const { return m_currentUser; }

    /// Deletes the offline data (the cache file and its journal) of the account stored under `keychainKey`.
    /// The account must be closed first. Returns false if a file stayed.
    static bool deleteOfflineData(const QString &keychainKey);

Q_SIGNALS:
    /// A sync ended (forwarded from the session): pages re-read the cache.
    void synced(const cv::sync::SyncSummary &summary);
    /// A sync is starting: what is typed is saved first so that it goes out with it.
    void syncStarting();
    /// The cache changed outside a sync (a conflict decision).
    void cacheChanged();
    void currentUserChanged(const QJsonObject &user);

private:
    void updateCurrentUser();

    AccountSession *m_session;
    accounts::Account m_account;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<fulfillment::RequestActions> m_requestActions;
    std::unique_ptr<inventory::ProductEditor> m_productEditor;
    std::unique_ptr<agreements::AgreementActions> m_agreementActions;
    std::unique_ptr<listings::ListingActions> m_listingActions;
    std::unique_ptr<apimodule::IntegrationActions> m_integrationActions;
    std::unique_ptr<account::AccountActions> m_accountActions;
    std::unique_ptr<helpdesk::CaseActions> m_caseActions;
    std::unique_ptr<usage::UsageActions> m_usageActions;
    std::unique_ptr<RefusedChanges> m_refusedChanges;
    QJsonObject m_currentUser;
};

} // namespace cv::sync
