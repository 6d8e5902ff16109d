#pragma once

#include "sandbox/api/apimessage.h"

#include <functional>

namespace cv::sandbox {

/// Maps `METHOD /path/{param}/...` to handlers. Paths are matched segment by segment; `{name}` captures
/// one segment. Unknown path: 404; known path with another method: 405.
class Router final
{
public:
    using Handler = std::function<ApiReply(ApiRequest &)>;

    struct Route
    {
        Method method;
        QString pattern; ///< e.g. /products/{product_id}/items
        QString specPath; ///< the same path as spelled in specs.yml, or empty for sandbox extensions
        Handler handler;
    };

    /// `specPath` defaults to `pattern`; pass an empty string for routes the public spec lacks.
    void add(Method method, const QString &pattern, Handler handler, const QString &specPath = QStringLiteral("="));
    ApiReply dispatch(ApiRequest &request) const;
    const QList<Route> &routes() const { return m_routes; }

    static QString methodName(Method method);

private:
    static bool match(const QString &pattern, const QStringList &segments, QHash<QString, QString> &params);

    QList<Route> m_routes;
};

} // namespace cv::sandbox
