#include "app/settings/settingsbinding.h"

#include "app/sync/accountsession.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

namespace cv::settings {

ConnectProxyFactory::ConnectProxyFactory(AppSettings::ProxyMode mode, const QString &host, int port)
    : m_mode(mode)
    , m_host(host)
    , m_port(port)
{ }

QList<QNetworkProxy> ConnectProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback())
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    if (m_mode == AppSettings::ProxyMode::Manual)
        return { QNetworkProxy(QNetworkProxy::HttpProxy, m_host, quint16(m_port)) };
    return systemProxyForQuery(query);
}

void bindNetwork(AppSettings *settings, QNetworkAccessManager *network)
{
    const auto apply = [settings, network] {
        // The manager owns its factory and deletes the previous one.
        network->setProxyFactory(
            new ConnectProxyFactory(settings->proxyMode(), settings->proxyHost(), settings->proxyPort()));
        network->clearConnectionCache();
    };
    apply();
    QObject::connect(settings, &AppSettings::changed, network, [apply](AppSettings::Key key) {
        if (key == AppSettings::Key::Proxy)
            apply();
    });
}

void bindSync(AppSettings *settings, sync::AccountSession *session)
{
    const auto apply = [settings, session] {
        session->setSchedule(
            settings->syncEnabled(), settings->syncIntervalMinutes() * 60 * 1000, settings->syncOnStart());
    };
    apply();
    QObject::connect(settings, &AppSettings::changed, session, [apply](AppSettings::Key key) {
        if (key == AppSettings::Key::SyncEnabled || key == AppSettings::Key::SyncInterval
            || key == AppSettings::Key::SyncOnStart)
            apply();
    });
}

} // namespace cv::settings
