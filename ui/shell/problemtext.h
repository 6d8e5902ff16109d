#pragma once

#include "app/api/problem.h"

#include <QCoreApplication>

namespace cv::ui {

/// Words an api::Problem for the person who caused it, next to the field or row it is about: what happened
/// and what to do, never a bare status code (the code follows in brackets for support).
class ProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    /// One problem in plain words, e.g. "Your API key has no permission for this change. Ask an administrator
    /// to grant it, or use another key. (403 AUTH_003)".
    static QString describe(const api::Problem &problem);
    /// Every problem of a refused change (the outbox's reason), joined.
    static QString describeSummary(const QString &summary);
    /// What a field waiting for sync says under it.
    static QString waiting(bool offline);
    /// The same in a table cell (short; the tooltip gives waiting()).
    static QString waitingShort(bool offline);
};

} // namespace cv::ui
