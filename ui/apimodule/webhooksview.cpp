#include "ui/apimodule/webhooksview.h"

#include "app/apimodule/integrationactions.h"
#include "app/apimodule/integrationendpoints.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "models/apimodule/integrationmodels.h"
#include "ui/apimodule/integrationlabels.h"
#include "ui/apimodule/webhookwizard.h"
#include "ui/shell/tables.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cv::ui {

using models::IntegrationTableModel;
using models::WebhooksModel;

namespace {

const QString kWebhooks = QStringLiteral("webhooks");

QString utcTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("HH:mm:ss"));
}

void setTone(QLabel *label, bool error)
{
    label->setProperty("error", error);
    label->setProperty("hint", !error);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

WebhooksView::WebhooksView(QWidget *parent)
    : QWidget(parent)
    , m_model(new WebhooksModel(this))
    , m_filter(new models::IntegrationFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_toggle(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_copySecret(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_detail(new QLabel(this))
    , m_rowState(new QLabel(this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("webhooksView"));
    m_search->setObjectName(QStringLiteral("webhookSearch"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("webhookStatusFilter"));
    m_new->setObjectName(QStringLiteral("newWebhook"));
    m_edit->setObjectName(QStringLiteral("editWebhook"));
    m_toggle->setObjectName(QStringLiteral("toggleWebhook"));
    m_delete->setObjectName(QStringLiteral("deleteWebhook"));
    m_test->setObjectName(QStringLiteral("sendTest"));
    m_copySecret->setObjectName(QStringLiteral("copyStoredSecret"));
    m_dismiss->setObjectName(QStringLiteral("dismissWebhookRefusal"));
    m_detail->setObjectName(QStringLiteral("webhookDetail"));
    m_rowState->setObjectName(QStringLiteral("webhookRowState"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    for (QLabel *label : { m_detail, m_rowState, m_testResult }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detail->setProperty("hint", true);

    m_filter->setSourceModel(m_model);
    setUpRecordTable(m_table, m_filter, QStringLiteral("webhookTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhooksModel::Label, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhooksModel::Label, QHeaderView::Interactive);
    header->resizeSection(WebhooksModel::Label, 210);
    header->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_new);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_toggle);
    actions->addWidget(m_delete);
    actions->addSpacing(16);
    actions->addWidget(m_test);
    actions->addWidget(m_copySecret);
    actions->addStretch(1);
    actions->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_rowState);
    layout->addLayout(actions);
    layout->addWidget(m_testResult);

    connect(m_search, &QLineEdit::textChanged, m_filter, &models::IntegrationFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setValueFilter(WebhooksModel::Status, m_status->currentData().toString()); });
    connect(m_new, &QPushButton::clicked, this, [this] { openWizard(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openWizard(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openWizard(true); });
    connect(m_toggle, &QPushButton::clicked, this, &WebhooksView::toggle);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksView::remove);
    connect(m_test, &QPushButton::clicked, this, &WebhooksView::sendTest);
    connect(m_copySecret, &QPushButton::clicked, this, &WebhooksView::copySecret);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (!m_services || selectedId().isEmpty())
            return;
        m_services->integrationActions().dismissRefusal(kWebhooks, selectedId());
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_testResult->clear();
        updateSelection();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WebhooksView::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WebhooksView::updateSelection);
    retranslate();
}

void WebhooksView::setServices(sync::AccountServices *services)
{
    m_services = services;
    if (m_wizard)
        m_wizard->reject();
    m_model->setStore(services ? &services->objects() : nullptr, services ? &services->outbox() : nullptr);
    m_testResult->clear();
    updateSelection();
}

void WebhooksView::reload()
{
    m_model->reload();
    updateSelection();
}

QString WebhooksView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IntegrationTableModel::IdRole).toString();
}

bool WebhooksView::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

QList<QPair<QString, QString>> WebhooksView::products() const
{
    QList<QPair<QString, QString>> list;
    if (!m_services)
        return list;
    for (const store::CachedObject &product : m_services->objects().list(QStringLiteral("products"), QString())) {
        // A product made offline has no id on Connect yet: a webhook cannot name it.
        if (!store::LocalChanges::isLocalId(product.id))
            list.append({ product.id, product.json.value(QStringLiteral("name")).toString() });
    }
    return list;
}

void WebhooksView::openWizard(bool editing)
{
    if (!m_services || m_wizard)
        return;
    const QString id = editing ? selectedId() : QString();
    if (editing && id.isEmpty())
        return;
    m_wizard = new WebhookWizard(products(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (editing) {
        const int row = m_model->rowOf(id);
        m_wizard->setWebhook(m_model->jsonAt(row));
        // Connect's refusal of the last attempt, next to the field it names.
        if (m_model->syncStateAt(row) == IntegrationTableModel::SyncState::Refused)
            m_wizard->showProblems(apimodule::problemsInRefusal(m_model->refusalAt(row)));
    }
    connect(m_wizard, &QDialog::accepted, this, [this, id] { saveWizard(id); });
    m_wizard->open();
}

void WebhooksView::saveWizard(const QString &id)
{
    if (!m_services || !m_wizard)
        return;
    apimodule::IntegrationActions &actions = m_services->integrationActions();
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const bool refused = row >= 0 && m_model->syncStateAt(row) == IntegrationTableModel::SyncState::Refused;
    const auto saved = id.isEmpty() ? actions.createWebhook(m_wizard->draft(), m_wizard->secret())
        : refused                   ? actions.resubmitWebhook(id, m_wizard->draft())
                                    : actions.updateWebhook(id, m_wizard->draft());
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"),
            tr("The webhook could not be saved in the offline cache, so nothing was changed: %1").arg(saved.error()));
        return;
    }
    reload();
    select(saved.value().id);
}

void WebhooksView::toggle()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    const bool active = m_model->jsonAt(m_model->rowOf(id)).value(QStringLiteral("active")).toBool();
    const auto saved = m_services->integrationActions().setWebhookActive(id, !active);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), tr("The change could not be saved: %1").arg(saved.error()));
    reload();
}

void WebhooksView::remove()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    const QJsonObject webhook = m_model->jsonAt(m_model->rowOf(id));
    QMessageBox confirm(QMessageBox::Warning, tr("Delete webhook"),
        tr("Delete the webhook \"%1\"? Connect stops calling %2.")
            .arg(webhook.value(QStringLiteral("label")).toString(),
                webhook.value(QStringLiteral("external_url")).toString()),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDeleteWebhook"));
    QPushButton *yes = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    const auto saved = m_services->integrationActions().removeWebhook(id);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), tr("The change could not be saved: %1").arg(saved.error()));
    reload();
}

