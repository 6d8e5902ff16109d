#include "ui/fulfillment/requestpage.h"

#include "app/content/markdown.h"
#include "app/core/displaytime.h"
#include "app/fulfillment/requestactions.h"
#include "app/store/objectrepository.h"
#include "app/store/requeststore.h"
#include "ui/fulfillment/approvedialog.h"
#include "ui/fulfillment/inquiredialog.h"
#include "ui/fulfillment/reasondialog.h"
#include "ui/fulfillment/requestlabels.h"
#include "ui/fulfillment/requestparameterstab.h"
#include "ui/style/previewtheme.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// One "label: value" row of an HTML table; empty values are left out.
QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td width='150' class='muted' style='padding-right:16px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString section(const QString &title, const QString &rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><table cellspacing='2'>%2</table>").arg(esc(title), rows);
}

QString nameAndId(const QJsonObject &object)
{
    const QString name = str(object, "name");
    const QString id = str(object, "id");
    if (name.isEmpty())
        return id;
    return id.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, id);
}

QString contactHtml(const QJsonObject &account)
{
    const QJsonObject info = obj(account, "contact_info");
    const QJsonObject contact = obj(info, "contact");
    QStringList address;
    for (const char *key : { "address_line1", "address_line2", "city", "state", "postal_code", "country" }) {
        if (!str(info, key).isEmpty())
            address << str(info, key);
    }
    const QJsonObject phone = obj(contact, "phone_number");
    const QString phoneText = QStringList { str(phone, "country_code"), str(phone, "area_code"),
        str(phone, "phone_number"), str(phone, "extension") }
                                  .join(QLatin1Char(' '))
                                  .trimmed();
    return row(RequestPage::tr("Name"), nameAndId(account))
        + row(RequestPage::tr("External ID"), str(account, "external_id"))
        + row(RequestPage::tr("Tax ID"), str(account, "tax_id"))
        + row(RequestPage::tr("Address"), address.join(QStringLiteral(", ")))
        + row(RequestPage::tr("Contact"),
            QString(str(contact, "first_name") + QLatin1Char(' ') + str(contact, "last_name")).trimmed())
        + row(RequestPage::tr("Email"), str(contact, "email")) + row(RequestPage::tr("Phone"), phoneText);
}

} // namespace

