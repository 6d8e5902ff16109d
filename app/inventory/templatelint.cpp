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

    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QList<TemplateLintIssue> issues;
    QSet<QString> reported;
    // Every "{{" opens a placeholder, whatever follows: broken ones are reported too, not skipped.
    for (qsizetype open = body.indexOf(QLatin1String("{{")); open >= 0;) {
        const qsizetype inside = open + 2;
        const qsizetype close = body.indexOf(QLatin1String("}}"), inside);
        const qsizetype nextOpen = body.indexOf(QLatin1String("{{"), inside);
        TemplateLintIssue issue;
        issue.position = int(open);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            qsizetype end = body.indexOf(QLatin1Char('\n'), inside);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
                end = nextOpen >= 0 ? nextOpen : body.size();
            issue.kind = TemplateLintIssue::Unclosed;
            issue.variable = body.mid(inside, end - inside).trimmed();
            open = nextOpen;
        } else {
            const QString name = body.mid(inside, close - inside).trimmed();
            open = body.indexOf(QLatin1String("{{"), close + 2);
            issue.variable = name;
            if (!id.match(name).hasMatch()) {
                issue.kind = TemplateLintIssue::Malformed;
            } else if (specials.contains(name)) {
                continue;
            } else if (const auto found = phaseByName.constFind(name); found == phaseByName.constEnd()) {
                issue.kind = TemplateLintIssue::UnknownVariable;
            } else if (!phases.contains(*found)) {
                issue.kind = TemplateLintIssue::WrongPhase;
                issue.phase = *found;
            } else {
                continue;
            }
        }
        const QString key = QString::number(int(issue.kind)) + QLatin1Char(':') + issue.variable;
        if (reported.contains(key))
            continue;
        reported.insert(key);
        issues << issue;
    }
    return issues;
}

} // namespace cv::inventory
