#pragma once

#include "app/core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::account {

/// The Account module's edits, made offline (REFERENCE §3.24): each changes the cache and queues the call for
/// the sync engine in one transaction (store::LocalChanges), so the page shows it at once as "waiting for sync".
/// Errors are Connect-style "field: message" texts, so the page puts them next to the field (api::Problem).
class AccountActions final
{
public:
    AccountActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);

    /// The cached account `accountId` (its shown version, local edits included).
    std::optional<QJsonObject> account(const QString &accountId) const;
    /// Renames the account: PUT /accounts/{id} {"name"} on the next sync.
    core::Result<bool, QStringList> rename(const QString &accountId, const QString &name);
    /// Invites `email` into the account: POST /accounts/{id}/users {"email"} on the next sync; the user names
    /// themselves when registering (lab guide, "Add User"). Returns the local id of the invited user.
    core::Result<QString, QStringList> invite(const QString &accountId, const QString &email);
    /// Removes the user: DELETE /accounts/{account}/users/{id} on the next sync (hidden at once). An invitation
    /// that never reached Connect (waiting, or refused) is cancelled here instead: its queued call and its row go,
    /// nothing is sent.
    core::Result<bool, QStringList> removeUser(const QString &accountId, const QString &userId);

private:
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
};

} // namespace cv::account
