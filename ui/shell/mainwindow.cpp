#include "ui/shell/mainwindow.h"

#include "ui/i18n/languagemenu.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/embeddedserver.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/accounts/accountlistmodel.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/accountnavigator.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/firstrunpage.h"
#include "ui/shell/keychainnotice.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulenavigator.h"
#include "ui/shell/modulepage.h"
#include "ui/shell/notificationspanel.h"
#include "ui/shell/traycontroller.h"
#include "ui/shell/userfacingerrors.h"
#include "ui/style/lineicon.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace cv::ui {

using core::ModuleId;

MainWindow::MainWindow(
    accounts::AccountManager *accounts, sync::AccountSession *session, const ModuleRegistry &modules, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_accountModel(new models::AccountListModel(accounts->registry(), this))
    , m_stack(new QStackedWidget(this))
    , m_firstRun(new FirstRunPage(this))
    , m_landing(new LandingPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = session;
    setMinimumSize(800, 560);
    // 1200x780 where it fits; on a small screen (1024x768 laptops) the default fits the available area, so
    // nothing starts off-screen before a window manager steps in.
    QSize size(1200, 780);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size.expandedTo(minimumSize()));

    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_landing);
    m_pages.insert(ModuleId::Home, m_landing);
    for (ModuleId id : core::allModules()) {
        if (id == ModuleId::Home)
            continue;
        ModulePage *page = modules.create(id, this);
        connect(page, &ModulePage::openObjectRequested, this, [this](ModuleId module, const QString &objectId) {
            if (module == ModuleId::Fulfillment)
                openRequest(objectId);
        });
        connect(page, &ModulePage::notificationsChanged, this, [this] {
            if (m_notifications)
                m_notifications->refresh();
        });
        m_stack->addWidget(page);
        m_pages.insert(id, page);
    }
    if (m_session) {
        connect(m_session, &sync::AccountSession::cacheOpened, this, &MainWindow::attachPages);
        connect(m_session, &sync::AccountSession::cacheOpened, this, &MainWindow::adoptAccountName);
        connect(m_session, &sync::AccountSession::synced, this, &MainWindow::adoptAccountName);
        connect(m_session, &sync::AccountSession::servicesClosing, this, &MainWindow::detachPages);
        attachPages();
    }
    m_keychainNotice = new KeychainNotice(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_keychainNotice);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildToolBar();
    buildStatusBar();

    // Ctrl+K anywhere in the window (the action belongs to the window, so whichever page has focus).
    m_palette = new CommandPalette(this);
    auto *paletteAction = new QAction(this);
    paletteAction->setObjectName(QStringLiteral("commandPaletteAction"));
    paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    paletteAction->setShortcutContext(Qt::WindowShortcut);
    connect(paletteAction, &QAction::triggered, this, [this] {
        if (m_palette->isVisible())
            m_palette->dismiss();
        else if (!isFirstRunShown())
            m_palette->popup();
    });
    addAction(paletteAction);

    connect(m_landing, &LandingPage::moduleRequested, this, &MainWindow::goToModule);
    connect(m_firstRun, &FirstRunPage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_firstRun, &FirstRunPage::offlineRequested, this, &MainWindow::openOfflineWorkspace);
    connect(m_firstRun, &FirstRunPage::sandboxRequested, this, &MainWindow::openSandbox);
    connect(m_firstRun, &FirstRunPage::cancelRequested, this, [this] { showModule(m_currentModule); });
    connect(
        m_accounts->registry(), &accounts::AccountRegistry::currentChanged, this, &MainWindow::onCurrentAccountChanged);

    connectKeychain();
    // The account's key is read from the keychain once the window is up (next event-loop turn), so that
    // the notice above the pages can explain a keychain prompt before the system shows it.
    const accounts::Account current = m_accounts->registry()->current();
    m_landing->setAccountName(current.name);
    updateStatus();
    if (current.isValid())
        showModule(m_currentModule);
    else
        showFirstRun();
    updateWindowTitle();
    QTimer::singleShot(0, this, [this] {
        m_started = true;
        const accounts::Account account = m_accounts->registry()->current();
        // With the sandbox about to open, its account is opened once, at its new endpoint, by openSandbox().
        if (!(m_sandboxOpening && account.sandbox))
            openSession(account);
    });
}

