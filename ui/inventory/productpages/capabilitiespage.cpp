#include "ui/inventory/productpages/capabilitiespage.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

const QString kCapabilities = QStringLiteral("capabilities");
const QString kConfigurations = QStringLiteral("configurations");

QJsonObject sub(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

CapabilitiesPage::CapabilitiesPage(inventory::ProductEditor &editor, store::ObjectRepository &objects,
    const QString &productId, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_error(new QLabel(this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *lifecycle = new QGroupBox(tr("Subscription lifecycle"), content);
    auto *lifecycleLayout = new QVBoxLayout(lifecycle);
    m_suspendResume = addCheck(QStringLiteral("suspendResume"), tr("Suspend and resume"),
        tr("Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; "
           "your service receives suspend and resume requests."),
        lifecycle);
    m_hold = addCheck(QStringLiteral("administrativeHold"), tr("Administrative hold"),
        tr("Providers may put a subscription on hold for administrative reasons."), lifecycle);
    lifecycleLayout->addWidget(m_suspendResume);
    lifecycleLayout->addWidget(m_suspendResume->property("explanation").value<QLabel *>());
    lifecycleLayout->addWidget(m_hold);
    lifecycleLayout->addWidget(m_hold->property("explanation").value<QLabel *>());

    auto *ppu = new QGroupBox(tr("Pay-as-you-go"), content);
    auto *ppuForm = new QFormLayout(ppu);
    m_ppuSchema = new QComboBox(ppu);
    m_ppuSchema->setObjectName(QStringLiteral("ppuSchema"));
    m_ppuSchema->addItem(tr("Disabled"), QString());
    m_ppuSchema->addItem(tr("QT: quantity (usage is reported as amounts)"), QStringLiteral("QT"));
    m_ppuSchema->addItem(tr("TR: tiered rates"), QStringLiteral("TR"));
    m_ppuSchema->addItem(tr("PR: provider rating"), QStringLiteral("PR"));
    m_ppuSchema->addItem(tr("CR: cost rating (usage is reported as costs)"), QStringLiteral("CR"));
    m_ppuDynamic = addCheck(QStringLiteral("ppuDynamic"), tr("Dynamic items (created from usage reports)"), {}, ppu);
    m_ppuFuture = addCheck(QStringLiteral("ppuFuture"), tr("Future charges"), {}, ppu);
    m_ppuLate = addCheck(QStringLiteral("ppuLate"), tr("Late charges"), {}, ppu);
    ppuForm->addRow(tr("Schema:"), m_ppuSchema);
    ppuForm->addRow(QString(), m_ppuDynamic);
    ppuForm->addRow(QString(), m_ppuFuture);
    ppuForm->addRow(QString(), m_ppuLate);

    auto *reporting = new QGroupBox(tr("Reporting and validation"), content);
    auto *reportingLayout = new QVBoxLayout(reporting);
    m_consumption
        = addCheck(QStringLiteral("consumption"), tr("Consumption reporting for reservation items"), {}, reporting);
    m_draftValidation = addCheck(QStringLiteral("draftValidation"),
        tr("Dynamic validation of draft requests (your service checks orders before they are placed)"), {}, reporting);
    m_inquiringValidation = addCheck(
        QStringLiteral("inquiringValidation"), tr("Dynamic validation of the inquiring form"), {}, reporting);
    reportingLayout->addWidget(m_consumption);
    reportingLayout->addWidget(m_draftValidation);
    reportingLayout->addWidget(m_inquiringValidation);

    auto *tiers = new QGroupBox(tr("Resellers (tiers)"), content);
    auto *tiersForm = new QFormLayout(tiers);
    m_tierLevel = new QComboBox(tiers);
    m_tierLevel->setObjectName(QStringLiteral("tierLevel"));
    m_tierLevel->addItem(tr("Disabled"), 0);
    m_tierLevel->addItem(tr("Level 1 (tier 1 reseller)"), 1);
    m_tierLevel->addItem(tr("Level 2 (tier 1 and tier 2 resellers)"), 2);
    m_tierSync = addCheck(QStringLiteral("tierSync"), tr("Tier accounts sync"), {}, tiers);
    tiersForm->addRow(tr("Reseller authorization level:"), m_tierLevel);
    tiersForm->addRow(QString(), m_tierSync);

    layout->addWidget(lifecycle);
    layout->addWidget(ppu);
    layout->addWidget(reporting);
    layout->addWidget(tiers);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    Theme::setTone(m_error, Tone::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_error);
    outer->addWidget(scroll);

    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &CapabilitiesPage::save);
    for (QComboBox *combo : { m_ppuSchema, m_tierLevel })
        connect(combo, &QComboBox::currentIndexChanged, this, &CapabilitiesPage::save);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &CapabilitiesPage::reload);
    reload();
}

QCheckBox *CapabilitiesPage::addCheck(
    const QString &objectName, const QString &text, const QString &explanation, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    if (!explanation.isEmpty()) {
        auto *label = new QLabel(explanation, parent);
        label->setWordWrap(true);
        label->setIndent(24);
        Theme::setTone(label, Tone::Muted);
        box->setProperty("explanation", QVariant::fromValue(label));
        box->setToolTip(explanation);
    }
    return box;
}

void CapabilitiesPage::setProductId(const QString &productId)
{
    m_productId = productId;
    reload();
}

void CapabilitiesPage::reload()
{
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    const QJsonObject json = product ? product->json : QJsonObject();
    const QJsonObject caps = json.value(kCapabilities).toObject();
    m_loading = true;
    m_suspendResume->setChecked(sub(json, "configurations").value(QStringLiteral("suspend_resume_supported")).toBool());
    const QJsonObject ppu = sub(caps, "ppu");
    const int schema = m_ppuSchema->findData(ppu.value(QStringLiteral("schema")).toString());
    m_ppuSchema->setCurrentIndex(ppu.isEmpty() || schema < 0 ? 0 : schema);
    m_ppuDynamic->setChecked(ppu.value(QStringLiteral("dynamic")).toBool());
    m_ppuFuture->setChecked(ppu.value(QStringLiteral("future")).toBool());
    m_ppuLate->setChecked(ppu.value(QStringLiteral("late")).toBool());
    m_consumption->setChecked(sub(caps, "reservation").value(QStringLiteral("consumption")).toBool());
    m_draftValidation->setChecked(sub(caps, "cart").value(QStringLiteral("validation")).toBool());
    m_inquiringValidation->setChecked(sub(caps, "inquiring").value(QStringLiteral("validation")).toBool());
    const QJsonObject tiers = sub(caps, "tiers");
    const QJsonObject configs = sub(tiers, "configs");
    m_tierLevel->setCurrentIndex(configs.isEmpty() ? 0 : qBound(0, configs.value(QStringLiteral("level")).toInt(), 2));
    m_tierSync->setChecked(tiers.value(QStringLiteral("updates")).toBool());
    m_hold->setChecked(sub(caps, "subscription").value(QStringLiteral("hold")).toBool());
    m_loading = false;
    updateEnabled();
}

void CapabilitiesPage::updateEnabled()
{
    const bool ppu = m_ppuSchema->currentIndex() > 0;
    for (QCheckBox *box : { m_ppuDynamic, m_ppuFuture, m_ppuLate }) {
        box->setEnabled(ppu);
        box->setToolTip(ppu ? QString() : tr("Choose a pay-as-you-go schema first."));
    }
}

QJsonObject CapabilitiesPage::capabilitiesFromForm(QJsonObject caps) const
{
    // Keep what the form does not show (subscription.cancel, tiers.setup, ...) as it was.
    if (m_ppuSchema->currentIndex() == 0) {
        caps.insert(QStringLiteral("ppu"), QJsonValue::Null);
    } else {
        QJsonObject ppu = sub(caps, "ppu");
        ppu.insert(QStringLiteral("ppu"), true);
        ppu.insert(QStringLiteral("schema"), m_ppuSchema->currentData().toString());
        ppu.insert(QStringLiteral("dynamic"), m_ppuDynamic->isChecked());
        ppu.insert(QStringLiteral("future"), m_ppuFuture->isChecked());
        ppu.insert(QStringLiteral("late"), m_ppuLate->isChecked());
        caps.insert(QStringLiteral("ppu"), ppu);
    }
    const auto setFlag = [&caps](const char *group, const char *key, bool on) {
        QJsonObject o = sub(caps, group);
        o.insert(QLatin1String(key), on);
        caps.insert(QLatin1String(group), o);
    };
    setFlag("reservation", "consumption", m_consumption->isChecked());
    setFlag("cart", "validation", m_draftValidation->isChecked());
    setFlag("inquiring", "validation", m_inquiringValidation->isChecked());
    setFlag("subscription", "hold", m_hold->isChecked());
    QJsonObject tiers = sub(caps, "tiers");
    tiers.insert(QStringLiteral("updates"), m_tierSync->isChecked());
    const int level = m_tierLevel->currentData().toInt();
    if (level == 0) {
        tiers.insert(QStringLiteral("configs"), QJsonValue::Null);
    } else {
        QJsonObject configs = sub(tiers, "configs");
        configs.insert(QStringLiteral("configs"), true);
        configs.insert(QStringLiteral("level"), level);
        tiers.insert(QStringLiteral("configs"), configs);
    }
    caps.insert(QStringLiteral("tiers"), tiers);
    return caps;
}

void CapabilitiesPage::save()
{
    updateEnabled();
    if (m_loading)
        return;
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    if (!product)
        return;
    const QJsonObject current = product->json;
    QJsonObject configurations = current.value(kConfigurations).toObject();
    configurations.insert(QStringLiteral("suspend_resume_supported"), m_suspendResume->isChecked());
    const QJsonObject patch { { kCapabilities, capabilitiesFromForm(current.value(kCapabilities).toObject()) },
        { kConfigurations, configurations } };
    const auto saved = updateProductUndoable(m_editor, m_undo, m_productId,
        ProductEditCommand::previousValues(current, patch), patch, tr("Change capabilities"));
    if (!saved.errors.isEmpty()) {
        m_error->setText(saved.errors.join(QLatin1Char('\n')));
        m_error->show();
        reload();
        return;
    }
    if (!saved.changed)
        return;
    m_error->hide();
    Q_EMIT changed();
}

} // namespace cv::ui
