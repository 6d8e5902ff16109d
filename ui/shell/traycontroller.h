#pragma once

#include "app/settings/appsettings.h"
#include "app/sync/syncsummary.h"

#include <QIcon>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// The tray icon and the desktop notifications. The icon shows the number of pending requests in the open
/// account's cache (tooltip and a badge on the icon), refreshed after each sync and local change; its menu has
/// Open, Sync now, Pause/Resume sync and Quit. It decides which events raise a notification (each under its
/// Settings toggle): new pending requests after a sync, a sync failure the user must act on (the key refused,
/// the cache not writable; not plain offline), new conflicts, a published version.
///
/// Every notification raised is kept in messages() and emitted as messageRaised(), whether or not the desktop
/// has a tray (the offscreen platform has none): shown with QSystemTrayIcon::showMessage where there is one.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    struct Message
    {
        settings::AppSettings::Event event;
        QString title;
        QString text;
    };

    TrayController(sync::AccountSession *session, settings::AppSettings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *syncAction() const { return m_sync; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

    /// Pending requests in the open account's cache, as the icon shows them.
    qint64 pendingCount() const { return m_pendingCount; }
    /// Every notification raised since the start, oldest first.
    QList<Message> messages() const { return m_messages; }
    /// Closing the window should hide it to the tray: the user chose so and the desktop has a tray.
    bool keepsRunningOnClose() const;

    void retranslate();

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void messageRaised(const cv::ui::TrayController::Message &message);

private:
    void onCacheOpened();
    void onSynced(const sync::SyncSummary &summary);
    void onPublished(const QString &productId, int version);
    void refreshCount();
    void updateIcon();
    qint64 countPending() const;
    void raise(settings::AppSettings::Event event, const QString &title, const QString &text);
    QString requestLine(const QString &id) const;

    sync::AccountSession *m_session;
    settings::AppSettings *m_settings;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_sync;
    QAction *m_pause;
    QAction *m_quit;
    QIcon m_baseIcon;
    qint64 m_pendingCount = 0;
    QList<Message> m_messages;
};

} // namespace cv::ui

Q_DECLARE_METATYPE(cv::ui::TrayController::Message)
