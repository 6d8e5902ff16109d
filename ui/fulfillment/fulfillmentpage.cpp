#include "ui/fulfillment/fulfillmentpage.h"

#include "app/core/displaytime.h"
#include "app/fulfillment/requestactions.h"
#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/store/requeststore.h"
#include "app/sync/accountservices.h"
#include "app/sync/syncengine.h"
#include "models/fulfillment/requestsmodel.h"
#include "ui/fulfillment/approvedialog.h"
#include "ui/fulfillment/bulkresultdialog.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/fulfillment/reasondialog.h"
#include "ui/fulfillment/requestlabels.h"
#include "ui/fulfillment/requestpage.h"
#include "ui/fulfillment/requestrowdelegate.h"

#include "ui/shell/flowlayout.h"
#include "ui/shell/tables.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cv::ui {

using models::RequestsModel;

FulfillmentPage::FulfillmentPage(QWidget *parent)
    : ModulePage(core::ModuleId::Fulfillment, parent)
    , m_typeFilter(filterButton(QStringLiteral("type"), RequestLabels::types(), RequestLabels::typeLabels()))
    , m_statusFilter(filterButton(QStringLiteral("status"), RequestLabels::statuses(), RequestLabels::statusLabels()))
    , m_environmentFilter(filterButton(
          QStringLiteral("environment"), RequestLabels::environments(), RequestLabels::environmentLabels()))
    , m_assignee(new QComboBox(listPage()))
    , m_product(new QComboBox(listPage()))
    , m_createdEnabled(new QCheckBox(tr("Created", "filter: requests created between two dates"), listPage()))
    , m_createdFrom(new QDateEdit(listPage()))
    , m_createdTo(new QDateEdit(listPage()))
    , m_search(new QLineEdit(listPage()))
    , m_clearFilters(new QPushButton(tr("Clear filters"), listPage()))
    , m_chipRow(new FlowLayout)
    , m_allChip(new QToolButton(listPage()))
    , m_table(new QTableView(listPage()))
    , m_empty(new QLabel(listPage()))
    , m_selection(new QLabel(listPage()))
    , m_bulkApprove(new QPushButton(tr("Approve selected…"), listPage()))
    , m_bulkReject(new QPushButton(tr("Reject selected…"), listPage()))
    , m_searchDelay(new QTimer(this))
    , m_model(new RequestsModel(this))
    , m_requestPage(new RequestPage(this))
{
    m_model->setHeaderLabels(RequestLabels::headers());
    m_model->setValueLabels(RequestsModel::TypeColumn, RequestLabels::typeLabels());
    m_model->setValueLabels(RequestsModel::StatusColumn, RequestLabels::statusLabels());
    m_model->setValueLabels(RequestsModel::EnvironmentColumn, RequestLabels::environmentLabels());

    setHeading(tr("Fulfillment"), tr("Process the requests of your customers: approve, inquire or reject."));

    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setToolTip(tr("Assignee"));
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_product->setToolTip(tr("Product"));
    // Long product names must not push the filter bar out of the window: the combo starts at about 18
    // characters, grows with the row, and its list shows the names in full.
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // 14 characters ("Any product" whole; a name is elided, the list shows it whole): with 18 the date range
    // missed the filters' row at 1024 px by 10 px and wrapped alone to a row of its own.
    m_product->setMinimumContentsLength(14);
    m_product->setMaximumWidth(360);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_createdEnabled->setObjectName(QStringLiteral("createdFilter"));
    m_createdFrom->setObjectName(QStringLiteral("createdFrom"));
    m_createdTo->setObjectName(QStringLiteral("createdTo"));
    for (QDateEdit *edit : { m_createdFrom, m_createdTo }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_createdFrom->setDate(QDate::currentDate().addMonths(-1));
    m_createdTo->setDate(QDate::currentDate());
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by request ID, customer or product (Ctrl+F)"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);

    m_allChip->setObjectName(QStringLiteral("chip-all"));
    m_allChip->setCheckable(true);
    m_allChip->setAutoRaise(true);
    m_chipRow->addWidget(m_allChip);
    for (const QString &status : RequestLabels::statuses()) {
        auto *chip = new QToolButton(listPage());
        chip->setObjectName(QStringLiteral("chip-") + status);
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        //: %1 is a request status as shown in the Status column ("Pending", "Approved"…).
        chip->setToolTip(tr("Show only requests with the status “%1”").arg(RequestLabels::status(status)));
        connect(chip, &QToolButton::clicked, this, [this, status](bool checked) {
            for (QAction *action : m_statusFilter->menu()->actions())
                action->setChecked(checked && action->data().toString() == status);
            applyFilter();
        });
        m_chips.insert(status, chip);
        m_chipRow->addWidget(chip);
    }
    connect(m_allChip, &QToolButton::clicked, this, [this] {
        for (QAction *action : m_statusFilter->menu()->actions())
            action->setChecked(false);
        applyFilter();
    });

    setUpRecordTable(m_table, m_model, QStringLiteral("requestTable"), QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegate(new RequestRowDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestsModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RequestsModel::ProductColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RequestsModel::CustomerColumn, QHeaderView::Stretch);
    m_table->viewport()->installEventFilter(this); // columns follow the table's width (fitColumns)
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setProperty("emptyState", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_selection->setObjectName(QStringLiteral("selectionSummary"));
    m_selection->setWordWrap(true); // a narrow window wraps the summary rather than being held wide by it
    m_bulkApprove->setObjectName(QStringLiteral("bulkApprove"));
    m_bulkReject->setObjectName(QStringLiteral("bulkReject"));
    m_bulkApprove->setEnabled(false);
    m_bulkReject->setEnabled(false);

    // The search box takes the first row with Clear; the choice filters and the date range follow in a row that
    // wraps (FlowLayout), so every filter keeps its whole text at any width and none holds the window wide.
    for (QWidget *fixed : std::initializer_list<QWidget *> { m_typeFilter, m_statusFilter, m_environmentFilter,
             m_assignee, m_createdEnabled, m_createdFrom, m_createdTo, m_clearFilters })
        fixed->setSizePolicy(QSizePolicy::Minimum, fixed->sizePolicy().verticalPolicy());
    m_search->setMinimumWidth(160); // it takes what the row leaves; this is only its floor
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(6);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_clearFilters);
    // The date range wraps as one piece.
    auto *dates = new QWidget(listPage());
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->setSpacing(6);
    datesLayout->addWidget(m_createdEnabled);
    datesLayout->addWidget(m_createdFrom);
    datesLayout->addWidget(new QLabel(QStringLiteral("–"), dates));
    datesLayout->addWidget(m_createdTo);
    auto *filters = new FlowLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_environmentFilter);
    filters->addWidget(m_assignee);
    filters->addWidget(m_product);
    filters->addWidget(dates);
    auto *bulkRow = new QHBoxLayout;
    bulkRow->addWidget(m_selection, 1);
    bulkRow->addWidget(m_bulkReject);
    bulkRow->addWidget(m_bulkApprove);
    auto *listLayout = new QVBoxLayout(listPage());
    listLayout->setContentsMargins(listMargins());
    listLayout->addLayout(takeHeading());
    listLayout->addSpacing(8);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(filters);
    listLayout->addLayout(m_chipRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    listLayout->addLayout(bulkRow);

    addDetailPage(m_requestPage);

    setTabOrder(m_search, m_typeFilter);
    setTabOrder(m_typeFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_environmentFilter);
    setTabOrder(m_environmentFilter, m_assignee);
    setTabOrder(m_assignee, m_product);
    setTabOrder(m_product, m_createdEnabled);
    setTabOrder(m_createdEnabled, m_createdFrom);
    setTabOrder(m_createdFrom, m_createdTo);
    setTabOrder(m_createdTo, m_clearFilters);
    setTabOrder(m_clearFilters, m_table);
    setTabOrder(m_table, m_bulkReject);
    setTabOrder(m_bulkReject, m_bulkApprove);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FulfillmentPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        if (m_model->rowCount() == 1)
            openRequest(m_model->requestIdAt(0));
        else
            m_table->setFocus();
    });
    connect(m_assignee, &QComboBox::activated, this, &FulfillmentPage::applyFilter);
    connect(m_product, &QComboBox::activated, this, &FulfillmentPage::applyFilter);
    connect(m_createdEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_createdFrom->setEnabled(on);
        m_createdTo->setEnabled(on);
        applyFilter();
    });
    connect(m_createdFrom, &QDateEdit::dateChanged, this, &FulfillmentPage::applyFilter);
    connect(m_createdTo, &QDateEdit::dateChanged, this, &FulfillmentPage::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        for (QToolButton *button : { m_typeFilter, m_statusFilter, m_environmentFilter }) {
            for (QAction *action : button->menu()->actions())
                action->setChecked(false);
        }
        m_assignee->setCurrentIndex(0);
        m_product->setCurrentIndex(0);
        m_createdEnabled->setChecked(false);
        m_search->clear();
        applyFilter();
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRequest(m_model->requestIdAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FulfillmentPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FulfillmentPage::updateSelection);
    connect(m_model, &RequestsModel::statusCountsChanged, this, &FulfillmentPage::updateChips);
    connect(m_bulkApprove, &QPushButton::clicked, this, &FulfillmentPage::bulkApprove);
    connect(m_bulkReject, &QPushButton::clicked, this, &FulfillmentPage::bulkReject);
    connect(m_requestPage, &RequestPage::backRequested, this, &FulfillmentPage::showList);
    connect(m_requestPage, &RequestPage::changed, this, [this] { m_model->reload(); });
    connect(m_requestPage, &RequestPage::navigateRequested, this, &FulfillmentPage::navigate);
    connect(m_requestPage, &RequestPage::openRequested, this, &FulfillmentPage::openRequest);
    connect(m_requestPage, &RequestPage::ccpRequested, this, [this](const QString &assetId) {
        auto *dialog = new CcpPreview(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setLocalization(services() ? &services()->productEditor().localization() : nullptr);
        dialog->load(services() ? &services()->client() : nullptr, assetId);
        dialog->open();
    });

    setAccessibleTexts();
    refreshChoices();
    updateChips();
    updateFilterButtons();
    updateSelection();
}

FulfillmentPage::~FulfillmentPage() = default;

void FulfillmentPage::setAccessibleTexts()
{
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setAccessibleDescription(tr("Matches the request ID, the customer's name or the product's name"));
    m_assignee->setAccessibleName(tr("Assignee filter"));
    m_product->setAccessibleName(tr("Product filter"));
    m_createdFrom->setAccessibleName(tr("Created from"));
    m_createdTo->setAccessibleName(tr("Created until"));
    m_table->setAccessibleName(tr("Fulfillment requests"));
    m_table->setAccessibleDescription(tr("Enter opens the request; Shift or Ctrl with the arrows selects several"));
}

bool FulfillmentPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void FulfillmentPage::fitColumns()
{
    // Widths from the font, for the longest usual value of each column; Product and Customer share what is
    // left. When that leaves them too narrow to read a name, the least needed columns step aside (in this
    // order) rather than everything being cut to "Co...".
    const QFontMetrics metrics(m_table->font());
    const int pad = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    auto width = [&](const QStringList &samples) {
        int widest = 0;
        for (const QString &sample : samples)
            widest = qMax(widest, metrics.horizontalAdvance(sample));
        return widest + pad;
    };
    const QString stamp = core::displayTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    const QList<QPair<int, int>> widths { { RequestsModel::IdColumn,
                                              width({ QStringLiteral("PR-0000-0000-0000-000") }) },
        { RequestsModel::TypeColumn, width(RequestLabels::typeLabels().values()) },
        { RequestsModel::StatusColumn, width(RequestLabels::statusLabels().values()) },
        { RequestsModel::MarketplaceColumn, width({ QStringLiteral("Marketplace of Europe") }) },
        { RequestsModel::EnvironmentColumn, width(RequestLabels::environmentLabels().values()) },
        { RequestsModel::AssigneeColumn,
            width({ QStringLiteral("Unassigned"), QStringLiteral("Firstname Lastname") }) },
        { RequestsModel::CreatedColumn, width({ stamp }) }, { RequestsModel::UpdatedColumn, width({ stamp }) } };
    QHeaderView *header = m_table->horizontalHeader();
    const int readable = width({ QStringLiteral("Connect Cloud Storage") });
    const QList<int> optional { RequestsModel::MarketplaceColumn, RequestsModel::UpdatedColumn,
        RequestsModel::EnvironmentColumn, RequestsModel::AssigneeColumn };
    int fixed = 0;
    for (const auto &[column, size] : widths)
        fixed += size;
    const int available = m_table->viewport()->width();
    QSet<int> hidden;
    for (int column : optional) {
        if (available - fixed >= 2 * readable)
            break;
        hidden.insert(column);
        for (const auto &[c, size] : widths) {
            if (c == column)
                fixed -= size;
        }
    }
    for (const auto &[column, size] : widths) {
        header->setSectionHidden(column, hidden.contains(column));
        if (!m_columnsSized) // once: a width the user dragged stays
            header->resizeSection(column, size);
    }
    m_columnsSized = true;
}

void FulfillmentPage::retranslate()
{
    setHeading(tr("Fulfillment"), tr("Process the requests of your customers: approve, inquire or reject."));
    m_createdEnabled->setText(tr("Created", "filter: requests created between two dates"));
    m_clearFilters->setText(tr("Clear filters"));
    m_assignee->setToolTip(tr("Assignee"));
    m_product->setToolTip(tr("Product"));
    m_search->setPlaceholderText(tr("Search by request ID, customer or product (Ctrl+F)"));
    setAccessibleTexts();
    m_model->setHeaderLabels(RequestLabels::headers());
    m_model->setValueLabels(RequestsModel::TypeColumn, RequestLabels::typeLabels());
    m_model->setValueLabels(RequestsModel::StatusColumn, RequestLabels::statusLabels());
    m_model->setValueLabels(RequestsModel::EnvironmentColumn, RequestLabels::environmentLabels());
    const QList<QPair<QToolButton *, QHash<QString, QString>>> menus { { m_typeFilter, RequestLabels::typeLabels() },
        { m_statusFilter, RequestLabels::statusLabels() },
        { m_environmentFilter, RequestLabels::environmentLabels() } };
    for (const auto &[button, labels] : menus) {
        for (QAction *action : button->menu()->actions())
            action->setText(labels.value(action->data().toString(), action->data().toString()));
    }
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        //: %1 is a request status as shown in the Status column ("Pending", "Approved"…).
        it.value()->setToolTip(tr("Show only requests with the status “%1”").arg(RequestLabels::status(it.key())));
    refreshChoices();
    updateFilterButtons();
    updateChips();
    updateSelection();
}

QToolButton *FulfillmentPage::filterButton(
    const QString &name, const QStringList &values, const QHash<QString, QString> &labels)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("filter-") + name);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setStyleSheet(QStringLiteral("QToolButton { padding: 2px 18px 2px 6px; }"));
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("filterMenu-") + name);
    for (const QString &value : values) {
        QAction *action = menu->addAction(labels.value(value, value));
        action->setObjectName(name + QLatin1Char('-') + value);
        action->setData(value);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            // Several toggles in a row (chips, clear) apply once.
            QMetaObject::invokeMethod(this, &FulfillmentPage::applyFilter, Qt::QueuedConnection);
        });
    }
    button->setMenu(menu);
    return button;
}

