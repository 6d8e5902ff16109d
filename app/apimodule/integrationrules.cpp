#include "app/apimodule/integrationrules.h"

#include "app/core/moduleid.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace cv::apimodule {

namespace {

bool isHeaderName(const QString &name)
{
    // RFC 9110 token: what the sandbox (and any HTTP stack) accepts as a header name.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(name).hasMatch();
}

void required(QList<FieldProblem> &problems, const QString &field, const QString &value, int limit)
{
    if (value.trimmed().isEmpty())
        problems.append({ field, FieldProblem::Code::Required, 0, {} });
    else if (limit > 0 && value.trimmed().size() > limit)
        problems.append({ field, FieldProblem::Code::TooLong, limit, {} });
}

} // namespace

QJsonObject WebhookDraft::toJson() const
{
    QJsonObject headerObject;
    for (const auto &[name, value] : headers)
        headerObject.insert(name, value);
    return {
        { QStringLiteral("label"), label.trimmed() },
        { QStringLiteral("description"), description },
        { QStringLiteral("object_class"), objectClass },
        { QStringLiteral("type"), type },
        // Connect takes product_id on create (REFERENCE §3.23) and shows product {id, name}: both are sent
        // so that the cached object reads like the server's until the next pull.
        { QStringLiteral("product_id"), productId },
        { QStringLiteral("product"),
            QJsonObject { { QStringLiteral("id"), productId }, { QStringLiteral("name"), productName } } },
        { QStringLiteral("external_url"), externalUrl.trimmed() },
        { QStringLiteral("headers"), headerObject },
        { QStringLiteral("active"), active },
        { QStringLiteral("http_method"), QStringLiteral("POST") },
    };
}

WebhookDraft WebhookDraft::fromJson(const QJsonObject &webhook)
{
    WebhookDraft draft;
    draft.label = webhook.value(QStringLiteral("label")).toString();
    draft.description = webhook.value(QStringLiteral("description")).toString();
    draft.objectClass = webhook.value(QStringLiteral("object_class")).toString(draft.objectClass);
    draft.type = webhook.value(QStringLiteral("type")).toString(draft.type);
    const QJsonObject product = webhook.value(QStringLiteral("product")).toObject();
    draft.productId
        = product.value(QStringLiteral("id")).toString(webhook.value(QStringLiteral("product_id")).toString());
    draft.productName = product.value(QStringLiteral("name")).toString();
    draft.externalUrl = webhook.value(QStringLiteral("external_url")).toString();
    const QJsonObject headers = webhook.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        draft.headers.append({ it.key(), it.value().toString() });
    draft.active = webhook.value(QStringLiteral("active")).toBool(true);
    return draft;
}

QStringList webhookObjectClasses()
{
    return { QStringLiteral("fulfillment_request"), QStringLiteral("tier_config_request"),
        QStringLiteral("tier_account_request"), QStringLiteral("listing_request"), QStringLiteral("billing_request"),
        QStringLiteral("usage_file") };
}

QStringList webhookTypes()
{
    return { QStringLiteral("event"), QStringLiteral("validator"), QStringLiteral("inquiring_validator"),
        QStringLiteral("change_validator"), QStringLiteral("change_inquiring_validator"),
        QStringLiteral("renew_validator"), QStringLiteral("renew_inquiring_validator"),
        QStringLiteral("transfer_validator"), QStringLiteral("transfer_inquiring_validator"),
        QStringLiteral("draft_tcr_t1_val"), QStringLiteral("draft_tcr_t2_val"), QStringLiteral("tcr_setup_t1_inq_val"),
        QStringLiteral("tcr_setup_t2_inq_val"), QStringLiteral("tcr_update_t1_validator"),
        QStringLiteral("tcr_update_t2_validator"), QStringLiteral("tcr_update_t1_inq_val"),
        QStringLiteral("tcr_update_t2_inq_val") };
}

