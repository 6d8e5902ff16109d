#include "ui/inventory/inventorypage.h"
#include "ui/shell/filedialogs.h"

#include "app/inventory/producteditor.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/inventory/productlistmodel.h"
#include "ui/inventory/productlistdelegate.h"
#include "ui/inventory/productpage.h"
#include "ui/inventory/profilepage.h"

#include "ui/shell/tables.h"
#include "ui/style/lineicon.h"
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

InventoryPage::InventoryPage(QWidget *parent)
    : ModulePage(core::ModuleId::Inventory, parent)
    , m_search(new QLineEdit(listPage()))
    , m_create(new QPushButton(listPage()))
    , m_import(new QPushButton(listPage()))
    , m_export(new QPushButton(listPage()))
    , m_table(new QTableView(listPage()))
    , m_empty(new QLabel(listPage()))
    , m_model(new models::ProductListModel(this))
    , m_productPage(new ProductPage(this))
{
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setClearButtonEnabled(true);
    m_create->setObjectName(QStringLiteral("createProduct"));
    m_create->setDefault(false);
    m_create->setIcon(lineIcon(QStringLiteral(":/icons/add.svg")));
    m_create->setEnabled(false); // until a cache is set
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setProperty("emptyState", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    setUpRecordTable(m_table, m_model, QStringLiteral("productTable"));
    m_table->setItemDelegate(new ProductListDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::ProductListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(models::ProductListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        models::ProductListModel::IdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        models::ProductListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        models::ProductListModel::UpdatedColumn, QHeaderView::ResizeToContents);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_create);
    auto *listLayout = new QVBoxLayout(listPage());
    listLayout->setContentsMargins(listMargins());
    listLayout->addLayout(takeHeading());
    listLayout->addSpacing(12);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);

    // Quitting saves what is still waiting for the debounce.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_productPage->flushPendingEdits(); });

    addDetailPage(m_productPage);
    setTabOrder(m_search, m_import); // as the row reads
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_create);
    setTabOrder(m_create, m_table);

    auto *create = new QAction(this);
    create->setShortcut(QKeySequence::New);
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QAction::triggered, this, &InventoryPage::createProduct);
    addAction(create);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateEmptyState();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 1)
            openProduct(m_model->productIdAt(0));
    });
    connect(m_create, &QPushButton::clicked, this, &InventoryPage::createProduct);
    m_import->setObjectName(QStringLiteral("importProduct"));
    m_export->setObjectName(QStringLiteral("exportProduct"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_import->setToolTip(tr("Create a product from a definition file exported before"));
    m_export->setToolTip(tr("Save the selected product's definition to a file (JSON in the Connect API shapes)"));
    connect(m_import, &QPushButton::clicked, this, &InventoryPage::importDefinition);
    connect(m_export, &QPushButton::clicked, this, &InventoryPage::exportSelected);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openProduct(m_model->productIdAt(index.row())); });
    connect(m_productPage, &ProductPage::backRequested, this, &InventoryPage::showList);
    connect(m_productPage, &ProductPage::edited, m_model, qOverload<>(&models::ProductListModel::reload));
    connect(m_productPage, &ProductPage::openRequestRequested, this,
        [this](const QString &requestId) { Q_EMIT openObjectRequested(core::ModuleId::Fulfillment, requestId); });
    connect(m_productPage, &ProductPage::previewFinished, this, &ModulePage::notificationsChanged);
    retranslate();
    updateEmptyState();
}

InventoryPage::~InventoryPage()
{
    // Pending edits are saved while the editor still exists (children outlive this body).
    delete m_productPage;
    m_productPage = nullptr;
}

void InventoryPage::onAttached(sync::AccountServices *services)
{
    if (!services) {
        useStore(nullptr, nullptr, nullptr, nullptr);
        return;
    }
    useStore(&services->cache(), &services->objects(), &services->outbox(), &services->productEditor());
    // What is typed goes out with this sync (and is not written against an id the push renames).
    connect(services, &sync::AccountServices::syncStarting, this, [this] { m_productPage->flushPendingEdits(); });
    connect(services, &sync::AccountServices::synced, this,
        [this](const sync::SyncSummary &summary) { followCache(summary.renamedIds); });
    // A conflict decision changed the cache outside a sync: the open page shows it at once.
    connect(services, &sync::AccountServices::cacheChanged, this, [this] { followCache({}); });
}

