#include "ui/settings/settingsdialog.h"

#include "app/accounts/accountregistry.h"
#include "app/core/datapaths.h"
#include "app/settings/appsettings.h"
#include "app/settings/offlinedata.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "ui/i18n/translations.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cv::ui {

using settings::AppSettings;

namespace {

const QList<AppSettings::Event> kEvents { AppSettings::Event::NewPendingRequests, AppSettings::Event::SyncNeedsUser,
    AppSettings::Event::NewConflicts, AppSettings::Event::PublishFinished };

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("hint", true);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(
    AppSettings *settings, accounts::AccountRegistry *accounts, sync::AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_accounts(accounts)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildGeneral(), QString());
    m_tabs->addTab(buildSync(), QString());
    m_tabs->addTab(buildNetwork(), QString());
    m_tabs->addTab(buildNotifications(), QString());
    m_tabs->addTab(buildData(), QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    retranslate();
    load();
    refreshData();
    resize(560, 440);

    // Another place may change a setting while the dialog is open (the tray's Pause sync).
    connect(m_settings, &AppSettings::changed, this, &SettingsDialog::load);
    if (m_session) {
        connect(m_session, &sync::AccountSession::synced, this, &SettingsDialog::refreshData);
        connect(m_session, &sync::AccountSession::cacheOpened, this, &SettingsDialog::refreshData);
    }
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_languageLabel = new QLabel(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QString(), QString()); // the system's
    QStringList languages = shippedLanguages();
    languages.prepend(QStringLiteral("en"));
    for (const QString &language : std::as_const(languages)) {
        // A language's own name is not translated: a reader of that language must find it (as LanguageMenu).
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(QStringLiteral("%1 (%2)").arg(name, language), language);
    }
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_themeLabel = new QLabel(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(QString(), int(AppSettings::Theme::System));
    m_theme->addItem(QString(), int(AppSettings::Theme::Light));
    m_theme->addItem(QString(), int(AppSettings::Theme::Dark));
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_themeLabel, m_theme);
    m_themeHint = hintLabel(page);
    form->addRow(QString(), m_themeHint);
    m_keepInTray = new QCheckBox(page);
    m_keepInTray->setObjectName(QStringLiteral("settingsKeepInTray"));
    form->addRow(m_keepInTray);
    m_trayHint = hintLabel(page);
    form->addRow(m_trayHint);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        setChosenLanguage(language);
        switchLanguage(*qApp, localeFor(language)); // every open window retranslates, this dialog too
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this,
        [this] { m_settings->setTheme(AppSettings::Theme(m_theme->currentData().toInt())); });
    connect(m_keepInTray, &QCheckBox::toggled, m_settings, &AppSettings::setKeepInTray);
    return page;
}

QWidget *SettingsDialog::buildSync()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_syncEnabled = new QCheckBox(page);
    m_syncEnabled->setObjectName(QStringLiteral("settingsSyncEnabled"));
    form->addRow(m_syncEnabled);
    m_intervalLabel = new QLabel(page);
    m_syncInterval = new QSpinBox(page);
    m_syncInterval->setObjectName(QStringLiteral("settingsSyncInterval"));
    m_syncInterval->setRange(AppSettings::kMinSyncIntervalMinutes, AppSettings::kMaxSyncIntervalMinutes);
    m_intervalLabel->setBuddy(m_syncInterval);
    form->addRow(m_intervalLabel, m_syncInterval);
    m_syncOnStart = new QCheckBox(page);
    m_syncOnStart->setObjectName(QStringLiteral("settingsSyncOnStart"));
    form->addRow(m_syncOnStart);
    m_syncHint = hintLabel(page);
    form->addRow(m_syncHint);

    connect(m_syncEnabled, &QCheckBox::toggled, m_settings, &AppSettings::setSyncEnabled);
    // Each step of the spin box is applied (and reschedules the timer); typing "15" applies 1 then 15.
    connect(m_syncInterval, &QSpinBox::valueChanged, m_settings, &AppSettings::setSyncIntervalMinutes);
    connect(m_syncOnStart, &QCheckBox::toggled, m_settings, &AppSettings::setSyncOnStart);
    return page;
}

