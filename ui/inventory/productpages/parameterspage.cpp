#include "ui/inventory/productpages/parameterspage.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "models/inventory/parametersmodel.h"
#include "ui/inventory/productpages/capabilitiespage.h"
#include "ui/inventory/productpages/parameterdialog.h"
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
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

ParametersPage::ParametersPage(inventory::ProductEditor &editor, store::ObjectRepository &objects,
    const QString &productId, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_model(new models::ParametersModel(this))
    , m_proxy(new WordingProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_add(new QPushButton(lineIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Parameter"), this))
    , m_capabilities(new CapabilitiesPage(editor, objects, productId, undoStack, this))
{
    using M = models::ParametersModel;
    m_model->setRepository(&m_objects);
    m_model->setHeaderLabels({ tr("ID"), tr("Title"), tr("Type"), tr("Phase"), tr("Scope"), tr("Required") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setWording(
        M::TypeColumn, [](const QVariant &v, const QString &) { return ProductLabels::parameterType(v.toString()); });
    m_proxy->setWording(
        M::PhaseColumn, [](const QVariant &v, const QString &) { return ProductLabels::phase(v.toString()); });
    m_proxy->setWording(
        M::ScopeColumn, [](const QVariant &v, const QString &) { return ProductLabels::scope(v.toString()); });
    m_proxy->setWording(M::RequiredColumn,
        [](const QVariant &v, const QString &) { return v.toBool() ? tr("Required") : tr("Optional"); });

    auto *title = new QLabel(tr("Parameters"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto *list = new QWidget(this);
    auto *intro = new QLabel(tr("Ordering parameters are asked from the customer; fulfillment parameters are "
                                "filled in by you while processing the request. Use an ID in templates as "
                                "{{ id }}."),
        list);
    intro->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addParameterButton"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_add->setToolTip(tr("Add a parameter (Ctrl+N)"));
    m_filter->setPlaceholderText(tr("Filter by ID"));
    m_filter->setAccessibleName(tr("Filter parameters"));
    m_filter->setAccessibleDescription(tr("Matches the parameter's ID"));
    m_table->setAccessibleName(tr("Parameters"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(240);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_add);
    toolbar->addStretch(1);
    toolbar->addWidget(m_filter);
    setUpRecordTable(m_table, m_proxy, QStringLiteral("parametersTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(M::TitleColumn, QHeaderView::Stretch);
    auto *pencil = new PencilDelegate(this);
    m_table->setItemDelegateForColumn(M::RequiredColumn, pencil);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addWidget(intro);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_table, 1);

    m_tabs->addTab(list, tr("&Parameters"));
    m_tabs->addTab(m_capabilities, tr("&Capabilities"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_add, &QPushButton::clicked, this, &ParametersPage::openAddDialog);
    connect(pencil, &PencilDelegate::editRequested, this, &ParametersPage::openEditDialog);
    connect(
        m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openEditDialog(index.row()); });
    connect(m_filter, &QLineEdit::textChanged, m_model, &M::setFilterText);
    connect(m_capabilities, &CapabilitiesPage::changed, this, &ParametersPage::changed);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &ParametersPage::reload);
    reload();
}

void ParametersPage::setProductId(const QString &productId)
{
    m_productId = productId;
    m_capabilities->setProductId(productId);
    reload();
}

void ParametersPage::reload()
{
    m_model->reload(m_productId);
}

ParameterDialog *ParametersPage::openAddDialog()
{
    auto *dialog = new ParameterDialog(m_editor, m_productId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->saveHandler = [this](const QJsonObject &parameter) { return save({}, {}, parameter); };
    dialog->open();
    return dialog;
}

ParameterDialog *ParametersPage::openEditDialog(int row)
{
    const QString id = m_model->idAt(row);
    const auto cached = m_objects.get(QStringLiteral("parameters"), id);
    if (!cached)
        return nullptr;
    const QJsonObject before = cached->json;
    auto *dialog = new ParameterDialog(m_editor, m_productId, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The id is read when saving: a sync may give the object its server id meanwhile.
    dialog->saveHandler = [this, dialog, before](const QJsonObject &p) { return save(dialog->objectId(), before, p); };
    dialog->deleteHandler = [this, dialog] { return remove(dialog->objectId()); };
    dialog->open();
    return dialog;
}

QStringList ParametersPage::save(const QString &id, const QJsonObject &before, const QJsonObject &after)
{
    const QString name = after.value(QStringLiteral("name")).toString();
    const EditOutcome outcome = saveUndoable(m_editor, m_undo, QStringLiteral("parameters"), m_productId, id, before,
        after, id.isEmpty() ? tr("Add parameter %1").arg(name) : tr("Edit parameter %1").arg(name));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
    }
    return outcome.errors;
}

QStringList ParametersPage::remove(const QString &id)
{
    const auto cached = m_objects.get(QStringLiteral("parameters"), id);
    const QJsonObject json = cached ? cached->json : QJsonObject();
    const EditOutcome outcome = removeUndoable(m_editor, m_undo, QStringLiteral("parameters"), m_productId, id, json,
        tr("Delete parameter %1").arg(json.value(QStringLiteral("name")).toString()));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
        Q_EMIT deleted(tr("Parameter “%1” deleted.").arg(json.value(QStringLiteral("name")).toString()));
    }
    return outcome.errors;
}

} // namespace cv::ui