void WebhooksView::sendTest()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    if (store::LocalChanges::isLocalId(id)) {
        setTone(m_testResult, true);
        m_testResult->setText(tr("This webhook is not on Connect yet: sync first, then send the test."));
        return;
    }
    m_test->setEnabled(false);
    setTone(m_testResult, false);
    m_testResult->setText(tr("Sending the test…"));
    apimodule::triggerWebhook(m_services->client(), id, this, [this, id](const apimodule::TriggerOutcome &outcome) {
        m_test->setEnabled(true);
        if (!outcome.error.ok()) {
            setTone(m_testResult, true);
            m_testResult->setText(outcome.error.kind == api::ApiError::Kind::Http
                    ? tr("Test refused at %1 UTC. %2")
                          .arg(utcTime(outcome.answeredAt), IntegrationLabels::refusal(outcome.error.summary()))
                    : tr("Could not reach Connect at %1 UTC: the test needs a connection. (%2)")
                          .arg(utcTime(outcome.answeredAt), outcome.error.summary()));
            return;
        }
        const QString url = outcome.webhook.value(QStringLiteral("external_url")).toString();
        const QString sent = tr("Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.")
                                 .arg(utcTime(outcome.sentAt))
                                 .arg(outcome.httpStatus)
                                 .arg(outcome.sentAt.msecsTo(outcome.answeredAt))
                                 .arg(url);
        m_testResult->setText(sent);
        // Connect records the handler's answer on the webhook (last_success / last_failure): read it back.
        const TestAnswerPoll poll { id, sent, outcome.sentAt.toString(Qt::ISODate).left(19), 0 };
        QTimer::singleShot(300, this, [this, poll] { readTestAnswer(poll); });
    });
}

