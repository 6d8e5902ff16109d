#include "ui/usage/usagefilepage.h"

#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/usage/usageactions.h"
#include "models/usage/usagemodels.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/shell/tables.h"
#include "ui/usage/usagelabels.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace cv::ui {

namespace {

const QList<usage::FileAction> kButtons { usage::FileAction::Upload, usage::FileAction::Submit,
    usage::FileAction::Accept, usage::FileAction::Reject, usage::FileAction::Close };

QString nameAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

QString idAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

UsageFilePage::UsageFilePage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_recordsTitle(new QLabel(this))
    , m_template(new QPushButton(this))
    , m_recordsTable(new QTableView(this))
    , m_records(new models::UsageRecordsModel(this))
{
    setObjectName(QStringLiteral("usage-file-page"));
    m_back->setObjectName(QStringLiteral("usage-back"));
    m_title->setObjectName(QStringLiteral("usage-file-title"));
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600"));
    m_status->setObjectName(QStringLiteral("usage-file-status"));
    m_details->setObjectName(QStringLiteral("usage-file-details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(QStringLiteral("usage-file-notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_template->setObjectName(QStringLiteral("usage-file-template"));
    m_records->setWording([](const QString &raw) { return UsageLabels::status(raw); },
        [](const QDateTime &time) { return AgreementLabels::dateTime(time); });
    setUpRecordTable(m_recordsTable, m_records, QStringLiteral("usage-records"));
    m_recordsTable->setSortingEnabled(true);
    m_recordsTable->sortByColumn(models::UsageRecordsModel::RecordColumn, Qt::AscendingOrder);
    m_recordsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recordsTable->horizontalHeader()->setSectionResizeMode(
        models::UsageRecordsModel::ItemColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    top->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_template);
    for (const usage::FileAction action : kButtons) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("usage-action-") + usage::actionName(action));
        m_actions.insert(action, button);
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(m_id, action); });
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    layout->addWidget(m_recordsTitle);
    layout->addWidget(m_recordsTable, 1);

    connect(m_back, &QPushButton::clicked, this, &UsageFilePage::backRequested);
    connect(m_template, &QPushButton::clicked, this, [this] { Q_EMIT templateRequested(m_id); });
    retranslate();
}

void UsageFilePage::setServices(sync::AccountServices *services)
{
    m_services = services;
    m_records->setRepository(services ? &services->objects() : nullptr);
    m_id.clear();
    m_file = {};
}

void UsageFilePage::showFile(const QString &id)
{
    m_id = id;
    refresh();
}

void UsageFilePage::refresh(const QHash<QString, QString> &renamed)
{
    if (renamed.contains(m_id))
        m_id = renamed.value(m_id);
    m_file = {};
    if (m_services && !m_id.isEmpty()) {
        if (const auto file = m_services->objects().get(QStringLiteral("usage_files"), m_id))
            m_file = file->json;
    }
    m_records->setFile(m_id);
    m_records->reload();
    retranslate();
}

void UsageFilePage::retranslate()
{
    m_back->setText(tr("← Usage files"));
    m_template->setText(tr("Download template…"));
    m_recordsTitle->setText(tr("Records"));
    // An item view's accessible name is its own (Qt reads no buddy label for tables).
    m_recordsTable->setAccessibleName(tr("Usage records"));
    m_records->setHeaderLabels({ tr("Record"), tr("Item"), tr("Subscription"), tr("Start (UTC)"), tr("End (UTC)"),
        tr("Quantity"), tr("Amount"), tr("Status") });
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(UsageLabels::action(it.key()));
    const QString status = m_file.value(QStringLiteral("status")).toString();
    const bool waiting = m_services && !m_id.isEmpty() && m_services->usageActions().isWaitingForSync(m_id);
    m_title->setText(m_file.value(QStringLiteral("name")).toString());
    m_status->setText(
        waiting ? tr("%1 · waiting for sync").arg(UsageLabels::status(status)) : UsageLabels::status(status));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        // An action waits for the server's answer to the previous one: the status shown may be optimistic.
        it.value()->setEnabled(!m_file.isEmpty() && usage::isAllowed(it.key(), status)
            && !(waiting && it.key() != usage::FileAction::Upload));
    }
    m_template->setEnabled(!m_file.isEmpty());
    if (m_file.isEmpty()) {
        m_details->clear();
        m_notes->clear();
        return;
    }
    const QJsonObject period = m_file.value(QStringLiteral("period")).toObject();
    const QJsonObject records = m_file.value(QStringLiteral("records")).toObject();
    m_details->setText(tr("%1 · product %2 (%3) · marketplace %4 · contract %5\nPeriod %6 to %7 (UTC) · schema %8 · "
                          "currency %9 · records: %10 valid, %11 invalid, %12 closed")
                           .arg(m_id, nameAt(m_file, "product"), idAt(m_file, "product"), nameAt(m_file, "marketplace"),
                               idAt(m_file, "contract"), period.value(QStringLiteral("from")).toString(),
                               period.value(QStringLiteral("to")).toString(),
                               m_file.value(QStringLiteral("schema")).toString().toUpper(),
                               m_file.value(QStringLiteral("currency")).toString())
                           .arg(records.value(QStringLiteral("valid")).toInt())
                           .arg(records.value(QStringLiteral("invalid")).toInt())
                           .arg(records.value(QStringLiteral("closed")).toInt()));
    QStringList notes;
    const QString description = m_file.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        notes << description;
    if (const QString note = m_file.value(QStringLiteral("acceptance_note")).toString(); !note.isEmpty())
        notes << tr("Acceptance note: %1").arg(note);
    if (const QString note = m_file.value(QStringLiteral("rejection_note")).toString(); !note.isEmpty())
        notes << tr("Rejection note: %1").arg(note);
    if (const QString detail = m_file.value(QStringLiteral("error_detail")).toString(); !detail.isEmpty())
        notes << tr("Connect found problems in the upload:\n%1").arg(detail);
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

} // namespace cv::ui
