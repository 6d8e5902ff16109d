#include "ui/shell/problemtext.h"

namespace cv::ui {

namespace {
QString codeOf(const api::Problem &problem)
{
    if (problem.httpStatus == 0)
        return {};
    return problem.errorCode.isEmpty() ? QStringLiteral(" (%1)").arg(problem.httpStatus)
                                       : QStringLiteral(" (%1 %2)").arg(problem.httpStatus).arg(problem.errorCode);
}
} // namespace

QString ProblemText::describe(const api::Problem &problem)
{
    const QString said = problem.message.trimmed();
    switch (problem.kind) {
    case api::Problem::Kind::Validation: return tr("Connect refused this value: %1").arg(said) + codeOf(problem);
    case api::Problem::Kind::Forbidden:
        return tr("Your API key has no permission for this change. Ask an administrator of the account to grant "
                  "it, or use a key that has it. Your change is kept here.")
            + (said.isEmpty() ? QString() : QLatin1Char(' ') + tr("Connect said: %1").arg(said)) + codeOf(problem);
    case api::Problem::Kind::Conflict:
        return tr("Changed on Connect too since your edit: open the conflicts in the status bar to choose "
                  "which version to keep.")
            + codeOf(problem);
    case api::Problem::Kind::Offline:
        return tr("Connect cannot be reached: your change is saved on this computer and is sent on the next "
                  "sync.");
    case api::Problem::Kind::NotFound:
        return tr("This no longer exists on Connect (someone may have removed it).") + codeOf(problem);
    case api::Problem::Kind::Refused:
        return (said.isEmpty() ? tr("Connect refused this change.") : tr("Connect refused this change: %1").arg(said))
            + codeOf(problem);
    }
    return said;
}

QString ProblemText::describeSummary(const QString &summary)
{
    QStringList texts;
    for (const api::Problem &problem : api::problemsOfSummary(summary))
        texts << describe(problem);
    return texts.join(QLatin1Char('\n'));
}

QString ProblemText::waiting(bool offline)
{
    return offline ? tr("Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when "
                        "the connection is back)")
                   : tr("Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)");
}

QString ProblemText::waitingShort(bool offline)
{
    return offline ? tr("Waiting for sync (offline)") : tr("Waiting for sync");
}

} // namespace cv::ui