InventoryContext InventoryPage::context() const
{
    InventoryContext context { m_db, m_objects, m_outbox, m_editor, {} };
    if (services()) {
        QPointer<sync::AccountServices> current = services();
        context.isCurrent = [current] { return !current.isNull(); };
        context.session = services()->session();
    }
    return context;
}

void InventoryPage::setStore(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox)
{
    if (db == m_db && objects == m_objects && outbox == m_outbox)
        return;
    detach();
    useStore(nullptr, nullptr, nullptr, nullptr);
    if (db && objects && outbox)
        m_ownEditor = std::make_unique<inventory::ProductEditor>(*db, *objects, *outbox);
    useStore(db, objects, outbox, m_ownEditor.get());
}

void InventoryPage::useStore(
    store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox, inventory::ProductEditor *editor)
{
    if (db == m_db && objects == m_objects && outbox == m_outbox && editor == m_editor)
        return;
    // Edits pending for the previous account are saved only if its cache is still open.
    if (m_productPage->context().isValid())
        m_productPage->flushPendingEdits();
    m_productPage->setContext({});
    m_productPage->closeProduct();
    m_db = db;
    m_objects = objects;
    m_outbox = outbox;
    m_editor = db && objects && outbox ? editor : nullptr;
    if (m_editor != m_ownEditor.get())
        m_ownEditor.reset();
    m_productPage->setContext(context());
    m_model->setRepository(m_objects);
    stack()->setCurrentWidget(listPage());
    m_create->setEnabled(m_editor != nullptr);
    m_import->setEnabled(m_editor != nullptr);
    m_export->setEnabled(m_editor != nullptr);
    updateEmptyState();
}

void InventoryPage::reload()
{
    followCache({});
}

void InventoryPage::followCache(const QHash<QString, QString> &renamed)
{
    m_model->reload();
    updateEmptyState();
    if (!isProductOpen() || !m_objects)
        return;
    const QString openId = m_productPage->productId();
    QHash<QString, QString> ids = renamed;
    if (!ids.contains(openId) && !m_objects->get(QStringLiteral("products"), openId)) {
        if (const QString serverId = serverIdOf(openId); !serverId.isEmpty())
            ids.insert(openId, serverId);
    }
    if (!m_objects->get(QStringLiteral("products"), ids.value(openId, openId))) {
        showList(); // deleted meanwhile
        return;
    }
    // Its first sync gave the product (or some of its objects) Connect's ids: the same page, the same open
    // dialogs, what is typed kept; nothing is reopened.
    m_productPage->followRenamedIds(ids);
    m_productPage->refreshFromCache();
}

QString InventoryPage::serverIdOf(const QString &localId) const
{
    // A product created offline is matched to the server's by its name (the collection's natural key), as
    // the push does; the local row is renamed to the server id.
    if (!m_objects || !localId.startsWith(QLatin1String("local:")))
        return {};
    const auto query = store::ObjectQuery().where(QStringLiteral("name"), m_productPage->nameLabel()->text());
    const QList<store::CachedObject> matches = m_objects->list(QStringLiteral("products"), QString(), query);
    return matches.size() == 1 ? matches.constFirst().id : QString();
}

void InventoryPage::openProduct(const QString &productId)
{
    if (productId.isEmpty() || !m_editor)
        return;
    m_productPage->openProduct(productId);
    stack()->setCurrentWidget(m_productPage);
}

bool InventoryPage::openObject(const QString &productId)
{
    if (!m_objects || !m_objects->get(QStringLiteral("products"), productId))
        return false;
    openProduct(productId);
    return isProductOpen();
}

