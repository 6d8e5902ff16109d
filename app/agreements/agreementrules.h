#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::agreements {

/// Where the vendor stands with an agreement, from its contract (REFERENCE §3.18).
enum class Standing {
    NotEnrolled, ///< no contract, or only terminated/rejected ones
    Enrolling, ///< contract new/enrolling: waiting for the provider
    AwaitingSignature, ///< contract pending: the vendor signs it
    NewVersionToSign, ///< contract active, signed on an older version than the agreement's active one
    Signed, ///< contract active on the active version
};

/// One agreement as the vendor sees it: the agreement (cached "agreements") joined with the vendor's contract
/// on it (cached "contracts"). Dates are UTC.
struct AgreementView
{
    QString id, type, name, description;
    QString providerId, providerName; ///< the agreement's owner (the distributor)
    QString marketplaceId, marketplaceName; ///< distribution agreements only
    int activeVersion = 0;
    QString contractId, contractStatus;
    int signedVersion = 0; ///< the contract's version (0: none)
    QDateTime signedAt; ///< events.signed.at of the contract
    QString signedBy; ///< events.signed.by.name, else the contract's signee name
    Standing standing = Standing::NotEnrolled;
};

/// The vendor's current contract on `agreementId` among `contracts`: an open or active one (latest first), else
/// the newest ended one; empty if none.
QJsonObject contractOf(const QString &agreementId, const QList<QJsonObject> &contracts);
AgreementView viewOf(const QJsonObject &agreement, const QList<QJsonObject> &contracts);
Standing standingOf(const QJsonObject &contract, int activeVersion);

/// Signing is possible on a pending contract, or on an active one behind the agreement's active version.
bool canSign(const AgreementView &view);
/// A vendor enrols in a distribution agreement it has no open or active contract on.
bool canEnrol(const AgreementView &view);

/// The timestamp of events.<name>.at, invalid if absent.
QDateTime eventTime(const QJsonObject &object, const QString &name);

/// One line of an agreement's audit trail: who did what and when, on Connect or from this app.
struct AuditEvent
{
    enum Kind {
        VersionPublished, ///< the provider published `version`
        ContractCreated,
        Enrolled,
        Signed, ///< `version` signed (contract events.signed)
        Countersigned,
        Terminated,
        AppSigned, ///< signed from this app (outbox)
        AppEnrolled, ///< enrolled from this app (outbox)
        AppAction, ///< another action from this app (`detail`: its name)
    };
    Kind kind = VersionPublished;
    QDateTime at; ///< UTC
    QString actor; ///< a name; "" when not known
    int version = 0;
    QString detail;
    bool fromApp = false;
    /// For fromApp: "pending" (waiting for the sync), "done" (accepted at `syncedAt`) or "failed" (`detail`: why).
    QString syncState;
    QDateTime syncedAt;
};

/// What this app did (an outbox entry as the audit trail needs it).
struct AppAction
{
    QString operation; ///< create|action|update
    QString action; ///< e.g. "sign"
    QString state; ///< pending|failed|done
    QString createdAt, updatedAt, lastError;
    QString actor; ///< who used the app (the account's user)
};

/// The audit trail of one agreement: its versions (as listed by the server), the events of the vendor's
/// contract on it, and what this app sent (its outbox `entries` for that contract), newest first.
QList<AuditEvent> auditTrail(
    const QList<QJsonObject> &versions, const QJsonObject &contract, const QList<AppAction> &entries);

/// How a document is shown: in the PDF viewer, rendered as Markdown or HTML in the locked-down web view, or
/// saved and opened with the system's viewer.
enum class DocumentKind { Pdf, Markdown, Html, Other };
/// From the Content-Type (parameters ignored), else the file name's extension.
DocumentKind documentKindOf(const QByteArray &contentType, const QString &fileName);

/// One line of a line diff.
struct DiffLine
{
    enum Kind { Same, Added, Removed };
    Kind kind = Same;
    QString text;
};
/// The lines of `before` and `after` as a longest-common-subsequence diff (trailing spaces ignored when
/// comparing). Meant for documents of a few hundred lines.
QList<DiffLine> diffLines(const QString &before, const QString &after);

} // namespace cv::agreements