void WebhooksView::readTestAnswer(const TestAnswerPoll &poll)
{
    // Each attempt schedules the next with a copy of `poll`: nothing refers to itself, so nothing outlives the
    // view (a self-capturing std::function leaked here; found by packaging/dev.sh asan).
    if (!m_services)
        return;
    QPointer<sync::AccountServices> services = m_services;
    apimodule::fetchWebhook(
        m_services->client(), poll.id, this, [this, poll, services](const apimodule::WebhookResult &result) {
            if (!result || !services)
                return;
            const QString &id = poll.id;
            const QString &sent = poll.sent;
            const QString &since = poll.since;
            const QJsonObject webhook = result.value();
            const QJsonObject success = webhook.value(QStringLiteral("last_success")).toObject();
            const QJsonObject failure = webhook.value(QStringLiteral("last_failure")).toObject();
            const QString successAt = success.value(QStringLiteral("time")).toString().left(19);
            const QString failureAt = failure.value(QStringLiteral("time")).toString().left(19);
            const bool succeeded = successAt >= since && successAt >= failureAt;
            const QJsonObject last = succeeded ? success : failure;
            if (last.value(QStringLiteral("time")).toString().left(19) < since) {
                if (poll.attempts + 1 < 8) {
                    TestAnswerPoll next = poll;
                    ++next.attempts;
                    QTimer::singleShot(500, this, [this, next] { readTestAnswer(next); });
                } else {
                    m_testResult->setText(sent + QLatin1Char(' ') + tr("No answer from your handler recorded yet."));
                }
                return;
            }
            const QString at = last.value(QStringLiteral("time")).toString().mid(11, 8);
            const QJsonValue code = last.value(QStringLiteral("status_code"));
            setTone(m_testResult, !succeeded);
            m_testResult->setText(sent + QLatin1Char(' ')
                + (succeeded ? tr("Your handler answered %1 at %2 UTC (%3 ms).")
                                   .arg(code.toInt())
                                   .arg(at)
                                   .arg(last.value(QStringLiteral("duration")).toInt())
                        : code.isNull()
                        //: %1 is the time of the call, %2 the errors Connect noted (may be empty).
                        ? tr("The call failed at %1 UTC: no answer. %2")
                              .arg(at, last.value(QStringLiteral("errors")).toString())
                        //: %1 is the time, %2 the HTTP status code, %3 the errors Connect noted.
                        : tr("The call failed at %1 UTC: %2 %3")
                              .arg(
                                  at, QString::number(code.toInt()), last.value(QStringLiteral("errors")).toString())));
            // The fresh copy goes into the cache (without its secret) unless edits wait for sync.
            if (!services->outbox().hasUnpushed(kWebhooks, id)) {
                services->objects().putServer(kWebhooks, QString(), webhook);
                reload();
            }
        });
}

void WebhooksView::copySecret()
{
    const QString id = selectedId();
    if (!m_services || id.isEmpty())
        return;
    const QString inFlight = m_services->integrationActions().secretInFlight(id);
    if (!inFlight.isEmpty()) {
        QGuiApplication::clipboard()->setText(inFlight);
        Q_EMIT secretRead(id, inFlight);
        setTone(m_testResult, false);
        m_testResult->setText(
            tr("Secret copied (%1). It goes to Connect with the next sync.").arg(apimodule::maskSecret(inFlight)));
        return;
    }
    if (store::LocalChanges::isLocalId(id)) {
        setTone(m_testResult, true);
        m_testResult->setText(tr("Connect makes this webhook's secret when the webhook reaches it: sync first."));
        return;
    }
    apimodule::fetchWebhook(m_services->client(), id, this, [this, id](const apimodule::WebhookResult &result) {
        if (!result) {
            setTone(m_testResult, true);
            m_testResult->setText(result.error().kind == api::ApiError::Kind::Http
                    //: %1 is Connect's refusal.
                    ? tr("Could not read the secret from Connect: %1")
                          .arg(IntegrationLabels::refusal(result.error().summary()))
                    : tr("Could not read the secret from Connect: there is no connection."));
            return;
        }
        const QString secret = result.value().value(QStringLiteral("jwt_secret")).toString();
        QGuiApplication::clipboard()->setText(secret);
        Q_EMIT secretRead(id, secret);
        setTone(m_testResult, false);
        m_testResult->setText(tr("Secret copied (%1). Connect keeps it; this app does not write it anywhere.")
                                  .arg(apimodule::maskSecret(secret)));
    });
}