RequestPage::RequestPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_type(new QLabel(this))
    , m_status(new QLabel(this))
    , m_waiting(new QLabel(tr("Waiting for sync"), this))
    , m_summary(new QLabel(this))
    , m_assignee(new QLabel(this))
    , m_message(new QLabel(this))
    , m_back(new QPushButton(tr("All requests"), this))
    , m_pend(new QPushButton(tr("Switch to &Pending"), this))
    , m_inquire(new QPushButton(tr("&Inquire…"), this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_reject(new QPushButton(tr("&Reject…"), this))
    , m_assign(new QPushButton(tr("Assign to &me"), this))
    , m_tabs(new QTabWidget(this))
    , m_items(new QTableWidget(this))
    , m_params(new RequestParametersTab(this))
    , m_details(new QTextBrowser(this))
    , m_tiers(new QTextBrowser(this))
    , m_notes(new QTextBrowser(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("Save &note"), this))
    , m_chain(new QTableWidget(this))
{
    setObjectName(QStringLiteral("requestPage"));
    m_title->setObjectName(QStringLiteral("requestId"));
    m_title->setProperty("pageHeading", true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_type->setObjectName(QStringLiteral("requestType"));
    m_status->setObjectName(QStringLiteral("requestStatus"));
    m_waiting->setObjectName(QStringLiteral("waitingForSync"));
    Theme::setChip(m_waiting, Tone::Warning);
    m_waiting->setToolTip(tr("Changed offline; Connect receives the change at the next sync."));
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setWordWrap(true);
    m_assignee->setObjectName(QStringLiteral("requestAssignee"));
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_back->setObjectName(QStringLiteral("backToRequests"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back to the list (Alt+Left)"));
    m_pend->setObjectName(QStringLiteral("pendButton"));
    m_inquire->setObjectName(QStringLiteral("inquireButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(true);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_assign->setObjectName(QStringLiteral("assignToMe"));
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    // Not a focus proxy: Qt then jumps from the page straight to the tabs and Tab never reaches the actions above
    // them. Opening a request calls focusTabs().

    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_items->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_items->setColumnCount(5);
    m_items->setHorizontalHeaderLabels(
        { tr("Item"), tr("MPN"), tr("Quantity"), tr("Previous quantity"), tr("Period") });
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The item's name takes the room; the short columns fit their header and values (never "Previous quantit").
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_tiers->setObjectName(QStringLiteral("tiersView"));
    m_notes->setObjectName(QStringLiteral("notesView"));
    for (QTextBrowser *browser : { m_details, m_tiers, m_notes }) {
        browser->setOpenLinks(false);
        browser->setFrameShape(QFrame::NoFrame);
    }
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Write a note for this request"));
    m_saveNote->setObjectName(QStringLiteral("addNote"));
    m_chain->setObjectName(QStringLiteral("chainTable"));
    m_chain->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_chain->setColumnCount(4);
    m_chain->setHorizontalHeaderLabels({ tr("Request"), tr("Type"), tr("Status"), tr("Created") });
    m_chain->verticalHeader()->hide();
    m_chain->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chain->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chain->horizontalHeader()->setStretchLastSection(true);

    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    auto *notesLabel = new QLabel(tr("The request's no&te, shared with your team and the distributor:"), notesPage);
    notesLabel->setObjectName(QStringLiteral("notesLabel"));
    notesLabel->setBuddy(m_noteEdit);
    notesLayout->addWidget(notesLabel);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit, 1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addStretch(1);
    noteRow->addWidget(m_saveNote);
    notesLayout->addLayout(noteRow);

    m_tabs->addTab(m_items, tr("Items", "request tab: the items the customer orders"));
    m_tabs->addTab(m_params, tr("Parameters"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_tiers, tr("Tiers"));
    m_tabs->addTab(notesPage, tr("Notes"));
    m_tabs->addTab(m_chain, tr("Requests chain"));

    // Three rows, so that the request's id never gets cut (it is what the vendor reads first) and the
    // actions keep their full labels down to a 1024 px window, notifications panel open or not.
    m_title->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_back);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_type);
    titleRow->addWidget(m_status);
    titleRow->addWidget(m_waiting);
    titleRow->addStretch(1);
    m_ccp = new QPushButton(tr("Sign in to &CCP"), this);
    m_ccp->setObjectName(QStringLiteral("signInToCcp"));
    m_ccp->setToolTip(tr("See the product as the customer sees it in the customer control panel (needs a connection)"));
    m_ccp->hide();
    connect(m_ccp, &QPushButton::clicked, this, [this] {
        Q_EMIT ccpRequested(m_request.value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toString());
    });
    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(10);
    actionRow->addWidget(m_assignee);
    actionRow->addWidget(m_assign);
    actionRow->addStretch(1);
    actionRow->addWidget(m_pend);
    actionRow->addWidget(m_inquire);
    actionRow->addWidget(m_reject);
    actionRow->addWidget(m_ccp);
    actionRow->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addLayout(actionRow);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    setAccessibleTexts();
    setTabOrder(m_back, m_pend);
    setTabOrder(m_pend, m_inquire);
    setTabOrder(m_inquire, m_reject);
    setTabOrder(m_reject, m_approve);
    setTabOrder(m_approve, m_assign);
    setTabOrder(m_assign, m_tabs);

    auto addShortcut = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut({ QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_J) }, [this] {
        Q_EMIT navigateRequested(true);
    })->setObjectName(QStringLiteral("nextPending"));
    addShortcut({ QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_K) }, [this] {
        Q_EMIT navigateRequested(false);
    })->setObjectName(QStringLiteral("previousPending"));
    // Alt+Left plus the platform's Back keys. On Linux QKeySequence::Back *is* Alt+Left: the same sequence
    // twice on one action makes Qt report an "Ambiguous shortcut overload" and do nothing.
    QList<QKeySequence> backKeys { QKeySequence(Qt::ALT | Qt::Key_Left) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!backKeys.contains(key))
            backKeys << key;
    }
    addShortcut(backKeys, [this] { Q_EMIT backRequested(); })->setObjectName(QStringLiteral("backToList"));

    connect(m_back, &QPushButton::clicked, this, &RequestPage::backRequested);
    connect(m_pend, &QPushButton::clicked, this, &RequestPage::switchToPending);
    connect(m_inquire, &QPushButton::clicked, this, &RequestPage::inquire);
    connect(m_approve, &QPushButton::clicked, this, &RequestPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &RequestPage::reject);
    connect(m_assign, &QPushButton::clicked, this, &RequestPage::assignToMe);
    connect(m_saveNote, &QPushButton::clicked, this, &RequestPage::saveNote);
    connect(m_params, &RequestParametersTab::saveRequested, this, &RequestPage::saveParameters);
    connect(m_chain, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_chain->item(row, 0))
            Q_EMIT openRequested(item->text());
    });
}

void RequestPage::focusTabs()
{
    m_tabs->tabBar()->setFocus(Qt::OtherFocusReason);
}

void RequestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestPage::setAccessibleTexts()
{
    m_items->setAccessibleName(tr("Items of the request"));
    m_details->setAccessibleName(tr("Request details"));
    m_tiers->setAccessibleName(tr("Customer and reseller tiers"));
    m_notes->setAccessibleName(tr("Notes history"));
    m_chain->setAccessibleName(tr("Requests of the same subscription"));
    m_chain->setAccessibleDescription(tr("Enter opens the request"));
}

void RequestPage::retranslate()
{
    setAccessibleTexts();
    m_waiting->setText(tr("Waiting for sync"));
    m_waiting->setToolTip(tr("Changed offline; Connect receives the change at the next sync."));
    m_back->setText(tr("All requests")); // the icon is the arrow
    m_back->setToolTip(tr("Back to the list (Alt+Left)"));
    m_pend->setText(tr("Switch to &Pending"));
    m_inquire->setText(tr("&Inquire…"));
    m_approve->setText(tr("&Approve…"));
    m_reject->setText(tr("&Reject…"));
    m_assign->setText(tr("Assign to &me"));
    if (m_ccp)
        m_ccp->setText(tr("Sign in to &CCP"));
    m_saveNote->setText(tr("Save &note"));
    m_noteEdit->setPlaceholderText(tr("Write a note for this request"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("notesLabel")))
        label->setText(tr("The request's no&te, shared with your team and the distributor:"));
    m_items->setHorizontalHeaderLabels(
        { tr("Item"), tr("MPN"), tr("Quantity"), tr("Previous quantity"), tr("Period") });
    m_chain->setHorizontalHeaderLabels({ tr("Request"), tr("Type"), tr("Status"), tr("Created") });
    const QStringList tabs { tr("Items", "request tab: the items the customer orders"), tr("Parameters"), tr("Details"),
        tr("Tiers"), tr("Notes"), tr("Requests chain") };
    for (int i = 0; i < tabs.size() && i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, tabs.at(i));
    showRequest();
}

void RequestPage::setContext(const FulfillmentContext &context)
{
    m_context = context;
    m_id.clear();
    m_request = {};
}

void RequestPage::openRequest(const QString &id)
{
    if (id != m_id) {
        m_message->hide();
        // Another request starts on its items, not on the tab the last one was left at (the walk opened a new
        // request on "Requests chain" and took it for empty).
        m_tabs->setCurrentIndex(0);
    }
    m_id = id;
    reload();
}

void RequestPage::reload()
{
    // A sync (or another reason to re-read) makes the last action's message stale.
    m_message->hide();
    readRequest();
}

void RequestPage::readRequest()
{
    m_request = {};
    if (m_context.isValid() && !m_id.isEmpty()) {
        if (const auto object = m_context.objects->get(QStringLiteral("requests"), m_id))
            m_request = object->json;
    }
    showRequest();
}

void RequestPage::showRequest()
{
    const QJsonObject &r = m_request;
    const QJsonObject asset = obj(r, "asset");
    const QString status = str(r, "status");
    m_title->setText(m_id);
    m_type->setText(RequestLabels::type(str(r, "type")));
    m_status->setText(RequestLabels::status(status));
    m_status->setProperty("requestStatus", status);
    Theme::setChip(m_status,
        status == QLatin1String("approved")      ? Tone::Success
            : status == QLatin1String("failed")  ? Tone::Error
            : status == QLatin1String("pending") ? Tone::Info
                                                 : Tone::Muted);
    m_waiting->setVisible(m_context.isValid() && !m_id.isEmpty() && m_context.actions->isWaitingForSync(m_id));
    const QJsonObject product = obj(asset, "product");
    const QString customer = str(obj(obj(asset, "tiers"), "customer"), "name");
    m_summary->setText(
        //: %1 is the product (name and ID), %2 the customer (or "no customer"), %3 the environment, %4 the date.
        tr("%1 · %2 · %3 · created %4")
            .arg(nameAndId(product), customer.isEmpty() ? tr("no customer") : customer,
                RequestLabels::environment(str(obj(asset, "connection"), "type")),
                core::displayTime(str(r, "created"))));
    const QString assignee
        = r.value(QStringLiteral("assignee")).isObject() ? str(obj(r, "assignee"), "name") : QString();
    m_assignee->setText(assignee.isEmpty() ? tr("Unassigned") : tr("Assignee: %1").arg(assignee));

    // Items
    const QJsonArray items = asset.value(QStringLiteral("items")).toArray();
    m_items->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QStringList cells { item.value(QStringLiteral("display_name")).toString(str(item, "id")),
            str(item, "mpn"), item.value(QStringLiteral("quantity")).toVariant().toString(),
            item.value(QStringLiteral("old_quantity")).toVariant().toString(), str(item, "period") };
        for (int c = 0; c < cells.size(); ++c)
            m_items->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }

    m_params->setRequest(r, fulfillment::isAllowed(QStringLiteral("update"), status));

    // Details
    const QJsonObject connection = obj(asset, "connection");
    const QJsonObject templ = obj(r, "template");
    QString details = section(tr("Request"),
        row(tr("ID"), m_id) + row(tr("Type"), RequestLabels::type(str(r, "type")))
            + row(tr("Status"), RequestLabels::status(status))
            + row(tr("Created"), core::displayTime(str(r, "created")))
            + row(tr("Updated"), core::displayTime(str(r, "updated")))
            + row(tr("Effective date"), core::displayTime(str(r, "effective_date")))
            + row(tr("Reason"), str(r, "reason")));
    details += section(tr("Asset"),
        row(tr("ID"), str(asset, "id")) + row(tr("Status"), str(asset, "status"))
            + row(tr("External ID"), str(asset, "external_id")) + row(tr("External UID"), str(asset, "external_uid"))
            + row(tr("Product"), nameAndId(product)));
    details += section(tr("Connection"),
        row(tr("ID"), str(connection, "id"))
            + row(tr("Environment"), RequestLabels::environment(str(connection, "type")))
            + row(tr("Provider"), nameAndId(obj(connection, "provider")))
            + row(tr("Vendor"), nameAndId(obj(connection, "vendor")))
            + row(tr("Hub"), nameAndId(obj(connection, "hub"))));
    details += section(tr("Marketplace and contract"),
        row(tr("Marketplace"),
            nameAndId(obj(r, "marketplace").isEmpty() ? obj(asset, "marketplace") : obj(r, "marketplace")))
            + row(
                tr("Contract"), nameAndId(obj(r, "contract").isEmpty() ? obj(asset, "contract") : obj(r, "contract"))));
    if (!templ.isEmpty()) {
        // cmark-gfm with raw HTML off: the message shows as the customer reads it, without markup injection.
        details += QStringLiteral("<h3>%1</h3><p class='muted'>%2</p><div style='margin-left:8px'>%3</div>")
                       .arg(esc(tr("Activation message")), esc(str(templ, "name")),
                           content::Markdown::toHtmlFragment(str(templ, "message")));
    }
    setThemedHtml(m_details, details);

    // Tiers
    const QJsonObject tiers = obj(asset, "tiers");
    QString tiersHtml = section(tr("Customer"), contactHtml(obj(tiers, "customer")))
        + section(tr("Tier 1 (reseller)"), contactHtml(obj(tiers, "tier1")))
        + section(tr("Tier 2"), contactHtml(obj(tiers, "tier2")));
    setThemedHtml(m_tiers, tiersHtml.isEmpty() ? esc(tr("No tier accounts on this request.")) : tiersHtml);

    // Notes
    const QString note = str(r, "note");
    m_notes->setPlainText(note.isEmpty() ? tr("No note yet.") : note);
    const bool noteEditable = fulfillment::isAllowed(QStringLiteral("update"), status);
    // One note per request (Connect's `note` field): edited in place while the request is open, read-only after.
    m_notes->setVisible(!noteEditable);
    m_noteEdit->setVisible(noteEditable);
    m_saveNote->setVisible(noteEditable);
    m_noteEdit->setPlainText(note);

    // Requests chain: the asset's other cached requests, newest first.
    m_chain->setRowCount(0);
    if (m_context.isValid() && !str(asset, "id").isEmpty()) {
        const QList<store::CachedObject> chain = store::RequestStore(*m_context.db).requestsOfAsset(str(asset, "id"));
        m_chain->setRowCount(int(chain.size()));
        for (int i = 0; i < chain.size(); ++i) {
            const QJsonObject &other = chain.at(i).json;
            const QStringList cells { chain.at(i).id, RequestLabels::type(str(other, "type")),
                RequestLabels::status(str(other, "status")), core::displayTime(str(other, "created")) };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (chain.at(i).id == m_id) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                m_chain->setItem(i, c, item);
            }
        }
    }
    updateActions();
}