void InventoryPage::showList()
{
    const QString openId = m_productPage->productId();
    m_productPage->closeProduct();
    ModulePage::showList();
    m_model->reload();
    updateEmptyState();
    const int row = m_model->rowOf(openId);
    if (row >= 0)
        m_table->selectRow(row);
    m_table->setFocus();
}

bool InventoryPage::isProductOpen() const
{
    return stack()->currentWidget() == m_productPage && !m_productPage->productId().isEmpty();
}

void InventoryPage::createProduct()
{
    if (!m_editor)
        return;
    QString name;
    QString problem;
    for (;;) {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("createProductDialog"));
        dialog.setWindowTitle(tr("Create Product"));
        dialog.setLabelText(problem.isEmpty()
                ? tr("Name of the new product (you can change it until the product is published):")
                : tr("%1\n\nName of the new product:").arg(problem));
        dialog.setTextValue(name);
        dialog.setOkButtonText(tr("Create"));
        dialog.setInputMode(QInputDialog::TextInput);
        if (dialog.exec() != QDialog::Accepted)
            return;
        name = dialog.textValue().trimmed();
        if (name.isEmpty()) {
            problem = tr("The name cannot be empty.");
            continue;
        }
        const auto created = m_editor->createProduct(name);
        if (!created.ok()) {
            problem = tr("The product was not created: %1").arg(created.error().errors.join(QStringLiteral("; ")));
            continue;
        }
        m_search->clear();
        m_model->reload();
        updateEmptyState();
        openProduct(created.value().id);
        return;
    }
}

void InventoryPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!m_editor)
        m_empty->setText(tr("Open an account (or the sandbox) to see its products."));
    else if (!m_model->filterText().isEmpty())
        m_empty->setText(tr("No product matches “%1”.").arg(m_model->filterText()));
    else
        m_empty->setText(tr("No products yet.\nClick “Create Product” to define your first one; it is saved on "
                            "this computer and sent to Connect with the next sync."));
}

void InventoryPage::retranslate()
{
    ModulePage::retranslate();
    m_search->setPlaceholderText(tr("Search by name or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setAccessibleDescription(tr("Matches the product's name or ID"));
    m_table->setAccessibleName(tr("Products"));
    m_create->setText(tr("Create Product"));
    m_create->setToolTip(tr("Define a new product (Ctrl+N)"));
    m_model->setHeaderLabels({ tr("Name"), tr("ID"), tr("Status"), tr("Updated") });
    m_model->setStatusLabels(tr("Unpublished"), tr("v%1"));
    updateEmptyState();
}

bool InventoryPage::exportProductTo(const QString &productId, const QString &filePath, QString *error)
{
    if (!m_editor || productId.isEmpty()) {
        *error = tr("No product to export.");
        return false;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_editor->exportProduct(productId)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("%1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

bool InventoryPage::importProductFrom(const QString &filePath, QString *error)
{
    if (!m_editor) {
        *error = tr("No account is open.");
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(filePath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not a product definition: %2 at byte %3.")
                     .arg(filePath, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const auto created = m_editor->importProduct(doc.object());
    if (!created) {
        *error = tr("%1 was not imported: %2").arg(filePath, created.error().errors.join(QStringLiteral("; ")));
        return false;
    }
    reload();
    openProduct(created.value().id);
    return true;
}

void InventoryPage::exportSelected()
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const QString productId = isProductOpen() ? m_productPage->productId()
        : rows.isEmpty()                      ? QString()
                                              : m_model->productIdAt(rows.first().row());
    if (productId.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Select a product to export first."));
        return;
    }
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("products"), tr("Export product definition"),
        productId + QStringLiteral(".json"), tr("Product definition (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportProductTo(productId, path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

void InventoryPage::importDefinition()
{
    const QString path = FileDialogs::openFileName(
        this, QStringLiteral("products"), tr("Import product definition"), tr("Product definition (*.json)"));
    QString error;
    if (!path.isEmpty() && !importProductFrom(path, &error))
        QMessageBox::warning(this, tr("Import"), error);
}

} // namespace cv::ui
