#pragma once

#include "app/settings/appsettings.h"

#include <QNetworkProxyFactory>

class QNetworkAccessManager;

namespace cv::sync {
class AccountSession;
}

namespace cv::settings {

/// The proxy the app's QNetworkAccessManager uses for Connect endpoints: the system's (QNetworkProxyFactory's
/// system configuration, honouring http_proxy/no_proxy) or a manual HTTP proxy. Loopback hosts never go through
/// a proxy: the embedded sandbox runs on this computer.
class ConnectProxyFactory final : public QNetworkProxyFactory
{
public:
    ConnectProxyFactory(AppSettings::ProxyMode mode, const QString &host, int port);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    AppSettings::ProxyMode m_mode;
    QString m_host;
    int m_port;
};

/// Points `network` at the proxy `settings` name, now and after every change (a changed proxy drops the
/// connections already open, so the next request takes the new route).
void bindNetwork(AppSettings *settings, QNetworkAccessManager *network);

/// The session's automatic sync follows `settings` (on/off, interval, sync on start), now and after every change:
/// an interval change reschedules the running timer.
void bindSync(AppSettings *settings, sync::AccountSession *session);

} // namespace cv::settings
