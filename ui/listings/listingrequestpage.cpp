#include "ui/listings/listingrequestpage.h"

#include "app/listings/listingactions.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/agreements/sendsoon.h"
#include "ui/listings/listinglabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString nameAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

ListingRequestPage::ListingRequestPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_state(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_refine(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("listing-request"));
    m_back->setFlat(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("listing-request-title"));
    m_state->hide(); // replaced by the form's row on each refresh
    m_submit->setObjectName(QStringLiteral("listing-request-submit"));
    m_refine->setObjectName(QStringLiteral("listing-request-refine"));
    m_cancel->setObjectName(QStringLiteral("listing-request-cancel"));
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("listing-request-notice"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_submit);
    actions->addWidget(m_refine);
    actions->addWidget(m_cancel);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addStretch();
    connect(m_back, &QPushButton::clicked, this, &ListingRequestPage::backRequested);
    connect(m_submit, &QPushButton::clicked, this, [this] { run(QStringLiteral("submit")); });
    connect(m_refine, &QPushButton::clicked, this, [this] { run(QStringLiteral("refine")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { run(QStringLiteral("cancel")); });
    retranslate();
}

void ListingRequestPage::setServices(sync::AccountServices *services)
{
    m_services = services;
    m_id.clear();
}

void ListingRequestPage::showRequest(const QString &id)
{
    m_id = id;
    refresh();
}

void ListingRequestPage::refresh(const QHash<QString, QString> &renamed)
{
    if (renamed.contains(m_id))
        m_id = renamed.value(m_id);
    if (!m_services || m_id.isEmpty())
        return;
    const auto object = m_services->objects().get(QStringLiteral("listing_requests"), m_id);
    if (!object)
        return;
    const QJsonObject &r = object->json;
    const QString state = r.value(QStringLiteral("state")).toString();
    const bool local = store::LocalChanges::isLocalId(m_id);
    // One whole sentence per request type (translations inflect the type with the noun).
    const QString type = r.value(QStringLiteral("type")).toString();
    const QString product = nameAt(r, "product");
    if (type == QLatin1String("new"))
        //: %1 is the product's name.
        m_title->setText(tr("New listing request for %1").arg(product));
    else if (type == QLatin1String("update"))
        //: %1 is the product's name.
        m_title->setText(tr("Update request for %1").arg(product));
    else if (type == QLatin1String("remove"))
        //: %1 is the product's name.
        m_title->setText(tr("Removal request for %1").arg(product));
    else
        //: %1 is the product's name.
        m_title->setText(tr("Listing request for %1").arg(product));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_form->addRow(label, field);
    };
    row(tr("Request:"), local ? tr("not sent yet") : m_id);
    // Until Connect confirms it, the state is what this computer asked for: say so.
    const bool unconfirmed = m_services->listingActions().isWaitingForSync(m_id);
    //: %1 is the listing request's state ("In review"…).
    m_state = new QLabel(unconfirmed ? tr("%1 (not confirmed by Connect yet)").arg(ListingLabels::word(state))
                                     : ListingLabels::word(state),
        this);
    m_state->setObjectName(QStringLiteral("listing-request-state"));
    m_form->addRow(tr("State:"), m_state);
    row(tr("Product:"), QStringLiteral("%1 (%2)").arg(nameAt(r, "product"), listings::productIdOf(r)));
    row(tr("Marketplace:"), nameAt(r, "marketplace"));
    row(tr("Contract:"), r.value(QStringLiteral("contract")).toObject().value(QStringLiteral("id")).toString());
    row(tr("Note:"), r.value(QStringLiteral("note")).toString());
    row(tr("Updated:"),
        AgreementLabels::dateTime(
            QDateTime::fromString(r.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs).toUTC()));

    const bool waiting = m_services->listingActions().isWaitingForSync(m_id);
    m_submit->setVisible(listings::isAllowed(QStringLiteral("submit"), state));
    m_refine->setVisible(listings::isAllowed(QStringLiteral("refine"), state));
    m_cancel->setVisible(listings::isAllowed(QStringLiteral("cancel"), state));
    const bool online = canReachConnect(m_services);
    if (waiting)
        m_notice->setText(online ? tr("Saved; it is sent to Connect with the next sync.")
                                 : tr("You are offline: this request is saved on this computer and sent to Connect at "
                                      "the next sync."));
    else if (state == QLatin1String("reviewing"))
        m_notice->setText(tr("The marketplace's provider reviews the request; its state follows the provider's "
                             "decision at each sync."));
    else
        m_notice->clear();
}

void ListingRequestPage::run(const QString &action)
{
    if (!m_services)
        return;
    if (action == QLatin1String("cancel")
        && QMessageBox::question(this, tr("Cancel request"), tr("Cancel this listing request?")) != QMessageBox::Yes)
        return;
    const auto done = m_services->listingActions().run(m_id, action);
    if (!done) {
        QMessageBox::warning(this, tr("Listing request"), ListingLabels::error(done.error()));
        return;
    }
    refresh();
    Q_EMIT changed();
    sendSoon(m_services, this);
}

void ListingRequestPage::retranslate()
{
    m_back->setText(tr("← All listing requests"));
    m_submit->setText(tr("Submit for review"));
    m_refine->setText(tr("Back to draft"));
    m_cancel->setText(tr("Cancel request…"));
    refresh();
}

} // namespace cv::ui
