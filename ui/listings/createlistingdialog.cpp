#include "ui/listings/createlistingdialog.h"

#include "app/listings/listingactions.h"
#include "app/store/objectrepository.h"
#include "ui/listings/listinglabels.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

CreateListingDialog::CreateListingDialog(
    store::ObjectRepository &objects, listings::ListingActions &actions, bool online, QWidget *parent)
    : QDialog(parent)
    , m_objects(objects)
    , m_actions(actions)
    , m_products(new QComboBox(this))
    , m_marketplaces(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_submit(new QCheckBox(tr("Submit for review now (otherwise it stays a draft)"), this))
    , m_offline(new QLabel(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("create-listing"));
    setWindowTitle(tr("Create listing"));
    m_products->setObjectName(QStringLiteral("listing-product"));
    m_marketplaces->setObjectName(QStringLiteral("listing-marketplaces"));
    m_marketplaces->setWordWrap(true);
    m_marketplaces->setSpacing(4);
    m_note->setObjectName(QStringLiteral("listing-note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the marketplace asks for: support contact, local contact, notes for the "
                                  "reviewer"));
    m_note->setMaximumHeight(80);
    m_submit->setChecked(true);
    m_offline->setWordWrap(true);
    m_offline->setText(tr("You are offline: the request is saved on this computer and sent to Connect at the next "
                          "sync."));
    m_offline->setVisible(!online);
    m_error->setObjectName(QStringLiteral("listing-error"));
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Tone::Error);
    m_error->hide();
    m_hint->setObjectName(QStringLiteral("listing-hint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create request"));

    for (const store::CachedObject &product : objects.list(QStringLiteral("products"), QString(),
             store::ObjectQuery()
                 .where(QStringLiteral("status"), QStringLiteral("published"))
                 .sortBy(QStringLiteral("name"), Qt::AscendingOrder, true)))
        m_products->addItem(
            QStringLiteral("%1 (%2)").arg(product.json.value(QStringLiteral("name")).toString(), product.id),
            product.id);

    auto *form = new QFormLayout;
    form->addRow(tr("Product (published):"), m_products);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Marketplace:"), this));
    layout->addWidget(m_marketplaces, 1);
    layout->addWidget(new QLabel(tr("Details for the marketplace:"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_submit);
    layout->addWidget(m_offline);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(560, 480);

    connect(m_products, &QComboBox::currentIndexChanged, this, &CreateListingDialog::fillMarketplaces);
    connect(m_marketplaces, &QListWidget::currentRowChanged, this, &CreateListingDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateListingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateListingDialog::reject);
    fillMarketplaces();
}

void CreateListingDialog::fillMarketplaces()
{
    m_marketplaces->clear();
    const QString productId = m_products->currentData().toString();
    if (productId.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No published product: publish one under Inventory first."));
        none->setFlags(Qt::NoItemFlags);
        m_marketplaces->addItem(none);
        updateButtons();
        return;
    }
    for (const listings::MarketplaceChoice &choice : m_actions.choicesFor(productId)) {
        auto *item = new QListWidgetItem(m_marketplaces);
        item->setData(Qt::UserRole, choice.marketplaceId);
        if (choice.allowed()) {
            item->setText(choice.marketplaceName);
        } else {
            const QString reason = ListingLabels::refusal(choice.refusal, choice.detail);
            // The reason goes on an indented second line: layout, kept out of the translated text.
            //: %1 is a marketplace's name.
            item->setText(tr("%1 (not available)").arg(choice.marketplaceName) + QStringLiteral("\n    ") + reason);
            item->setToolTip(reason);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    updateButtons();
}

void CreateListingDialog::updateButtons()
{
    const QListWidgetItem *item = m_marketplaces->currentItem();
    const bool chosen = item && (item->flags() & Qt::ItemIsEnabled);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    bool anyAvailable = false;
    for (int row = 0; row < m_marketplaces->count(); ++row)
        anyAvailable = anyAvailable || (m_marketplaces->item(row)->flags() & Qt::ItemIsEnabled);
    // Say why the button is disabled, so that nobody waits for it.
    m_hint->setText(chosen || m_products->currentData().toString().isEmpty() ? QString()
            : anyAvailable ? tr("Choose a marketplace to create the request.")
                           : tr("This product cannot be listed on any marketplace now: the reasons are under each "
                                "marketplace above."));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void CreateListingDialog::accept()
{
    const QListWidgetItem *item = m_marketplaces->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto created = m_actions.requestListing(m_products->currentData().toString(),
        item->data(Qt::UserRole).toString(), m_note->toPlainText().trimmed(), m_submit->isChecked());
    if (!created) {
        m_error->setText(ListingLabels::error(created.error()));
        m_error->show();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace cv::ui
