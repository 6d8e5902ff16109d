#include "ui/account/accountpage.h"

#include "app/account/accountactions.h"
#include "app/store/conflictstore.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountsession.h"
#include "app/sync/refusedchanges.h"
#include "app/sync/syncengine.h"
#include "models/account/usersmodel.h"
#include "ui/account/adduserdialog.h"
#include "ui/shell/fieldmessages.h"
#include "ui/shell/problemtext.h"
#include "ui/shell/rowsfilterproxy.h"
#include "ui/shell/tables.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using models::UsersModel;

namespace {
QLabel *value(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountPage::AccountPage(QWidget *parent)
    : ModulePage(core::ModuleId::Account, parent)
    , m_typeCaption(new QLabel(listPage()))
    , m_type(value(listPage(), QStringLiteral("accountType")))
    , m_idCaption(new QLabel(listPage()))
    , m_id(value(listPage(), QStringLiteral("accountId")))
    , m_brandCaption(new QLabel(listPage()))
    , m_brand(value(listPage(), QStringLiteral("accountBrand")))
    , m_nameCaption(new QLabel(listPage()))
    , m_name(new QLineEdit(listPage()))
    , m_saveName(new QPushButton(listPage()))
    , m_refusedBar(new QWidget(listPage()))
    , m_retryName(new QPushButton(m_refusedBar))
    , m_discardName(new QPushButton(m_refusedBar))
    , m_messages(new FieldMessages(listPage()))
    , m_accountTitle(new QLabel(listPage()))
    , m_usersTitle(new QLabel(listPage()))
    , m_search(new QLineEdit(listPage()))
    , m_status(new QComboBox(listPage()))
    , m_add(new QPushButton(listPage()))
    , m_remove(new QPushButton(listPage()))
    , m_users(new QTableView(listPage()))
    , m_model(new UsersModel(this))
    , m_proxy(new RowsFilterProxy(UsersModel::Sync, this))
{
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setMaxLength(200); // longer names get the rule's message rather than being cut silently
    m_nameCaption->setBuddy(m_name);
    m_saveName->setObjectName(QStringLiteral("saveAccountName"));
    m_accountTitle->setProperty("cardTitle", true);
    m_usersTitle->setProperty("cardTitle", true);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("userStatusFilter"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    m_proxy->setSourceModel(m_model);
    setUpRecordTable(m_users, m_proxy, QStringLiteral("usersTable"));
    m_users->setSortingEnabled(true);
    m_users->sortByColumn(UsersModel::Email, Qt::AscendingOrder);
    // Short columns fit their contents (an e-mail is never cut); what a refusal says takes the rest of the row,
    // and its tooltip the whole text.
    for (int column = 0; column < UsersModel::ColumnCount; ++column)
        m_users->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_users->horizontalHeader()->setSectionResizeMode(UsersModel::Sync, QHeaderView::Stretch);
    m_users->setWordWrap(false);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(16);
    details->addWidget(m_typeCaption, 0, 0);
    details->addWidget(m_type, 0, 1);
    details->addWidget(m_idCaption, 0, 2);
    details->addWidget(m_id, 0, 3);
    details->addWidget(m_brandCaption, 0, 4);
    details->addWidget(m_brand, 0, 5);
    details->setColumnStretch(6, 1);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameCaption);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);
    auto *nameError = m_messages->add(QStringLiteral("name"), m_name);
    m_retryName->setObjectName(QStringLiteral("retryAccountName"));
    m_discardName->setObjectName(QStringLiteral("discardAccountName"));
    auto *refusedRow = new QHBoxLayout(m_refusedBar);
    refusedRow->setContentsMargins(0, 0, 0, 0);
    refusedRow->addWidget(m_retryName);
    refusedRow->addWidget(m_discardName);
    refusedRow->addStretch(1);
    m_refusedBar->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_usersTitle);
    tools->addStretch(1);
    tools->addWidget(m_search, 2);
    tools->addWidget(m_status);
    tools->addWidget(m_add);
    tools->addWidget(m_remove);

    auto *layout = new QVBoxLayout(listPage());
    layout->setContentsMargins(listMargins());
    layout->addLayout(takeHeading());
    layout->addSpacing(8);
    layout->addWidget(m_accountTitle);
    layout->addLayout(details);
    layout->addLayout(nameRow);
    layout->addWidget(nameError);
    layout->addWidget(m_refusedBar);
    layout->addWidget(m_messages->general());
    layout->addSpacing(12);
    layout->addLayout(tools);
    layout->addWidget(m_users, 1);
    finishFrame();

