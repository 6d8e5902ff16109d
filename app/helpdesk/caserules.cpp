#include "app/helpdesk/caserules.h"

namespace cv::helpdesk::rules {

QStringList actionsFrom(const QString &state)
{
    if (state == QLatin1String("pending"))
        return { QStringLiteral("inquire"), QStringLiteral("resolve") };
    if (state == QLatin1String("inquiring"))
        return { QStringLiteral("pend") };
    if (state == QLatin1String("resolved"))
        return { QStringLiteral("pend"), QStringLiteral("close") };
    return {};
}

QString stateAfter(const QString &action)
{
    if (action == QLatin1String("inquire"))
        return QStringLiteral("inquiring");
    if (action == QLatin1String("pend"))
        return QStringLiteral("pending");
    if (action == QLatin1String("resolve"))
        return QStringLiteral("resolved");
    if (action == QLatin1String("close"))
        return QStringLiteral("closed");
    return {};
}

QStringList validateCase(const QString &subject, const QString &description, int priority)
{
    QStringList errors;
    if (subject.trimmed().isEmpty())
        errors << QStringLiteral("subject: This field is required.");
    else if (subject.size() > kMaxSubjectLength)
        errors << QStringLiteral("subject: Ensure this field has no more than %1 characters.").arg(kMaxSubjectLength);
    if (description.trimmed().isEmpty())
        errors << QStringLiteral("description: This field is required.");
    else if (description.size() > kMaxDescriptionLength)
        errors << QStringLiteral("description: Ensure this field has no more than %1 characters.")
                      .arg(kMaxDescriptionLength);
    if (priority < 0 || priority > 3)
        errors << QStringLiteral("priority: \"%1\" is not a valid choice (0 low, 1 medium, 2 high, 3 urgent).")
                      .arg(priority);
    return errors;
}

QStringList validateReply(const QString &text)
{
    if (text.trimmed().isEmpty())
        return { QStringLiteral("text: This field is required.") };
    return {};
}

QStringList validateAttachment(const QString &name, qint64 size)
{
    if (size > kMaxAttachmentBytes)
        return { QStringLiteral("attachments: %1 has %2 bytes; the largest file Connect takes is %3 bytes.")
                     .arg(name)
                     .arg(size)
                     .arg(kMaxAttachmentBytes) };
    if (size <= 0)
        return { QStringLiteral("attachments: %1 is empty.").arg(name) };
    return {};
}

} // namespace cv::helpdesk::rules
