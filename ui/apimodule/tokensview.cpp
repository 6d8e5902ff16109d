#include "ui/apimodule/tokensview.h"

#include "app/apimodule/integrationactions.h"
#include "app/sync/accountservices.h"
#include "models/apimodule/integrationmodels.h"
#include "ui/apimodule/integrationlabels.h"
#include "ui/apimodule/tokendialog.h"
#include "ui/shell/tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using models::IntegrationTableModel;
using models::TokensModel;

TokensView::TokensView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TokensModel(this))
    , m_filter(new models::IntegrationFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_generate(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_rowState(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("tokensView"));
    m_search->setObjectName(QStringLiteral("tokenSearch"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("tokenStatusFilter"));
    m_generate->setObjectName(QStringLiteral("generateToken"));
    m_activate->setObjectName(QStringLiteral("activateToken"));
    m_deactivate->setObjectName(QStringLiteral("deactivateToken"));
    m_delete->setObjectName(QStringLiteral("deleteToken"));
    m_dismiss->setObjectName(QStringLiteral("dismissTokenRefusal"));
    m_rowState->setObjectName(QStringLiteral("tokenRowState"));
    m_rowState->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("tokenDetail"));
    m_detail->setWordWrap(true);
    m_detail->setProperty("hint", true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setSourceModel(m_model);
    setUpRecordTable(m_table, m_filter, QStringLiteral("tokenTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TokensModel::Created, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TokensModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(TokensModel::Description, QHeaderView::Stretch);
    header->resizeSection(TokensModel::Name, 190);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_generate);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_activate);
    actions->addWidget(m_deactivate);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_rowState);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_filter, &models::IntegrationFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setValueFilter(TokensModel::Status, m_status->currentData().toString()); });
    connect(m_generate, &QPushButton::clicked, this, &TokensView::openGenerate);
    connect(m_activate, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_delete, &QPushButton::clicked, this, &TokensView::remove);
    connect(m_dismiss, &QPushButton::clicked, this, &TokensView::dismiss);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TokensView::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensView::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TokensView::updateSelection);
    retranslate();
    updateSelection();
}

void TokensView::setServices(sync::AccountServices *services)
{
    if (m_dialog)
        m_dialog->reject(); // it talks to the account that is going away
    m_services = services;
    m_model->setStore(services ? &services->objects() : nullptr, services ? &services->outbox() : nullptr);
    m_generate->setEnabled(services != nullptr);
    updateSelection();
}

void TokensView::reload()
{
    m_model->reload();
    updateSelection();
}

QString TokensView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IntegrationTableModel::IdRole).toString();
}

bool TokensView::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void TokensView::openGenerate()
{
    if (!m_services || m_dialog)
        return;
    m_dialog = new TokenDialog(&m_services->client(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TokenDialog::generated, this, [this](const QJsonObject &token) {
        if (!m_services)
            return;
        // Into the cache without its secret (ObjectRepository strips "token"), shown in the list at once.
        const auto saved = m_services->integrationActions().adoptGeneratedToken(token);
        reload();
        if (saved)
            select(saved.value().id);
    });
    m_dialog->open();
}

void TokensView::showOutcome(const QString &storageError)
{
    QMessageBox::warning(this, tr("Not saved"),
        tr("The change could not be saved in the offline cache, so nothing was changed: %1").arg(storageError));
}

void TokensView::setActive(bool active)
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    const auto saved = m_services->integrationActions().setTokenActive(id, active);
    if (!saved)
        showOutcome(saved.error());
    reload();
}

void TokensView::remove()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    const QJsonObject token = m_model->jsonAt(m_model->rowOf(id));
    QMessageBox confirm(QMessageBox::Warning, tr("Delete token"),
        tr("Delete the token \"%1\" (%2)? Scripts and extensions using it can no longer call Connect.")
            .arg(token.value(QStringLiteral("name")).toString(), id),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDeleteToken"));
    QPushButton *yes = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    const auto saved = m_services->integrationActions().removeToken(id);
    if (!saved)
        showOutcome(saved.error());
    reload();
}

