#include "ui/helpdesk/helpsupportpage.h"

#include "app/content/markdown.h"
#include "app/helpdesk/caseactions.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "models/helpdesk/casesmodel.h"
#include "ui/helpdesk/caselabels.h"
#include "ui/helpdesk/casepage.h"
#include "ui/helpdesk/newcasedialog.h"
#include "ui/shell/problemtext.h"
#include "ui/shell/rowsfilterproxy.h"
#include "ui/shell/tables.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cv::ui {

using models::CasesModel;

HelpSupportPage::HelpSupportPage(QWidget *parent)
    : ModulePage(core::ModuleId::HelpSupport, parent)
    , m_tabs(new QTabWidget(listPage()))
    , m_links(new QListWidget(m_tabs))
    , m_linksHint(new QLabel(m_tabs))
    , m_whatsNew(new QTextBrowser(m_tabs))
    , m_casesTab(new QWidget(m_tabs))
    , m_search(new QLineEdit(m_casesTab))
    , m_state(new QComboBox(m_casesTab))
    , m_newCase(new QPushButton(m_casesTab))
    , m_cases(new QTableView(m_casesTab))
    , m_model(new CasesModel(this))
    , m_proxy(new RowsFilterProxy(CasesModel::Sync, this))
    , m_casePage(new CasePage(this))
{
    m_tabs->setObjectName(QStringLiteral("helpTabs"));
    m_links->setObjectName(QStringLiteral("knowledgeBase"));
    m_links->setCursor(Qt::PointingHandCursor);
    m_links->setWordWrap(true);
    m_links->setSpacing(4);
    m_whatsNew->setObjectName(QStringLiteral("whatsNew"));
    m_whatsNew->setOpenLinks(false); // links go to the system browser, never into the app
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("caseStateFilter"));
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_proxy->setSourceModel(m_model);
    setUpRecordTable(m_cases, m_proxy, QStringLiteral("casesTable"));
    m_cases->setSortingEnabled(true);
    m_cases->sortByColumn(CasesModel::Updated, Qt::DescendingOrder);
    for (int column = 0; column < CasesModel::ColumnCount; ++column)
        m_cases->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_cases->horizontalHeader()->setSectionResizeMode(CasesModel::Subject, QHeaderView::Stretch);
    // A refusal can be long: the cell shows its start, the tooltip all of it.
    m_cases->horizontalHeader()->setSectionResizeMode(CasesModel::Sync, QHeaderView::Interactive);
    m_cases->horizontalHeader()->resizeSection(CasesModel::Sync, 200);
    m_cases->setWordWrap(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 2);
    tools->addWidget(m_state);
    tools->addStretch(1);
    tools->addWidget(m_newCase);
    auto *casesLayout = new QVBoxLayout(m_casesTab);
    casesLayout->addLayout(tools);
    casesLayout->addWidget(m_cases, 1);

    auto *layout = new QVBoxLayout(listPage());
    layout->setContentsMargins(listMargins());
    layout->addLayout(takeHeading());
    layout->addWidget(m_tabs, 1);
    auto *linksTab = new QWidget(m_tabs);
    auto *linksLayout = new QVBoxLayout(linksTab);
    m_linksHint->setProperty("hint", true);
    m_linksHint->setWordWrap(true);
    linksLayout->addWidget(m_linksHint);
    linksLayout->addWidget(m_links, 1);
    m_links->setParent(linksTab);
    m_tabs->addTab(linksTab, QString());
    m_tabs->addTab(m_whatsNew, QString());
    m_tabs->addTab(m_casesTab, QString());
    addDetailPage(m_casePage);

    // What's new: the CHANGELOG.md of the repository, built in (resources), rendered like the app's other Markdown.
    QFile changelog(QStringLiteral(":/CHANGELOG.md"));
    if (changelog.open(QIODevice::ReadOnly))
        m_whatsNew->setHtml(content::Markdown::toHtmlDocument(QString::fromUtf8(changelog.readAll())));
    connect(m_whatsNew, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    // A click opens the topic like a link; Enter does too. A double click (click + activation) opens it once.
    connect(m_links, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_lastClick.start();
        openLink(m_links->row(item));
    });
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_lastClick.isValid() || m_lastClick.elapsed() > 1000)
            openLink(m_links->row(item));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RowsFilterProxy::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setColumnFilter(CasesModel::State, m_state->currentData().toString()); });
    connect(m_newCase, &QPushButton::clicked, this, &HelpSupportPage::newCase);
    connect(m_cases, &QTableView::activated, this,
        [this](const QModelIndex &index) { openObject(index.data(CasesModel::IdRole).toString()); });
    connect(m_casePage, &CasePage::backRequested, this, &HelpSupportPage::showList);
    retranslate();
}

