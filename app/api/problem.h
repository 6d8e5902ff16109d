#pragma once

#include "app/api/apierror.h"

#include <QList>
#include <QString>

namespace cv::api {

/// One thing that went wrong, sorted so that the UI can put it next to what caused it and word it plainly
/// (ui/shell/problemtext.h). Built from an ApiError, or from the reason an outbox entry keeps
/// (Outbox::markFailed stores ApiError::summary()), so a refusal that arrived during a sync is placed the same way
/// as one met at once.
struct Problem
{
    enum class Kind {
        Validation, ///< 400 with "field: message" texts: the value of `field` was refused
        Forbidden, ///< 401/403: the API key may not do this (a missing module permission)
        Conflict, ///< changed on the server too (409, or a field in conflict after a merge)
        Offline, ///< no answer from Connect (network, timeout, 5xx, 429): the change waits and is sent later
        NotFound, ///< 404: the object is gone on the server
        Refused, ///< any other refusal (a state rule, ...): `message` says why
    };

    Kind kind = Kind::Refused;
    QString field; ///< the API field the problem is about ("name", "email"); "" = the object as a whole
    QString message; ///< the server's text without the "field: " prefix; may be empty
    int httpStatus = 0;
    QString errorCode; ///< e.g. "VAL_001", "AUTH_003"

    bool operator==(const Problem &) const = default;
};

/// The problems an API error stands for: one per "field: message" text of a 400, else one for the whole object.
QList<Problem> problemsOf(const ApiError &error);
/// The same, from the text ApiError::summary() produced ("403 AUTH_003: message (PUT /accounts/VA-1)",
/// "network error: ..."), as the outbox keeps it for a refused change.
QList<Problem> problemsOfSummary(const QString &summary);
/// Splits "field: message" (Connect's validation texts) into its field and message; field "" if the text has no
/// field prefix.
std::pair<QString, QString> splitFieldMessage(const QString &text);

} // namespace cv::api