    connect(m_saveName, &QPushButton::clicked, this, &AccountPage::saveName);
    connect(m_name, &QLineEdit::returnPressed, this, &AccountPage::saveName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_saveName->setEnabled(services() != nullptr); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RowsFilterProxy::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setColumnFilter(UsersModel::Status, m_status->currentData().toString()); });
    connect(m_retryName, &QPushButton::clicked, this, [this] {
        if (!services())
            return;
        services()->refusedChanges().retry(QStringLiteral("accounts"), services()->account().id);
        showAccount();
    });
    connect(m_discardName, &QPushButton::clicked, this, [this] {
        if (!services())
            return;
        const auto discarded
            = services()->refusedChanges().discard(QStringLiteral("accounts"), services()->account().id);
        if (!discarded)
            m_messages->showText(QString(), discarded.error(), FieldMessages::Tone::Error);
        m_name->setModified(false);
        showAccount();
    });
    connect(m_add, &QPushButton::clicked, this, &AccountPage::addUser);
    connect(m_remove, &QPushButton::clicked, this, &AccountPage::removeUser);
    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountPage::updateButtons);
    retranslate();
    updateButtons();
}

void AccountPage::retranslate()
{
    ModulePage::retranslate();
    m_accountTitle->setText(tr("Account details"));
    m_usersTitle->setText(tr("Users"));
    m_typeCaption->setText(tr("Type:"));
    m_idCaption->setText(tr("Account ID:"));
    m_brandCaption->setText(tr("Brand ID:"));
    m_nameCaption->setText(tr("&Name:"));
    m_saveName->setText(tr("&Save name"));
    m_saveName->setToolTip(tr("Saved on this computer at once and sent to Connect on the next sync."));
    m_retryName->setText(tr("Send a&gain"));
    m_retryName->setToolTip(
        tr("Once the cause is fixed (e.g. the permission granted), send the change with the next sync."));
    m_discardName->setText(tr("&Discard my change"));
    m_discardName->setToolTip(tr("Show the name Connect has again and forget the change."));
    m_search->setPlaceholderText(tr("Search users by name, email or role (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setAccessibleDescription(tr("Matches the user's name, email or role"));
    m_users->setAccessibleName(tr("Users"));
    m_status->setAccessibleName(tr("User status filter"));
    m_add->setText(tr("&Add user"));
    m_remove->setText(tr("Re&move user"));
    const QString statusShown = m_status->currentData().toString();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    const QList<std::pair<QString, QString>> statuses { { QStringLiteral("active"), tr("Active", "user status") },
        { QStringLiteral("invited"), tr("Invited") }, { QStringLiteral("blocked"), tr("Blocked") } };
    QHash<QString, QString> labels;
    for (const auto &[raw, text] : statuses) {
        m_status->addItem(text, raw);
        labels.insert(raw, text);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(statusShown)));
    m_status->blockSignals(false);
    m_model->setHeaders({ tr("Name"), tr("Email"), tr("Role"), tr("Status"), tr("Last activity"), tr("Sync") });
    m_model->setLabels(UsersModel::Status, labels);
    // Connect asks an invited user for their name when they register (lab guide, "Add User").
    m_model->setLabels(UsersModel::Name, { { QString(), tr("(named on registration)") } });
    m_model->setSyncWording([this](UsersModel::SyncState state, const QString &problem, bool full) {
        switch (state) {
        case UsersModel::SyncState::Synced: return QString();
        case UsersModel::SyncState::Waiting:
            return full ? ProblemText::waiting(m_offline) : ProblemText::waitingShort(m_offline);
        case UsersModel::SyncState::Refused: return ProblemText::describeSummary(problem);
        }
        return QString();
    });
    reload();
}

void AccountPage::onAttached(sync::AccountServices *services)
{
    m_shownName.clear();
    m_name->clear();
    m_messages->clear();
    if (services) {
        connect(services, &sync::AccountServices::synced, this, [this](const sync::SyncSummary &summary) {
            m_offline = summary.offline;
            reload();
        });
        connect(services, &sync::AccountServices::cacheChanged, this, &AccountPage::reload);
        // What is typed goes out with the sync that starts.
        connect(services, &sync::AccountServices::syncStarting, this, [this] {
            if (m_name->isModified() && m_name->text().trimmed() != m_shownName)
                saveName();
        });
    }
    reload();
}

void AccountPage::reload()
{
    sync::AccountServices *s = services();
    m_add->setEnabled(s != nullptr);
    m_saveName->setEnabled(s != nullptr);
    m_name->setEnabled(s != nullptr);
    if (!s) {
        m_model->setRows({});
        m_type->clear();
        m_id->clear();
        m_brand->clear();
        return;
    }
    const QString accountId = s->account().id;
    // Sorting (dynamic) and the selection follow the rows, which the model updates in place.
    m_model->reload(s->objects(), s->outbox(), accountId);
    showAccount();
    updateButtons();
}

void AccountPage::showAccount()
{
    sync::AccountServices *s = services();
    const QString accountId = s->account().id;
    const auto account = s->accountActions().account(accountId);
    m_id->setText(accountId);
    if (!account) {
        m_type->setText(tr("(after the first sync)"));
        m_brand->clear();
        if (!m_name->isModified())
            m_name->setText(s->account().name);
        return;
    }
    const QString type = account->value(QStringLiteral("type")).toString();
    m_type->setText(type == QLatin1String("vendor") ? tr("Vendor")
            : type == QLatin1String("provider")     ? tr("Distributor (provider)")
                                                    : type);
    m_brand->setText(account->value(QStringLiteral("brand")).toString());
    const QString name = account->value(QStringLiteral("name")).toString();
    // A sync never overwrites what is being typed: the field follows the cache only while it is not edited.
    if (!m_name->isModified() || m_name->text() == name) {
        m_name->setText(name);
        m_name->setModified(false);
    }
    m_shownName = name;

    // Where the name change stands, said under the field.
    const auto cached = s->objects().get(QStringLiteral("accounts"), accountId);
    QString refused;
    for (const store::OutboxEntry &entry : s->outbox().failed()) {
        if (entry.collection == QLatin1String("accounts") && entry.objectId == accountId)
            refused = entry.lastError;
    }
    const QList<store::Conflict> conflicts = s->engine().conflicts().forObject(QStringLiteral("accounts"), accountId);
    m_refusedBar->setVisible(!refused.isEmpty());
    if (!refused.isEmpty()) {
        m_messages->showSummary(refused);
    } else if (!conflicts.isEmpty()) {
        api::Problem conflict;
        conflict.kind = api::Problem::Kind::Conflict;
        conflict.field = conflicts.first().field;
        m_messages->show({ conflict });
    } else if (cached && cached->dirty) {
        m_messages->showText(QStringLiteral("name"), ProblemText::waiting(m_offline), FieldMessages::Tone::Waiting);
    } else {
        m_messages->clear();
    }
}

void AccountPage::saveName()
{
    sync::AccountServices *s = services();
    if (!s)
        return;
    const auto done = s->accountActions().rename(s->account().id, m_name->text());
    if (!done) {
        m_messages->showValidation(done.error());
        return;
    }
    m_name->setModified(false);
    showAccount();
}

void AccountPage::addUser()
{
    sync::AccountServices *s = services();
    if (!s)
        return;
    const QString accountId = s->account().id;
    auto *dialog = new AddUserDialog(
        [this, accountId](const QString &email) -> QStringList {
            sync::AccountServices *current = services();
            if (!current || current->account().id != accountId)
                return { tr("The account was closed; open it again to add the user.") };
            const auto invited = current->accountActions().invite(accountId, email);
            if (!invited)
                return invited.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountPage::reload);
    dialog->open();
}

void AccountPage::removeUser()
{
    sync::AccountServices *s = services();
    const QModelIndex current = m_users->selectionModel()->currentIndex();
    if (!s || !current.isValid())
        return;
    const QString userId = current.data(UsersModel::IdRole).toString();
    const QJsonObject user = current.data(UsersModel::JsonRole).toJsonObject();
    const QString who = user.value(QStringLiteral("name")).toString().isEmpty()
        ? user.value(QStringLiteral("email")).toString()
        : QStringLiteral("%1 <%2>").arg(
            user.value(QStringLiteral("name")).toString(), user.value(QStringLiteral("email")).toString());
    const bool notSent = current.data(UsersModel::IdRole).toString().startsWith(QStringLiteral("local:"));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove user"),
        notSent ? tr("Cancel the invitation of %1? It has not reached Connect, so nothing is sent.").arg(who)
                : tr("Remove %1 from the account? They lose access to it once the change is synced.").arg(who),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveUser"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString accountId = s->account().id;
    connect(box, &QMessageBox::accepted, this, [this, accountId, userId] {
        sync::AccountServices *current = services();
        if (!current || current->account().id != accountId)
            return;
        const auto removed = current->accountActions().removeUser(accountId, userId);
        if (!removed)
            m_messages->showText(QString(), removed.error().join(QLatin1Char('\n')), FieldMessages::Tone::Error);
        reload();
    });
    box->open();
}

void AccountPage::updateButtons()
{
    const QModelIndex current = m_users->selectionModel()->currentIndex();
    bool removable = services() && current.isValid();
    if (removable && services()) {
        // The user the key acts as cannot remove themselves (Connect refuses it).
        removable = current.data(UsersModel::IdRole).toString()
            != services()->currentUser().value(QStringLiteral("id")).toString();
    }
    m_remove->setEnabled(removable);
}

} // namespace cv::ui