QList<HelpSupportPage::Link> HelpSupportPage::links()
{
    return {
        { tr("Getting started with Connect"), tr("Portals, accounts and users; the supply chain flows."),
            QStringLiteral("https://connect.cloudblue.com/community/getting-started/") },
        { tr("Account module"), tr("Account details, users and invitations (lab: Account Module)."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/account/") },
        { tr("Processing fulfillment requests (tutorial)"),
            tr("Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment)."),
            QStringLiteral("https://connect.cloudblue.com/community/getting-started/vendor/subscriptions") },
        { tr("Requests management"), tr("Request details, approve, inquire and reject."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/subscriptions/user-interface/"
                           "requests-management/") },
        { tr("Listings (video tutorial)"), tr("Listing products in a distributor's marketplaces."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/listings/") },
        { tr("Localization"), tr("Translating product content (lab: Inventory, product profile)."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/localization/") },
        { tr("API tokens"), tr("Tokens and their module permissions (lab: API Module)."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/extensions/api-tokens/") },
        { tr("Helpdesk"), tr("Support cases: states, attachments, comments (lab: Help & Support)."),
            QStringLiteral("https://connect.cloudblue.com/community/modules/helpdesk/") },
        { tr("SDKs and developer tools"), tr("Libraries and tools for the Connect API."),
            QStringLiteral("https://connect.cloudblue.com/community/sdk/") },
        { tr("Connect Community (all documentation)"), tr("Every module, guide and release note."),
            QStringLiteral("https://connect.cloudblue.com/community/") },
    };
}

void HelpSupportPage::fillLinks()
{
    m_links->clear();
    for (const Link &link : links()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(link.title, link.description), m_links);
        item->setForeground(m_links->palette().link());
        item->setData(Qt::UserRole, link.url);
        item->setToolTip(tr("Opens %1 in your browser").arg(link.url));
    }
}

void HelpSupportPage::openLink(int row)
{
    QListWidgetItem *item = m_links->item(row);
    if (item)
        QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
}

void HelpSupportPage::retranslate()
{
    ModulePage::retranslate();
    m_tabs->setTabText(0, tr("Knowledge base"));
    m_tabs->setTabText(1, tr("What's new"));
    m_tabs->setTabText(2, tr("Support cases"));
    m_linksHint->setText(tr("Connect's documentation and tutorials, grouped by the lab's topics. Click a topic to "
                            "open it in your web browser."));
    fillLinks();
    m_search->setPlaceholderText(tr("Search cases by subject or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search support cases"));
    m_search->setAccessibleDescription(tr("Matches the case's subject or ID"));
    m_cases->setAccessibleName(tr("Support cases"));
    m_links->setAccessibleName(tr("Knowledge base"));
    m_whatsNew->setAccessibleName(tr("What's new"));
    m_state->setAccessibleName(tr("Case state filter"));
    m_newCase->setText(tr("&New case"));
    const QString stateShown = m_state->currentData().toString();
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    for (const QString &state : { QStringLiteral("pending"), QStringLiteral("inquiring"), QStringLiteral("resolved"),
             QStringLiteral("closed") })
        m_state->addItem(CaseLabels::state(state), state);
    m_state->setCurrentIndex(std::max(0, m_state->findData(stateShown)));
    m_state->blockSignals(false);
    m_model->setHeaders({ tr("Subject"), tr("Case ID"), tr("Priority"), tr("State"), tr("Updated"), tr("Sync") });
    m_model->setLabels(CasesModel::State, CaseLabels::states());
    m_model->setLabels(CasesModel::Priority, CaseLabels::priorities());
    m_model->setLabels(CasesModel::Id, { { QString(), tr("(after sync)") } });
    m_model->setSyncWording([this](CasesModel::SyncState state, const QString &problem, bool full) {
        switch (state) {
        case CasesModel::SyncState::Synced: return QString();
        case CasesModel::SyncState::Waiting:
            return full ? ProblemText::waiting(m_casePage->m_offline)
                        : ProblemText::waitingShort(m_casePage->m_offline);
        case CasesModel::SyncState::Refused: return ProblemText::describeSummary(problem);
        }
        return QString();
    });
    m_casePage->retranslate();
}

void HelpSupportPage::onAttached(sync::AccountServices *services)
{
    m_casePage->setServices(services);
    if (services) {
        connect(services, &sync::AccountServices::synced, this, [this](const sync::SyncSummary &summary) {
            m_casePage->m_offline = summary.offline;
            for (auto it = summary.renamedIds.cbegin(); it != summary.renamedIds.cend(); ++it)
                m_casePage->follow(it.key(), it.value());
            reload();
        });
        connect(services, &sync::AccountServices::cacheChanged, this, &HelpSupportPage::reload);
    } else {
        stack()->setCurrentIndex(0);
    }
    reload();
}

void HelpSupportPage::reload()
{
    m_newCase->setEnabled(services() != nullptr);
    if (!services()) {
        m_model->setRows({});
        return;
    }
    m_model->reload(services()->objects(), services()->outbox());
    if (stack()->currentWidget() == m_casePage) {
        m_casePage->refresh();
        m_casePage->fetchThread();
    }
}

bool HelpSupportPage::openObject(const QString &id)
{
    if (!services() || !services()->caseActions().caseObject(id))
        return false;
    m_casePage->showCase(id);
    stack()->setCurrentWidget(m_casePage);
    return true;
}

bool HelpSupportPage::runCommand(const QString &command, const QString &)
{
    if (command != QLatin1String("new-case") || !services())
        return false;
    showList();
    m_tabs->setCurrentWidget(m_casesTab);
    newCase();
    return true;
}

void HelpSupportPage::showList()
{
    ModulePage::showList();
    reload();
}

void HelpSupportPage::newCase()
{
    if (!services())
        return;
    auto *dialog = new NewCaseDialog(
        [this](const QString &subject, const QString &description, int priority,
            const QList<helpdesk::Attachment> &files) -> QStringList {
            if (!services())
                return { tr("The account was closed; open it again to write the case.") };
            const auto opened
                = services()->caseActions().openCase(subject, description, priority, files, services()->currentUser());
            if (!opened)
                return opened.error();
            m_lastOpened = opened.value();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        openObject(m_lastOpened);
    });
    dialog->open();
}

} // namespace cv::ui
