#include "app/api/problem.h"

#include <QRegularExpression>

namespace cv::api {

namespace {

Problem::Kind kindOfStatus(int status)
{
    if (status == 401 || status == 403)
        return Problem::Kind::Forbidden;
    if (status == 404)
        return Problem::Kind::NotFound;
    if (status == 409)
        return Problem::Kind::Conflict;
    if (status >= 500 || status == 429)
        return Problem::Kind::Offline;
    return status == 400 ? Problem::Kind::Validation : Problem::Kind::Refused;
}

QList<Problem> problemsOfTexts(int status, const QString &code, const QStringList &texts)
{
    const Problem::Kind kind = kindOfStatus(status);
    QList<Problem> problems;
    for (const QString &text : texts) {
        Problem problem;
        problem.kind = kind;
        problem.httpStatus = status;
        problem.errorCode = code;
        const auto [field, message] = splitFieldMessage(text);
        problem.field = field;
        problem.message = message;
        // A 400 without a field is a rule of the object (a state transition), not a value to correct.
        if (kind == Problem::Kind::Validation && field.isEmpty())
            problem.kind = Problem::Kind::Refused;
        problems << problem;
    }
    if (problems.isEmpty()) {
        Problem problem;
        problem.kind = kind == Problem::Kind::Validation ? Problem::Kind::Refused : kind;
        problem.httpStatus = status;
        problem.errorCode = code;
        problems << problem;
    }
    return problems;
}

} // namespace

std::pair<QString, QString> splitFieldMessage(const QString &text)
{
    // Connect prefixes validation texts with the field's (dotted) name: "email: Enter a valid email address."
    static const QRegularExpression prefix(
        QStringLiteral("^([a-z_][a-z0-9_.]*): (.*)$"), QRegularExpression::DotMatchesEverythingOption);
    const auto match = prefix.match(text);
    if (!match.hasMatch())
        return { QString(), text };
    return { match.captured(1), match.captured(2) };
}

QList<Problem> problemsOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None: return {};
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout: {
        Problem problem;
        problem.kind = Problem::Kind::Offline;
        problem.message = error.detail;
        return { problem };
    }
    case ApiError::Kind::Http: return problemsOfTexts(error.httpStatus, error.errorCode, error.errors);
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InvalidRequest: {
        Problem problem;
        problem.message = error.detail;
        return { problem };
    }
    }
    return {};
}

QList<Problem> problemsOfSummary(const QString &summary)
{
    // "<status>[ <CODE>][: <errors joined by "; ">] (<METHOD> <path>)" - see ApiError::summary().
    static const QRegularExpression http(
        QStringLiteral("^(\\d{3})(?: ([A-Z]+_\\d+))?(?:: (.*?))?(?: \\([A-Z]+ [^)]*\\))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = http.match(summary.trimmed());
    if (match.hasMatch()) {
        const QString texts = match.captured(3);
        return problemsOfTexts(match.captured(1).toInt(), match.captured(2),
            texts.isEmpty() ? QStringList() : texts.split(QStringLiteral("; ")));
    }
    Problem problem;
    const QString lower = summary.toLower();
    if (lower.startsWith(ApiError::kindName(ApiError::Kind::Network))
        || lower.startsWith(ApiError::kindName(ApiError::Kind::Timeout)))
        problem.kind = Problem::Kind::Offline;
    problem.message = summary;
    return { problem };
}

} // namespace cv::api