void FulfillmentPage::onAttached(sync::AccountServices *services)
{
    m_ownActions.reset();
    if (!services) {
        m_context.currentUser = {};
        useContext(nullptr, nullptr, nullptr);
        return;
    }
    m_context.currentUser = services->currentUser();
    useContext(&services->cache(), &services->objects(), &services->requestActions());
    connect(services, &sync::AccountServices::synced, this, &FulfillmentPage::reload);
    followSync(&services->engine());
    connect(services, &sync::AccountServices::currentUserChanged, this, &FulfillmentPage::setCurrentUser);
}

void FulfillmentPage::setCache(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox)
{
    detach();
    m_ownActions.reset();
    if (db && objects && outbox)
        m_ownActions = std::make_unique<fulfillment::RequestActions>(*db, *objects, *outbox);
    useContext(m_ownActions ? db : nullptr, m_ownActions ? objects : nullptr, m_ownActions.get());
}

void FulfillmentPage::useContext(
    store::CacheDatabase *db, store::ObjectRepository *objects, fulfillment::RequestActions *actions)
{
    m_context.db = actions ? db : nullptr;
    m_context.objects = actions ? objects : nullptr;
    m_context.actions = actions;
    m_requestPage->setContext(m_context);
    m_model->setDatabase(m_context.db);
    refreshChoices();
    showList();
}

