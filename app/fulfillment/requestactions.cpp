#include "app/fulfillment/requestactions.h"

#include "app/content/templaterender.h"
#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cv::fulfillment {

namespace {

const QString kRequests = u"requests"_s;

QJsonObject assetOf(const QJsonObject &request)
{
    return request.value(u"asset"_s).toObject();
}

QString productIdOf(const QJsonObject &request)
{
    return assetOf(request).value(u"product"_s).toObject().value(u"id"_s).toString();
}

bool hasValue(const QJsonObject &param)
{
    if (!param.value(u"value"_s).toString().isEmpty())
        return true;
    const QJsonValue structured = param.value(u"structured_value"_s);
    return (structured.isObject() && !structured.toObject().isEmpty())
        || (structured.isArray() && !structured.toArray().isEmpty());
}

/// Choice values listed for a parameter, wherever the payload keeps them.
QStringList choiceValues(const QJsonObject &param)
{
    const QJsonObject constraints = param.value(u"constraints"_s).toObject();
    QJsonArray choices = param.value(u"value_choices"_s).toArray();
    if (choices.isEmpty())
        choices = constraints.value(u"choices"_s).toArray();
    if (choices.isEmpty())
        choices = constraints.value(u"meta"_s).toObject().value(u"choices"_s).toArray();
    QStringList values;
    for (const QJsonValue &choice : choices)
        values << (choice.isObject() ? choice.toObject().value(u"value"_s).toString() : choice.toString());
    return values;
}

bool matches(const QString &pattern, const QString &value)
{
    return QRegularExpression(u"^(?:"_s + pattern + u")$"_s, QRegularExpression::CaseInsensitiveOption)
        .match(value)
        .hasMatch();
}

QJsonArray paramsWith(QJsonArray params, const QString &id, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < params.size(); ++i) {
        QJsonObject line = params.at(i).toObject();
        if (line.value(u"id"_s).toString() == id || line.value(u"name"_s).toString() == id) {
            line.insert(key, value);
            params.replace(i, line);
        }
    }
    return params;
}

ActionError refused(ActionError::Code code, const QString &status = {})
{
    ActionError error;
    error.code = code;
    error.status = status;
    return error;
}

} // namespace

QStringList allowedFrom(const QString &action)
{
    static const QHash<QString, QStringList> table {
        { u"pend"_s, { u"inquiring"_s, u"draft"_s } },
        { u"approve"_s, { u"pending"_s } },
        { u"inquire"_s, { u"pending"_s } },
        { u"fail"_s, { u"pending"_s, u"inquiring"_s } },
        { u"assign"_s, { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"scheduled"_s, u"revoking"_s } },
        { u"unassign"_s,
            { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"scheduled"_s, u"revoking"_s } },
        { u"update"_s, { u"draft"_s, u"pending"_s, u"inquiring"_s } },
    };
    return table.value(action);
}

bool isAllowed(const QString &action, const QString &status)
{
    return allowedFrom(action).contains(status);
}

