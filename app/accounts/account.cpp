#include "app/accounts/account.h"

namespace cv::accounts {

QString Account::keychainKey() const
{
    // The embedded sandbox listens on a new port each run: its accounts are keyed without the endpoint.
    if (sandbox)
        return QStringLiteral("sandbox:") + id;
    return endpoint + QLatin1Char(':') + id;
}

bool Account::matches(const QString &text) const
{
    for (const QString &candidate : { label, name, id }) {
        if (!candidate.isEmpty() && candidate.compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject Account::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name }, { QStringLiteral("type"), type },
        { QStringLiteral("endpoint"), endpoint }, { QStringLiteral("sandbox"), sandbox },
        { QStringLiteral("label"), label } };
}

Account Account::fromJson(const QJsonObject &json)
{
    Account account;
    account.id = json.value(QStringLiteral("id")).toString();
    account.name = json.value(QStringLiteral("name")).toString();
    account.type = json.value(QStringLiteral("type")).toString();
    account.endpoint = json.value(QStringLiteral("endpoint")).toString();
    account.sandbox = json.value(QStringLiteral("sandbox")).toBool();
    account.label = json.value(QStringLiteral("label")).toString();
    return account;
}

} // namespace cv::accounts
