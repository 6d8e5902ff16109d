#include "app/inventory/templatelint.h"

#include <QRegularExpression>
#include <QSet>

namespace cv::inventory {

namespace {

const QRegularExpression &variablePattern()
{
    // Connect's placeholders: double braces, optional spaces, an id of letters, digits, "_" and "-".
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QStringList templateVariables(const QString &body)
{
    QStringList names;
    auto it = variablePattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList allowedPhases(const QString &scope, const QString &type)
{
    if (scope == QLatin1String("asset") && type == QLatin1String("inquire"))
        return { QStringLiteral("ordering") };
    return { QStringLiteral("ordering"), QStringLiteral("fulfillment") };
}

QStringList specialVariables(const QString &scope, const QString &type)
{
    if (scope == QLatin1String("asset") && type == QLatin1String("inquire"))
        return { QStringLiteral("activation_form_url") };
    return {};
}

QList<TemplateLintIssue> lintTemplate(
    const QString &body, const QString &scope, const QString &type, const QList<QJsonObject> &parameters)
{
    QHash<QString, QString> phaseByName;
    for (const QJsonObject &parameter : parameters)
        phaseByName.insert(
            parameter.value(QStringLiteral("name")).toString(), parameter.value(QStringLiteral("phase")).toString());
    const QStringList phases = allowedPhases(scope, type);
    const QStringList specials = specialVariables(scope, type);

    QList<TemplateLintIssue> issues;
    QSet<QString> reported;
    auto it = variablePattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (reported.contains(name) || specials.contains(name))
            continue;
        TemplateLintIssue issue;
        issue.variable = name;
        issue.position = int(match.capturedStart(0));
        const auto found = phaseByName.constFind(name);
        if (found == phaseByName.constEnd()) {
            issue.kind = TemplateLintIssue::UnknownVariable;
        } else if (!phases.contains(*found)) {
            issue.kind = TemplateLintIssue::WrongPhase;
            issue.phase = *found;
        } else {
            continue;
        }
        reported.insert(name);
        issues << issue;
    }
    return issues;
}

} // namespace cv::inventory
