#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cv::store {
struct CollectionSpec;
}

namespace cv::sync {

/// Whether an earlier attempt of an offline create reached the server although its answer was lost.
///
/// Connect has no client token for creates, so an object counts as "mine" only if it carries every value
/// the create sent (field by field, nested objects as subsets, fields the server does not echo skipped) AND
/// the server created it at or after the moment the change was saved locally (no older object, such as
/// another product of the same name, can match). A name alone never identifies a create.
struct CreateLookUp
{
    enum class Outcome {
        NotCreated, ///< nothing on the server can be this create: sending it is safe
        Found, ///< exactly one object is this create: adopt it
        Ambiguous, ///< cannot tell (several candidates, or a new object with the same natural key but other
                   ///< values): the user decides, nothing is adopted or re-sent
    };
    Outcome outcome = Outcome::NotCreated;
    QJsonObject object; ///< the server object when Found
    QString reason; ///< why, when Ambiguous (English, for the outbox entry's error)

    /// `server`: the collection as listed by the server; `savedAt`: when the create was queued (UTC);
    /// `naturalKey`: the value of spec.naturalKey in the create (may be empty).
    static CreateLookUp find(const store::CollectionSpec &spec, const QJsonObject &body, const QString &naturalKey,
        const QDateTime &savedAt, const QJsonArray &server);

    /// The server's creation time of `object` (events.created.at, created_at or created), invalid if absent.
    static QDateTime createdAt(const QJsonObject &object);
    /// True if every value of `sent` is in `server` (recursively for objects; fields absent on the server
    /// are skipped, since write-only fields are not echoed).
    static bool carries(const QJsonObject &server, const QJsonObject &sent);
};

} // namespace cv::sync
