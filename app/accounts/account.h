#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::accounts {

/// One Connect account the user has added. Holds no secret: the API key lives in the keychain under
/// `keychainKey()`.
struct Account
{
    QString id; ///< Connect account id, e.g. VA-123-456
    QString name; ///< account name as Connect reports it
    QString type; ///< "vendor" or "provider" (compared case-insensitively)
    QString endpoint; ///< base URL of the public API, e.g. https://api.connect.cloudblue.com/public/v1
    bool sandbox = false; ///< the built-in local sandbox account
    QString label; ///< the user's own name for the account (CLI `--name`); empty: use `name`

    /// What to call the account: the user's label, else Connect's name, else the id.
    QString displayName() const { return !label.isEmpty() ? label : !name.isEmpty() ? name : id; }
    /// True if `text` is this account's label, name or id (CLI selection), case-insensitively.
    bool matches(const QString &text) const;

    /// Scoped keychain key `<endpoint>:<account-id>`, unique across endpoints (`sandbox:<account-id>` for
    /// the embedded sandbox, whose endpoint changes from run to run).
    QString keychainKey() const;
    bool isValid() const { return !id.isEmpty() && !endpoint.isEmpty(); }

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &json);

    friend bool operator==(const Account &, const Account &) = default;
};

using AccountList = QList<Account>;

} // namespace cv::accounts