void MainWindow::connectKeychain()
{
    accounts::KeyStore *keys = m_accounts->keyStore();
    connect(keys, &accounts::KeyStore::accessStarted, this, [this](const QString &key) {
        const accounts::Account account = m_accounts->registry()->find(key);
        const bool sandbox = m_sandboxOpening || account.sandbox;
        m_keychainNotice->showAsking(account.isValid() ? account.displayName() : QString(), sandbox);
    });
    connect(keys, &accounts::KeyStore::accessFinished, this, [this] {
        if (m_keychainNotice->state() == KeychainNotice::State::Asking)
            m_keychainNotice->dismiss();
    });
    connect(m_keychainNotice, &KeychainNotice::enterKeyRequested, this, &MainWindow::askForKey);
    connect(m_keychainNotice, &KeychainNotice::retryRequested, this, [this] {
        if (!m_session)
            return;
        m_keychainNotice->dismiss();
        const accounts::Account account = m_session->account();
        m_session->open({});
        m_session->open(account);
    });
    if (!m_session)
        return;
    connect(
        m_session, &sync::AccountSession::connectionChanged, this, [this](sync::AccountSession::Connection connection) {
            if (connection == sync::AccountSession::Connection::NoKey) {
                m_keychainNotice->showAccountWithoutKey(m_session->account().displayName(), m_session->lastError());
            } else if (connection != sync::AccountSession::Connection::Opening
                && m_keychainNotice->state() == KeychainNotice::State::AccountWithoutKey) {
                m_keychainNotice->dismiss();
            }
        });
}

void MainWindow::openSession(const accounts::Account &account)
{
    if (m_session && m_session->account() != account)
        m_session->open(account);
}

MainWindow::~MainWindow() = default;

QList<ModulePage *> MainWindow::modulePages() const
{
    QList<ModulePage *> pages;
    for (ModuleId id : core::allModules()) {
        if (auto *page = qobject_cast<ModulePage *>(m_pages.value(id)))
            pages << page;
    }
    return pages;
}

void MainWindow::attachPages()
{
    for (ModulePage *page : modulePages())
        page->attach(m_session ? m_session->services() : nullptr);
}

