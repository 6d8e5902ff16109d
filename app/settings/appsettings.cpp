#include "app/settings/appsettings.h"

#include "app/core/datapaths.h"

#include <QDir>
#include <QMetaEnum>
#include <QSettings>

namespace cv::settings {

namespace {

template<typename E> QString nameOf(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template<typename E> E valueOf(const QVariant &stored, E fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<E>().keyToValue(stored.toString().toLatin1().constData(), &ok);
    return ok ? E(value) : fallback;
}

QString eventKey(AppSettings::Event event)
{
    return QStringLiteral("notifications/") + nameOf(event);
}

} // namespace

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(
          fileName.isEmpty() ? QDir(core::DataPaths::configDir()).filePath(QStringLiteral("settings.ini")) : fileName,
          QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::write(const QString &name, const QVariant &value, Key key)
{
    if (m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    m_settings->sync(); // a crash after the change keeps it
    Q_EMIT changed(key);
}

AppSettings::Theme AppSettings::theme() const
{
    return valueOf(m_settings->value(QStringLiteral("appearance/theme")), Theme::System);
}

void AppSettings::setTheme(Theme theme)
{
    write(QStringLiteral("appearance/theme"), nameOf(theme), Key::Theme);
}

bool AppSettings::syncEnabled() const
{
    return m_settings->value(QStringLiteral("sync/enabled"), true).toBool();
}

void AppSettings::setSyncEnabled(bool enabled)
{
    write(QStringLiteral("sync/enabled"), enabled, Key::SyncEnabled);
}

int AppSettings::syncIntervalMinutes() const
{
    const int minutes = m_settings->value(QStringLiteral("sync/intervalMinutes"), kDefaultSyncIntervalMinutes).toInt();
    return minutes < kMinSyncIntervalMinutes ? kDefaultSyncIntervalMinutes : qMin(minutes, kMaxSyncIntervalMinutes);
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    write(QStringLiteral("sync/intervalMinutes"), qBound(kMinSyncIntervalMinutes, minutes, kMaxSyncIntervalMinutes),
        Key::SyncInterval);
}

bool AppSettings::syncOnStart() const
{
    return m_settings->value(QStringLiteral("sync/onStart"), true).toBool();
}

void AppSettings::setSyncOnStart(bool enabled)
{
    write(QStringLiteral("sync/onStart"), enabled, Key::SyncOnStart);
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    return valueOf(m_settings->value(QStringLiteral("network/proxy")), ProxyMode::System);
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(QStringLiteral("network/proxyHost")).toString();
}

int AppSettings::proxyPort() const
{
    return m_settings->value(QStringLiteral("network/proxyPort"), 0).toInt();
}

bool AppSettings::setProxy(ProxyMode mode, const QString &host, int port)
{
    const QString trimmed = host.trimmed();
    if (mode == ProxyMode::Manual && (trimmed.isEmpty() || port < 1 || port > 65535))
        return false;
    const bool same = proxyMode() == mode && proxyHost() == trimmed && proxyPort() == port;
    if (same)
        return true;
    // One change, one signal: the network is re-pointed once, with host and port together.
    m_settings->setValue(QStringLiteral("network/proxy"), nameOf(mode));
    if (mode == ProxyMode::Manual) {
        m_settings->setValue(QStringLiteral("network/proxyHost"), trimmed);
        m_settings->setValue(QStringLiteral("network/proxyPort"), port);
    }
    m_settings->sync();
    Q_EMIT changed(Key::Proxy);
    return true;
}

bool AppSettings::notifies(Event event) const
{
    return m_settings->value(eventKey(event), true).toBool();
}

void AppSettings::setNotifies(Event event, bool enabled)
{
    write(eventKey(event), enabled, Key::Notification);
}

bool AppSettings::keepInTray() const
{
    return m_settings->value(QStringLiteral("window/keepInTray"), false).toBool();
}

void AppSettings::setKeepInTray(bool enabled)
{
    write(QStringLiteral("window/keepInTray"), enabled, Key::KeepInTray);
}

} // namespace cv::settings
