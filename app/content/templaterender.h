#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace cv::content {

/// Connect's template substitution: `{{ param_id }}` (spaces optional) becomes the value; unknown or
/// empty parameters become empty text, as the service renders them (REFERENCE §3.6).
QString renderTemplate(const QString &body, const QHash<QString, QString> &values);
/// The variable names a template uses, in order of first use.
QStringList templateVariables(const QString &body);
/// Values for rendering against a request or asset: every asset/tier parameter's value by id/name,
/// plus activation_form_url for inquire templates.
QHash<QString, QString> requestTemplateValues(const QJsonObject &request);
/// Example values for previewing a product template without a request: each parameter shows its title
/// in angle brackets, so the vendor sees where values will go.
QHash<QString, QString> exampleTemplateValues(const QList<QJsonObject> &parameters);

} // namespace cv::content
