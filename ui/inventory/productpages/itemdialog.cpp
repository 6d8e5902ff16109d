#include "ui/inventory/productpages/itemdialog.h"

#include "app/inventory/producteditor.h"
#include "app/inventory/productrules.h"
#include "ui/inventory/productpages/productlabels.h"
#include "ui/style/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ItemDialog::ItemDialog(const inventory::ProductEditor &editor, const QString &productId, const QJsonObject &item,
    const QList<QPair<QString, QString>> &units, QWidget *parent)
    : StepDialog(!item.isEmpty(), productId, item, parent)
    , m_editor(editor)
    , m_published(str(item, "status") == QLatin1String("published"))
    , m_name(new QLineEdit(this))
    , m_mpn(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_type(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_commitment(new QComboBox(this))
{
    setWindowTitle(isEditing() ? tr("Edit Item") : tr("New Item"));
    setMinimumWidth(520);
    m_name->setObjectName(QStringLiteral("itemName"));
    m_mpn->setObjectName(QStringLiteral("itemMpn"));
    m_name->setPlaceholderText(tr("e.g. SKU Users"));
    m_mpn->setPlaceholderText(tr("Manufacturer part number, unique in the product"));
    m_description->setPlaceholderText(tr("Optional: what the customer gets with this item"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(72);

    auto *step1 = new QWidget(this);
    auto *form1 = new QFormLayout(step1);
    form1->addRow(tr("&Name:"), m_name);
    form1->addRow(QString(), fieldMessage(QStringLiteral("name"), 0));
    form1->addRow(tr("&MPN:"), m_mpn);
    form1->addRow(QString(), fieldMessage(QStringLiteral("mpn"), 0));
    form1->addRow(tr("&Description:"), m_description);
    form1->addRow(QString(), fieldMessage(QStringLiteral("description"), 0));

    m_type->addItem(ProductLabels::itemType(QStringLiteral("reservation")), QStringLiteral("reservation"));
    m_type->addItem(ProductLabels::itemType(QStringLiteral("ppu")), QStringLiteral("ppu"));
    m_type->setItemData(0, tr("A quantity the customer buys in advance (licenses, users)"), Qt::ToolTipRole);
    m_type->setItemData(1, tr("Billed from reported usage, always monthly"), Qt::ToolTipRole);
    for (const QString &period : inventory::rules::itemPeriods())
        m_period->addItem(ProductLabels::period(period), period);
    for (const auto &[id, title] : units)
        m_unit->addItem(title, id);
    for (const QString &precision : inventory::rules::itemPrecisions())
        m_precision->addItem(ProductLabels::precision(precision), precision);
    for (QComboBox *combo : { m_type, m_period, m_unit, m_precision, m_commitment })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setObjectName(QStringLiteral("itemType"));
    m_period->setObjectName(QStringLiteral("itemPeriod"));
    m_unit->setObjectName(QStringLiteral("itemUnit"));
    m_precision->setObjectName(QStringLiteral("itemPrecision"));
    m_commitment->setObjectName(QStringLiteral("itemCommitment"));

    auto *step2 = new QWidget(this);
    auto *form2 = new QFormLayout(step2);
    form2->addRow(tr("&Type:"), m_type);
    form2->addRow(QString(), fieldMessage(QStringLiteral("type"), 1));
    form2->addRow(tr("Billing &period:"), m_period);
    form2->addRow(QString(), fieldMessage(QStringLiteral("period"), 1));
    form2->addRow(tr("&Unit:"), m_unit);
    form2->addRow(QString(), fieldMessage(QStringLiteral("unit"), 1));
    form2->addRow(tr("P&recision:"), m_precision);
    form2->addRow(QString(), fieldMessage(QStringLiteral("precision"), 1));
    form2->addRow(tr("&Commitment:"), m_commitment);
    form2->addRow(QString(), fieldMessage(QStringLiteral("commitment"), 1));

    // Defaults of a new item: the lab's reservation / monthly / users.
    selectData(m_period, QStringLiteral("monthly"));
    selectData(m_unit, QStringLiteral("users"));
    if (isEditing()) {
        m_name->setText(str(item, "name"));
        m_mpn->setText(str(item, "mpn"));
        m_description->setPlainText(str(item, "description"));
        selectData(m_type, inventory::rules::canonical(str(item, "type")));
        selectData(m_period, inventory::rules::canonical(str(item, "period")));
        const QString unit = item.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString();
        if (m_unit->findData(unit) < 0 && !unit.isEmpty())
            m_unit->addItem(unit, unit);
        selectData(m_unit, unit);
        selectData(m_precision, str(item, "precision"));
    }
    fillCommitments();
    if (isEditing())
        selectData(
            m_commitment, item.value(QStringLiteral("commitment")).toObject().value(QStringLiteral("count")).toInt(1));
    typeChanged();

    if (m_published) {
        const QString why = tr("This item is published: only its name, MPN and description can change.");
        for (QComboBox *combo : { m_type, m_period, m_unit, m_precision, m_commitment }) {
            combo->setEnabled(false);
            combo->setToolTip(why);
        }
        auto *note = new QLabel(why, step2);
        note->setWordWrap(true);
        Theme::setTone(note, Tone::Muted);
        form2->insertRow(0, note);
    }

    setSteps({ step1, step2 }, { tr("Name and MPN"), tr("Billing") });
    if (QPushButton *remove = deleteButton()) {
        remove->setText(tr("Delete item"));
        if (m_published)
            remove->setToolTip(tr("Only draft items can be deleted."));
    }

    connect(m_name, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("name")); });
    connect(m_mpn, &QLineEdit::textChanged, this, [this] { revalidate(QStringLiteral("mpn")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { revalidate(QStringLiteral("description")); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        revalidate(QStringLiteral("type"));
        revalidate(QStringLiteral("period"));
        revalidate(QStringLiteral("precision"));
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        fillCommitments();
        revalidate(QStringLiteral("period"));
        revalidate(QStringLiteral("commitment"));
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { revalidate(QStringLiteral("unit")); });
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] { revalidate(QStringLiteral("precision")); });
    connect(m_commitment, &QComboBox::currentIndexChanged, this, [this] { revalidate(QStringLiteral("commitment")); });
    revalidate();
}

void ItemDialog::typeChanged()
{
    // Commitments exist only for reservation items; pay-as-you-go is billed from usage.
    const bool reservation = m_type->currentData().toString() == QLatin1String("reservation");
    if (!m_published) {
        m_commitment->setEnabled(reservation);
        m_commitment->setToolTip(reservation ? QString() : tr("Pay-as-you-go items have no commitment."));
    }
    if (!reservation)
        selectData(m_commitment, 1);
}

void ItemDialog::fillCommitments()
{
    // Offer only what the period allows; a choice that the new period forbids stays visible (marked) so
    // the rule's message explains why Finish is disabled instead of the value silently changing.
    const int current = m_commitment->currentData().isValid() ? m_commitment->currentData().toInt() : 1;
    const QString period = m_period->currentData().toString();
    const QList<int> allowed = inventory::rules::allowedCommitments(period);
    const QSignalBlocker blocker(m_commitment);
    m_commitment->clear();
    for (int count : allowed)
        m_commitment->addItem(ProductLabels::commitment(period, count), count);
    if (!allowed.contains(current)) {
        m_commitment->addItem(
            tr("%1 (not allowed for this period)")
                .arg(ProductLabels::commitment(m_commitment->property("lastPeriod").toString(), current)),
            current);
    }
    selectData(m_commitment, current);
    m_commitment->setProperty("lastPeriod", period);
}

QJsonObject ItemDialog::value() const
{
    QJsonObject item;
    if (isEditing())
        item = original();
    item.insert(QStringLiteral("name"), m_name->text().trimmed());
    item.insert(QStringLiteral("mpn"), m_mpn->text().trimmed());
    item.insert(QStringLiteral("description"), m_description->toPlainText());
    item.insert(QStringLiteral("type"), m_type->currentData().toString());
    item.insert(QStringLiteral("period"), m_period->currentData().toString());
    QJsonObject unit = item.value(QStringLiteral("unit")).toObject();
    if (unit.value(QStringLiteral("id")).toString() != m_unit->currentData().toString())
        unit = QJsonObject { { QStringLiteral("id"), m_unit->currentData().toString() } };
    item.insert(QStringLiteral("unit"), unit);
    item.insert(QStringLiteral("precision"), m_precision->currentData().toString());
    item.insert(QStringLiteral("commitment"),
        QJsonObject { { QStringLiteral("count"),
            m_commitment->currentData().isValid() ? m_commitment->currentData().toInt() : 1 } });
    if (!item.contains(QStringLiteral("ui")))
        item.insert(QStringLiteral("ui"), QJsonObject { { QStringLiteral("visibility"), true } });
    return item;
}

QStringList ItemDialog::check(const QJsonObject &candidate) const
{
    return m_editor.checkItem(productId(), candidate);
}

} // namespace cv::ui