void RequestPage::updateActions()
{
    const QString status = str(m_request, "status");
    const bool loaded = !m_request.isEmpty();
    m_pend->setVisible(loaded && fulfillment::isAllowed(QStringLiteral("pend"), status));
    m_inquire->setVisible(loaded && fulfillment::isAllowed(QStringLiteral("inquire"), status));
    m_approve->setVisible(loaded && fulfillment::isAllowed(QStringLiteral("approve"), status));
    m_reject->setVisible(loaded && fulfillment::isAllowed(QStringLiteral("fail"), status));
    m_ccp->setVisible(loaded && status == QLatin1String("approved")
        && !m_request.value(QStringLiteral("asset")).toObject().isEmpty());
    const bool canAssign = loaded && fulfillment::isAllowed(QStringLiteral("assign"), status);
    m_assign->setVisible(canAssign);
    m_assign->setEnabled(!m_context.currentUser.value(QStringLiteral("id")).toString().isEmpty());
    m_assign->setToolTip(m_assign->isEnabled() ? QString() : tr("Your user is not known yet; sync first."));
}

QHash<QString, QString> RequestPage::parameterTitles() const
{
    QHash<QString, QString> titles;
    for (const QJsonObject &param : fulfillment::requestParameters(m_request, QString()))
        titles.insert(str(param, "id"), param.value(QStringLiteral("title")).toString(str(param, "id")));
    return titles;
}

