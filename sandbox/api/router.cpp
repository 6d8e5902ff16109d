#include "sandbox/api/router.h"

namespace cv::sandbox {

void Router::add(Method method, const QString &pattern, Handler handler, const QString &specPath)
{
    // A later registration of the same method and path replaces the earlier one (a specialised handler
    // over a generic collection).
    m_routes.removeIf([&](const Route &route) { return route.method == method && route.pattern == pattern; });
    m_routes.append({ method, pattern, specPath == QLatin1String("=") ? pattern : specPath, std::move(handler) });
}

QString Router::methodName(Method method)
{
    switch (method) {
    case Method::Get: return QStringLiteral("GET");
    case Method::Post: return QStringLiteral("POST");
    case Method::Put: return QStringLiteral("PUT");
    case Method::Delete: return QStringLiteral("DELETE");
    case Method::Head: return QStringLiteral("HEAD");
    case Method::Options: return QStringLiteral("OPTIONS");
    case Method::Patch: return QStringLiteral("PATCH");
    case Method::Other: break;
    }
    return QStringLiteral("OTHER");
}

bool Router::match(const QString &pattern, const QStringList &segments, QHash<QString, QString> &params)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            captured.insert(part.mid(1, part.size() - 2), segments.at(i));
        else if (part != segments.at(i))
            return false;
    }
    params = captured;
    return true;
}

ApiReply Router::dispatch(ApiRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    // HEAD is answered as GET; the server sends the headers only (sandboxserver.cpp).
    const Method wanted = request.method == Method::Head ? Method::Get : request.method;
    QList<Method> allowed;
    // Literal segments win over captures: /products/{id}/items must not swallow /products/x/regeneratesecret
    // style siblings, so try routes with fewer captures first.
    const Route *best = nullptr;
    int bestCaptures = 1 << 20;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route.pattern, segments, params))
            continue;
        pathKnown = true;
        if (!allowed.contains(route.method))
            allowed << route.method;
        if (route.method != wanted)
            continue;
        if (int(params.size()) < bestCaptures) {
            best = &route;
            bestCaptures = int(params.size());
            bestParams = params;
        }
    }
    if (best) {
        request.params = bestParams;
        request.specPath = best->specPath;
        return best->handler(request);
    }
    if (pathKnown) {
        // RFC 9110 §15.5.6: a 405 names the allowed methods; OPTIONS answers with the same list.
        QStringList names;
        for (Method method : { Method::Get, Method::Head, Method::Post, Method::Put, Method::Delete }) {
            if (allowed.contains(method == Method::Head ? Method::Get : method))
                names << methodName(method);
        }
        names << methodName(Method::Options);
        ApiReply reply = request.method == Method::Options
            ? ApiReply::raw({}, {}, 200)
            : ApiReply::error(405, QStringLiteral("GEN_405"),
                { QStringLiteral("Method %1 is not allowed on %2.").arg(methodName(request.method), request.path) });
        reply.headers.append({ "Allow", names.join(QStringLiteral(", ")).toLatin1() });
        return reply;
    }
    return ApiReply::error(
        404, QStringLiteral("GEN_404"), { QStringLiteral("No such API path: %1").arg(request.path) });
}

} // namespace cv::sandbox
