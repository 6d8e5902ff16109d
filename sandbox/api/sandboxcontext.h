#pragma once

#include "sandbox/api/apimessage.h"
#include "sandbox/store/sandboxstore.h"

#include <functional>
#include <optional>

namespace cv::sandbox {

class WebhookDispatcher;

/// What every API handler shares: the store, the clock, the acting account, list paging with RQL, and
/// change notifications for webhooks.
class SandboxContext final
{
    Q_DISABLE_COPY_MOVE(SandboxContext)

public:
    SandboxContext(SandboxStore &store, WebhookDispatcher *webhooks);

    SandboxStore &store() { return m_store; }

    /// ISO-8601 UTC with "+00:00", as Connect writes timestamps. Strictly increasing within a process so
    /// that incremental sync by `updated` never misses two changes in the same second.
    QString now();
    /// The vendor account the sandbox serves (the demo account).
    QJsonObject account() const;
    QString accountId() const;
    /// {id, name} of whoever acts through the API (the demo token).
    QJsonObject actor() const;
    /// {"at": now, "by": actor}
    QJsonObject event();

    using View = std::function<QJsonObject(const QJsonObject &)>;
    /// A collection page: RQL from the query (rules of the route's spec path), limit/offset, select(),
    /// and the `Content-Range: items a-b/total` header. `view` adjusts each object before select().
    ApiReply list(const ApiRequest &request, const QString &kind, const QString &parent = {}, const View &view = {},
        const QStringList &ignoredParams = {});
    ApiReply getOr404(const QString &kind, const QString &id, const QString &what);

    /// Parses the body as a JSON object; on failure fills `error` with a 400 that says where.
    std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiReply &error) const;

    /// Tells the webhooks that an object of `objectClass` (fulfillment_request, listing_request, ...)
    /// changed. `productId` narrows it to webhooks on that product.
    void changed(const QString &objectClass, const QJsonObject &object, const QString &productId);

    /// Merges `patch` into `target` recursively (objects merge, everything else replaces).
    static QJsonObject merged(QJsonObject target, const QJsonObject &patch);
    /// Sets events.<name> = {"at": now, "by": actor} (and events.updated for any change).
    void stamp(QJsonObject &object, const QString &eventName);

private:
    SandboxStore &m_store;
    WebhookDispatcher *m_webhooks;
    qint64 m_lastMillis = 0;
};

} // namespace cv::sandbox
