#include "app/agreements/agreementrules.h"

#include <QMimeDatabase>
#include <QStringList>

namespace cv::agreements {

namespace {

QString str(const QJsonObject &object, const char *a, const char *b = nullptr)
{
    const QJsonValue first = object.value(QLatin1String(a));
    return b ? first.toObject().value(QLatin1String(b)).toString() : first.toString();
}

bool isEnded(const QString &status)
{
    return status == QLatin1String("terminated") || status == QLatin1String("rejected");
}

} // namespace

QDateTime eventTime(const QJsonObject &object, const QString &name)
{
    const QString at = object.value(QStringLiteral("events"))
                           .toObject()
                           .value(name)
                           .toObject()
                           .value(QStringLiteral("at"))
                           .toString();
    return at.isEmpty() ? QDateTime() : QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
}

QJsonObject contractOf(const QString &agreementId, const QList<QJsonObject> &contracts)
{
    QJsonObject best;
    int bestRank = -1;
    QDateTime bestTime;
    for (const QJsonObject &contract : contracts) {
        if (str(contract, "agreement", "id") != agreementId)
            continue;
        // An open or active contract wins over an ended one; then the latest, then the newest.
        const int rank = (isEnded(str(contract, "status")) ? 0 : 2)
            + (contract.value(QStringLiteral("latest")).toBool(true) ? 1 : 0);
        const QDateTime created = eventTime(contract, QStringLiteral("created"));
        if (rank > bestRank || (rank == bestRank && created > bestTime)) {
            best = contract;
            bestRank = rank;
            bestTime = created;
        }
    }
    return best;
}

Standing standingOf(const QJsonObject &contract, int activeVersion)
{
    const QString status = str(contract, "status");
    if (contract.isEmpty() || isEnded(status))
        return Standing::NotEnrolled;
    if (status == QLatin1String("pending"))
        return Standing::AwaitingSignature;
    if (status == QLatin1String("active"))
        return contract.value(QStringLiteral("version")).toInt() < activeVersion ? Standing::NewVersionToSign
                                                                                 : Standing::Signed;
    return Standing::Enrolling;
}

AgreementView viewOf(const QJsonObject &agreement, const QList<QJsonObject> &contracts)
{
    AgreementView view;
    view.id = str(agreement, "id");
    view.type = str(agreement, "type");
    view.name = str(agreement, "name");
    view.description = str(agreement, "description");
    view.providerId = str(agreement, "owner", "id");
    view.providerName = str(agreement, "owner", "name");
    view.marketplaceId = str(agreement, "marketplace", "id");
    view.marketplaceName = str(agreement, "marketplace", "name");
    view.activeVersion = agreement.value(QStringLiteral("version")).toObject().value(QStringLiteral("version")).toInt();
    const QJsonObject contract = contractOf(view.id, contracts);
    view.contractId = str(contract, "id");
    view.contractStatus = str(contract, "status");
    view.standing = standingOf(contract, view.activeVersion);
    if (!contract.isEmpty() && !eventTime(contract, QStringLiteral("signed")).isNull()) {
        view.signedVersion = contract.value(QStringLiteral("version")).toInt();
        view.signedAt = eventTime(contract, QStringLiteral("signed"));
        const QJsonObject events = contract.value(QStringLiteral("events")).toObject();
        view.signedBy = events.value(QStringLiteral("signed"))
                            .toObject()
                            .value(QStringLiteral("by"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
        if (view.signedBy.isEmpty())
            view.signedBy = str(contract, "signee", "name");
    }
    return view;
}

bool canSign(const AgreementView &view)
{
    return view.standing == Standing::AwaitingSignature || view.standing == Standing::NewVersionToSign;
}

bool canEnrol(const AgreementView &view)
{
    return view.type == QLatin1String("distribution") && view.standing == Standing::NotEnrolled;
}

QList<AuditEvent> auditTrail(
    const QList<QJsonObject> &versions, const QJsonObject &contract, const QList<AppAction> &entries)
{
    QList<AuditEvent> events;
    const auto byName = [](const QJsonObject &event) {
        return event.value(QStringLiteral("by")).toObject().value(QStringLiteral("name")).toString();
    };
    for (const QJsonObject &version : versions) {
        AuditEvent event;
        event.kind = AuditEvent::VersionPublished;
        event.version = version.value(QStringLiteral("version")).toInt();
        event.at = QDateTime::fromString(version.value(QStringLiteral("version_created")).toString(), Qt::ISODateWithMs)
                       .toUTC();
        event.actor = version.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString();
        events << event;
    }
    const QJsonObject contractEvents = contract.value(QStringLiteral("events")).toObject();
    const struct
    {
        const char *name;
        AuditEvent::Kind kind;
    } named[] = { { "created", AuditEvent::ContractCreated }, { "signed", AuditEvent::Signed },
        { "countersigned", AuditEvent::Countersigned }, { "terminated", AuditEvent::Terminated } };
    for (const auto &n : named) {
        const QJsonObject e = contractEvents.value(QLatin1String(n.name)).toObject();
        if (e.isEmpty() || e.value(QStringLiteral("at")).toString().isEmpty())
            continue;
        AuditEvent event;
        event.kind = n.kind;
        event.at = eventTime(contract, QLatin1String(n.name));
        event.actor = byName(e);
        if (n.kind == AuditEvent::Signed)
            event.version = contract.value(QStringLiteral("version")).toInt();
        events << event;
    }
    const QString enrolled = contract.value(QStringLiteral("enrolled")).toString();
    if (!enrolled.isEmpty())
        events << AuditEvent { AuditEvent::Enrolled, QDateTime::fromString(enrolled, Qt::ISODateWithMs).toUTC(), {}, 0,
            {}, false, {}, {} };
    for (const AppAction &entry : entries) {
        AuditEvent event;
        event.fromApp = true;
        event.kind = entry.operation == QLatin1String("create") ? AuditEvent::Enrolled
            : entry.action == QLatin1String("sign")             ? AuditEvent::AppSigned
                                                                : AuditEvent::AppAction;
        if (event.kind == AuditEvent::Enrolled)
            event.kind = AuditEvent::AppEnrolled;
        event.detail = entry.state == QLatin1String("failed") ? entry.lastError : entry.action;
        event.at = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs).toUTC();
        event.actor = entry.actor;
        event.syncState = entry.state;
        if (entry.state == QLatin1String("done"))
            event.syncedAt = QDateTime::fromString(entry.updatedAt, Qt::ISODateWithMs).toUTC();
        events << event;
    }
    std::stable_sort(
        events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.at > b.at; });
    return events;
}

DocumentKind documentKindOf(const QByteArray &contentType, const QString &fileName)
{
    QString mime = QString::fromLatin1(contentType).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime.isEmpty() || mime == QLatin1String("application/octet-stream"))
        mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    if (mime == QLatin1String("application/pdf"))
        return DocumentKind::Pdf;
    if (mime == QLatin1String("text/markdown") || mime == QLatin1String("text/x-markdown")
        || mime == QLatin1String("text/plain"))
        return DocumentKind::Markdown;
    if (mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml"))
        return DocumentKind::Html;
    return DocumentKind::Other;
}

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const auto same = [](const QString &x, const QString &y) {
        QString l = x, r = y;
        while (l.endsWith(QLatin1Char(' ')) || l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        while (r.endsWith(QLatin1Char(' ')) || r.endsWith(QLatin1Char('\r')))
            r.chop(1);
        return l == r;
    };
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = same(a.at(i), b.at(j)) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<DiffLine> out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (same(a.at(i), b.at(j))) {
            out.append({ DiffLine::Same, b.at(j) });
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.append({ DiffLine::Removed, a.at(i++) });
        } else {
            out.append({ DiffLine::Added, b.at(j++) });
        }
    }
    while (i < n)
        out.append({ DiffLine::Removed, a.at(i++) });
    while (j < m)
        out.append({ DiffLine::Added, b.at(j++) });
    return out;
}

} // namespace cv::agreements