void FulfillmentPage::setCurrentUser(const QJsonObject &user)
{
    m_context.currentUser = user;
    const QString open = m_requestPage->requestId();
    m_requestPage->setContext(m_context);
    if (!open.isEmpty())
        m_requestPage->openRequest(open);
}

void FulfillmentPage::followSync(sync::SyncEngine *engine)
{
    disconnect(m_syncProgress);
    disconnect(m_syncFinished);
    m_loaded = m_loading = -1;
    if (!engine)
        return;
    m_syncProgress = connect(
        engine, &sync::SyncEngine::progress, this, [this](const QString &collection, qint64 done, qint64 total) {
            if (collection != QLatin1String("requests"))
                return;
            m_loaded = done;
            m_loading = total;
            if (m_model->rowCount() == 0)
                updateChips();
        });
    m_syncFinished = connect(engine, &sync::SyncEngine::finished, this, [this] {
        m_loaded = m_loading = -1;
        updateChips();
    });
}

QString FulfillmentPage::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void FulfillmentPage::reload()
{
    m_model->reload();
    refreshChoices();
    if (stack()->currentWidget() == m_requestPage)
        m_requestPage->reload();
}

void FulfillmentPage::refreshChoices()
{
    const QString assignee = m_assignee->currentData().toString();
    const QString product = m_product->currentData().toString();
    m_assignee->clear();
    m_assignee->addItem(tr("Any assignee"), QString());
    m_assignee->addItem(tr("Unassigned"), RequestsModel::unassignedFilter());
    for (const QString &name : m_model->assignees())
        m_assignee->addItem(name, name);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
    m_product->clear();
    m_product->addItem(tr("Any product"), QString());
    for (const auto &[id, name] : m_model->products())
        m_product->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
    m_product->setCurrentIndex(qMax(0, m_product->findData(product)));
}

