#include "ui/agreements/contractdetailpage.h"

#include "app/agreements/agreementactions.h"
#include "app/agreements/agreementrules.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "ui/agreements/agreementlabels.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString nameAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

QString idAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

ContractDetailPage::ContractDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_marketplacesLabel(new QLabel(this))
    , m_marketplaces(new QListWidget(this))
    , m_openAgreement(new QPushButton(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("contract-detail"));
    m_back->setFlat(true);
    m_back->setObjectName(QStringLiteral("contract-back"));
    m_title->setObjectName(QStringLiteral("contract-title"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_marketplaces->setObjectName(QStringLiteral("contract-marketplaces"));
    m_openAgreement->setObjectName(QStringLiteral("contract-open-agreement"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_openAgreement, 0, Qt::AlignLeft);
    layout->addWidget(m_marketplacesLabel);
    layout->addWidget(m_marketplaces, 1);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 2);
    m_history->setObjectName(QStringLiteral("contract-history"));
    m_history->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_history->setColumnCount(4);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    connect(m_back, &QPushButton::clicked, this, &ContractDetailPage::backRequested);
    connect(m_openAgreement, &QPushButton::clicked, this, [this] { Q_EMIT agreementRequested(m_agreementId); });
    retranslate();
}

void ContractDetailPage::setServices(sync::AccountServices *services)
{
    m_services = services;
    m_id.clear();
}

void ContractDetailPage::showContract(const QString &id)
{
    m_id = id;
    refresh();
}

void ContractDetailPage::refresh()
{
    if (!m_services || m_id.isEmpty())
        return;
    const auto object = m_services->objects().get(QStringLiteral("contracts"), m_id);
    if (!object)
        return;
    const QJsonObject &c = object->json;
    m_agreementId = idAt(c, "agreement");
    m_title->setText(c.value(QStringLiteral("name")).toString());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_form->addRow(label, field);
    };
    const QDateTime signedAt = agreements::eventTime(c, QStringLiteral("signed"));
    const QJsonObject signer = c.value(QStringLiteral("events"))
                                   .toObject()
                                   .value(QStringLiteral("signed"))
                                   .toObject()
                                   .value(QStringLiteral("by"))
                                   .toObject();
    row(tr("Contract:"), object->id, QStringLiteral("contract-id"));
    row(tr("Type:"), AgreementLabels::type(c.value(QStringLiteral("type")).toString()),
        QStringLiteral("contract-type"));
    row(tr("Status:"),
        AgreementLabels::contractStatus(c.value(QStringLiteral("status")).toString())
            + (object->dirty ? tr(" (waiting for sync)") : QString()),
        QStringLiteral("contract-status"));
    row(tr("Agreement:"), nameAt(c, "agreement"), QStringLiteral("contract-agreement"));
    row(tr("Version:"), QString::number(c.value(QStringLiteral("version")).toInt()),
        QStringLiteral("contract-version"));
    row(tr("Signed:"),
        signedAt.isValid() ? tr("%1 by %2")
                                 .arg(AgreementLabels::dateTime(signedAt),
                                     signer.value(QStringLiteral("name")).toString(nameAt(c, "signee")))
                           : tr("Not signed"),
        QStringLiteral("contract-signed"));
    row(tr("Issued by:"), nameAt(c, "issuer"), QStringLiteral("contract-issuer"));

    m_marketplaces->clear();
    const QString type = c.value(QStringLiteral("type")).toString();
    if (!idAt(c, "marketplace").isEmpty()) {
        m_marketplaces->addItem(QStringLiteral("%1 (%2)").arg(nameAt(c, "marketplace"), idAt(c, "marketplace")));
    } else {
        // A program contract: the marketplaces of the program's distribution agreements.
        QList<QJsonObject> contracts;
        for (const store::CachedObject &other : m_services->objects().list(QStringLiteral("contracts"), QString()))
            contracts << other.json;
        for (const store::CachedObject &agreement : m_services->objects().list(QStringLiteral("agreements"), QString(),
                 store::ObjectQuery().where(QStringLiteral("type"), QStringLiteral("distribution")))) {
            if (idAt(agreement.json, "parent") != m_agreementId)
                continue;
            const agreements::AgreementView view = agreements::viewOf(agreement.json, contracts);
            m_marketplaces->addItem(
                tr("%1 (%2) · distribution agreement: %3")
                    .arg(view.marketplaceName, view.marketplaceId, AgreementLabels::standing(view)));
        }
    }
    // The contract's audit trail: Connect's events (of the last synced version) and what this app sent.
    const QJsonObject server = object->dirty ? object->base.value_or(QJsonObject {}) : c;
    const QList<agreements::AuditEvent> events = agreements::auditTrail({}, server,
        m_services->agreementActions().appActions(
            m_agreementId, m_services->currentUser().value(QStringLiteral("name")).toString()));
    m_history->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const agreements::AuditEvent &e = events.at(r);
        QString what;
        switch (e.kind) {
        case agreements::AuditEvent::VersionPublished: what = tr("Version %1 published").arg(e.version); break;
        case agreements::AuditEvent::ContractCreated: what = tr("Contract created"); break;
        case agreements::AuditEvent::Enrolled: what = tr("Enrollment completed"); break;
        case agreements::AuditEvent::Signed: what = tr("Signed (version %1)").arg(e.version); break;
        case agreements::AuditEvent::Countersigned: what = tr("Countersigned by the provider"); break;
        case agreements::AuditEvent::Terminated: what = tr("Contract terminated"); break;
        case agreements::AuditEvent::AppSigned: what = tr("Signed from this app"); break;
        case agreements::AuditEvent::AppEnrolled: what = tr("Enrolled from this app"); break;
        case agreements::AuditEvent::AppAction:
            //: %1 is the action's name as Connect's API writes it (or the error Connect gave for it).
            what = tr("Action from this app: %1").arg(e.detail);
            break;
        }
        const QString sent = !e.fromApp              ? tr("on Connect")
            : e.syncState == QLatin1String("done")   ? tr("sent %1").arg(AgreementLabels::dateTime(e.syncedAt))
            : e.syncState == QLatin1String("failed") ? tr("refused: %1").arg(e.detail)
                                                     : tr("waiting for sync");
        m_history->setItem(r, 0, new QTableWidgetItem(AgreementLabels::dateTime(e.at)));
        m_history->setItem(r, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(r, 2, new QTableWidgetItem(what));
        m_history->setItem(r, 3, new QTableWidgetItem(sent));
    }
    m_history->resizeColumnsToContents();
    if (m_marketplaces->count() == 0)
        m_marketplaces->addItem(type == QLatin1String("program")
                ? tr("No distribution agreement under this program yet.")
                : tr("No marketplace."));
}

void ContractDetailPage::retranslate()
{
    m_back->setText(tr("← All contracts"));
    m_marketplacesLabel->setText(tr("Marketplaces"));
    m_openAgreement->setText(tr("Open the agreement"));
    m_historyLabel->setText(tr("History"));
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Sent to Connect") });
    m_marketplaces->setAccessibleName(tr("Marketplaces"));
    m_history->setAccessibleName(tr("History"));
    refresh();
}

} // namespace cv::ui
