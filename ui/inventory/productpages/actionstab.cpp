#include "ui/inventory/productpages/actionstab.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "models/inventory/actionsmodel.h"
#include "ui/inventory/productpages/actiondialog.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/inventory/productpages/productlabels.h"
#include "ui/inventory/productpages/wordingproxymodel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>

#include "ui/shell/tables.h"
#include "ui/style/lineicon.h"
#include "ui/style/theme.h"
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
const QString kActions = QStringLiteral("actions");
const QString kSettings = QStringLiteral("customer_ui_settings");
} // namespace

ActionsTab::ActionsTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
    QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_model(new models::ActionsModel(this))
    , m_proxy(new WordingProxyModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(lineIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Action"), this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_secret(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_regenerate(new QPushButton(tr("Regenerate"), this))
    , m_secretNote(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_error(new QLabel(this))
{
    using M = models::ActionsModel;
    m_model->setRepository(&m_objects);
    m_model->setHeaderLabels({ tr("Action ID"), tr("Name"), tr("Title"), tr("Scope"), tr("Description") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setWording(
        M::ScopeColumn, [](const QVariant &v, const QString &) { return ProductLabels::scope(v.toString()); });
    setUpRecordTable(m_table, m_proxy, QStringLiteral("actionsTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(M::DescriptionColumn, QHeaderView::Stretch);
    m_table->hideColumn(M::TitleColumn); // name and title are kept equal by the dialog
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_edit->setObjectName(QStringLiteral("editActionButton"));
    m_delete->setObjectName(QStringLiteral("deleteActionButton"));
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_regenerate->setObjectName(QStringLiteral("regenerateSecretButton"));
    m_secret->setObjectName(QStringLiteral("secretLabel"));
    m_url->setObjectName(QStringLiteral("actionUrl"));
    m_url->setPlaceholderText(tr("https://your-service.example.com/sso"));
    m_secretNote->setWordWrap(true);
    Theme::setTone(m_secretNote, Tone::Muted);
    Theme::setTone(m_error, Tone::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);

    auto *intro = new QLabel(tr("Actions are buttons customers see on their subscription; a click opens your "
                                "target URL with a signed JWT."),
        this);
    intro->setWordWrap(true);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    toolbar->addStretch(1);

    auto *link = new QGroupBox(tr("Action link"), this);
    auto *form = new QFormLayout(link);
    form->addRow(tr("Target &URL:"), m_url);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret);
    secretRow->addStretch(1);
    secretRow->addWidget(m_copy);
    secretRow->addWidget(m_regenerate);
    form->addRow(tr("JWT secret:"), secretRow);
    form->addRow(QString(), m_secretNote);

    // The link (URL and JWT secret, which the lab sets up first) above the list of actions: below a table that
    // takes the page's height it was out of sight at 1024x700.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(link);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &ActionsTab::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            openEditDialog(m_table->currentIndex().row());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_table->currentIndex().isValid())
            return;
        const QStringList refused = remove(m_model->idAt(m_table->currentIndex().row()));
        m_error->setText(refused.join(QLatin1Char('\n')));
        m_error->setVisible(!refused.isEmpty());
    });
    connect(
        m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openEditDialog(index.row()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_knownSecret.isEmpty())
            QGuiApplication::clipboard()->setText(m_knownSecret);
    });
    connect(m_regenerate, &QPushButton::clicked, this, &ActionsTab::regenerate);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_debounce, &QTimer::timeout, this, &ActionsTab::flush);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &ActionsTab::reload);
    setKnownSecret({});
    reload();
}

void ActionsTab::setProductId(const QString &productId)
{
    // The product took its server id: an edit still waiting for the debounce is saved under it.
    m_productId = productId;
    reload();
}

void ActionsTab::reload()
{
    m_model->reload(m_productId);
    const bool hasRows = m_model->rowCount() > 0;
    m_edit->setEnabled(hasRows);
    m_delete->setEnabled(hasRows);
    if (m_debounce->isActive())
        return;
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    const QString url = product ? product->json.value(kSettings)
                                      .toObject()
                                      .value(QStringLiteral("action"))
                                      .toObject()
                                      .value(QStringLiteral("url"))
                                      .toString()
                                : QString();
    if (m_url->text() != url)
        m_url->setText(url);
}

void ActionsTab::setKnownSecret(const QString &secret)
{
    m_knownSecret = secret;
    m_secret->setText(QStringLiteral("••••••"));
    m_copy->setEnabled(!secret.isEmpty());
    m_copy->setToolTip(secret.isEmpty() ? tr("The secret is only shown while it is known from the server; it is "
                                             "never stored on this computer.")
                                        : tr("Copy the secret to the clipboard"));
    // Why Copy is off is said on the page, not only in a tooltip.
    m_secretNote->setText(secret.isEmpty()
            ? tr("Copy works once the secret has been read from Connect: when the app is online and the product "
                 "is on Connect. It is kept in memory only, never stored on this computer.")
            : tr("Read from Connect; kept in memory only, never stored on this computer."));
}

void ActionsTab::regenerate()
{
    auto queued = m_editor.regenerateActionSecret(m_productId);
    if (!queued) {
        m_secretNote->setText(queued.error().errors.join(QLatin1Char('\n')));
        return;
    }
    ++m_secretEpoch; // a read of the secret already on its way would bring back the old one
    setKnownSecret({}); // the old secret is about to stop working
    m_secretNote->setText(tr("A new secret was requested. It appears after the next sync from the server; "
                             "update your service with it then."));
}

void ActionsTab::flush()
{
    m_debounce->stop();
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    if (!product)
        return;
    const QJsonObject before = product->json.value(kSettings).toObject();
    QJsonObject settings = before;
    QJsonObject action = settings.value(QStringLiteral("action")).toObject();
    if (action.value(QStringLiteral("url")).toString() == m_url->text().trimmed())
        return;
    action.insert(QStringLiteral("url"), m_url->text().trimmed());
    settings.insert(QStringLiteral("action"), action);
    const auto saved = updateProductUndoable(m_editor, m_undo, m_productId, QJsonObject { { kSettings, before } },
        QJsonObject { { kSettings, settings } }, tr("Change the action URL"));
    if (!saved.errors.isEmpty()) {
        m_error->setText(saved.errors.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT changed();
}

ActionDialog *ActionsTab::openAddDialog()
{
    auto *dialog = new ActionDialog(m_editor, m_productId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->saveHandler = [this](const QJsonObject &action) { return save({}, {}, action); };
    dialog->open();
    return dialog;
}

ActionDialog *ActionsTab::openEditDialog(int row)
{
    const QString id = m_model->idAt(row);
    const auto cached = m_objects.get(kActions, id);
    if (!cached)
        return nullptr;
    const QJsonObject before = cached->json;
    auto *dialog = new ActionDialog(m_editor, m_productId, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The id is read when saving: a sync may give the object its server id meanwhile.
    dialog->saveHandler
        = [this, dialog, before](const QJsonObject &action) { return save(dialog->objectId(), before, action); };
    dialog->deleteHandler = [this, dialog] { return remove(dialog->objectId()); };
    dialog->open();
    return dialog;
}

QStringList ActionsTab::save(const QString &id, const QJsonObject &before, const QJsonObject &after)
{
    const QString name = after.value(QStringLiteral("name")).toString();
    const EditOutcome outcome = saveUndoable(m_editor, m_undo, kActions, m_productId, id, before, after,
        id.isEmpty() ? tr("Add action %1").arg(name) : tr("Edit action %1").arg(name));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
    }
    return outcome.errors;
}

QStringList ActionsTab::remove(const QString &id)
{
    const auto cached = m_objects.get(kActions, id);
    const QJsonObject json = cached ? cached->json : QJsonObject();
    const EditOutcome outcome = removeUndoable(m_editor, m_undo, kActions, m_productId, id, json,
        tr("Delete action %1").arg(json.value(QStringLiteral("name")).toString()));
    if (outcome.changed) {
        reload();
        Q_EMIT changed();
        Q_EMIT deleted(tr("Action “%1” deleted.").arg(json.value(QStringLiteral("name")).toString()));
    }
    return outcome.errors;
}

} // namespace cv::ui
