#include "app/sync/createlookup.h"

#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/sync/threewaymerge.h"

namespace cv::sync {

namespace {

/// Created at or after `savedAt`; a server that writes whole seconds is compared to the second.
bool createdSince(const QDateTime &created, const QDateTime &savedAt)
{
    if (created.time().msec() != 0)
        return created >= savedAt;
    QDateTime second = savedAt;
    second.setTime(QTime(savedAt.time().hour(), savedAt.time().minute(), savedAt.time().second()));
    return created >= second;
}

bool sameValue(const QJsonValue &server, const QJsonValue &sent)
{
    if (sent.isObject() && server.isObject())
        return CreateLookUp::carries(server.toObject(), sent.toObject());
    if (sent.isArray() && server.isArray()) {
        const QJsonArray a = server.toArray();
        const QJsonArray b = sent.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (sent.isDouble() && server.isDouble())
        return qFuzzyCompare(1.0 + sent.toDouble(), 1.0 + server.toDouble());
    return server == sent;
}

} // namespace

QDateTime CreateLookUp::createdAt(const QJsonObject &object)
{
    for (const QString &path :
        { QStringLiteral("events.created.at"), QStringLiteral("created_at"), QStringLiteral("created") }) {
        const QJsonValue value = valueAt(object, path);
        if (value.isString()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid())
                return time.toUTC();
        }
    }
    return {};
}

bool CreateLookUp::carries(const QJsonObject &server, const QJsonObject &sent)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key().startsWith(QLatin1Char('_')) || !server.contains(it.key()))
            continue;
        if (!sameValue(server.value(it.key()), it.value()))
            return false;
    }
    return true;
}

CreateLookUp CreateLookUp::find(const store::CollectionSpec &spec, const QJsonObject &body, const QString &naturalKey,
    const QDateTime &savedAt, const QJsonArray &server)
{
    const QJsonObject sent = store::ObjectRepository::withoutSecrets(spec, body);
    QList<QJsonObject> mine;
    QStringList sameKeyOtherValues;
    for (const QJsonValue &value : server) {
        const QJsonObject object = value.toObject();
        const QDateTime created = createdAt(object);
        // Without a creation time nothing proves the object is older than the create: it stays a candidate.
        const bool newEnough = !created.isValid() || !savedAt.isValid() || createdSince(created, savedAt.toUTC());
        if (!newEnough)
            continue;
        if (carries(object, sent))
            mine << object;
        else if (!naturalKey.isEmpty() && !spec.naturalKey.isEmpty()
            && valueAt(object, spec.naturalKey).toVariant().toString() == naturalKey)
            sameKeyOtherValues << object.value(QStringLiteral("id")).toString();
    }
    CreateLookUp result;
    if (mine.size() == 1 && sameKeyOtherValues.isEmpty()) {
        result.outcome = Outcome::Found;
        result.object = mine.first();
        return result;
    }
    if (mine.size() > 1) {
        QStringList ids;
        for (const QJsonObject &object : std::as_const(mine))
            ids << object.value(QStringLiteral("id")).toString();
        result.outcome = Outcome::Ambiguous;
        result.reason = QStringLiteral("needs attention: the answer to this create was lost and %1 objects on the "
                                       "server match it (%2); check which one is yours, then discard this change "
                                       "or send it again")
                            .arg(ids.size())
                            .arg(ids.join(QStringLiteral(", ")));
        return result;
    }
    if (!sameKeyOtherValues.isEmpty()) {
        result.outcome = Outcome::Ambiguous;
        result.reason = QStringLiteral("needs attention: the answer to this create was lost and %1 \"%2\" was created "
                                       "on the server since (%3) with other values; check whether it is yours, then "
                                       "discard this change or send it again")
                            .arg(spec.naturalKey, naturalKey, sameKeyOtherValues.join(QStringLiteral(", ")));
        return result;
    }
    return result;
}

} // namespace cv::sync
