#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace cv::accounts {
class AccountRegistry;
}
namespace cv::settings {
class AppSettings;
}
namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// Settings (Preferences on macOS): appearance and the tray, sync, network proxy, notifications per event, and
/// the offline data (its folder, each account's cache size and unsent changes, "Clear offline data"). Every
/// control writes its setting at once (AppSettings), and whoever applies it reacts at once: there is no OK.
/// A manual proxy without a host or port is refused next to the fields and the previous proxy stays.
/// The language row uses issue 16's choice (ui/i18n/translations.h: kept in QSettings "ui/language", switched
/// without a restart), the same one as the toolbar's Language menu.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(settings::AppSettings *settings, accounts::AccountRegistry *accounts, sync::AccountSession *session,
        QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *keepInTrayBox() const { return m_keepInTray; }
    QCheckBox *syncEnabledBox() const { return m_syncEnabled; }
    QSpinBox *syncIntervalBox() const { return m_syncInterval; }
    QCheckBox *syncOnStartBox() const { return m_syncOnStart; }
    QRadioButton *systemProxyButton() const { return m_systemProxy; }
    QRadioButton *manualProxyButton() const { return m_manualProxy; }
    QLineEdit *proxyHostField() const { return m_proxyHost; }
    QSpinBox *proxyPortBox() const { return m_proxyPort; }
    QLabel *proxyError() const { return m_proxyError; }
    QCheckBox *notificationBox(int event) const;
    QLabel *dataFolderLabel() const { return m_dataFolder; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QTableWidget *accountsTable() const { return m_accountsTable; }
    QPushButton *clearDataButton() const { return m_clearData; }
    QLabel *dataResult() const { return m_dataResult; }

    /// Re-reads each account's cache size and unsent changes.
    void refreshData();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneral();
    QWidget *buildSync();
    QWidget *buildNetwork();
    QWidget *buildNotifications();
    QWidget *buildData();
    void load();
    void applyProxy();
    void clearSelected();
    void retranslate();

    settings::AppSettings *m_settings;
    accounts::AccountRegistry *m_accounts;
    sync::AccountSession *m_session;
    QTabWidget *m_tabs;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_themeHint;
    QCheckBox *m_keepInTray;
    QLabel *m_trayHint;
    QCheckBox *m_syncEnabled;
    QLabel *m_intervalLabel;
    QSpinBox *m_syncInterval;
    QCheckBox *m_syncOnStart;
    QLabel *m_syncHint;
    QRadioButton *m_systemProxy;
    QRadioButton *m_manualProxy;
    QLabel *m_hostLabel;
    QLineEdit *m_proxyHost;
    QLabel *m_portLabel;
    QSpinBox *m_proxyPort;
    QLabel *m_proxyError;
    QLabel *m_proxyHint;
    QList<QCheckBox *> m_notify;
    QLabel *m_notifyHint;
    QLabel *m_dataFolderHeading;
    QLabel *m_dataFolder;
    QPushButton *m_openFolder;
    QTableWidget *m_accountsTable;
    QPushButton *m_clearData;
    QLabel *m_dataResult;
    QPushButton *m_close;
};

} // namespace cv::ui