void WebhooksView::updateSelection()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    const auto state = m_model->syncStateAt(row);
    const QJsonObject webhook = m_model->jsonAt(row);
    const bool selected = m_services && row >= 0;
    m_new->setEnabled(m_services != nullptr);
    m_edit->setEnabled(selected);
    m_toggle->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_test->setEnabled(selected);
    m_copySecret->setEnabled(selected);
    m_toggle->setText(webhook.value(QStringLiteral("active")).toBool() ? tr("Disable") : tr("Enable"));
    m_dismiss->setVisible(state == IntegrationTableModel::SyncState::Refused);
    setTone(m_rowState, state == IntegrationTableModel::SyncState::Refused);
    switch (state) {
    case IntegrationTableModel::SyncState::Synced: m_rowState->clear(); break;
    case IntegrationTableModel::SyncState::Waiting:
        m_rowState->setText(
            tr("Waiting for sync: this webhook's change is saved here and goes to Connect with the next sync."));
        break;
    case IntegrationTableModel::SyncState::Refused:
        m_rowState->setText(IntegrationLabels::refusal(m_model->refusalAt(row)));
        break;
    }
    if (row < 0) {
        m_detail->setText(tr("Select a webhook to see where Connect sends it, test it, or copy its secret."));
        return;
    }
    const QJsonObject stats = webhook.value(QStringLiteral("stats")).toObject();
    const int triggers = stats.value(QStringLiteral("triggers")).toInt();
    const int failures = stats.value(QStringLiteral("failure_triggers")).toInt();
    const QString calls = triggers == 1 ? tr("1 call, %1 failed").arg(failures)
                                        //: How often Connect called the webhook; %1 is how many of those failed.
                                        : tr("%n calls, %1 failed", nullptr, triggers).arg(failures);
    //: %1 is the webhook's ID (or "new, not on Connect yet"), %2 the URL Connect calls, %3 the call counts.
    m_detail->setText(tr("%1 · calls %2 · %3")
                          .arg(id.startsWith(QStringLiteral("local:")) ? tr("new, not on Connect yet") : id,
                              webhook.value(QStringLiteral("external_url")).toString(), calls));
}

void WebhooksView::retranslate()
{
    m_search->setPlaceholderText(tr("Search by label, product, URL…"));
    m_search->setAccessibleName(tr("Search webhooks"));
    m_search->setAccessibleDescription(tr("Matches the webhook's label, product or URL"));
    m_table->setAccessibleName(tr("Webhooks"));
    m_status->setAccessibleName(tr("Webhook status filter"));
    const QString current = m_status->currentData().toString();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("Enabled and disabled"), QString());
    m_status->addItem(tr("Enabled"), QStringLiteral("active"));
    m_status->addItem(tr("Disabled"), QStringLiteral("inactive"));
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    m_status->blockSignals(false);
    m_new->setText(tr("New webhook"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete…"));
    m_test->setText(tr("Send test"));
    m_copySecret->setText(tr("Copy secret"));
    m_dismiss->setText(tr("Dismiss"));
    m_model->setHeaderLabels({ tr("Label"), tr("Status"), tr("Sync"), tr("Objects"), tr("Trigger"), tr("Product"),
        tr("Last call"), tr("ID") });
    m_model->setValueLabels(WebhooksModel::LastCall,
        { { QStringLiteral("success"), tr("OK") }, { QStringLiteral("failure"), tr("failed") } });
    m_model->setValueLabels(WebhooksModel::ObjectClass, IntegrationLabels::objectClasses());
    m_model->setValueLabels(WebhooksModel::Trigger, IntegrationLabels::triggerTypes());
    m_model->setValueLabels(WebhooksModel::Status, IntegrationLabels::webhookStatuses());
    m_model->setValueLabels(WebhooksModel::Sync, IntegrationLabels::syncStates());
    keepColumnFitted(m_table, WebhooksModel::Sync);
    updateSelection();
}

} // namespace cv::ui
