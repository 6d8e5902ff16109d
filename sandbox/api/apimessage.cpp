#include "sandbox/api/apimessage.h"

#include <QJsonDocument>

namespace cv::sandbox {

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", status);
}

ApiReply ApiReply::json(const QJsonArray &array, int status)
{
    return raw(QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", status);
}

ApiReply ApiReply::raw(const QByteArray &body, const QByteArray &contentType, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

ApiReply ApiReply::noContent()
{
    ApiReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

ApiReply ApiReply::error(int status, const QString &code, const QStringList &errors)
{
    return json(QJsonObject { { QStringLiteral("error_code"), code },
                    { QStringLiteral("errors"), QJsonArray::fromStringList(errors) } },
        status);
}

ApiReply ApiReply::validation(const QStringList &errors)
{
    return error(400, QStringLiteral("VAL_001"), errors);
}

ApiReply ApiReply::notFound(const QString &what, const QString &id)
{
    return error(404, QStringLiteral("GEN_404"), { QStringLiteral("%1 %2 not found.").arg(what, id) });
}

ApiReply ApiReply::unauthorized()
{
    return error(401, QStringLiteral("AUTH_001"), { QStringLiteral("API request is unauthorized.") });
}

ApiReply ApiReply::badTransition(
    const QString &code, const QString &object, const QString &action, const QString &status)
{
    return error(400, code, { QStringLiteral("%1 cannot be %2 from the '%3' status.").arg(object, action, status) });
}

} // namespace cv::sandbox
