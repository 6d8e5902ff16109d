#include "app/api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cv::api {

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout: return true;
    case Kind::Http: return httpStatus >= 500 || httpStatus == 429;
    case Kind::None:
    case Kind::InvalidResponse:
    case Kind::Cancelled:
    case Kind::InvalidRequest: return false;
    }
    return false;
}

bool ApiError::parseBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    const QJsonValue code = object.value(QLatin1String("error_code"));
    const QJsonValue list = object.value(QLatin1String("errors"));
    if (!code.isString() && !list.isArray())
        return false;
    errorCode = code.toString();
    errors.clear();
    if (list.isArray()) {
        for (const QJsonValue &entry : list.toArray()) {
            // Messages are strings; anything else is kept in its JSON form rather than dropped.
            if (entry.isString())
                errors << entry.toString();
            else if (entry.isObject())
                errors << QString::fromUtf8(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact));
            else if (entry.isArray())
                errors << QString::fromUtf8(QJsonDocument(entry.toArray()).toJson(QJsonDocument::Compact));
            else if (!entry.isNull())
                errors << entry.toVariant().toString();
        }
    }
    return true;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::Network: return QStringLiteral("network error");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Http: return QStringLiteral("HTTP error");
    case Kind::InvalidResponse: return QStringLiteral("invalid response");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::InvalidRequest: return QStringLiteral("invalid request");
    }
    return {};
}

namespace {

/// A server may answer with megabytes of error text (a stack trace, a whole page); a summary is logged and
/// shown, so it keeps the start and says how long the whole was.
QString capped(const QString &text)
{
    constexpr qsizetype kMax = 500;
    if (text.size() <= kMax)
        return text;
    return text.left(kMax) + QStringLiteral("... (%1 characters)").arg(text.size());
}

} // namespace

QString ApiError::summary() const
{
    if (kind == Kind::None)
        return kindName(kind);
    QString text;
    if (kind == Kind::Http) {
        text = QString::number(httpStatus);
        if (!errorCode.isEmpty())
            text += QLatin1Char(' ') + errorCode;
        const QString message = capped(errors.isEmpty() ? detail : errors.join(QLatin1String("; ")));
        if (!message.isEmpty())
            text += QLatin1String(": ") + message;
    } else {
        text = kindName(kind);
        if (!detail.isEmpty())
            text += QLatin1String(": ") + capped(detail);
    }
    const QString where = !path.isEmpty() ? path : url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
    if (!method.isEmpty() || !where.isEmpty()) {
        text += QLatin1String(" (");
        if (!method.isEmpty())
            text += QString::fromLatin1(method) + (where.isEmpty() ? QString() : QStringLiteral(" "));
        text += where + QLatin1Char(')');
    }
    return text;
}

} // namespace cv::api