QList<FieldProblem> checkWebhook(const WebhookDraft &draft)
{
    QList<FieldProblem> problems;
    required(problems, QStringLiteral("label"), draft.label, 100);
    if (!webhookObjectClasses().contains(draft.objectClass))
        problems.append({ QStringLiteral("object_class"), FieldProblem::Code::NotAChoice, 0, {} });
    if (!webhookTypes().contains(draft.type))
        problems.append({ QStringLiteral("type"), FieldProblem::Code::NotAChoice, 0, {} });
    required(problems, QStringLiteral("product_id"), draft.productId, 0);
    const QString url = draft.externalUrl.trimmed();
    required(problems, QStringLiteral("external_url"), url, 4096);
    if (!url.isEmpty() && url.size() <= 4096) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            problems.append({ QStringLiteral("external_url"), FieldProblem::Code::NotHttpUrl, 0, {} });
    }
    int line = 0;
    for (const auto &[name, value] : draft.headers) {
        ++line;
        if (!isHeaderName(name) || value.contains(QLatin1Char('\n'))) {
            problems.append({ QStringLiteral("headers"), FieldProblem::Code::BadHeaderName, line, name });
            break;
        }
    }
    return problems;
}

QList<QPair<QString, QString>> parseHeaderLines(const QString &text, QList<FieldProblem> *problems)
{
    QList<QPair<QString, QString>> headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (problems)
                problems->append({ QStringLiteral("headers"), FieldProblem::Code::BadHeaderLine, i + 1, line });
            continue;
        }
        const QString name = line.left(colon).trimmed();
        if (!isHeaderName(name)) {
            if (problems)
                problems->append({ QStringLiteral("headers"), FieldProblem::Code::BadHeaderName, i + 1, name });
            continue;
        }
        headers.append({ name, line.mid(colon + 1).trimmed() });
    }
    return headers;
}

QString headerLines(const QList<QPair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << name + QStringLiteral(": ") + value;
    return lines.join(QLatin1Char('\n'));
}

QList<FieldProblem> checkToken(const QString &name, const QString &description)
{
    QList<FieldProblem> problems;
    required(problems, QStringLiteral("name"), name, 128);
    if (description.trimmed().size() > 255)
        problems.append({ QStringLiteral("description"), FieldProblem::Code::TooLong, 255, {} });
    return problems;
}

QStringList tokenPermissionIds()
{
    QStringList ids;
    for (const core::ModuleId id : core::allModules()) {
        if (id != core::ModuleId::Home)
            ids << core::moduleKey(id);
    }
    return ids;
}

QStringList grantedPermissions(const QJsonArray &permissions)
{
    QStringList ids;
    for (const QJsonValue &permission : permissions) {
        const QString id = permission.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    ids.sort();
    return ids;
}

QString newJwtSecret()
{
    return QStringLiteral("JWT-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return secret.left(4) + QString(12, QChar(0x2022));
}

QList<FieldProblem> problemsInRefusal(const QString &refusal)
{
    // "<status> [CODE]: message; message (METHOD /path)"
    static const QRegularExpression shape(QStringLiteral("^\\d{3}(?: [A-Z]+_\\d+)?: (.*?)(?: \\([A-Z]+ [^)]*\\))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression field(QStringLiteral("^([a-z_][a-z0-9_.]*): (.+)$"));
    QList<FieldProblem> problems;
    const auto match = shape.match(refusal.trimmed());
    const QString messages = match.hasMatch() ? match.captured(1) : refusal.trimmed();
    for (const QString &message : messages.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const auto named = field.match(message);
        if (named.hasMatch())
            problems.append({ named.captured(1), FieldProblem::Code::None, 0, named.captured(2) });
        else
            problems.append({ QString(), FieldProblem::Code::None, 0, message });
    }
    return problems;
}

int statusOfRefusal(const QString &refusal)
{
    static const QRegularExpression status(QStringLiteral("^(\\d{3})\\b"));
    const auto match = status.match(refusal);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString curlExample(const QString &apiUrl, const QString &tokenId)
{
    const QString id = tokenId.isEmpty() ? QStringLiteral("SU-000-000-000") : tokenId;
    QString base = apiUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("curl -H \"Authorization: ApiKey %1:%2\" \\\n     \"%3/products?limit=10\"")
        .arg(id, QString(16, QChar(0x2022)), base);
}

} // namespace cv::apimodule
