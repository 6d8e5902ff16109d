#include "ui/listings/listingspage.h"

#include "app/listings/listingactions.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "models/listings/listingsmodels.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/agreements/sendsoon.h"
#include "ui/listings/createlistingdialog.h"
#include "ui/listings/listinglabels.h"
#include "ui/listings/listingrequestpage.h"
#include "ui/shell/tables.h"
#include "ui/style/lineicon.h"
#include "ui/style/theme.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>

namespace cv::ui {

namespace {

/// Colours a matrix cell by its state, so listed / pending / not allowed read at a glance.
class MatrixDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant cell = index.data(models::ListingMatrixModel::CellRole);
        if (cell.isValid()) {
            Tone tone = Tone::Muted;
            switch (listings::Cell(cell.toInt())) {
            case listings::Cell::Listed: tone = Tone::Success; break;
            case listings::Cell::Pending: tone = Tone::Warning; break;
            case listings::Cell::Available: tone = Tone::Muted; break;
            case listings::Cell::NotAllowed: tone = Tone::Error; break;
            }
            painter->fillRect(option.rect.adjusted(1, 1, -1, -1), Theme::chipBackground(tone));
            QStyleOptionViewItem chip(option);
            chip.palette.setColor(QPalette::Text, Theme::chipText(tone));
            QStyledItemDelegate::paint(painter, chip, index);
            return;
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

void fillCombo(QComboBox *combo, const QString &all, const QStringList &raw)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &value : raw)
        combo->addItem(ListingLabels::word(value), value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ListingsPage::ListingsPage(QWidget *parent)
    : ModulePage(core::ModuleId::Listings, parent)
    , m_tabs(new QTabWidget(listPage()))
    , m_search(new QLineEdit(listPage()))
    , m_create(new QPushButton(listPage()))
    , m_status(new QComboBox(listPage()))
    , m_requestUpdate(new QPushButton(listPage()))
    , m_requestRemove(new QPushButton(listPage()))
    , m_listingsTable(new QTableView(listPage()))
    , m_state(new QComboBox(listPage()))
    , m_type(new QComboBox(listPage()))
    , m_requestsTable(new QTableView(listPage()))
    , m_matrixLegend(new QLabel(listPage()))
    , m_matrixTable(new QTableView(listPage()))
    , m_listings(new models::ListingsModel(this))
    , m_requests(new models::ListingRequestsModel(this))
    , m_matrix(new models::ListingMatrixModel(this))
    , m_requestPage(new ListingRequestPage(this))
{
    m_search->setObjectName(QStringLiteral("listingSearch"));
    m_search->setClearButtonEnabled(true);
    m_create->setObjectName(QStringLiteral("createListing"));
    m_create->setIcon(lineIcon(QStringLiteral(":/icons/add.svg")));
    m_status->setObjectName(QStringLiteral("listingStatusFilter"));
    m_state->setObjectName(QStringLiteral("requestStateFilter"));
    m_type->setObjectName(QStringLiteral("requestTypeFilter"));
    m_requestUpdate->setObjectName(QStringLiteral("requestListingUpdate"));
    m_requestRemove->setObjectName(QStringLiteral("requestListingRemoval"));
    m_tabs->setObjectName(QStringLiteral("listingTabs"));
    m_matrixLegend->setWordWrap(true);

    const auto word = [](const QString &raw) { return ListingLabels::word(raw); };
    const auto date = [](const QDateTime &time) { return AgreementLabels::dateTime(time); };
    m_listings->setWording(word, date);
    m_requests->setWording(word, date);
    m_matrix->setCellWords([](listings::Cell cell) { return ListingLabels::cell(cell); });

    setUpRecordTable(m_listingsTable, m_listings, QStringLiteral("listingTable"));
    m_listingsTable->setSortingEnabled(true);
    m_listingsTable->sortByColumn(models::ListingsModel::ProductColumn, Qt::AscendingOrder);
    m_listingsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listingsTable->horizontalHeader()->setSectionResizeMode(
        models::ListingsModel::ProductColumn, QHeaderView::Stretch);
    setUpRecordTable(m_requestsTable, m_requests, QStringLiteral("listingRequestTable"));
    m_requestsTable->setSortingEnabled(true);
    m_requestsTable->sortByColumn(models::ListingRequestsModel::UpdatedColumn, Qt::DescendingOrder);
    m_requestsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestsTable->horizontalHeader()->setSectionResizeMode(
        models::ListingRequestsModel::ProductColumn, QHeaderView::Stretch);
    m_matrixTable->setObjectName(QStringLiteral("listingMatrix"));
    m_matrixTable->setModel(m_matrix);
    m_matrixTable->setItemDelegate(new MatrixDelegate(m_matrixTable));
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *listingsTab = new QWidget(m_tabs);
    auto *listingsBar = new QHBoxLayout;
    listingsBar->addWidget(m_status);
    listingsBar->addStretch();
    listingsBar->addWidget(m_requestUpdate);
    listingsBar->addWidget(m_requestRemove);
    auto *listingsLayout = new QVBoxLayout(listingsTab);
    listingsLayout->addLayout(listingsBar);
    listingsLayout->addWidget(m_listingsTable, 1);
    auto *requestsTab = new QWidget(m_tabs);
    auto *requestsBar = new QHBoxLayout;
    requestsBar->addWidget(m_type);
    requestsBar->addWidget(m_state);
    requestsBar->addStretch();
    auto *requestsLayout = new QVBoxLayout(requestsTab);
    requestsLayout->addLayout(requestsBar);
    requestsLayout->addWidget(m_requestsTable, 1);
    auto *matrixTab = new QWidget(m_tabs);
    auto *matrixLayout = new QVBoxLayout(matrixTab);
    matrixLayout->addWidget(m_matrixLegend);
    matrixLayout->addWidget(m_matrixTable, 1);
    m_tabs->addTab(listingsTab, QString());
    m_tabs->addTab(requestsTab, QString());
    m_tabs->addTab(matrixTab, QString());

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_create);
    auto *listLayout = new QVBoxLayout(listPage());
    listLayout->setContentsMargins(listMargins());
    listLayout->addLayout(takeHeading());
    listLayout->addSpacing(8);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_tabs, 1);
    addDetailPage(m_requestPage);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_listings->setFilterText(text);
        m_requests->setFilterText(text);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_listings->setStatusFilter(m_status->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
        [this] { m_requests->setStateFilter(m_state->currentData().toString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this,
        [this] { m_requests->setTypeFilter(m_type->currentData().toString()); });
    connect(m_create, &QPushButton::clicked, this, [this] { (void)createListing(); });
    connect(m_requestUpdate, &QPushButton::clicked, this, [this] { requestChange(QStringLiteral("update")); });
    connect(m_requestRemove, &QPushButton::clicked, this, [this] { requestChange(QStringLiteral("remove")); });
    connect(
        m_listingsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListingsPage::updateButtons);
    connect(m_requestsTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRequest(m_requests->idAt(index.row())); });
    connect(m_requestPage, &ListingRequestPage::backRequested, this, [this] {
        showList();
        m_tabs->setCurrentIndex(1);
    });
    connect(m_requestPage, &ListingRequestPage::changed, this, [this] { reload(); });
    retranslate();
}

bool ListingsPage::isOnline() const
{
    return canReachConnect(services());
}

void ListingsPage::onAttached(sync::AccountServices *services)
{
    m_requestPage->setServices(services);
    store::ObjectRepository *objects = services ? &services->objects() : nullptr;
    m_listings->setRepository(objects);
    m_requests->setRepository(objects);
    m_matrix->setRepository(objects);
    showList();
    updateButtons();
    if (!services)
        return;
    connect(services, &sync::AccountServices::synced, this,
        [this](const sync::SyncSummary &summary) { reload(summary.renamedIds); });
    connect(services, &sync::AccountServices::cacheChanged, this, [this] { reload(); });
}

void ListingsPage::reload(const QHash<QString, QString> &renamed)
{
    m_listings->reload();
    m_requests->reload();
    m_matrix->reload();
    m_requestPage->refresh(renamed);
    updateButtons();
}

void ListingsPage::updateButtons()
{
    const QModelIndexList selected
        = m_listingsTable->selectionModel() ? m_listingsTable->selectionModel()->selectedRows() : QModelIndexList();
    const auto *row = selected.isEmpty() ? nullptr : m_listings->rowAt(selected.first().row());
    const bool listed = row && row->kind == QLatin1String("listed");
    m_requestUpdate->setEnabled(services() && listed);
    m_requestRemove->setEnabled(services() && listed);
    m_create->setEnabled(services() != nullptr);
}

QString ListingsPage::createListing()
{
    if (!services())
        return {};
    CreateListingDialog dialog(services()->objects(), services()->listingActions(), isOnline(), this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    reload();
    openRequest(dialog.createdId());
    sendSoon(services(), this);
    return dialog.createdId();
}

void ListingsPage::requestChange(const QString &type)
{
    const QModelIndexList selected = m_listingsTable->selectionModel()->selectedRows();
    if (selected.isEmpty() || !services())
        return;
    const QString listingId = m_listings->idAt(selected.first().row());
    bool ok = false;
    const QString note
        = QInputDialog::getText(this, type == QLatin1String("remove") ? tr("Request removal") : tr("Request update"),
            type == QLatin1String("remove")
                ? tr("Ask the provider to remove listing %1 from its marketplace. Reason (optional):").arg(listingId)
                : tr("Ask the provider to update listing %1 to the product's latest version. Note (optional):")
                      .arg(listingId),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto created = services()->listingActions().requestChange(listingId, type, note, true);
    if (!created) {
        QMessageBox::warning(this, tr("Listing request"), ListingLabels::error(created.error()));
        return;
    }
    reload();
    openRequest(created.value());
    sendSoon(services(), this);
}

void ListingsPage::openRequest(const QString &id)
{
    if (id.isEmpty())
        return;
    m_requestPage->showRequest(id);
    stack()->setCurrentWidget(m_requestPage);
}

bool ListingsPage::openObject(const QString &id)
{
    if (!services() || !services()->objects().get(QStringLiteral("listing_requests"), id))
        return false;
    openRequest(id);
    return true;
}

void ListingsPage::retranslate()
{
    ModulePage::retranslate();
    m_search->setPlaceholderText(tr("Search by product, marketplace or ID"));
    m_search->setAccessibleName(tr("Search listings"));
    m_search->setAccessibleDescription(tr("Matches the product, the marketplace or the ID"));
    m_listingsTable->setAccessibleName(tr("Listings"));
    m_requestsTable->setAccessibleName(tr("Listing requests"));
    m_matrixTable->setAccessibleName(tr("Products by marketplace"));
    m_status->setAccessibleName(tr("Listing status filter"));
    m_state->setAccessibleName(tr("Request state filter"));
    m_type->setAccessibleName(tr("Request type filter"));
    m_create->setText(tr("Create listing…"));
    m_requestUpdate->setText(tr("Request update…"));
    m_requestRemove->setText(tr("Request removal…"));
    m_requestUpdate->setToolTip(tr("Select a listed product to ask the provider to update it to its latest version."));
    m_requestRemove->setToolTip(tr("Select a listed product to ask the provider to remove it from the marketplace."));
    m_tabs->setTabText(0, tr("Listings"));
    m_tabs->setTabText(1, tr("Requests"));
    m_tabs->setTabText(2, tr("Products × marketplaces"));
    m_matrixLegend->setText(tr("Where each published product is listed. Green: listed; yellow: a request is "
                               "pending; grey: can be listed; red: not allowed (no active distribution contract)."));
    fillCombo(m_status, tr("Any status"), { QStringLiteral("listed"), QStringLiteral("unlisted") });
    fillCombo(m_state, tr("Any state"),
        { QStringLiteral("draft"), QStringLiteral("reviewing"), QStringLiteral("deploying"),
            QStringLiteral("completed"), QStringLiteral("canceled") });
    fillCombo(m_type, tr("Any type"), { QStringLiteral("new"), QStringLiteral("update"), QStringLiteral("remove") });
    m_listings->setHeaderLabels(
        { tr("Product"), tr("Marketplace"), tr("Status"), tr("Contract"), tr("Pending request"), tr("Updated") });
    m_requests->setHeaderLabels(
        { tr("Request"), tr("Type"), tr("Product"), tr("Marketplace"), tr("State"), tr("Updated") });
    m_requestPage->retranslate();
}

} // namespace cv::ui
