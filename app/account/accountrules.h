#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cv::account::rules {

/// The longest account name Connect accepts (REFERENCE §3.24: `name` ≤64).
constexpr int kMaxAccountNameLength = 64;

/// Problems with a new account name, as Connect-style "name: message" texts; empty = valid.
QStringList validateAccountName(const QString &name);
/// Problems with the e-mail of a user to invite, as "email: message" texts; `existing` are the e-mails
/// already in the account (compared without case), so a second invitation is refused before it is sent.
QStringList validateInviteEmail(const QString &email, const QStringList &existing);

/// The user's role as the API returns it ("admin" -> "Admin"; other roles title-cased as given; "" when
/// the API sends none).
QString roleOf(const QJsonObject &user);
/// The latest of the user's events (created, invited, signed, activated, updated...), ISO-8601; "" if none.
QString lastActivityOf(const QJsonObject &user);

} // namespace cv::account::rules