QWidget *SettingsDialog::buildNetwork()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_systemProxy = new QRadioButton(page);
    m_systemProxy->setObjectName(QStringLiteral("settingsSystemProxy"));
    m_manualProxy = new QRadioButton(page);
    m_manualProxy->setObjectName(QStringLiteral("settingsManualProxy"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_systemProxy);
    group->addButton(m_manualProxy);
    layout->addWidget(m_systemProxy);
    layout->addWidget(m_manualProxy);
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_hostLabel = new QLabel(page);
    m_proxyHost = new QLineEdit(page);
    m_proxyHost->setObjectName(QStringLiteral("settingsProxyHost"));
    m_hostLabel->setBuddy(m_proxyHost);
    m_portLabel = new QLabel(page);
    m_proxyPort = new QSpinBox(page);
    m_proxyPort->setObjectName(QStringLiteral("settingsProxyPort"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(QStringLiteral("–"));
    m_portLabel->setBuddy(m_proxyPort);
    form->addRow(m_hostLabel, m_proxyHost);
    form->addRow(m_portLabel, m_proxyPort);
    layout->addLayout(form);
    m_proxyError = new QLabel(page);
    m_proxyError->setObjectName(QStringLiteral("settingsProxyError"));
    m_proxyError->setProperty("error", true);
    m_proxyError->setWordWrap(true);
    m_proxyError->hide();
    layout->addWidget(m_proxyError);
    m_proxyHint = hintLabel(page);
    layout->addWidget(m_proxyHint);
    layout->addStretch(1);

    connect(m_systemProxy, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            applyProxy();
    });
    connect(m_manualProxy, &QRadioButton::toggled, this, [this](bool on) {
        m_proxyHost->setEnabled(on);
        m_proxyPort->setEnabled(on);
        if (on)
            applyProxy();
    });
    connect(m_proxyHost, &QLineEdit::editingFinished, this, &SettingsDialog::applyProxy);
    connect(m_proxyPort, &QSpinBox::editingFinished, this, &SettingsDialog::applyProxy);
    return page;
}

QWidget *SettingsDialog::buildNotifications()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    for (AppSettings::Event event : kEvents) {
        auto *box = new QCheckBox(page);
        box->setObjectName(QStringLiteral("settingsNotify") + QString::number(int(event)));
        layout->addWidget(box);
        m_notify << box;
        connect(box, &QCheckBox::toggled, this, [this, event](bool on) { m_settings->setNotifies(event, on); });
    }
    m_notifyHint = hintLabel(page);
    layout->addWidget(m_notifyHint);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildData()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_dataFolderHeading = new QLabel(page);
    layout->addWidget(m_dataFolderHeading);
    auto *folderRow = new QHBoxLayout;
    m_dataFolder = new QLabel(page);
    m_dataFolder->setObjectName(QStringLiteral("settingsDataFolder"));
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataFolder->setWordWrap(true);
    m_openFolder = new QPushButton(page);
    m_openFolder->setObjectName(QStringLiteral("settingsOpenFolder"));
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(m_openFolder);
    layout->addLayout(folderRow);

    m_accountsTable = new QTableWidget(0, 3, page);
    m_accountsTable->setObjectName(QStringLiteral("settingsOfflineData"));
    m_accountsTable->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_accountsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountsTable->verticalHeader()->hide();
    m_accountsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_accountsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_accountsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_accountsTable, 1);
    auto *clearRow = new QHBoxLayout;
    m_dataResult = new QLabel(page);
    m_dataResult->setObjectName(QStringLiteral("settingsDataResult"));
    m_dataResult->setWordWrap(true);
    m_clearData = new QPushButton(page);
    m_clearData->setObjectName(QStringLiteral("settingsClearData"));
    clearRow->addWidget(m_dataResult, 1);
    clearRow->addWidget(m_clearData);
    layout->addLayout(clearRow);

    connect(m_openFolder, &QPushButton::clicked, this,
        [] { QDesktopServices::openUrl(QUrl::fromLocalFile(core::DataPaths::dataDir())); });
    connect(m_accountsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_accountsTable->currentRow();
        m_clearData->setEnabled(row >= 0 && m_accountsTable->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_clearData, &QPushButton::clicked, this, &SettingsDialog::clearSelected);
    return page;
}

QCheckBox *SettingsDialog::notificationBox(int event) const
{
    return m_notify.value(kEvents.indexOf(AppSettings::Event(event)));
}

