#pragma once

#include "app/agreements/agreementrules.h"
#include "app/core/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace cv::store {
class CacheDatabase;
class LocalChanges;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::agreements {

/// The vendor's actions on agreements, saved offline: each changes the cache at once (optimistic) and queues the
/// API call in the outbox in one transaction; the sync sends it and the server's answer replaces the guess.
/// Errors are Connect-style English sentences for the log; the UI words its own refusals.
class AgreementActions final
{
public:
    AgreementActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~AgreementActions();

    /// Signs the agreement's active version on the vendor's contract (POST /contracts/{id}/sign). `signer` is
    /// {id, name} of the user, shown until the server answers. Refused unless canSign().
    core::Result<bool, QString> sign(const QString &agreementId, const QJsonObject &signer);
    /// Enrols in a distribution agreement (POST /agreements/{id}/contracts): a local contract "enrolling"
    /// until the server answers. Refused unless canEnrol().
    core::Result<bool, QString> enrol(const QString &agreementId, const QString &note);
    /// What this app did on the agreement's contracts (signed, enrolled...) and whether the server took it, oldest
    /// first; `actor` names the user the account acted as.
    QList<AppAction> appActions(const QString &agreementId, const QString &actor) const;
    /// True while the agreement's contract has a change the server has not confirmed.
    bool isWaitingForSync(const QString &agreementId) const;

private:
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<store::LocalChanges> m_changes;
};

} // namespace cv::agreements
