#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::inventory {

/// One problem found in a template body. The UI words it (app/ returns codes, not sentences).
struct TemplateLintIssue
{
    enum Kind {
        UnknownVariable, ///< not a parameter of the product (nor a special variable)
        WrongPhase, ///< a parameter of a phase the template cannot see (e.g. a fulfillment one in an inquire form)
        Malformed, ///< "{{ ... }}" whose inside is not one id (e.g. "{{ para param_email }}"); shown as typed
        Unclosed, ///< "{{" without its "}}" (before the next "{{" or the end)
    };
    Kind kind = UnknownVariable;
    QString variable; ///< the id between the braces (Malformed/Unclosed: the text after "{{", trimmed)
    QString phase; ///< for WrongPhase: the parameter's phase
    int position = -1; ///< offset of the opening "{{" in the body

    bool operator==(const TemplateLintIssue &) const = default;
};

/// The ids used as `{{ id }}` in `body`, in order of first use, without duplicates.
QStringList templateVariables(const QString &body);

/// The parameter phases a template may use: an activation (fulfillment) or pending template sees ordering
/// and fulfillment parameters; an inquire template is shown to the customer before fulfillment, so only
/// ordering parameters (plus `activation_form_url`); tier templates see ordering and fulfillment ones.
QStringList allowedPhases(const QString &scope, const QString &type);
/// Special variables Connect fills in besides parameters (e.g. `activation_form_url` for inquire templates).
QStringList specialVariables(const QString &scope, const QString &type);

/// Checks every `{{ ... }}` of `body`: each must hold one id, closed by "}}", that is a parameter of the
/// product's `parameters` (objects with name and phase) of a phase the template can see.
QList<TemplateLintIssue> lintTemplate(
    const QString &body, const QString &scope, const QString &type, const QList<QJsonObject> &parameters);

} // namespace cv::inventory
