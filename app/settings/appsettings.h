#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace cv::settings {

/// The user's preferences, kept in `settings.ini` in the configuration folder (core::DataPaths::configDir()).
/// Typed getters and setters; every setter writes through at once (QSettings::sync) and emits changed() with
/// the key, so whoever applies a setting (the sync schedule, the network proxy, the theme, the tray) reacts
/// while the Settings dialog is still open, and a restart reads the same values back.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class ProxyMode { System, Manual };
    Q_ENUM(ProxyMode)
    /// The events that may raise a desktop notification (each has its own toggle).
    enum class Event { NewPendingRequests, SyncNeedsUser, NewConflicts, PublishFinished };
    Q_ENUM(Event)

    enum class Key { Theme, SyncEnabled, SyncInterval, SyncOnStart, Proxy, Notification, KeepInTray };
    Q_ENUM(Key)

    static constexpr int kDefaultSyncIntervalMinutes = 5;
    static constexpr int kMinSyncIntervalMinutes = 1;
    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;

    /// Reads `fileName`; empty: `settings.ini` in DataPaths::configDir().
    explicit AppSettings(const QString &fileName = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;

    Theme theme() const;
    void setTheme(Theme theme);

    /// Automatic sync (the interval timer, the retry after going offline, the sync on start). "Sync now" works
    /// either way.
    bool syncEnabled() const;
    void setSyncEnabled(bool enabled);
    int syncIntervalMinutes() const;
    /// Clamped to [kMinSyncIntervalMinutes, kMaxSyncIntervalMinutes].
    void setSyncIntervalMinutes(int minutes);
    bool syncOnStart() const;
    void setSyncOnStart(bool enabled);

    ProxyMode proxyMode() const;
    QString proxyHost() const;
    int proxyPort() const;
    /// Manual needs a host and a port in 1..65535; returns false (and changes nothing) otherwise.
    bool setProxy(ProxyMode mode, const QString &host = {}, int port = 0);

    bool notifies(Event event) const;
    void setNotifies(Event event, bool enabled);

    /// Closing the window keeps the app running in the tray (default off: closing quits, as before).
    bool keepInTray() const;
    void setKeepInTray(bool enabled);

Q_SIGNALS:
    void changed(cv::settings::AppSettings::Key key);

private:
    void write(const QString &name, const QVariant &value, Key key);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace cv::settings
