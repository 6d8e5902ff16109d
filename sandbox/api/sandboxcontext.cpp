#include "sandbox/api/sandboxcontext.h"

#include "sandbox/api/webhookdispatcher.h"
#include "sandbox/rql/rqlquery.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cv::sandbox {

SandboxContext::SandboxContext(SandboxStore &store, WebhookDispatcher *webhooks)
    : m_store(store)
    , m_webhooks(webhooks)
{ }

QString SandboxContext::now()
{
    qint64 millis = QDateTime::currentMSecsSinceEpoch();
    if (millis <= m_lastMillis)
        millis = m_lastMillis + 1;
    m_lastMillis = millis;
    // Microseconds as Connect sometimes writes them; the fraction keeps timestamps unique and sortable.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000")) + QStringLiteral("+00:00");
}

QJsonObject SandboxContext::account() const
{
    const QString id = m_store.meta(QStringLiteral("account_id"));
    return m_store.get(QStringLiteral("accounts"), id).value_or(QJsonObject {});
}

QString SandboxContext::accountId() const
{
    return m_store.meta(QStringLiteral("account_id"));
}

QJsonObject SandboxContext::actor() const
{
    return { { QStringLiteral("id"), m_store.meta(QStringLiteral("user_id")) },
        { QStringLiteral("name"), m_store.meta(QStringLiteral("user_name")) } };
}

QJsonObject SandboxContext::event()
{
    return { { QStringLiteral("at"), now() }, { QStringLiteral("by"), actor() } };
}

void SandboxContext::stamp(QJsonObject &object, const QString &eventName)
{
    QJsonObject events = object.value(QStringLiteral("events")).toObject();
    const QJsonObject e = event();
    events.insert(eventName, e);
    if (eventName != QLatin1String("updated"))
        events.insert(QStringLiteral("updated"), e);
    object.insert(QStringLiteral("events"), events);
}

ApiReply SandboxContext::list(const ApiRequest &request, const QString &kind, const QString &parent, const View &view,
    const QStringList &ignoredParams)
{
    auto schema = rql::CollectionSchema::forPath(request.specPath);
    // The spec types this flag as a string (it allows `in`), but parameters hold a JSON boolean.
    if (const rql::FieldRule *rule = schema.field(QStringLiteral("constraints.required"))) {
        rql::FieldRule fixed = *rule;
        fixed.type = rql::FieldType::Boolean;
        schema.addField(fixed);
    }
    const auto compiled = rql::compile(request.rawQuery, schema, QStringLiteral("json"), ignoredParams);
    if (!compiled)
        return ApiReply::error(400, QStringLiteral("RQL_001"), { compiled.error().message });
    const rql::CompiledQuery &query = compiled.value();
    // Shown as stored (no view, no select): the stored JSON texts are joined as they are, without decoding and
    // encoding each object again (a 1,000-object page of requests is 4 MB).
    const bool asStored = !view && query.selectInclude.isEmpty() && query.selectExclude.isEmpty();
    const auto page = m_store.list(kind, parent, query, asStored);
    if (!page)
        return ApiReply::error(400, QStringLiteral("RQL_002"), { page.error() });
    qint64 count = 0;
    ApiReply reply;
    if (asStored) {
        QByteArray body;
        qsizetype size = 2;
        for (const QByteArray &text : page.value().texts)
            size += text.size() + 1;
        body.reserve(size);
        body += '[';
        for (const QByteArray &text : page.value().texts) {
            if (count++ > 0)
                body += ',';
            body += text;
        }
        body += ']';
        reply = ApiReply::raw(body, "application/json");
    } else {
        QJsonArray array;
        const bool selects = !query.selectInclude.isEmpty() || !query.selectExclude.isEmpty();
        const QStringList hidden = selects ? schema.hiddenByDefault() : QStringList();
        for (const QJsonObject &object : page.value().objects) {
            const QJsonObject shown = view ? view(object) : object;
            array.append(selects ? rql::applySelect(shown, query.selectInclude, query.selectExclude, hidden) : shown);
        }
        count = array.size();
        reply = ApiReply::json(array);
    }
    const qint64 first = query.offset;
    const qint64 last = count == 0 ? first : first + count - 1;
    reply.headers.append(
        { "Content-Range", QStringLiteral("items %1-%2/%3").arg(first).arg(last).arg(page.value().total).toLatin1() });
    return reply;
}

ApiReply SandboxContext::getOr404(const QString &kind, const QString &id, const QString &what)
{
    const auto object = m_store.get(kind, id);
    if (!object)
        return ApiReply::notFound(what, id);
    return ApiReply::json(*object);
}

std::optional<QJsonObject> SandboxContext::jsonBody(const ApiRequest &request, ApiReply &error) const
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiReply::error(400, QStringLiteral("VAL_001"),
            { QStringLiteral("body: invalid JSON at offset %1: %2")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()) });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = ApiReply::validation({ QStringLiteral("body: expected a JSON object") });
        return std::nullopt;
    }
    return doc.object();
}

void SandboxContext::changed(const QString &objectClass, const QJsonObject &object, const QString &productId)
{
    if (m_webhooks)
        m_webhooks->objectChanged(objectClass, object, productId);
}

QJsonObject SandboxContext::merged(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && target.value(it.key()).isObject())
            target.insert(it.key(), merged(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

} // namespace cv::sandbox