void FulfillmentPage::applyFilter()
{
    RequestsModel::Filter filter;
    auto checked = [](QToolButton *button) {
        QStringList values;
        for (QAction *action : button->menu()->actions()) {
            if (action->isChecked())
                values << action->data().toString();
        }
        return values;
    };
    filter.types = checked(m_typeFilter);
    filter.statuses = checked(m_statusFilter);
    filter.environments = checked(m_environmentFilter);
    filter.assignee = m_assignee->currentData().toString();
    filter.productId = m_product->currentData().toString();
    if (m_createdEnabled->isChecked()) {
        filter.createdFrom = m_createdFrom->date();
        filter.createdTo = m_createdTo->date();
    }
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
    updateFilterButtons();
    updateChips();
}

void FulfillmentPage::updateFilterButtons()
{
    const QList<QPair<QToolButton *, QString>> buttons { { m_typeFilter, tr("Type") }, { m_statusFilter, tr("Status") },
        { m_environmentFilter, tr("Environment") } };
    for (const auto &[button, label] : buttons) {
        QStringList names;
        for (QAction *action : button->menu()->actions()) {
            if (action->isChecked())
                names << action->text();
        }
        //: A filter button: %1 is the filter's name ("Type", "Status", "Environment").
        button->setText(names.isEmpty() ? tr("%1: any").arg(label)
                : names.size() == 1     ? QStringLiteral("%1: %2").arg(label, names.first())
                                    //: A filter button: %1 is the filter's name, %n how many values are chosen.
                                    : tr("%1: %Ln selected", nullptr, int(names.size())).arg(label));
        button->setToolTip(names.join(QStringLiteral(", ")));
    }
}

