#include "app/apimodule/integrationactions.h"

#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"

namespace cv::apimodule {

namespace {
const QString kTokens = QStringLiteral("tokens");
const QString kWebhooks = QStringLiteral("webhooks");
} // namespace

IntegrationActions::IntegrationActions(
    store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_changes(std::make_unique<store::LocalChanges>(db, objects, outbox))
{ }

IntegrationActions::~IntegrationActions() = default;

IntegrationActions::Outcome IntegrationActions::setTokenActive(const QString &id, bool active)
{
    const auto token = m_objects.get(kTokens, id);
    if (!token || token->deleted)
        return QStringLiteral("token %1 is not in the cache").arg(id);
    QJsonObject optimistic = token->json;
    optimistic.insert(QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("inactive"));
    store::OutboxEntry entry;
    // POST /auth/tokens/{pk}/activate | deactivate (REFERENCE §3.22).
    entry.action = active ? QStringLiteral("activate") : QStringLiteral("deactivate");
    const auto done = m_changes->action(kTokens, id, optimistic, entry);
    if (!done)
        return done.error();
    return Saved { id };
}

IntegrationActions::Outcome IntegrationActions::removeToken(const QString &id)
{
    const auto done = m_changes->remove(kTokens, id, store::OutboxEntry());
    if (!done)
        return done.error();
    return Saved { id };
}

IntegrationActions::Outcome IntegrationActions::adoptGeneratedToken(const QJsonObject &token)
{
    const QString id = token.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !m_objects.putServer(kTokens, QString(), token))
        return QStringLiteral("token %1 could not be cached").arg(id);
    return Saved { id };
}

IntegrationActions::Outcome IntegrationActions::createWebhook(const WebhookDraft &draft, const QString &jwtSecret)
{
    const auto created = m_changes->create(kWebhooks, QString(), draft.toJson(), store::OutboxEntry());
    if (!created)
        return created.error();
    if (!jwtSecret.isEmpty())
        m_secrets.insert(created.value().id, jwtSecret);
    return Saved { created.value().id };
}

IntegrationActions::Outcome IntegrationActions::update(
    const QString &collection, const QString &id, const QJsonObject &changes)
{
    const auto object = m_objects.get(collection, id);
    if (!object || object->deleted)
        return QStringLiteral("%1 %2 is not in the cache").arg(collection, id);
    QJsonObject json = object->json;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    const auto done = m_changes->update(collection, id, json, store::OutboxEntry());
    if (!done)
        return done.error();
    return Saved { id };
}

IntegrationActions::Outcome IntegrationActions::updateWebhook(const QString &id, const WebhookDraft &draft)
{
    QJsonObject changes = draft.toJson();
    // product_id is the create-time spelling; an update names the product like the object shows it.
    changes.remove(QStringLiteral("product_id"));
    changes.remove(QStringLiteral("http_method"));
    return update(kWebhooks, id, changes);
}

IntegrationActions::Outcome IntegrationActions::setWebhookActive(const QString &id, bool active)
{
    return update(kWebhooks, id, { { QStringLiteral("active"), active } });
}

IntegrationActions::Outcome IntegrationActions::removeWebhook(const QString &id)
{
    const auto done = m_changes->remove(kWebhooks, id, store::OutboxEntry());
    if (!done)
        return done.error();
    m_secrets.remove(id);
    return Saved { id };
}

IntegrationActions::Outcome IntegrationActions::resubmitWebhook(const QString &id, const WebhookDraft &draft)
{
    if (!store::LocalChanges::isLocalId(id)) {
        dismissRefusal(kWebhooks, id);
        return updateWebhook(id, draft);
    }
    // Never created on Connect: drop the local object and everything queued for it, create it again.
    const QString secret = m_secrets.value(id);
    {
        store::CacheDatabase::Transaction transaction(m_db);
        for (const store::OutboxEntry &entry : m_outbox.failed() + m_outbox.pending()) {
            if (entry.collection == kWebhooks && entry.objectId == id)
                m_outbox.discard(entry.seq);
        }
        m_objects.remove(kWebhooks, id);
        transaction.commit();
    }
    m_secrets.remove(id);
    return createWebhook(draft, secret);
}

void IntegrationActions::dismissRefusal(const QString &collection, const QString &id)
{
    store::CacheDatabase::Transaction transaction(m_db);
    for (const store::OutboxEntry &entry : m_outbox.failed()) {
        if (entry.collection == collection && entry.objectId == id)
            m_outbox.discard(entry.seq);
    }
    // Nothing else queued for it: the object shows Connect's version again (a refused create goes).
    if (!m_outbox.hasUnpushed(collection, id)) {
        const auto object = m_objects.get(collection, id);
        if (object && store::LocalChanges::isLocalId(id)) {
            m_objects.remove(collection, id);
            m_secrets.remove(id);
        } else if (object && object->base && object->dirty) {
            m_objects.putServer(collection, object->parentId, *object->base);
        }
    }
    transaction.commit();
}

QJsonObject IntegrationActions::secretsFor(const store::OutboxEntry &entry) const
{
    if (entry.collection != kWebhooks || entry.operation != QLatin1String("create"))
        return {};
    const QString secret = m_secrets.value(entry.objectId);
    if (secret.isEmpty())
        return {};
    return { { QStringLiteral("jwt_secret"), secret } };
}

} // namespace cv::apimodule