void RequestPage::showResult(bool ok, const fulfillment::ActionError *error, const QString &done)
{
    m_message->setText(ok ? done : RequestLabels::error(*error, parameterTitles()));
    Theme::setTone(m_message, ok ? Tone::Success : Tone::Error);
    m_message->show();
    if (ok) {
        readRequest();
        Q_EMIT changed(m_id);
    } else if (error && error->code == fulfillment::ActionError::MissingRequired) {
        m_tabs->setCurrentWidget(m_params);
        for (const QString &id : error->parameters)
            m_params->showError(id, tr("Required before approval."));
        // The keyboard goes to the field that blocks.
        for (const QString &id : error->parameters) {
            if (m_params->focusField(id))
                break;
        }
    } else if (error && error->code == fulfillment::ActionError::InvalidValues) {
        m_tabs->setCurrentWidget(m_params);
        m_params->focusField(m_params->firstFieldWithError());
    }
}

void RequestPage::switchToPending()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Switch to Pending"),
        tr("Switch %1 to Pending? The request moves to your processing queue.").arg(m_id),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPend"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Switch to &Pending"));
    connect(box, &QMessageBox::accepted, this, [this] {
        const auto result = m_context.actions->switchToPending(m_id);
        showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Switched to Pending."));
    });
    box->open();
}

