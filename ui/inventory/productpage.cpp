#include "ui/inventory/productpage.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/inventory/productendpoints.h"
#include "app/sync/accountsession.h"
#include "ui/inventory/productpages/actionstab.h"
#include "ui/inventory/productpages/capabilitiespage.h"
#include "ui/inventory/productpages/itemspage.h"
#include "ui/inventory/productpages/parameterspage.h"
#include "ui/inventory/productpages/stepdialog.h"
#include "ui/inventory/productpages/uipage.h"
#include "ui/inventory/productpages/undotoast.h"

#include "ui/inventory/productpages/undoshortcuts.h"
#include <QJsonObject>
#include <QPointer>

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "ui/inventory/dashboardpage.h"
#include "ui/inventory/previewpage.h"
#include "ui/inventory/profilepage.h"
#include "ui/inventory/publishpage.h"
#include "ui/shell/currentpagestack.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

const QString s_products = QStringLiteral("products");
constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

ProductPage::ProductPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_logo(new QLabel(this))
    , m_name(new QLabel(this))
    , m_id(new QLabel(this))
    , m_status(new QLabel(this))
    , m_syncState(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new CurrentPageStack(this))
    , m_dashboard(new DashboardPage(this))
    , m_profile(new ProfilePage(this))
    , m_toast(new UndoToast(this))
{
    setObjectName(QStringLiteral("productPage"));
    m_back->setObjectName(QStringLiteral("backToProducts"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setAutoRaise(true);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_logo->setObjectName(QStringLiteral("productLogo"));
    m_logo->setFixedSize(58, 48); // 48 px of image and a gap before the name
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logo->hide();
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setProperty("pageHeading", true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setObjectName(QStringLiteral("productId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("productStatus"));
    m_syncState->setObjectName(QStringLiteral("productSyncState"));
    m_navigation->setObjectName(QStringLiteral("productNavigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // The items' size here, where the list lays them out; their colours: QListWidget#productNavigation in the
    // theme's style sheet.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 7px 10px; border-radius: 4px; }"));

    const QStringList keys = pageKeys();
    for (const QString &key : keys) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(kKeyRole, key);
        QWidget *page = key == QLatin1String("dashboard") ? static_cast<QWidget *>(m_dashboard)
            : key == QLatin1String("profile")             ? static_cast<QWidget *>(m_profile)
                                                          : makePlaceholder(key);
        m_pages.insert(key, page);
        m_stack->addWidget(page);
    }

    auto *idLine = new QHBoxLayout;
    idLine->setSpacing(12);
    idLine->addWidget(m_id);
    idLine->addWidget(m_status);
    idLine->addWidget(m_syncState);
    idLine->addStretch(1);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addLayout(idLine);
    auto *header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addWidget(m_logo, 0, Qt::AlignVCenter);
    header->addLayout(titles, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(m_navigation);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    // The pages scroll when the window is smaller than the largest of them (the UI page's tabs), so the product
    // page never forces a 1024 px window wider beside the notifications panel (preview_page checks it).
    auto *pages = new QScrollArea(this);
    pages->setObjectName(QStringLiteral("productPagesArea"));
    pages->setFrameShape(QFrame::NoFrame);
    pages->setWidgetResizable(true);
    pages->setWidget(m_stack);
    body->addWidget(pages, 1);
    m_stack->fitToCurrent();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(body, 1);
    layout->addWidget(m_toast, 0, Qt::AlignHCenter);

    // Ctrl+Alt+1..7 go to the product's pages.
    for (int i = 0; i < keys.size(); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString key = keys.at(i);
        connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
        addAction(action);
    }

    connect(m_back, &QToolButton::clicked, this, &ProductPage::backRequested);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_navigation->item(row))
            showPage(item->data(kKeyRole).toString());
    });
    connect(m_dashboard, &DashboardPage::goToRequested, this, &ProductPage::showPage);
    connect(m_profile, &ProfilePage::saved, this, &ProductPage::notifyEdited);
    connect(m_profile, &ProfilePage::logoShown, this, [this](const QByteArray &image) {
        QPixmap pixmap;
        const bool shown = !image.isEmpty() && pixmap.loadFromData(image);
        m_logo->setPixmap(
            shown ? pixmap.scaled(QSize(48, 48), Qt::KeepAspectRatio, Qt::SmoothTransformation) : QPixmap());
        m_logo->setVisible(shown);
    });
    m_navigation->setCurrentRow(0);
    retranslate();
    m_profile->setUndoStack(&m_undo);
    installUndoShortcuts(this, &m_undo);
}

ProductPage::~ProductPage()
{
    flushPendingEdits();
}

QStringList ProductPage::pageKeys()
{
    return { QStringLiteral("dashboard"), QStringLiteral("profile"), QStringLiteral("items"),
        QStringLiteral("parameters"), QStringLiteral("ui"), QStringLiteral("preview"), QStringLiteral("publish") };
}

void ProductPage::setContext(const InventoryContext &context)
{
    // The editor pages hold the previous account's editor and repository: drop them first, without
    // flushing (a pending edit is never written into another account's cache).
    m_uiPage = nullptr;
    m_undo.clear();
    for (const QString &key : { QStringLiteral("items"), QStringLiteral("parameters"), QStringLiteral("ui") }) {
        QWidget *old = m_pages.value(key);
        if (old && !old->property("placeholderKey").isValid()) {
            setPage(key, makePlaceholder(key));
            old->deleteLater();
        }
    }
    m_context = context;
    m_dashboard->setContext(context);
    m_profile->setContext(context);
}

void ProductPage::openProduct(const QString &productId)
{
    flushPendingEdits();
    m_toast->hide();
    m_productId = productId;
    m_profile->load(productId);
    createEditorPages();
    refresh();
    showPage(QStringLiteral("dashboard"));
    Q_EMIT productChanged(productId);
}

void ProductPage::closeProduct()
{
    flushPendingEdits();
    m_toast->hide();
    m_productId.clear();
    m_profile->load(QString());
    Q_EMIT productChanged(QString());
}

QWidget *ProductPage::makePlaceholder(const QString &key)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("placeholder-") + key);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setProperty("emptyState", true);
    label->setProperty("placeholderKey", key);
    return label;
}

void ProductPage::setPage(const QString &key, QWidget *page)
{
    if (!page || !m_pages.contains(key) || m_pages.value(key) == page)
        return;
    QWidget *old = m_pages.value(key);
    const bool wasCurrent = m_stack->currentWidget() == old;
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(old);
    m_pages.insert(key, page);
    if (wasCurrent)
        m_stack->setCurrentWidget(page);
    if (old == m_dashboard)
        m_dashboard = nullptr;
    if (old == m_profile)
        m_profile = nullptr;
    old->deleteLater();
    m_stack->fitToCurrent();
}

void ProductPage::showPage(const QString &key)
{
    QWidget *page = m_pages.value(key);
    if (!page)
        return;
    if (m_stack->currentWidget() != page)
        flushPendingEdits();
    if (page == m_dashboard)
        m_dashboard->refresh(m_productId);
    m_stack->setCurrentWidget(page);
    const int row = int(pageKeys().indexOf(key));
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
}

QString ProductPage::currentPageKey() const
{
    return m_pages.key(m_stack->currentWidget());
}

bool ProductPage::flushPendingEdits()
{
    if (m_uiPage && m_context.isValid())
        m_uiPage->flush();
    return m_profile ? m_profile->flush() : true;
}

void ProductPage::followRenamedIds(const QHash<QString, QString> &renamed)
{
    if (renamed.isEmpty() || m_productId.isEmpty() || !m_context.isValid())
        return;
    const QString productId = renamed.value(m_productId, m_productId);
    const bool productRenamed = productId != m_productId;
    // Undo steps that name an old id of this product's would write to nothing: the history starts anew.
    bool ours = productRenamed;
    for (auto it = renamed.constBegin(); !ours && it != renamed.constEnd(); ++it) {
        for (const QString &kind : { QStringLiteral("items"), QStringLiteral("parameters"), QStringLiteral("templates"),
                 QStringLiteral("actions") }) {
            const auto object = m_context.objects->get(kind, it.value());
            if (object && object->parentId == productId) {
                ours = true;
                break;
            }
        }
    }
    if (!ours)
        return;
    m_undo.clear();
    m_productId = productId;
    m_profile->setProductId(productId);
    if (auto *items = qobject_cast<ItemsPage *>(m_pages.value(QStringLiteral("items"))))
        items->setProductId(productId);
    if (auto *parameters = qobject_cast<ParametersPage *>(m_pages.value(QStringLiteral("parameters"))))
        parameters->setProductId(productId);
    if (m_uiPage)
        m_uiPage->setProductId(productId, renamed);
    if (auto *preview = qobject_cast<PreviewPage *>(m_pages.value(QStringLiteral("preview"))))
        preview->setProductId(productId, renamed);
    if (auto *publish = qobject_cast<PublishPage *>(m_pages.value(QStringLiteral("publish"))))
        publish->setProductId(productId);
    // Open add/edit dialogs keep what is typed and save under the new ids.
    for (StepDialog *dialog : findChildren<StepDialog *>())
        dialog->followRenamedIds(renamed);
    refresh();
    if (productRenamed)
        Q_EMIT productChanged(productId);
}

void ProductPage::refreshFromCache()
{
    if (m_productId.isEmpty() || !m_context.isValid())
        return;
    refresh();
    m_profile->refreshFromCache();
    if (auto *items = qobject_cast<ItemsPage *>(m_pages.value(QStringLiteral("items"))))
        items->reload();
    if (auto *parameters = qobject_cast<ParametersPage *>(m_pages.value(QStringLiteral("parameters")))) {
        parameters->reload();
        parameters->capabilities()->reload();
    }
    if (m_uiPage)
        m_uiPage->reload();
    if (auto *preview = qobject_cast<PreviewPage *>(m_pages.value(QStringLiteral("preview"))))
        preview->refreshResult();
    fetchActionSecret();
}

/// The action SSO secret is never cached on disk: when online, it is read from the server into memory
/// so that the Actions tab can copy it.
void ProductPage::fetchActionSecret()
{
    if (!m_uiPage || !m_context.session || !m_context.session->client()
        || m_context.session->connection() != sync::AccountSession::Connection::Online
        || m_productId.startsWith(QLatin1String("local:")))
        return;
    // A new secret still waiting to be requested: the server's current one is about to stop working.
    for (const store::OutboxEntry &entry : m_context.outbox->pending()) {
        if (entry.objectId == m_productId && entry.action == QLatin1String("regeneratesecret"))
            return;
    }
    QPointer<UiPage> ui = m_uiPage;
    const QString productId = m_productId;
    // A Regenerate clicked while this read is on its way makes its answer stale (the old secret).
    const int epoch = m_uiPage->actions()->secretEpoch();
    inventory::fetchActionSecret(
        *m_context.session->client(), productId, this, [ui, productId, epoch, this](const QString &secret) {
            if (!ui || productId != m_productId || ui->actions()->secretEpoch() != epoch)
                return;
            if (!secret.isEmpty())
                ui->actions()->setKnownSecret(secret);
        });
}

/// The Items, Parameters and UI pages work on one product id: made anew for each product opened.
void ProductPage::createEditorPages()
{
    m_undo.clear();
    m_uiPage = nullptr;
    if (!m_context.isValid() || m_productId.isEmpty())
        return;
    auto *items = new ItemsPage(*m_context.editor, *m_context.objects, m_productId, &m_undo, this);
    auto *parameters = new ParametersPage(*m_context.editor, *m_context.objects, m_productId, &m_undo, this);
    m_uiPage = new UiPage(*m_context.editor, *m_context.objects, m_productId, &m_undo, this);
    connect(items, &ItemsPage::changed, this, &ProductPage::notifyEdited);
    connect(parameters, &ParametersPage::changed, this, &ProductPage::notifyEdited);
    connect(m_uiPage, &UiPage::changed, this, &ProductPage::notifyEdited);
    const auto offerUndo = [this](const QString &message) { m_toast->showFor(message, &m_undo); };
    connect(items, &ItemsPage::deleted, this, offerUndo);
    connect(parameters, &ParametersPage::deleted, this, offerUndo);
    connect(m_uiPage, &UiPage::deleted, this, offerUndo);
    fetchActionSecret();
    auto *publish = new PublishPage(m_context, m_productId, this);
    connect(publish, &PublishPage::published, this, &ProductPage::notifyEdited);
    setPage(QStringLiteral("publish"), publish);
    for (const auto &[key, page] : { std::pair<QString, QWidget *> { QStringLiteral("items"), items },
             { QStringLiteral("parameters"), parameters }, { QStringLiteral("ui"), m_uiPage },
             { QStringLiteral("preview"), makePreviewPage() } }) {
        if (!page)
            continue;
        QWidget *old = m_pages.value(key);
        setPage(key, page);
        if (old && old != page && !old->property("placeholderKey").isValid())
            old->deleteLater();
    }
}

QWidget *ProductPage::makePreviewPage()
{
    if (!m_context.session)
        return nullptr;
    auto *preview = new PreviewPage(m_context.session, *m_context.objects, m_productId, this);
    preview->setLocalization(&m_context.editor->localization());
    connect(preview, &PreviewPage::previewFinished, this, &ProductPage::previewFinished);
    connect(preview, &PreviewPage::openRequestRequested, this, &ProductPage::openRequestRequested);
    connect(this, &ProductPage::edited, preview, &PreviewPage::reload);
    return preview;
}

bool ProductPage::hasUnsyncedChanges() const
{
    if (!m_context.isValid() || m_productId.isEmpty())
        return false;
    return inventory::hasUnsyncedChanges(*m_context.objects, *m_context.outbox, m_productId);
}

void ProductPage::refresh()
{
    QJsonObject json;
    if (m_context.isValid() && !m_productId.isEmpty()) {
        if (const auto product = m_context.objects->get(s_products, m_productId))
            json = product->json;
    }
    m_name->setText(json.value(QStringLiteral("name")).toString());
    m_id->setText(m_productId.startsWith(QLatin1String("local:")) ? tr("New product (its ID comes with the next sync)")
                                                                  : m_productId);
    const bool published = m_context.isValid() && !m_productId.isEmpty() && m_context.editor->isPublished(m_productId);
    m_status->setText(published ? tr("v%1").arg(json.value(QStringLiteral("version")).toInt()) : tr("Unpublished"));
    Theme::setChip(m_status, published ? Tone::Success : Tone::Muted);
    const bool unsynced = hasUnsyncedChanges();
    m_syncState->setText(unsynced ? tr("● Changes saved on this computer, not synced yet") : tr("Synced"));
    Theme::setTone(m_syncState, unsynced ? Tone::Warning : Tone::Muted);
    m_syncState->setToolTip(unsynced ? tr("The next sync sends these changes to Connect (F5 syncs now).") : QString());
    if (m_dashboard)
        m_dashboard->refresh(m_productId);
}

void ProductPage::notifyEdited()
{
    refresh();
    Q_EMIT edited();
}

QString ProductPage::pageTitle(const QString &key)
{
    if (key == QLatin1String("dashboard"))
        return tr("Dashboard");
    if (key == QLatin1String("profile"))
        return tr("Profile");
    if (key == QLatin1String("items"))
        return tr("Items", "product page: the items (SKUs) the product sells");
    if (key == QLatin1String("parameters"))
        return tr("Parameters");
    if (key == QLatin1String("ui"))
        return tr("UI");
    if (key == QLatin1String("preview"))
        return tr("Preview", "product page: try the product as a customer");
    return tr("Publish");
}

void ProductPage::retranslate()
{
    m_back->setText(tr("← All products"));
    m_back->setToolTip(tr("Back to all products (Alt+Left)"));
    m_navigation->setAccessibleName(tr("Product pages"));
    const QStringList keys = pageKeys();
    for (int i = 0; i < keys.size(); ++i) {
        m_navigation->item(i)->setText(pageTitle(keys.at(i)));
        m_navigation->item(i)->setToolTip(tr("Ctrl+Alt+%1").arg(i + 1));
        if (auto *label = qobject_cast<QLabel *>(m_pages.value(keys.at(i)));
            label && label->property("placeholderKey").isValid())
            label->setText(tr("The %1 page of the product comes here.").arg(pageTitle(keys.at(i))));
    }
    refresh();
}

void ProductPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cv::ui