QStringList validateParameterValue(const QJsonObject &param, const QString &value)
{
    const QJsonObject constraints = param.value(u"constraints"_s).toObject();
    const QString type = param.value(u"type"_s).toString(u"text"_s);
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        if (constraints.value(u"required"_s).toBool())
            return { u"This parameter is required."_s };
        return {};
    }
    QStringList errors;
    const int minLength = constraints.value(u"min_length"_s).toInt(0);
    const int maxLength = constraints.value(u"max_length"_s).toInt(0);
    if (minLength > 0 && text.size() < minLength)
        errors << u"Ensure this value has at least %1 characters."_s.arg(minLength);
    if (maxLength > 0 && text.size() > maxLength)
        errors << u"Ensure this value has at most %1 characters."_s.arg(maxLength);

    if (type == QLatin1String("email")) {
        if (!matches(
                u"[A-Z0-9._%+'-]+@[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?(?:\\.[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?)*\\.[A-Z]{2,63}"_s,
                text))
            errors << u"Enter a valid email address."_s;
    } else if (type == QLatin1String("url")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || text.contains(QLatin1Char(' ')))
            errors << u"Enter a valid URL (http:// or https://)."_s;
    } else if (type == QLatin1String("phone")) {
        const qsizetype digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        if (!matches(u"\\+?[0-9 ()./-]+"_s, text) || digits < 6 || digits > 15)
            errors << u"Enter a valid phone number, e.g. +1 555 0100 200."_s;
    } else if (type == QLatin1String("domain")) {
        if (text.size() > 253 || !matches(u"(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+[A-Z]{2,63}"_s, text))
            errors << u"Enter a valid domain name, e.g. example.com."_s;
    } else if (type == QLatin1String("subdomain")) {
        if (!matches(u"[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?"_s, text))
            errors << u"Enter a valid subdomain: letters, digits and hyphens, not starting or ending with a hyphen."_s;
    } else if (type == QLatin1String("address")) {
        int parts = 0;
        for (const QString &part : text.split(QLatin1Char(',')))
            parts += part.trimmed().isEmpty() ? 0 : 1;
        if (parts < 3)
            errors << u"Enter a full address: street, city, postal code and country, separated by commas."_s;
    } else if (type == QLatin1String("choice") || type == QLatin1String("dropdown")) {
        const QStringList choices = choiceValues(param);
        if (!choices.isEmpty() && !choices.contains(text))
            errors << u"Select a valid choice. %1 is not one of the available choices."_s.arg(text);
    } else if (type == QLatin1String("checkbox")) {
        const QStringList choices = choiceValues(param);
        const QStringList picked = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &one : picked) {
            const QString v = one.trimmed();
            const bool ok
                = choices.isEmpty() ? (v == QLatin1String("true") || v == QLatin1String("false")) : choices.contains(v);
            if (!ok)
                errors << u"Select a valid choice. %1 is not one of the available choices."_s.arg(v);
        }
    } else if (type == QLatin1String("object")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            errors << u"Enter a valid JSON object."_s;
    }
    return errors;
}

QList<QJsonObject> requestParameters(const QJsonObject &request, const QString &phase)
{
    QList<QJsonObject> params;
    for (const QJsonValue &value : assetOf(request).value(u"params"_s).toArray()) {
        const QJsonObject param = value.toObject();
        if (phase.isEmpty() || param.value(u"phase"_s).toString() == phase)
            params << param;
    }
    return params;
}

QStringList missingRequiredParameters(const QJsonObject &request)
{
    // Ordering parameters too: when the customer left one empty, the vendor fills it on their behalf (the lab's
    // admin email) before approving; approving without it sends the customer an activation with a hole in it.
    QStringList missing;
    for (const QString &phase : { u"ordering"_s, u"fulfillment"_s }) {
        for (const QJsonObject &param : requestParameters(request, phase)) {
            const QJsonObject constraints = param.value(u"constraints"_s).toObject();
            if (constraints.value(u"required"_s).toBool() && !constraints.value(u"hidden"_s).toBool()
                && !hasValue(param))
                missing << param.value(u"id"_s).toString();
        }
    }
    return missing;
}

QJsonObject withParameterValues(QJsonObject request, const QHash<QString, QString> &values)
{
    QJsonObject asset = assetOf(request);
    QJsonArray params = asset.value(u"params"_s).toArray();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        params = paramsWith(params, it.key(), u"value"_s, it.value().trimmed());
    asset.insert(u"params"_s, params);
    request.insert(u"asset"_s, asset);
    return request;
}

QList<QJsonObject> requestTemplates(
    const store::ObjectRepository &objects, const QJsonObject &request, const QString &type)
{
    const QString productId = productIdOf(request);
    if (productId.isEmpty())
        return {};
    const auto query = store::ObjectQuery().where(u"scope"_s, u"asset"_s).where(u"type"_s, type).sortBy(u"name"_s);
    QList<QJsonObject> templates;
    for (const store::CachedObject &object : objects.list(u"templates"_s, productId, query))
        templates << object.json;
    return templates;
}

QString renderForRequest(const QJsonObject &templ, const QJsonObject &request)
{
    return content::renderTemplate(templ.value(u"body"_s).toString(), content::requestTemplateValues(request));
}

RequestActions::RequestActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
    , m_changes(std::make_unique<store::LocalChanges>(db, objects, outbox))
{ }

RequestActions::~RequestActions() = default;

bool RequestActions::isWaitingForSync(const QString &id) const
{
    const auto object = m_objects.get(kRequests, id);
    return (object && object->dirty) || m_outbox.hasUnpushed(kRequests, id);
}

core::Result<QJsonObject, ActionError> RequestActions::load(const QString &id, const QString &action) const
{
    const auto object = m_objects.get(kRequests, id);
    if (!object || object->deleted)
        return refused(ActionError::NotFound);
    const QString status = object->json.value(u"status"_s).toString();
    if (!isAllowed(action, status))
        return refused(ActionError::NotAllowed, status);
    return object->json;
}

