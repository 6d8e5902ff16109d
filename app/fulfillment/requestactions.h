#pragma once

#include "app/core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cv::store {
class CacheDatabase;
class LocalChanges;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::fulfillment {

/// Why a request action was refused. The UI words it; `messages` are Connect-style "field: message" texts
/// (as the server would answer) where a code alone is not enough.
struct ActionError
{
    enum Code {
        NotFound, ///< no such request in the cache
        NotAllowed, ///< the action is not allowed from `status` (Connect answers REQ_003)
        TemplateRequired, ///< approve without a template
        WrongTemplate, ///< the template is not one of the product's templates of the right type
        ReasonRequired, ///< reject without a reason
        MissingRequired, ///< required fulfillment parameters have no value (`parameters`)
        InvalidValues, ///< values refused by validateParameterValue (`parameters`, `messages`)
        NothingToInquire, ///< inquire without a template and without any parameter message
        UserRequired, ///< assign without a user id
        StorageFailed, ///< the cache refused the write (`messages`)
    };
    Code code = StorageFailed;
    QString status; ///< the request's status when refused
    QStringList parameters; ///< parameter ids at fault
    QStringList messages;
};

using ActionResult = core::Result<bool, ActionError>;

/// Connect's request state machine as the server enforces it (REFERENCE §3.14): the statuses an action is
/// allowed from. Actions: "pend", "approve", "inquire", "fail", "assign", "unassign", "update" (PUT of
/// parameter values or the note).
QStringList allowedFrom(const QString &action);
bool isAllowed(const QString &action, const QString &status);

/// Problems with `value` for a request parameter (`param` as in request.asset.params: type, constraints
/// with required/choices/min_length/max_length, value_choices). Empty = valid. Messages are Connect-style.
QStringList validateParameterValue(const QJsonObject &param, const QString &value);

/// The request's asset parameters of `phase` ("fulfillment", "ordering"), in order.
QList<QJsonObject> requestParameters(const QJsonObject &request, const QString &phase);
/// Required parameters (ordering and fulfillment, not hidden) without a value (ids), ordering first.
QStringList missingRequiredParameters(const QJsonObject &request);
/// `request` with its asset parameters' values replaced by `values` (parameter id -> value), e.g. to check
/// what a screen shows before it is saved. Unknown ids are ignored.
QJsonObject withParameterValues(QJsonObject request, const QHash<QString, QString> &values);

/// The product's templates (from the cache) that may answer the request: scope "asset" and `type`
/// ("fulfillment" for approve, "inquire" for inquire).
QList<QJsonObject> requestTemplates(
    const store::ObjectRepository &objects, const QJsonObject &request, const QString &type);
/// The template body rendered with the request's values (Connect's `{{ param }}` substitution).
QString renderForRequest(const QJsonObject &templ, const QJsonObject &request);

/// Offline request actions: each checks the server's rules on the cached request, shows the outcome at
/// once (optimistic status) and queues the API call in the outbox, in one transaction. The request stays
/// dirty ("waiting for sync") until the sync pushes the call and pulls the server's version.
class RequestActions final
{
public:
    RequestActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);
    ~RequestActions();

    /// True while the request has changes not yet confirmed by the server.
    bool isWaitingForSync(const QString &id) const;

    ActionResult switchToPending(const QString &id);
    /// Approve with the activation template `templateId`; required fulfillment parameters must be filled.
    ActionResult approve(const QString &id, const QString &templateId);
    /// Ask the customer: `messages` maps parameter ids to a message (value_error); `templateId` may be empty
    /// when at least one parameter has a message.
    ActionResult inquire(const QString &id, const QString &templateId, const QHash<QString, QString> &messages);
    ActionResult reject(const QString &id, const QString &reason);
    /// `user` is {id, name, email} of the signed-in user.
    ActionResult assignTo(const QString &id, const QJsonObject &user);
    ActionResult assignToMe(const QString &id, const QJsonObject &user) { return assignTo(id, user); }
    ActionResult unassign(const QString &id);
    /// Sets parameter values (id -> value); every value is validated first.
    ActionResult setParameterValues(const QString &id, const QHash<QString, QString> &values);
    /// Replaces the request's note.
    ActionResult setNote(const QString &id, const QString &note);

private:
    core::Result<QJsonObject, ActionError> load(const QString &id, const QString &action) const;
    ActionResult runAction(
        const QString &id, const QString &action, const QJsonObject &optimistic, const QJsonObject &body);

    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
    std::unique_ptr<store::LocalChanges> m_changes;
};

} // namespace cv::fulfillment
