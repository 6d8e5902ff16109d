#include "app/content/templaterender.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cv::content {

namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*\\}\\}"));
    return re;
}

void addParams(QHash<QString, QString> &values, const QJsonArray &params)
{
    for (const QJsonValue &value : params) {
        const QJsonObject param = value.toObject();
        const QString text = param.value(QStringLiteral("value")).toString();
        values.insert(param.value(QStringLiteral("id")).toString(), text);
        if (param.contains(QStringLiteral("name")))
            values.insert(param.value(QStringLiteral("name")).toString(), text);
    }
}
} // namespace

QString renderTemplate(const QString &body, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        result += body.mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += body.mid(last);
    return result;
}

QStringList templateVariables(const QString &body)
{
    QStringList names;
    auto it = placeholder().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QHash<QString, QString> requestTemplateValues(const QJsonObject &request)
{
    QHash<QString, QString> values;
    const QJsonObject asset = request.value(QStringLiteral("asset")).toObject();
    addParams(values, asset.value(QStringLiteral("params")).toArray());
    addParams(
        values, asset.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("params")).toArray());
    addParams(values, request.value(QStringLiteral("params")).toArray()); // tier config requests
    const QString id = request.value(QStringLiteral("id")).toString();
    values.insert(QStringLiteral("activation_form_url"),
        QStringLiteral("https://customer.sandbox.connect.cloudblue.com/?request_id=%1&code=%2")
            .arg(id, QString::number(qHash(id), 16)));
    return values;
}

QHash<QString, QString> exampleTemplateValues(const QList<QJsonObject> &parameters)
{
    QHash<QString, QString> values;
    for (const QJsonObject &parameter : parameters) {
        const QString title = parameter.value(QStringLiteral("title")).toString();
        values.insert(parameter.value(QStringLiteral("name")).toString(),
            QStringLiteral("<%1>").arg(title.isEmpty() ? parameter.value(QStringLiteral("name")).toString() : title));
    }
    values.insert(QStringLiteral("activation_form_url"),
        QStringLiteral(
            "https://customer.sandbox.connect.cloudblue.com/?request_id=PR-0000-0000-0000-001&code=preview"));
    return values;
}

} // namespace cv::content