ActionResult RequestActions::runAction(
    const QString &id, const QString &action, const QJsonObject &optimistic, const QJsonObject &body)
{
    store::OutboxEntry entry;
    entry.action = action;
    entry.body = body;
    const auto done = m_changes->action(kRequests, id, optimistic, entry);
    if (!done) {
        ActionError error = refused(ActionError::StorageFailed);
        error.messages << done.error();
        return error;
    }
    return true;
}

ActionResult RequestActions::switchToPending(const QString &id)
{
    const auto request = load(id, u"pend"_s);
    if (!request)
        return request.error();
    QJsonObject optimistic = request.value();
    optimistic.insert(u"status"_s, u"pending"_s);
    return runAction(id, u"pend"_s, optimistic, {});
}

ActionResult RequestActions::approve(const QString &id, const QString &templateId)
{
    const auto loaded = load(id, u"approve"_s);
    if (!loaded)
        return loaded.error();
    const QJsonObject &request = loaded.value();
    if (templateId.isEmpty())
        return refused(ActionError::TemplateRequired, request.value(u"status"_s).toString());
    const QStringList missing = missingRequiredParameters(request);
    if (!missing.isEmpty()) {
        ActionError error = refused(ActionError::MissingRequired, request.value(u"status"_s).toString());
        error.parameters = missing;
        return error;
    }
    QJsonObject templ;
    for (const QJsonObject &candidate : requestTemplates(m_objects, request, u"fulfillment"_s)) {
        if (candidate.value(u"id"_s).toString() == templateId)
            templ = candidate;
    }
    if (templ.isEmpty())
        return refused(ActionError::WrongTemplate, request.value(u"status"_s).toString());
    const QString message = renderForRequest(templ, request);
    QJsonObject optimistic = request;
    optimistic.insert(u"status"_s, u"approved"_s);
    optimistic.insert(u"template"_s,
        QJsonObject { { u"id"_s, templateId }, { u"name"_s, templ.value(u"name"_s) }, { u"message"_s, message } });
    optimistic.insert(u"activation_key"_s, message);
    return runAction(id, u"approve"_s, optimistic, QJsonObject { { u"template_id"_s, templateId } });
}

ActionResult RequestActions::inquire(
    const QString &id, const QString &templateId, const QHash<QString, QString> &messages)
{
    const auto loaded = load(id, u"inquire"_s);
    if (!loaded)
        return loaded.error();
    QJsonObject request = loaded.value();
    QHash<QString, QString> flagged;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            flagged.insert(it.key(), it.value().trimmed());
    }
    if (templateId.isEmpty() && flagged.isEmpty())
        return refused(ActionError::NothingToInquire, request.value(u"status"_s).toString());
    QJsonObject templ;
    if (!templateId.isEmpty()) {
        for (const QJsonObject &candidate : requestTemplates(m_objects, request, u"inquire"_s)) {
            if (candidate.value(u"id"_s).toString() == templateId)
                templ = candidate;
        }
        if (templ.isEmpty())
            return refused(ActionError::WrongTemplate, request.value(u"status"_s).toString());
    }

    store::CacheDatabase::Transaction transaction(m_db);
    if (!flagged.isEmpty()) {
        // The server reads the messages from the stored request, so they are PUT before the inquire.
        QJsonObject asset = assetOf(request);
        QJsonArray params = asset.value(u"params"_s).toArray();
        QJsonArray updates;
        for (auto it = flagged.cbegin(); it != flagged.cend(); ++it) {
            params = paramsWith(params, it.key(), u"value_error"_s, it.value());
            updates.append(QJsonObject { { u"id"_s, it.key() }, { u"value_error"_s, it.value() } });
        }
        asset.insert(u"params"_s, params);
        request.insert(u"asset"_s, asset);
        store::OutboxEntry entry;
        entry.body = QJsonObject { { u"asset"_s, QJsonObject { { u"params"_s, updates } } } };
        const auto updated = m_changes->update(kRequests, id, request, entry);
        if (!updated) {
            ActionError error = refused(ActionError::StorageFailed);
            error.messages << updated.error();
            return error;
        }
    }
    QJsonObject optimistic = request;
    optimistic.insert(u"status"_s, u"inquiring"_s);
    QJsonObject body;
    if (!templ.isEmpty()) {
        optimistic.insert(u"template"_s,
            QJsonObject { { u"id"_s, templateId }, { u"name"_s, templ.value(u"name"_s) },
                { u"message"_s, renderForRequest(templ, request) } });
        body.insert(u"template_id"_s, templateId);
    }
    const ActionResult done = runAction(id, u"inquire"_s, optimistic, body);
    if (!done)
        return done;
    if (!transaction.commit()) {
        ActionError error = refused(ActionError::StorageFailed);
        error.messages << u"cannot commit the inquire"_s;
        return error;
    }
    return true;
}