void MainWindow::detachPages()
{
    for (ModulePage *page : modulePages())
        page->detach();
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize({ 22, 22 });
    bar->toggleViewAction()->setVisible(false);

    m_moduleNavigator = new ModuleNavigator(bar);
    bar->addWidget(m_moduleNavigator);
    // The module actions carry the Ctrl+<digit> shortcuts; they must belong to the window to fire
    // whichever page has focus.
    addActions(m_moduleNavigator->moduleActions());
    connect(m_moduleNavigator, &ModuleNavigator::moduleRequested, this, &MainWindow::goToModule);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_syncAction = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncNow"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setShortcutContext(Qt::ApplicationShortcut);
    m_syncAction->setToolTip(tr("Send local changes and fetch what changed (F5)"));
    m_syncAction->setEnabled(m_session != nullptr);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);
    addAction(m_syncAction);
    bar->addAction(m_syncAction);

    // The interface language (issue 16): follows the system unless chosen here, in Settings or with --language.
    // It sits in the account menu beside Settings and About: in the toolbar it pushed the window's minimum width
    // past 1024 px.
    m_languageMenu = new LanguageMenu(this);
    m_languageMenu->menuAction()->setObjectName(QStringLiteral("languageMenuAction"));

    if (m_session) {
        m_notifications = new NotificationsPanel(m_session, this);
        m_notifications->hide();
        addDockWidget(Qt::RightDockWidgetArea, m_notifications);
        m_notificationsAction = m_notifications->toggleViewAction();
        m_notificationsAction->setObjectName(QStringLiteral("showNotifications"));
        m_notificationsAction->setIcon(QIcon(QStringLiteral(":/icons/bell.svg")));
        m_notificationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        m_notificationsAction->setToolTip(tr("Notifications: the emails Connect sent you (Ctrl+Shift+N)"));
        addAction(m_notificationsAction);
        bar->addAction(m_notificationsAction);
        connect(m_notifications, &NotificationsPanel::openRequestRequested, this, &MainWindow::openRequest);
        // Opens at a readable width the first time (a dock starts at its minimum otherwise); after that the
        // user's width stays.
        connect(m_notifications, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (!visible || m_notificationsSized)
                return;
            m_notificationsSized = true;
            // After the dock is laid out (now it still has its minimum width).
            QTimer::singleShot(0, this,
                [this] { resizeDocks({ m_notifications }, { NotificationsPanel::kPreferredWidth }, Qt::Horizontal); });
        });
    }

    m_accountNavigator = new AccountNavigator(m_accountModel, bar);
    bar->addWidget(m_accountNavigator);
    m_accountNavigator->setAppActions({ m_languageMenu->menuAction() }); // Settings joins when bound
    connect(m_accountNavigator, &AccountNavigator::switchRequested, this,
        [this](const QString &key) { m_accounts->registry()->setCurrent(key); });
    connect(m_accountNavigator, &AccountNavigator::addAccountRequested, this, &MainWindow::showFirstRun);
    connect(m_accountNavigator, &AccountNavigator::signOutRequested, this, &MainWindow::signOut);
    connect(m_accountNavigator, &AccountNavigator::aboutRequested, this, [this] {
        auto *about = new AboutDialog(m_accounts->registry()->accounts(), m_accounts->registry()->currentKey(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainWindow::buildStatusBar()
{
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setTextFormat(Qt::PlainText); // holds the account's name as Connect reports it
    statusBar()->addWidget(m_connectionStatus, 1);
    if (m_session) {
        m_syncWidget = new SyncStatusWidget(m_session, this);
        statusBar()->addPermanentWidget(m_syncWidget);
        connect(m_syncWidget, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
        connect(m_syncWidget, &SyncStatusWidget::keyRequested, this, &MainWindow::askForKey);
    } else {
        m_syncStatus = new QLabel(this);
        m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
        statusBar()->addPermanentWidget(m_syncStatus);
    }
}

void MainWindow::openRequest(const QString &requestId)
{
    auto *fulfillment = qobject_cast<ModulePage *>(m_pages.value(ModuleId::Fulfillment));
    if (!fulfillment || !m_session)
        return;
    showModule(ModuleId::Fulfillment);
    // Already cached (e.g. from a notification): open it now.
    if (fulfillment->openObject(requestId))
        return;
    // Created in Connect (a preview's request): sync first so it is in the cache, then open it.
    auto *guard = new QObject(this);
    connect(m_session, &sync::AccountSession::synced, guard, [fulfillment, requestId, guard] {
        fulfillment->openObject(requestId);
        guard->deleteLater();
    });
    m_session->syncNow();
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

bool MainWindow::isFirstRunShown() const
{
    return m_stack->currentWidget() == m_firstRun;
}

void MainWindow::setSandboxSession(core::EmbeddedServer *session)
{
    m_sandbox = session;
    m_firstRun->setSandboxAvailable(session != nullptr);
}

void MainWindow::openSandbox()
{
    if (!m_sandbox || m_sandboxOpening)
        return;
    m_sandboxOpening = true;
    m_firstRun->setSandboxStarting(true);
    m_connectionStatus->setText(tr("Starting the sandbox…")); // a status message would be drawn over it
    QTimer::singleShot(0, this, [this] {
        m_sandbox->open(this, [this](const core::EmbeddedServerResult &result) {
            m_sandboxOpening = false;
            m_firstRun->setSandboxStarting(false);
            updateStatus();
            if (!result.ok()) {
                showFirstRun();
                m_firstRun->showError(UserFacingErrors::describe(result));
                Q_EMIT sandboxOpened(false);
                return;
            }
            if (result.memoryOnlyKey)
                m_keychainNotice->showSandboxInMemory(result.keychain.status, result.keychain.detail);
            // The account is current now (its endpoint is this run's); open it if that changed nothing.
            if (m_started)
                openSession(m_accounts->registry()->current());
            showModule(ModuleId::Home);
            Q_EMIT sandboxOpened(true);
        });
    });
}

void MainWindow::showModule(ModuleId id)
{
    const bool hasWorkspace = m_offlineWorkspace || m_accounts->registry()->current().isValid();
    if (!hasWorkspace) {
        showFirstRun();
        return;
    }
    m_currentModule = id;
    m_stack->setCurrentWidget(m_pages.value(id));
    m_moduleNavigator->setCurrentModule(id);
    m_moduleNavigator->setEnabled(true);
    updateWindowTitle();
    Q_EMIT currentModuleChanged(id);
}

void MainWindow::goToModule(ModuleId id)
{
    showModule(id);
    if (m_stack->currentWidget() != m_pages.value(id))
        return; // the first-run page instead
    auto *module = qobject_cast<ModulePage *>(m_pages.value(id));
    QLineEdit *search = module ? module->searchField() : nullptr;
    if (search && search->isVisible() && search->isEnabled()) {
        search->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // Otherwise the page's first control in the tab order, so a keyboard user does not start from the toolbar.
    QWidget *page = m_pages.value(id);
    for (QWidget *next = page->nextInFocusChain(); next && next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::showFirstRun()
{
    m_firstRun->showError(QString());
    m_stack->setCurrentWidget(m_firstRun);
    // Without an account or an offline workspace there is no module to go to (and nothing to cancel to).
    const bool hasWorkspace = m_offlineWorkspace || m_accounts->registry()->current().isValid();
    m_moduleNavigator->setEnabled(hasWorkspace);
    m_firstRun->setCancelable(hasWorkspace);
    updateWindowTitle();
}

void MainWindow::openOfflineWorkspace()
{
    m_offlineWorkspace = true;
    updateStatus();
    showModule(ModuleId::Home);
}

void MainWindow::syncNow()
{
    if (m_session)
        m_session->syncNow();
}

void MainWindow::showConflicts()
{
    if (!m_session)
        return;
    auto *dialog = new ConflictsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_syncWidget)
            m_syncWidget->refresh();
        // Decisions taken: send what they left to send.
        syncNow();
    });
    dialog->show();
}

void MainWindow::setSettings(settings::AppSettings *settings)
{
    if (m_settings || !settings)
        return;
    m_settings = settings;
    m_settingsAction = new QAction(lineIcon(QStringLiteral(":/icons/settings.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("showSettings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    addAction(m_settingsAction);
    m_accountNavigator->setAppActions({ m_settingsAction, m_languageMenu->menuAction() });
    if (m_session) {
        m_tray = new TrayController(m_session, settings, this);
        connect(m_tray, &TrayController::openRequested, this, &MainWindow::bringToFront);
        connect(m_tray, &TrayController::quitRequested, this, [] {
            // QGuiApplication::quit() closes every window first; closeEvent() must let this one go.
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *window = qobject_cast<MainWindow *>(widget))
                    window->m_quitting = true;
            }
            QCoreApplication::quit();
        });
    }
    retranslate();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::showSettings()
{
    if (!m_settings)
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_accounts->registry(), m_session, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray && m_tray->keepsRunningOnClose()) {
        // The app keeps syncing and notifying; the tray's Open brings the window back, its Quit ends the app.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::askForKey()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("API key"),
        tr("No key for %1 could be read from the system keychain (%2).\n"
           "Enter the key to use it for this run only; it is not saved.")
            .arg(m_session->account().displayName(), m_session->lastError()),
        QLineEdit::Password, QString(), &ok);
    if (ok && !key.trimmed().isEmpty())
        m_session->setApiKey(key.trimmed().toUtf8());
}

void MainWindow::onCurrentAccountChanged(const accounts::Account &account)
{
    m_landing->setAccountName(account.name);
    if (m_started)
        openSession(account);
    updateStatus();
    if (account.isValid()) {
        m_offlineWorkspace = false;
        showModule(m_currentModule);
    } else if (!m_offlineWorkspace) {
        showFirstRun();
    }
    updateWindowTitle();
}

void MainWindow::addAccount(const QString &endpoint, const QByteArray &apiKey)
{
    m_firstRun->setBusy(true);
    m_accounts->addAccount(endpoint, apiKey, this, [this, endpoint, apiKey](const accounts::AddAccountResult &result) {
        m_firstRun->setBusy(false);
        if (result.validation.status == accounts::ValidationStatus::Ok
            && (result.keyStore.status == accounts::KeyStoreStatus::Unavailable
                || result.keyStore.status == accounts::KeyStoreStatus::Denied)
            && !m_accounts->keyStore()->isMemoryOnly()) {
            const auto answer = QMessageBox::question(this, tr("No system keychain"),
                tr("The system keychain could not store the API key (%1).\n\n"
                   "Keep the key in memory for this run only? You will need to enter it again next time; "
                   "to keep it, unlock or set up your desktop's keyring and add the account again.")
                    .arg(result.keyStore.detail.isEmpty() ? tr("access declined") : result.keyStore.detail));
            if (answer == QMessageBox::Yes) {
                m_accounts->keyStore()->setMemoryOnly(true);
                addAccount(endpoint, apiKey);
                return;
            }
        }
        if (!result.ok()) {
            m_firstRun->showError(UserFacingErrors::describe(result));
            return;
        }
        m_firstRun->clearKey();
        m_currentModule = ModuleId::Home;
        showModule(ModuleId::Home);
    });
}

void MainWindow::signOut(const QString &keychainKey)
{
    const accounts::Account account = m_accounts->registry()->find(keychainKey);
    // Window-modal and non-blocking (open(), not exec()): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"),
        tr("Sign out of %1? Its API key is removed from this computer's keychain.").arg(account.displayName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("signOutConfirmation"));
    box->setInformativeText(
        tr("The offline data of the account can stay for when you sign in again, or be deleted now. "
           "Changes not yet sent are lost if you delete it."));
    auto *keep = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("signOutKeepData"));
    auto *purge = box->addButton(tr("Sign out and delete offline data"), QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("signOutDeleteData"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, purge, account](QAbstractButton *clicked) {
        if (clicked != keep && clicked != purge)
            return;
        const bool deleteData = clicked == purge;
        if (m_session && m_session->account().keychainKey() == account.keychainKey())
            m_session->open({}); // close the cache before it may be deleted
        m_accounts->signOut(
            account.keychainKey(), this, [this, deleteData, account](const accounts::KeyStoreResult &result) {
                if (!result.ok()) {
                    statusBar()->showMessage(UserFacingErrors::describe(result), 10000);
                    return;
                }
                if (deleteData)
                    sync::AccountServices::deleteOfflineData(account.keychainKey());
            });
    });
    box->open();
}

void MainWindow::updateWindowTitle()
{
    const accounts::Account account = m_accounts->registry()->current();
    QStringList parts;
    if (isFirstRunShown()) {
        parts << tr("Add a Connect account");
    } else {
        parts << ModuleInfo::title(m_currentModule);
        parts << (account.isValid() ? account.name : tr("Offline workspace"));
    }
    parts << tr("Connect Vendor Desktop");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::adoptAccountName()
{
    const accounts::Account account = m_accounts->registry()->current();
    if (!m_session || !m_session->services() || !account.isValid()
        || account.keychainKey() != m_session->account().keychainKey())
        return;
    // Only a name Connect has confirmed: a rename still waiting for sync is not the account's name yet.
    const auto cached = m_session->services()->objects().get(QStringLiteral("accounts"), account.id);
    const QString name = cached && !cached->dirty ? cached->json.value(QStringLiteral("name")).toString() : QString();
    if (name.isEmpty() || name == account.name || !m_accounts->registry()->setName(account.keychainKey(), name))
        return;
    m_landing->setAccountName(name);
    updateConnectionStatus();
    updateWindowTitle();
}

void MainWindow::updateStatus()
{
    const accounts::Account account = m_accounts->registry()->current();
    updateConnectionStatus();
    if (m_syncStatus)
        m_syncStatus->setText(account.isValid() ? tr("Not synced yet") : tr("Nothing to sync"));
    if (m_syncAction)
        m_syncAction->setEnabled(m_session && account.isValid());
}

void MainWindow::updateConnectionStatus()
{
    const accounts::Account account = m_accounts->registry()->current();
    if (account.sandbox)
        m_connectionStatus->setText(tr("Sandbox on this computer (%1)").arg(QUrl(account.endpoint).authority()));
    else if (account.isValid())
        m_connectionStatus->setText(tr("%1 at %2").arg(account.name, QUrl(account.endpoint).host()));
    else
        m_connectionStatus->setText(tr("Offline workspace: no account"));
}

void MainWindow::retranslate()
{
    m_moduleNavigator->retranslate();
    m_landing->retranslate();
    m_firstRun->retranslate();
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *modulePage = qobject_cast<ModulePage *>(page))
            modulePage->retranslate();
    }
    m_syncAction->setText(tr("Sync now"));
    m_syncAction->setToolTip(tr("Send local changes and fetch what changed (F5)"));
    if (m_notificationsAction)
        m_notificationsAction->setToolTip(tr("Notifications: the emails Connect sent you (Ctrl+Shift+N)"));
    if (m_settingsAction) {
        m_settingsAction->setText(tr("Settings…"));
        m_settingsAction->setToolTip(tr("Theme, sync, proxy, notifications and offline data (Ctrl+,)"));
    }
    if (m_tray)
        m_tray->retranslate();
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace cv::ui
