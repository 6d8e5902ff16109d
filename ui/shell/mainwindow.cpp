#include "ui/shell/mainwindow.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/sandbox/sandboxsession.h"
#include "models/accounts/accountlistmodel.h"
#include "ui/shell/accountnavigator.h"
#include "ui/shell/firstrunpage.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulenavigator.h"
#include "ui/shell/modulepage.h"
#include "ui/shell/userfacingerrors.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace cv::ui {

using core::ModuleId;

MainWindow::MainWindow(accounts::AccountManager *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_accountModel(new models::AccountListModel(accounts->registry(), this))
    , m_stack(new QStackedWidget(this))
    , m_firstRun(new FirstRunPage(this))
    , m_landing(new LandingPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1200, 780);
    setMinimumSize(800, 560);

    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_landing);
    m_pages.insert(ModuleId::Home, m_landing);
    for (ModuleId id : core::allModules()) {
        if (id == ModuleId::Home)
            continue;
        auto *page = new ModulePage(id, this);
        m_stack->addWidget(page);
        m_pages.insert(id, page);
    }
    setCentralWidget(m_stack);

    buildToolBar();
    buildStatusBar();

    connect(m_landing, &LandingPage::moduleRequested, this, &MainWindow::showModule);
    connect(m_firstRun, &FirstRunPage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_firstRun, &FirstRunPage::offlineRequested, this, &MainWindow::openOfflineWorkspace);
    connect(m_firstRun, &FirstRunPage::sandboxRequested, this, &MainWindow::openSandbox);
    connect(m_accounts->registry(), &accounts::AccountRegistry::currentChanged, this,
            &MainWindow::onCurrentAccountChanged);

    onCurrentAccountChanged(m_accounts->registry()->current());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize({22, 22});
    bar->toggleViewAction()->setVisible(false);

    m_moduleNavigator = new ModuleNavigator(bar);
    bar->addWidget(m_moduleNavigator);
    // The module actions carry the Ctrl+<digit> shortcuts; they must belong to the window to fire
    // whichever page has focus.
    addActions(m_moduleNavigator->moduleActions());
    connect(m_moduleNavigator, &ModuleNavigator::moduleRequested, this, &MainWindow::showModule);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_accountNavigator = new AccountNavigator(m_accountModel, bar);
    bar->addWidget(m_accountNavigator);
    connect(m_accountNavigator, &AccountNavigator::switchRequested, this,
            [this](const QString &key) { m_accounts->registry()->setCurrent(key); });
    connect(m_accountNavigator, &AccountNavigator::addAccountRequested, this, &MainWindow::showFirstRun);
    connect(m_accountNavigator, &AccountNavigator::signOutRequested, this, &MainWindow::signOut);
}

void MainWindow::buildStatusBar()
{
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_syncStatus);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

bool MainWindow::isFirstRunShown() const
{
    return m_stack->currentWidget() == m_firstRun;
}

void MainWindow::setSandboxSession(sandbox::SandboxSession *session)
{
    m_sandbox = session;
    m_firstRun->setSandboxAvailable(session != nullptr);
}

void MainWindow::openSandbox()
{
    if (!m_sandbox)
        return;
    m_firstRun->setBusy(true);
    statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandbox->open(this, [this](const sandbox::SandboxOpenResult &result) {
        m_firstRun->setBusy(false);
        statusBar()->clearMessage();
        if (!result.ok()) {
            showFirstRun();
            m_firstRun->showError(UserFacingErrors::describe(result));
            Q_EMIT sandboxOpened(false);
            return;
        }
        showModule(ModuleId::Home);
        Q_EMIT sandboxOpened(true);
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

void MainWindow::showFirstRun()
{
    m_firstRun->showError(QString());
    m_stack->setCurrentWidget(m_firstRun);
    // Without an account or an offline workspace there is no module to go to.
    m_moduleNavigator->setEnabled(m_offlineWorkspace || m_accounts->registry()->current().isValid());
    updateWindowTitle();
}

void MainWindow::openOfflineWorkspace()
{
    m_offlineWorkspace = true;
    updateStatus();
    showModule(ModuleId::Home);
}

void MainWindow::onCurrentAccountChanged(const accounts::Account &account)
{
    m_landing->setAccountName(account.name);
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
    m_accounts->addAccount(endpoint, apiKey, this, [this](const accounts::AddAccountResult &result) {
        m_firstRun->setBusy(false);
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
    m_accounts->signOut(keychainKey, this, [this](const accounts::KeyStoreResult &result) {
        if (!result.ok())
            statusBar()->showMessage(UserFacingErrors::describe(result), 10000);
    });
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

void MainWindow::updateStatus()
{
    const accounts::Account account = m_accounts->registry()->current();
    if (account.sandbox)
        m_connectionStatus->setText(tr("Sandbox on this computer (%1)").arg(QUrl(account.endpoint).authority()));
    else if (account.isValid())
        m_connectionStatus->setText(tr("%1 at %2").arg(account.name, QUrl(account.endpoint).host()));
    else
        m_connectionStatus->setText(tr("Offline workspace: no account"));
    m_syncStatus->setText(account.isValid() ? tr("Not synced yet") : tr("Nothing to sync"));
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