void SettingsDialog::load()
{
    const QSignalBlocker languageBlock(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosenLanguage())));
    const QSignalBlocker themeBlock(m_theme);
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings->theme())));
    const QSignalBlocker trayBlock(m_keepInTray);
    m_keepInTray->setChecked(m_settings->keepInTray());
    const QSignalBlocker enabledBlock(m_syncEnabled);
    m_syncEnabled->setChecked(m_settings->syncEnabled());
    const QSignalBlocker intervalBlock(m_syncInterval);
    m_syncInterval->setValue(m_settings->syncIntervalMinutes());
    m_syncInterval->setEnabled(m_settings->syncEnabled());
    const QSignalBlocker onStartBlock(m_syncOnStart);
    m_syncOnStart->setChecked(m_settings->syncOnStart());
    m_syncOnStart->setEnabled(m_settings->syncEnabled());
    const QSignalBlocker systemBlock(m_systemProxy);
    const QSignalBlocker manualBlock(m_manualProxy);
    const bool manual = m_settings->proxyMode() == AppSettings::ProxyMode::Manual;
    (manual ? m_manualProxy : m_systemProxy)->setChecked(true);
    if (manual || m_proxyHost->text().isEmpty()) {
        m_proxyHost->setText(m_settings->proxyHost());
        m_proxyPort->setValue(m_settings->proxyPort());
    }
    m_proxyHost->setEnabled(m_manualProxy->isChecked());
    m_proxyPort->setEnabled(m_manualProxy->isChecked());
    for (int i = 0; i < m_notify.size(); ++i) {
        const QSignalBlocker block(m_notify[i]);
        m_notify[i]->setChecked(m_settings->notifies(kEvents[i]));
    }
}

void SettingsDialog::applyProxy()
{
    if (m_systemProxy->isChecked()) {
        m_proxyError->hide();
        m_settings->setProxy(AppSettings::ProxyMode::System);
        return;
    }
    if (!m_settings->setProxy(AppSettings::ProxyMode::Manual, m_proxyHost->text(), m_proxyPort->value())) {
        m_proxyError->setText(tr("Enter the proxy's host name and a port from 1 to 65535. Until then the "
                                 "previous setting stays in use."));
        m_proxyError->show();
        return;
    }
    m_proxyError->hide();
}

void SettingsDialog::refreshData()
{
    m_dataFolder->setText(QDir::toNativeSeparators(core::DataPaths::dataDir()));
    const QString selected = m_accountsTable->currentRow() >= 0
        ? m_accountsTable->item(m_accountsTable->currentRow(), 0)->data(Qt::UserRole).toString()
        : QString();
    const QSignalBlocker block(m_accountsTable);
    m_accountsTable->setRowCount(0);
    if (!m_accounts)
        return;
    const QLocale locale;
    int selectRow = -1;
    for (const accounts::Account &account : m_accounts->accounts()) {
        const QString key = account.keychainKey();
        const settings::OfflineDataInfo info = settings::inspectOfflineData(key, m_session);
        const int row = m_accountsTable->rowCount();
        m_accountsTable->insertRow(row);
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(account.displayName(), account.id));
        name->setData(Qt::UserRole, key);
        name->setData(Qt::UserRole + 1, info.exists);
        name->setToolTip(account.endpoint);
        m_accountsTable->setItem(row, 0, name);
        m_accountsTable->setItem(row, 1,
            new QTableWidgetItem(info.exists
                    ? locale.formattedDataSize(info.bytes, 1, QLocale::DataSizeTraditionalFormat)
                    : tr("None")));
        m_accountsTable->setItem(
            row, 2, new QTableWidgetItem(info.unsent < 0 ? tr("unknown") : QLocale().toString(info.unsent)));
        m_accountsTable->item(row, 2)->setData(Qt::UserRole, info.unsent);
        if (key == selected)
            selectRow = row;
    }
    if (selectRow < 0 && m_accountsTable->rowCount() > 0)
        selectRow = 0;
    if (selectRow >= 0)
        m_accountsTable->selectRow(selectRow);
    m_clearData->setEnabled(selectRow >= 0 && m_accountsTable->item(selectRow, 0)->data(Qt::UserRole + 1).toBool());
}

