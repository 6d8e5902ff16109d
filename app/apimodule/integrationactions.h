#pragma once

#include "app/apimodule/integrationrules.h"
#include "app/core/result.h"
#include "app/store/outbox.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cv::store {
class CacheDatabase;
class LocalChanges;
class ObjectRepository;
} // namespace cv::store

namespace cv::apimodule {

/// The API module's edits of cached tokens and webhooks, saved at once (cache + outbox in one transaction,
/// store::LocalChanges) and sent by the next sync. One per open account (sync::AccountServices).
///
/// Secrets: a webhook's jwt_secret never reaches the cache or the outbox (store::ObjectRepository strips
/// it). A webhook created here keeps the secret the wizard showed in memory only, keyed by its local id,
/// until the sync's push asks for it (secretsFor(), wired to the sync engine by AccountServices). If the
/// app quits before that, Connect generates the secret itself and the page fetches it on demand.
class IntegrationActions final
{
public:
    IntegrationActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~IntegrationActions();

    /// The id of the object changed (a local id for one created here).
    struct Saved
    {
        QString id;
    };
    using Outcome = core::Result<Saved, QString>; ///< what was saved, or what failed in the cache

    Outcome setTokenActive(const QString &id, bool active);
    Outcome removeToken(const QString &id);
    /// A token Connect just generated (its secret stripped on the way into the cache).
    Outcome adoptGeneratedToken(const QJsonObject &token);

    /// A new webhook; `jwtSecret` is sent with its create and otherwise kept in memory only.
    Outcome createWebhook(const WebhookDraft &draft, const QString &jwtSecret);
    Outcome updateWebhook(const QString &id, const WebhookDraft &draft);
    Outcome setWebhookActive(const QString &id, bool active);
    Outcome removeWebhook(const QString &id);
    /// Sends a webhook again after Connect refused its last change, with the fields fixed: the refused
    /// entries are dropped and the change queued again (a create that never reached Connect is created anew,
    /// with the secret it was going to carry). Returns the id the webhook now has.
    Outcome resubmitWebhook(const QString &id, const WebhookDraft &draft);
    /// Drops Connect's refusal of the last changes of `collection`/`id` (the user read it) and shows Connect's
    /// version again: the refused local edit is undone, a refused creation removed.
    void dismissRefusal(const QString &collection, const QString &id);

    /// The secret fields to add to the body of `entry` when it is sent ({} for most entries).
    QJsonObject secretsFor(const store::OutboxEntry &entry) const;
    /// The secret a webhook created here will be sent with, while it waits for sync ("" if none).
    QString secretInFlight(const QString &webhookId) const { return m_secrets.value(webhookId); }

private:
    Outcome update(const QString &collection, const QString &id, const QJsonObject &changes);

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<store::LocalChanges> m_changes;
    QHash<QString, QString> m_secrets; ///< local webhook id -> jwt_secret (memory only)
};

} // namespace cv::apimodule
