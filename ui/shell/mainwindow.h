#pragma once

#include "app/accounts/account.h"
#include "app/core/moduleid.h"
#include "ui/shell/moduleregistry.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace cv::accounts {
class AccountManager;
}
namespace cv::models {
class AccountListModel;
}
namespace cv::core {
class EmbeddedServer;
}
namespace cv::sync {
class AccountSession;
}
namespace cv::settings {
class AppSettings;
}

namespace cv::ui {

class AccountNavigator;
class CommandPalette;
class LanguageMenu;
class FirstRunPage;
class KeychainNotice;
class LandingPage;
class ModuleNavigator;
class ModulePage;
class NotificationsPanel;
class SettingsDialog;
class TrayController;
class SyncStatusWidget;

/// The application shell: module navigator (top left), account navigator (top right), the landing page
/// and one page per module, the first-run screen, and a status bar with connection and sync state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `session` (optional) syncs the current account: the window opens it on each account switch, shows its
    /// state in the status bar and attaches every module page to the open account's services. `modules` says
    /// which page each module shows (the composition root's table); a module without one is a placeholder.
    explicit MainWindow(accounts::AccountManager *accounts, sync::AccountSession *session = nullptr,
        const ModuleRegistry &modules = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::ModuleId currentModule() const { return m_currentModule; }
    /// The page shown in the central area (a module page, the landing page or the first-run page).
    QWidget *currentPage() const;
    QWidget *modulePage(core::ModuleId id) const { return m_pages.value(id); }
    /// The page of every module but Home (the landing page).
    QList<ModulePage *> modulePages() const;
    bool isFirstRunShown() const;

    ModuleNavigator *moduleNavigator() const { return m_moduleNavigator; }
    AccountNavigator *accountNavigator() const { return m_accountNavigator; }
    LandingPage *landingPage() const { return m_landing; }
    FirstRunPage *firstRunPage() const { return m_firstRun; }
    KeychainNotice *keychainNotice() const { return m_keychainNotice; }
    /// Ctrl+K: find any cached object or command (ui/shell/commandpalette.h).
    CommandPalette *commandPalette() const { return m_palette; }

    /// Enables "Explore offline with the sandbox" with the embedded sandbox behind it.
    void setSandboxSession(core::EmbeddedServer *session);
    /// Enables Settings… (account menu, Ctrl+,) over `settings` and, with a session, the tray icon and its
    /// notifications. Without it (tests) neither exists.
    void setSettings(settings::AppSettings *settings);
    QAction *settingsAction() const { return m_settingsAction; }
    TrayController *trayController() const { return m_tray; }
    /// The open Settings dialog, if any.
    SettingsDialog *settingsDialog() const;

public Q_SLOTS:
    /// Opens the embedded sandbox account (first run: creates it) on the next event-loop turn, once the
    /// window can say what a keychain prompt is about; errors show on the first-run page.
    void openSandbox();
    /// F5: sync the current account now.
    void syncNow();
    void showConflicts();
    /// Opens Settings (one dialog, raised if already open).
    void showSettings();
    /// Shows the window again from the tray.
    void bringToFront();

    void showModule(cv::core::ModuleId id);
    /// showModule() for the user's choice (module menu, Ctrl+<digit>, a Home tile, the palette): the keyboard
    /// goes into the page too, to its search field or its first control.
    void goToModule(cv::core::ModuleId id);
    /// Shows `requestId` in the Fulfillment module, after a sync brings it into the cache (e.g. a preview's request).
    void openRequest(const QString &requestId);
    void showFirstRun();
    void openOfflineWorkspace();

Q_SIGNALS:
    void currentModuleChanged(cv::core::ModuleId id);
    /// The sandbox account is open (or failed: `ok` false).
    void sandboxOpened(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    /// Hides to the tray instead when the user chose so in Settings (and the desktop has a tray).
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildStatusBar();
    void onCurrentAccountChanged(const accounts::Account &account);
    void openSession(const accounts::Account &account);
    /// Every module page works on the open account's services (none: detached).
    void attachPages();
    void detachPages();
    void connectKeychain();
    void addAccount(const QString &endpoint, const QByteArray &apiKey);
    void signOut(const QString &keychainKey);
    void askForKey();
    void updateWindowTitle();
    void updateStatus();
    /// The account's name and endpoint in the status bar.
    void updateConnectionStatus();
    /// After a sync: the name Connect reports for the open account (renamed in the Account module or on the
    /// portal) replaces the one recorded when it was added, in the title, status bar and account menu.
    void adoptAccountName();
    void retranslate();

    accounts::AccountManager *m_accounts;
    models::AccountListModel *m_accountModel;
    ModuleNavigator *m_moduleNavigator = nullptr;
    AccountNavigator *m_accountNavigator = nullptr;
    QStackedWidget *m_stack;
    FirstRunPage *m_firstRun;
    LandingPage *m_landing;
    QHash<core::ModuleId, QWidget *> m_pages;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
    core::ModuleId m_currentModule = core::ModuleId::Home;
    bool m_offlineWorkspace = false;
    core::EmbeddedServer *m_sandbox = nullptr;
    sync::AccountSession *m_session = nullptr;
    SyncStatusWidget *m_syncWidget = nullptr;
    QAction *m_syncAction = nullptr;
    NotificationsPanel *m_notifications = nullptr;
    QAction *m_notificationsAction = nullptr;
    bool m_notificationsSized = false;
    KeychainNotice *m_keychainNotice = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    CommandPalette *m_palette = nullptr;
    settings::AppSettings *m_settings = nullptr;
    QAction *m_settingsAction = nullptr;
    TrayController *m_tray = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_quitting = false; ///< Quit from the tray: closing really closes
    bool m_sandboxOpening = false; ///< openSandbox() is under way (it opens the session itself)
    bool m_started = false; ///< the first session open ran (deferred past the constructor)
};

} // namespace cv::ui