void FulfillmentPage::updateChips()
{
    const QHash<QString, qint64> counts = m_model->statusCounts();
    const QStringList statuses = m_model->filter().statuses;
    qint64 total = 0;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const qint64 count = counts.value(it.key());
        total += count;
        it.value()->setText(QStringLiteral("%1 · %2").arg(RequestLabels::status(it.key()), QLocale().toString(count)));
        it.value()->setChecked(statuses.size() == 1 && statuses.first() == it.key());
        it.value()->setVisible(count > 0 || statuses.contains(it.key()));
    }
    //: The filter chip showing every request; %1 is how many there are.
    m_allChip->setText(tr("All · %1").arg(QLocale().toString(total)));
    m_allChip->setChecked(statuses.isEmpty());
    const bool empty = m_model->rowCount() == 0;
    const QLocale locale;
    m_empty->setText(!m_context.isValid() ? tr("Sign in to an account to see its requests.")
            // A first full sync shows the requests when its pass ends (the read model is built once, then).
            //: %1 requests stored so far of %2 the sync is fetching.
            : m_loading > 0
            ? tr("Loading requests: %1 of %2").arg(locale.toString(m_loaded), locale.toString(m_loading))
            : total == 0 && m_model->filter() == RequestsModel::Filter()
            ? tr("No requests in the local cache yet. Sync to fetch them.")
            : tr("No request matches these filters."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

QStringList FulfillmentPage::selectedPendingIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.data(RequestsModel::StatusRole).toString() == QLatin1String("pending"))
            ids << index.data(RequestsModel::IdRole).toString();
    }
    return ids;
}

