#pragma once

#include "sandbox/api/apimessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cv::sandbox {

class SandboxContext;

/// The life cycle of fulfilment requests (REFERENCE §3.14): one table says which action is allowed from
/// which status and where it leads; run() applies an action with Connect's rules for its body and its
/// effect on the asset, and updatePending() is PUT /requests/{id}.
namespace requesttransitions {

struct Transition
{
    QString action; ///< URL segment: approve, inquire, ...
    QString done; ///< for messages: "approved"
    QStringList from; ///< statuses the action is allowed from
    QString to; ///< resulting status; empty: unchanged (assign, validate, ...)
};

/// Every action of POST /requests/{id}/<action>, in one place.
const QList<Transition> &table();
const Transition *find(const QString &action);
/// Statuses in which parameter values and the note may still change (PUT /requests/{id}).
QStringList editableStatuses();

/// Applies `action` to request `id`; returns the changed request (200) or Connect's error.
ApiReply run(SandboxContext &context, const QString &action, const QString &id, const QJsonObject &body);
/// PUT /requests/{id}: parameter values (value, structured_value, value_error) and "note".
ApiReply updatePending(SandboxContext &context, const QString &id, const QJsonObject &body);

/// Applies parameter updates [{id, value, structured_value, value_error}] to `params` (matched by id or
/// name). Unknown ids give "<field>: Unknown parameter 'X'." errors; other keys are ignored, as the service
/// lets only those three change.
QStringList applyParamUpdates(QJsonArray &params, const QJsonArray &updates, const QString &field);
/// A param line has a value (text or structured).
bool hasValue(const QJsonObject &param);
/// Renders a product template for a request; empty object if `templateId` is not a template of
/// `productId` with `scope`/`type` (type empty: any). `error` then says why.
QJsonObject renderFor(SandboxContext &context, const QString &productId, const QString &templateId,
    const QString &scope, const QString &type, const QJsonObject &request, QString &error);

} // namespace requesttransitions
} // namespace cv::sandbox