void RequestPage::approve()
{
    // Approve works on what the screen shows: values typed but not saved count (Connect's rule on them
    // first, so the vendor fills what is missing before choosing a template), are checked, and are saved
    // -- after asking -- before the approval.
    const QHash<QString, QString> unsaved = m_params->changedValues();
    const QStringList missing
        = fulfillment::missingRequiredParameters(fulfillment::withParameterValues(m_request, unsaved));
    if (!missing.isEmpty()) {
        fulfillment::ActionError error;
        error.code = fulfillment::ActionError::MissingRequired;
        error.parameters = missing;
        showResult(false, &error, {});
        return;
    }
    if (!unsaved.isEmpty() && !m_params->validateAll()) {
        m_tabs->setCurrentWidget(m_params);
        m_message->setText(tr("Correct the highlighted parameter before approving."));
        Theme::setTone(m_message, Tone::Error);
        m_message->show();
        m_params->focusField(m_params->firstFieldWithError());
        return;
    }
    if (unsaved.isEmpty()) {
        openApproveDialog();
        return;
    }
    m_message->hide(); // an earlier "fill in ..." is answered by what is on screen now
    const QHash<QString, QString> titles = parameterTitles();
    QStringList lines;
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it)
        lines << tr("%1: %2").arg(titles.value(it.key(), it.key()), it.value().isEmpty() ? tr("(empty)") : it.value());
    lines.sort();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Approve"),
        tr("You entered parameter values that are not saved yet. Save them and approve with them?"),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveBeforeApprove"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    auto *save = box->addButton(tr("&Save and approve…"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAndApprove"));
    box->setDefaultButton(save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, save, unsaved](QAbstractButton *clicked) {
        if (clicked == save && saveParameters(unsaved))
            openApproveDialog();
    });
    box->open();
}