void FulfillmentPage::updateSelection()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const int pending = int(selectedPendingIds().size());
    if (selected == 0)
        m_selection->setText(tr("Select pending requests to approve or reject several at once."));
    else
        //: %1 is "N selected" (requests), %2 is "N pending" (of the selected requests).
        m_selection->setText(tr("%1, %2").arg(
            tr("%Ln selected", "requests", selected), tr("%Ln pending", "selected requests", pending)));
    m_bulkApprove->setEnabled(pending > 0 && m_context.isValid());
    m_bulkReject->setEnabled(pending > 0 && m_context.isValid());
    m_bulkApprove->setText(pending > 1 ? tr("Approve %Ln selected…", nullptr, pending) : tr("Approve selected…"));
    m_bulkReject->setText(pending > 1 ? tr("Reject %Ln selected…", nullptr, pending) : tr("Reject selected…"));
}

void FulfillmentPage::openRequest(const QString &id)
{
    if (id.isEmpty() || !m_context.isValid())
        return;
    m_requestPage->openRequest(id);
    stack()->setCurrentWidget(m_requestPage);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    m_requestPage->focusTabs();
}

bool FulfillmentPage::openObject(const QString &id)
{
    if (!m_context.isValid())
        return false;
    if (m_context.objects->get(QStringLiteral("requests"), id)) {
        openRequest(id);
        return true;
    }
    // An asset has no page of its own: its newest request shows it (items, parameters, the requests chain).
    const QList<store::CachedObject> ofAsset = store::RequestStore(*m_context.db).requestsOfAsset(id, 1);
    if (ofAsset.isEmpty())
        return false;
    openRequest(ofAsset.first().id);
    return true;
}

bool FulfillmentPage::runCommand(const QString &command, const QString &objectId)
{
    if (command != QLatin1String("approve") || !m_context.objects
        || !m_context.objects->get(QStringLiteral("requests"), objectId))
        return false;
    openRequest(objectId);
    return m_requestPage->startApprove();
}

void FulfillmentPage::showList()
{
    ModulePage::showList();
    m_table->setFocus();
}

void FulfillmentPage::navigate(bool forward)
{
    const QString next = m_model->adjacentRequest(m_requestPage->requestId(), forward, QStringLiteral("pending"));
    if (!next.isEmpty())
        openRequest(next);
}

void FulfillmentPage::bulkApprove()
{
    const QStringList ids = selectedPendingIds();
    if (ids.isEmpty())
        return;
    const auto first = m_context.objects->get(QStringLiteral("requests"), ids.first());
    if (!first)
        return;
    auto *dialog = new ApproveDialog(
        fulfillment::requestTemplates(*m_context.objects, first->json, QStringLiteral("fulfillment")), {},
        int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        QList<BulkResultDialog::Result> results;
        for (const QString &id : ids) {
            const auto done = m_context.actions->approve(id, dialog->templateId());
            results.append(
                { id, done.ok(), done.ok() ? tr("Approved, waiting for sync") : RequestLabels::error(done.error()) });
        }
        m_model->reload();
        auto *report = new BulkResultDialog(tr("Approve selected"), results, this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    });
    dialog->open();
}

void FulfillmentPage::bulkReject()
{
    const QStringList ids = selectedPendingIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new ReasonDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        QList<BulkResultDialog::Result> results;
        for (const QString &id : ids) {
            const auto done = m_context.actions->reject(id, dialog->reason());
            results.append(
                { id, done.ok(), done.ok() ? tr("Rejected, waiting for sync") : RequestLabels::error(done.error()) });
        }
        m_model->reload();
        auto *report = new BulkResultDialog(tr("Reject selected"), results, this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    });
    dialog->open();
}

} // namespace cv::ui
