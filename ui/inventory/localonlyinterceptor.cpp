#include "ui/inventory/localonlyinterceptor.h"

#include <QUrl>

namespace cv::ui {

LocalOnlyInterceptor::LocalOnlyInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

bool LocalOnlyInterceptor::isLocal(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("data") || scheme == QLatin1String("qrc") || scheme == QLatin1String("about");
}

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isLocal(info.requestUrl()))
        return;
    info.block(true);
    if (m_blocked.size() >= 100)
        m_blocked.removeFirst();
    m_blocked << info.requestUrl().toString();
}

} // namespace cv::ui