void SettingsDialog::clearSelected()
{
    const int row = m_accountsTable->currentRow();
    if (row < 0)
        return;
    const QString key = m_accountsTable->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_accountsTable->item(row, 0)->text();
    const auto clear = [this, key, name] {
        const bool removed
            = m_session ? m_session->clearOfflineData(key) : sync::AccountServices::deleteOfflineData(key);
        m_dataResult->setProperty("error", !removed);
        m_dataResult->setText(removed ? tr("The offline data of %1 is cleared.").arg(name)
                                      : tr("Some files of %1 could not be deleted: %2")
                                            .arg(name, QDir::toNativeSeparators(core::DataPaths::cacheFileFor(key))));
        refreshData();
    };
    // Read again now: a sync may have sent the changes since the table was filled.
    const qint64 unsent = settings::inspectOfflineData(key, m_session).unsent;
    if (unsent == 0) {
        clear();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear offline data"),
        unsent > 0 ? (unsent == 1 ? tr("1 change made on this computer for %1 has not been sent to Connect yet.")
                                  : tr("%n changes made on this computer for %1 have not been sent to Connect yet.",
                                      nullptr, int(unsent)))
                         .arg(name)
                   : tr("The changes waiting to be sent for %1 could not be counted.").arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearOfflineDataConfirmation"));
    box->setInformativeText(tr("Clearing the offline data deletes them for good. The rest comes back with the next "
                               "sync."));
    auto *confirm = box->addButton(tr("Clear and lose the changes"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("clearOfflineDataConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [confirm, clear](QAbstractButton *clicked) {
        if (clicked == confirm)
            clear();
    });
    box->open();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_accountsTable->setAccessibleName(tr("Offline data per account"));
    m_tabs->setTabText(1, tr("Sync"));
    m_tabs->setTabText(2, tr("Network"));
    m_tabs->setTabText(3, tr("Notifications"));
    m_tabs->setTabText(4, tr("Offline data"));
    m_languageLabel->setText(tr("&Language:"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->setItemText(
        0, systemLanguage.isEmpty() ? tr("Same as the system") : tr("Same as the system (%1)").arg(systemLanguage));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Same as the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_themeHint->setText(tr("Light and Dark use the Fusion style with a light or dark palette; the previews of "
                            "Markdown, templates and the customer panel follow the theme."));
    m_keepInTray->setText(tr("&Keep running in the tray when the window is closed"));
    m_trayHint->setText(QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("The tray icon shows the pending requests and has Sync now, Pause sync and Quit.")
            : tr("This desktop shows no tray icon, so closing the window quits."));
    m_syncEnabled->setText(tr("Sync &automatically"));
    m_intervalLabel->setText(tr("Sync &every:"));
    m_syncInterval->setSuffix(tr(" min"));
    m_syncOnStart->setText(tr("Sync when an account &opens"));
    m_syncHint->setText(tr("While automatic sync is off, nothing is sent or fetched until you choose Sync now "
                           "(F5). Changes made here are kept on this computer meanwhile."));
    m_systemProxy->setText(tr("Use the &system's proxy settings"));
    m_manualProxy->setText(tr("Use this HTTP &proxy:"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_proxyHint->setText(tr("Used for Connect endpoints. The sandbox on this computer is reached directly."));
    const QStringList notifyTexts { tr("New &pending requests after a sync"),
        tr("Sync &failures that need you (a refused API key, offline data that cannot be written)"),
        tr("New &conflicts"), tr("Publish &finished") };
    for (int i = 0; i < m_notify.size(); ++i)
        m_notify[i]->setText(notifyTexts.value(i));
    m_notifyHint->setText(tr("Shown as desktop notifications from the tray icon. Being offline is never notified: "
                             "the app retries by itself."));
    m_dataFolderHeading->setText(tr("Offline data is kept in:"));
    m_openFolder->setText(tr("Open &folder"));
    m_accountsTable->setHorizontalHeaderLabels({ tr("Account"), tr("Size"), tr("Changes not sent") });
    m_clearData->setText(tr("C&lear offline data…"));
    m_clearData->setToolTip(tr("Delete the selected account's offline data; the next sync fetches it again"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load(); // the language may have been chosen in the toolbar's menu
    }
    QDialog::changeEvent(event);
}

} // namespace cv::ui