ActionResult RequestActions::reject(const QString &id, const QString &reason)
{
    const auto loaded = load(id, u"fail"_s);
    if (!loaded)
        return loaded.error();
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return refused(ActionError::ReasonRequired, loaded.value().value(u"status"_s).toString());
    QJsonObject optimistic = loaded.value();
    optimistic.insert(u"status"_s, u"failed"_s);
    optimistic.insert(u"reason"_s, text);
    return runAction(id, u"fail"_s, optimistic, QJsonObject { { u"reason"_s, text } });
}

ActionResult RequestActions::assignTo(const QString &id, const QJsonObject &user)
{
    const auto loaded = load(id, u"assign"_s);
    if (!loaded)
        return loaded.error();
    const QString userId = user.value(u"id"_s).toString();
    if (userId.isEmpty())
        return refused(ActionError::UserRequired, loaded.value().value(u"status"_s).toString());
    QJsonObject optimistic = loaded.value();
    optimistic.insert(u"assignee"_s,
        QJsonObject { { u"id"_s, userId }, { u"name"_s, user.value(u"name"_s).toString(userId) },
            { u"email"_s, user.value(u"email"_s).toString() } });
    return runAction(id, u"assign"_s, optimistic, QJsonObject { { u"id"_s, userId } });
}

ActionResult RequestActions::unassign(const QString &id)
{
    const auto loaded = load(id, u"unassign"_s);
    if (!loaded)
        return loaded.error();
    QJsonObject optimistic = loaded.value();
    optimistic.insert(u"assignee"_s, QString());
    return runAction(id, u"unassign"_s, optimistic, {});
}

ActionResult RequestActions::setParameterValues(const QString &id, const QHash<QString, QString> &values)
{
    const auto loaded = load(id, u"update"_s);
    if (!loaded)
        return loaded.error();
    QJsonObject request = loaded.value();
    QJsonObject asset = assetOf(request);
    QJsonArray params = asset.value(u"params"_s).toArray();
    ActionError invalid = refused(ActionError::InvalidValues, request.value(u"status"_s).toString());
    QJsonArray updates;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QJsonObject param;
        for (const QJsonValue &line : std::as_const(params)) {
            if (line.toObject().value(u"id"_s).toString() == it.key())
                param = line.toObject();
        }
        if (param.isEmpty()) {
            invalid.parameters << it.key();
            invalid.messages << u"%1: Unknown parameter."_s.arg(it.key());
            continue;
        }
        for (const QString &message : validateParameterValue(param, it.value())) {
            invalid.parameters << it.key();
            invalid.messages << u"%1: %2"_s.arg(it.key(), message);
        }
        params = paramsWith(params, it.key(), u"value"_s, it.value().trimmed());
        params = paramsWith(params, it.key(), u"value_error"_s, QString());
        updates.append(QJsonObject { { u"id"_s, it.key() }, { u"value"_s, it.value().trimmed() } });
    }
    if (!invalid.messages.isEmpty())
        return invalid;
    if (updates.isEmpty())
        return true;
    asset.insert(u"params"_s, params);
    request.insert(u"asset"_s, asset);
    store::OutboxEntry entry;
    entry.body = QJsonObject { { u"asset"_s, QJsonObject { { u"params"_s, updates } } } };
    const auto updated = m_changes->update(kRequests, id, request, entry);
    if (!updated) {
        ActionError error = refused(ActionError::StorageFailed);
        error.messages << updated.error();
        return error;
    }
    return true;
}

ActionResult RequestActions::setNote(const QString &id, const QString &note)
{
    const auto loaded = load(id, u"update"_s);
    if (!loaded)
        return loaded.error();
    QJsonObject request = loaded.value();
    request.insert(u"note"_s, note);
    store::OutboxEntry entry;
    entry.body = QJsonObject { { u"note"_s, note } };
    const auto updated = m_changes->update(kRequests, id, request, entry);
    if (!updated) {
        ActionError error = refused(ActionError::StorageFailed);
        error.messages << updated.error();
        return error;
    }
    return true;
}

} // namespace cv::fulfillment
