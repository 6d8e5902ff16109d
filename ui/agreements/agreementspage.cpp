#include "ui/agreements/agreementspage.h"

#include "app/store/objectrepository.h"
#include "models/agreements/agreementsmodel.h"
#include "models/agreements/contractsmodel.h"
#include "ui/agreements/agreementdetailpage.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/agreements/contractdetailpage.h"
#include "ui/shell/tables.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace cv::ui {

namespace {

const char *const kTypes[] = { "program", "distribution", "service", "syndication" };
const char *const kContractStatuses[] = { "active", "pending", "enrolling", "new", "terminated", "rejected" };

void fillCombo(QComboBox *combo, const QString &all, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QVariant());
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

AgreementsPage::AgreementsPage(QWidget *parent)
    : ModulePage(core::ModuleId::Agreements, parent)
    , m_tabs(new QTabWidget(listPage()))
    , m_search(new QLineEdit(listPage()))
    , m_type(new QComboBox(listPage()))
    , m_status(new QComboBox(listPage()))
    , m_agreementsTable(new QTableView(listPage()))
    , m_empty(new QLabel(listPage()))
    , m_contractSearch(new QLineEdit(listPage()))
    , m_contractType(new QComboBox(listPage()))
    , m_contractStatus(new QComboBox(listPage()))
    , m_contractsTable(new QTableView(listPage()))
    , m_agreements(new models::AgreementsModel(this))
    , m_contracts(new models::ContractsModel(this))
    , m_detail(new AgreementDetailPage(this))
    , m_contractPage(new ContractDetailPage(this))
{
    m_search->setObjectName(QStringLiteral("agreementSearch"));
    m_search->setClearButtonEnabled(true);
    m_type->setObjectName(QStringLiteral("agreementTypeFilter"));
    m_status->setObjectName(QStringLiteral("agreementStatusFilter"));
    m_contractSearch->setObjectName(QStringLiteral("contractSearch"));
    m_contractSearch->setClearButtonEnabled(true);
    m_contractType->setObjectName(QStringLiteral("contractTypeFilter"));
    m_contractStatus->setObjectName(QStringLiteral("contractStatusFilter"));
    m_tabs->setObjectName(QStringLiteral("agreementTabs"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setProperty("emptyState", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_agreements->setWording({ [](const QString &type) { return AgreementLabels::type(type); },
        [](const agreements::AgreementView &view) { return AgreementLabels::standing(view); },
        [](const QDateTime &time) { return AgreementLabels::dateTime(time); } });
    m_contracts->setWording({ [](const QString &type) { return AgreementLabels::type(type); },
        [](const QString &status) { return AgreementLabels::contractStatus(status); },
        [](const QDateTime &time) { return AgreementLabels::dateTime(time); } });

    setUpRecordTable(m_agreementsTable, m_agreements, QStringLiteral("agreementTable"));
    m_agreementsTable->setSortingEnabled(true);
    m_agreementsTable->sortByColumn(models::AgreementsModel::NameColumn, Qt::AscendingOrder);
    m_agreementsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agreementsTable->horizontalHeader()->setSectionResizeMode(
        models::AgreementsModel::NameColumn, QHeaderView::Stretch);
    setUpRecordTable(m_contractsTable, m_contracts, QStringLiteral("contractTable"));
    m_contractsTable->setSortingEnabled(true);
    m_contractsTable->sortByColumn(models::ContractsModel::NameColumn, Qt::AscendingOrder);
    m_contractsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contractsTable->horizontalHeader()->setSectionResizeMode(
        models::ContractsModel::NameColumn, QHeaderView::Stretch);

    auto *agreementsTab = new QWidget(m_tabs);
    auto *agreementsBar = new QHBoxLayout;
    agreementsBar->addWidget(m_search, 1);
    agreementsBar->addWidget(m_type);
    agreementsBar->addWidget(m_status);
    auto *agreementsLayout = new QVBoxLayout(agreementsTab);
    agreementsLayout->addLayout(agreementsBar);
    agreementsLayout->addWidget(m_agreementsTable, 1);
    agreementsLayout->addWidget(m_empty, 1);
    auto *contractsTab = new QWidget(m_tabs);
    auto *contractsBar = new QHBoxLayout;
    contractsBar->addWidget(m_contractSearch, 1);
    contractsBar->addWidget(m_contractType);
    contractsBar->addWidget(m_contractStatus);
    auto *contractsLayout = new QVBoxLayout(contractsTab);
    contractsLayout->addLayout(contractsBar);
    contractsLayout->addWidget(m_contractsTable, 1);
    m_tabs->addTab(agreementsTab, QString());
    m_tabs->addTab(contractsTab, QString());

    auto *listLayout = new QVBoxLayout(listPage());
    listLayout->setContentsMargins(listMargins());
    listLayout->addLayout(takeHeading());
    listLayout->addSpacing(8);
    listLayout->addWidget(m_tabs, 1);
    addDetailPage(m_detail);
    addDetailPage(m_contractPage);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_agreements->setFilterText(text);
        updateEmptyState();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_agreements->setTypeFilter(m_type->currentData().toString());
        updateEmptyState();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_agreements->setStandingFilter(m_status->currentData().isValid() ? m_status->currentData().toInt() : -1);
        updateEmptyState();
    });
    connect(m_contractSearch, &QLineEdit::textChanged, m_contracts, &models::ContractsModel::setFilterText);
    connect(m_contractType, &QComboBox::currentIndexChanged, this,
        [this] { m_contracts->setTypeFilter(m_contractType->currentData().toString()); });
    connect(m_contractStatus, &QComboBox::currentIndexChanged, this,
        [this] { m_contracts->setStatusFilter(m_contractStatus->currentData().toString()); });
    connect(m_agreementsTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { openAgreement(m_agreements->idAt(index.row())); });
    connect(m_contractsTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { openContract(m_contracts->idAt(index.row())); });
    connect(m_detail, &AgreementDetailPage::backRequested, this, &AgreementsPage::showList);
    connect(m_detail, &AgreementDetailPage::changed, this, &AgreementsPage::reload);
    connect(m_contractPage, &ContractDetailPage::backRequested, this, [this] {
        showList();
        m_tabs->setCurrentIndex(1);
    });
    connect(m_contractPage, &ContractDetailPage::agreementRequested, this, &AgreementsPage::openAgreement);
    retranslate();
}

void AgreementsPage::onAttached(sync::AccountServices *services)
{
    m_detail->setServices(services);
    m_contractPage->setServices(services);
    m_agreements->setRepository(services ? &services->objects() : nullptr);
    m_contracts->setRepository(services ? &services->objects() : nullptr);
    showList();
    updateEmptyState();
    if (!services)
        return;
    // A sync refreshes the lists and the open page in place (selection, scroll and tab stay).
    connect(services, &sync::AccountServices::synced, this, &AgreementsPage::reload);
    connect(services, &sync::AccountServices::cacheChanged, this, &AgreementsPage::reload);
}

void AgreementsPage::reload()
{
    m_agreements->reload();
    m_contracts->reload();
    m_detail->refresh();
    m_contractPage->refresh();
    updateEmptyState();
}

void AgreementsPage::updateEmptyState()
{
    const bool empty = m_agreements->rowCount() == 0;
    m_agreementsTable->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!services())
        m_empty->setText(tr("Open an account to see its agreements."));
    else if (!m_search->text().isEmpty() || m_type->currentIndex() > 0 || m_status->currentIndex() > 0)
        m_empty->setText(tr("No agreement matches the search and filters."));
    else
        m_empty->setText(tr("No agreements yet. They appear here after a sync once a provider invites the account."));
}

bool AgreementsPage::openObject(const QString &id)
{
    if (!services())
        return false;
    if (services()->objects().get(QStringLiteral("agreements"), id)) {
        openAgreement(id);
        return true;
    }
    if (services()->objects().get(QStringLiteral("contracts"), id)) {
        openContract(id);
        return true;
    }
    return false;
}

void AgreementsPage::openAgreement(const QString &id)
{
    if (id.isEmpty())
        return;
    m_detail->showAgreement(id);
    stack()->setCurrentWidget(m_detail);
}

void AgreementsPage::openContract(const QString &id)
{
    if (id.isEmpty())
        return;
    m_contractPage->showContract(id);
    stack()->setCurrentWidget(m_contractPage);
}

void AgreementsPage::retranslate()
{
    ModulePage::retranslate();
    m_search->setPlaceholderText(tr("Search agreements by name or ID"));
    m_contractSearch->setPlaceholderText(tr("Search contracts by name or ID"));
    m_search->setAccessibleName(tr("Search agreements"));
    m_search->setAccessibleDescription(tr("Matches the agreement's name or ID"));
    m_contractSearch->setAccessibleName(tr("Search contracts"));
    m_contractSearch->setAccessibleDescription(tr("Matches the contract's name or ID"));
    m_agreementsTable->setAccessibleName(tr("Agreements"));
    m_contractsTable->setAccessibleName(tr("Contracts"));
    m_type->setAccessibleName(tr("Agreement type filter"));
    m_status->setAccessibleName(tr("Agreement status filter"));
    m_contractType->setAccessibleName(tr("Contract type filter"));
    m_contractStatus->setAccessibleName(tr("Contract status filter"));
    m_tabs->setTabText(0, tr("Agreements"));
    m_tabs->setTabText(1, tr("Contracts"));
    QList<QPair<QString, QVariant>> types;
    for (const char *type : kTypes)
        types.append({ AgreementLabels::type(QLatin1String(type)), QString::fromLatin1(type) });
    fillCombo(m_type, tr("All types"), types);
    fillCombo(m_contractType, tr("All types"), types);
    QList<QPair<QString, QVariant>> standings;
    for (agreements::Standing standing :
        { agreements::Standing::NewVersionToSign, agreements::Standing::AwaitingSignature, agreements::Standing::Signed,
            agreements::Standing::Enrolling, agreements::Standing::NotEnrolled }) {
        agreements::AgreementView view;
        view.standing = standing;
        standings.append({ AgreementLabels::standing(view), int(standing) });
    }
    fillCombo(m_status, tr("Any status"), standings);
    QList<QPair<QString, QVariant>> statuses;
    for (const char *status : kContractStatuses)
        statuses.append({ AgreementLabels::contractStatus(QLatin1String(status)), QString::fromLatin1(status) });
    fillCombo(m_contractStatus, tr("Any status"), statuses);
    m_agreements->setHeaderLabels(
        { tr("Type"), tr("Name"), tr("Provider"), tr("Status"), tr("Active version"), tr("Signed on") });
    m_contracts->setHeaderLabels({ tr("Contract"), tr("Name"), tr("Type"), tr("Status"), tr("Agreement"),
        tr("Marketplace"), tr("Version"), tr("Signed on") });
    m_detail->retranslate();
    m_contractPage->retranslate();
    updateEmptyState();
}

} // namespace cv::ui
