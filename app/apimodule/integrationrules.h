#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::apimodule {

/// One problem with one field of a token or a webhook, found by the client (before anything is saved) or
/// read back from Connect's refusal. `field` is the API's field name ("external_url", "label"); the UI
/// puts the words next to the widget of that field. `code` is set by the client's checks, `message` by
/// the server's (Connect's own English text).
struct FieldProblem
{
    enum class Code {
        None, ///< a server message: see `message`
        Required,
        TooLong,
        NotAChoice,
        NotHttpUrl,
        BadHeaderLine,
        BadHeaderName,
    };
    QString field;
    Code code = Code::None;
    int limit = 0; ///< the length limit (TooLong) or the 1-based line (header problems)
    QString message;
};

/// The fields of a webhook as the wizard edits them (REFERENCE §3.23). `headers` keeps the order typed.
struct WebhookDraft
{
    QString label;
    QString description;
    QString objectClass = QStringLiteral("fulfillment_request");
    QString type = QStringLiteral("event");
    QString productId;
    QString productName;
    QString externalUrl;
    QList<QPair<QString, QString>> headers;
    bool active = true;

    /// The JSON Connect takes on POST/PUT (without jwt_secret: that travels apart, see IntegrationActions).
    QJsonObject toJson() const;
    static WebhookDraft fromJson(const QJsonObject &webhook);
};

/// The object classes and trigger types a webhook may watch (REFERENCE §3.23), in the portal's order.
QStringList webhookObjectClasses();
QStringList webhookTypes();

/// Checks a webhook before it is saved, as Connect would (label <= 100, a class and product, an http(s)
/// URL <= 4096 with a host, header names as HTTP tokens). Empty when it may be saved.
QList<FieldProblem> checkWebhook(const WebhookDraft &draft);

/// "Name: value" lines (blank lines skipped) into headers; a line without ':' or with a name that is not
/// an HTTP token is a problem on field "headers" with its line number in `limit`.
QList<QPair<QString, QString>> parseHeaderLines(const QString &text, QList<FieldProblem> *problems);
QString headerLines(const QList<QPair<QString, QString>> &headers);

/// Checks a token before it is generated: name required <= 128, description <= 255 (REFERENCE §3.22).
QList<FieldProblem> checkToken(const QString &name, const QString &description);

/// The module permissions a generated token can be given, as permission ids of
/// POST /auth/tokens/{id}/permissions. Connect's ids are not in the public sources (REFERENCE §3.22 lists
/// the permission shape only); these are the portal's module keys, which the sandbox enforces.
QStringList tokenPermissionIds();
/// The permission ids granted on a token (its `permissions` array), sorted, without repeats.
QStringList grantedPermissions(const QJsonArray &permissions);

/// A new webhook signing secret as Connect's own clients make them: "JWT-" + a random UUID (REFERENCE §3.23).
QString newJwtSecret();
/// The secret with all but its first 4 characters hidden ("JWT-••••••••"), for showing that one exists.
QString maskSecret(const QString &secret);

/// The field problems in a refusal as the outbox records it (ApiError::summary(): "400 VAL_001: field:
/// message; other: message (POST /path)"). A message without a known "field:" prefix gets field "".
QList<FieldProblem> problemsInRefusal(const QString &refusal);
/// The HTTP status at the start of a recorded refusal ("403 ..." -> 403), 0 if none.
int statusOfRefusal(const QString &refusal);

/// A curl command listing products with the account's key, the secret masked: what the General page shows.
QString curlExample(const QString &apiUrl, const QString &tokenId);

} // namespace cv::apimodule