void TokensView::dismiss()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    m_services->integrationActions().dismissRefusal(QStringLiteral("tokens"), id);
    reload();
}

void TokensView::updateSelection()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    const QString status = m_model->jsonAt(row).value(QStringLiteral("status")).toString();
    const auto state = m_model->syncStateAt(row);
    m_activate->setEnabled(
        m_services && row >= 0 && (status == QLatin1String("inactive") || status == QLatin1String("pending")));
    m_deactivate->setEnabled(m_services && row >= 0
        && (status == QLatin1String("active") || status == QLatin1String("expiring")
            || status == QLatin1String("revitalised")));
    m_delete->setEnabled(m_services && row >= 0);
    m_dismiss->setVisible(state == IntegrationTableModel::SyncState::Refused);
    m_rowState->setProperty("error", state == IntegrationTableModel::SyncState::Refused);
    m_rowState->setProperty("hint", state != IntegrationTableModel::SyncState::Refused);
    m_rowState->style()->unpolish(m_rowState);
    m_rowState->style()->polish(m_rowState);
    switch (state) {
    case IntegrationTableModel::SyncState::Synced: m_rowState->clear(); break;
    case IntegrationTableModel::SyncState::Waiting:
        m_rowState->setText(
            tr("%1: waiting for sync. The change is saved here and goes to Connect with the next sync.").arg(id));
        break;
    case IntegrationTableModel::SyncState::Refused:
        m_rowState->setText(id + QStringLiteral(": ") + IntegrationLabels::refusal(m_model->refusalAt(row)));
        break;
    }
    if (row < 0) {
        m_detail->setText(tr("Select a token to see its details. Generate one for each script or system that calls "
                             "Connect, so that each can be turned off on its own."));
        return;
    }
    const QJsonObject token = m_model->jsonAt(row);
    const QStringList granted = apimodule::grantedPermissions(token.value(QStringLiteral("permissions")).toArray());
    QStringList words;
    const auto titles = IntegrationLabels::permissions();
    for (const QString &permission : granted)
        words << titles.value(permission, permission);
    m_detail->setText(
        tr("%1 · owner %2 · extension %3 · modules: %4")
            .arg(id, token.value(QStringLiteral("owner")).toObject().value(QStringLiteral("name")).toString(),
                token.value(QStringLiteral("extension")).toObject().value(QStringLiteral("name")).toString(),
                words.isEmpty() ? tr("all (no restriction)") : words.join(QStringLiteral(", "))));
}

void TokensView::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, ID, description…"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setAccessibleDescription(tr("Matches the token's name, ID or description"));
    m_table->setAccessibleName(tr("API tokens"));
    m_status->setAccessibleName(tr("Token status filter"));
    const QString current = m_status->currentData().toString();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    const auto statuses = IntegrationLabels::tokenStatuses();
    for (const QString &status : { QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("pending"),
             QStringLiteral("expiring"), QStringLiteral("expired") })
        m_status->addItem(statuses.value(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    m_status->blockSignals(false);
    m_generate->setText(tr("Generate token"));
    m_activate->setText(tr("Activate"));
    m_deactivate->setText(tr("Deactivate"));
    m_delete->setText(tr("Delete…"));
    m_dismiss->setText(tr("Dismiss"));
    m_model->setHeaderLabels({ tr("Name"), tr("ID"), tr("Status"), tr("Sync"), tr("Created"), tr("Expires"),
        tr("Modules"), tr("Extension"), tr("Description") });
    m_model->setValueLabels(TokensModel::Expires, { { QString(), tr("Never") } });
    m_model->setValueLabels(TokensModel::Status, IntegrationLabels::tokenStatuses());
    auto permissions = IntegrationLabels::permissions();
    permissions.insert(QStringLiteral("*"), tr("All modules"));
    m_model->setValueLabels(TokensModel::Permissions, permissions);
    m_model->setValueLabels(TokensModel::Sync, IntegrationLabels::syncStates());
    keepColumnFitted(m_table, TokensModel::Sync);
    updateSelection();
}

} // namespace cv::ui