bool RequestPage::startApprove()
{
    if (m_id.isEmpty()
        || !fulfillment::isAllowed(QStringLiteral("approve"), m_request.value(QStringLiteral("status")).toString()))
        return false;
    approve();
    return true;
}

void RequestPage::openApproveDialog()
{
    auto *dialog
        = new ApproveDialog(fulfillment::requestTemplates(*m_context.objects, m_request, QStringLiteral("fulfillment")),
            m_request, 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = m_context.actions->approve(m_id, dialog->templateId());
        showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Approved. Waiting for sync."));
    });
    dialog->open();
}

void RequestPage::inquire()
{
    auto *dialog
        = new InquireDialog(fulfillment::requestTemplates(*m_context.objects, m_request, QStringLiteral("inquire")),
            fulfillment::requestParameters(m_request, QString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = m_context.actions->inquire(m_id, dialog->templateId(), dialog->messages());
        showResult(
            result.ok(), result.ok() ? nullptr : &result.error(), tr("The customer is asked for more information."));
    });
    dialog->open();
}

void RequestPage::reject()
{
    auto *dialog = new ReasonDialog(1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = m_context.actions->reject(m_id, dialog->reason());
        showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Rejected. Waiting for sync."));
    });
    dialog->open();
}

void RequestPage::assignToMe()
{
    const auto result = m_context.actions->assignToMe(m_id, m_context.currentUser);
    showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Assigned to you."));
}

bool RequestPage::saveParameters(const QHash<QString, QString> &values)
{
    const auto result = m_context.actions->setParameterValues(m_id, values);
    if (!result.ok() && result.error().code == fulfillment::ActionError::InvalidValues) {
        for (const QString &message : result.error().messages) {
            const QString id = message.section(QStringLiteral(": "), 0, 0);
            m_params->showError(id, message.section(QStringLiteral(": "), 1));
        }
    }
    showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Parameters saved. Waiting for sync."));
    return result.ok();
}

void RequestPage::saveNote()
{
    const auto result = m_context.actions->setNote(m_id, m_noteEdit->toPlainText().trimmed());
    showResult(result.ok(), result.ok() ? nullptr : &result.error(), tr("Note saved. Waiting for sync."));
}

} // namespace cv::ui
