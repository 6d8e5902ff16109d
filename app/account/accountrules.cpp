#include "app/account/accountrules.h"

#include <QRegularExpression>

namespace cv::account::rules {

QStringList validateAccountName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return { QStringLiteral("name: This field is required.") };
    if (name.trimmed().size() > kMaxAccountNameLength)
        return { QStringLiteral("name: Ensure this field has no more than %1 characters.").arg(kMaxAccountNameLength) };
    return {};
}

QStringList validateInviteEmail(const QString &email, const QStringList &existing)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return { QStringLiteral("email: This field is required.") };
    // One "@", a dot in the domain, no spaces: what Connect's "Enter a valid email address." refuses.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!shape.match(trimmed).hasMatch())
        return { QStringLiteral("email: Enter a valid email address.") };
    for (const QString &other : existing) {
        if (other.compare(trimmed, Qt::CaseInsensitive) == 0)
            return { QStringLiteral("email: A user with this email already exists in the account.") };
    }
    return {};
}

QString roleOf(const QJsonObject &user)
{
    QString role = user.value(QStringLiteral("role")).toString();
    if (role.isEmpty())
        role = user.value(QStringLiteral("role")).toObject().value(QStringLiteral("name")).toString();
    if (role.isEmpty())
        return {};
    role.replace(QLatin1Char('_'), QLatin1Char(' '));
    role[0] = role.at(0).toUpper();
    return role;
}

QString lastActivityOf(const QJsonObject &user)
{
    QString latest;
    const QJsonObject events = user.value(QStringLiteral("events")).toObject();
    for (auto it = events.begin(); it != events.end(); ++it) {
        const QString at = it.value().toObject().value(QStringLiteral("at")).toString();
        if (at > latest) // ISO-8601 in one zone sorts as text
            latest = at;
    }
    return latest;
}

} // namespace cv::account::rules
