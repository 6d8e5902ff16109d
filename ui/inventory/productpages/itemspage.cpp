#include "ui/inventory/productpages/itemspage.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "models/inventory/itemsmodel.h"
#include "ui/inventory/productpages/itemdialog.h"
#include "ui/inventory/productpages/pencildelegate.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/inventory/productpages/productlabels.h"
#include "ui/inventory/productpages/wordingproxymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>

#include "ui/shell/tables.h"
#include "ui/style/lineicon.h"
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

ItemsPage::ItemsPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
    QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_model(new models::ItemsModel(this))
    , m_proxy(new WordingProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_newItem(new QPushButton(lineIcon(QStringLiteral(":/icons/add.svg")), tr("&New Item"), this))
{
    m_model->setRepository(&m_objects);
    m_model->setHeaderLabels({ tr("Name"), tr("MPN"), tr("Type"), tr("Billing period"), tr("Unit"), tr("Status") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setWording(models::ItemsModel::TypeColumn,
        [](const QVariant &v, const QString &) { return ProductLabels::itemType(v.toString()); });
    m_proxy->setWording(models::ItemsModel::PeriodColumn,
        [](const QVariant &v, const QString &) { return ProductLabels::period(v.toString()); });
    m_proxy->setWording(models::ItemsModel::UnitColumn, [](const QVariant &id, const QString &shown) {
        for (const auto &[unit, title] : ProductLabels::builtinUnits()) {
            if (unit == id.toString())
                return title;
        }
        return shown;
    });
    m_proxy->setWording(models::ItemsModel::StatusColumn,
        [](const QVariant &v, const QString &) { return ProductLabels::status(v.toString()); });

    auto *title = new QLabel(tr("Items"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("The SKUs customers buy. Reservation items are bought in advance (users, "
                                "licenses); pay-as-you-go items are billed monthly from reported usage."),
        this);
    intro->setWordWrap(true);

    m_newItem->setObjectName(QStringLiteral("newItemButton"));
    m_newItem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newItem->setToolTip(tr("Add an item (Ctrl+N)"));
    m_filter->setPlaceholderText(tr("Filter by name or MPN"));
    m_filter->setAccessibleName(tr("Filter items"));
    m_filter->setAccessibleDescription(tr("Matches the item's name or MPN"));
    m_table->setAccessibleName(tr("Items"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(240);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newItem);
    toolbar->addStretch(1);
    toolbar->addWidget(m_filter);

    setUpRecordTable(m_table, m_proxy, QStringLiteral("itemsTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::ItemsModel::NameColumn, QHeaderView::Stretch);
    auto *pencil = new PencilDelegate(this);
    m_table->setItemDelegateForColumn(models::ItemsModel::StatusColumn, pencil);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    setTabOrder(m_newItem, m_filter);
    setTabOrder(m_filter, m_table);

    connect(m_newItem, &QPushButton::clicked, this, &ItemsPage::openNewItemDialog);
    connect(pencil, &PencilDelegate::editRequested, this, &ItemsPage::openEditDialog);
    connect(
        m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openEditDialog(index.row()); });
    connect(m_filter, &QLineEdit::textChanged, m_model, &models::ItemsModel::setFilterText);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &ItemsPage::reload);
    reload();
}

void ItemsPage::setProductId(const QString &productId)
{
    m_productId = productId;
    reload();
}

void ItemsPage::reload()
{
    m_model->reload(m_productId);
}

QList<QPair<QString, QString>> ItemsPage::units() const
{
    // Connect's built-in units, plus any other unit (custom "CU-..." ones) the cached items use.
    QList<QPair<QString, QString>> list = ProductLabels::builtinUnits();
    QStringList known;
    for (const auto &unit : std::as_const(list))
        known << unit.first;
    for (const store::CachedObject &item : m_objects.list(QStringLiteral("items"), QString())) {
        const QJsonObject unit = item.json.value(QStringLiteral("unit")).toObject();
        const QString id = unit.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || known.contains(id))
            continue;
        known << id;
        QString title = unit.value(QStringLiteral("title")).toString();
        if (title.isEmpty())
            title = unit.value(QStringLiteral("name")).toString();
        list << qMakePair(id, title.isEmpty() ? id : tr("%1 (%2)").arg(title, id));
    }
    return list;
}

ItemDialog *ItemsPage::openNewItemDialog()
{
    auto *dialog = new ItemDialog(m_editor, m_productId, {}, units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->saveHandler = [this](const QJsonObject &item) { return save({}, {}, item); };
    dialog->open();
    return dialog;
}

ItemDialog *ItemsPage::openEditDialog(int row)
{
    const QString id = m_model->idAt(row);
    const auto cached = m_objects.get(QStringLiteral("items"), id);
    if (!cached)
        return nullptr;
    const QJsonObject before = cached->json;
    auto *dialog = new ItemDialog(m_editor, m_productId, before, units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The id is read when saving: a sync may give the object its server id meanwhile.
    dialog->saveHandler
        = [this, dialog, before](const QJsonObject &item) { return save(dialog->objectId(), before, item); };
    dialog->deleteHandler = [this, dialog] { return remove(dialog->objectId()); };
    dialog->open();
    return dialog;
}

QStringList ItemsPage::save(const QString &id, const QJsonObject &before, const QJsonObject &after)
{
    const QString name = after.value(QStringLiteral("name")).toString();
    const EditOutcome outcome = saveUndoable(m_editor, m_undo, QStringLiteral("items"), m_productId, id, before, after,
        id.isEmpty() ? tr("Add item %1").arg(name) : tr("Edit item %1").arg(name));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
    }
    return outcome.errors;
}

QStringList ItemsPage::remove(const QString &id)
{
    const auto cached = m_objects.get(QStringLiteral("items"), id);
    const QJsonObject json = cached ? cached->json : QJsonObject();
    const EditOutcome outcome = removeUndoable(m_editor, m_undo, QStringLiteral("items"), m_productId, id, json,
        tr("Delete item %1").arg(json.value(QStringLiteral("name")).toString()));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
        Q_EMIT deleted(tr("Item “%1” deleted.").arg(json.value(QStringLiteral("name")).toString()));
    }
    return outcome.errors;
}

} // namespace cv::ui
