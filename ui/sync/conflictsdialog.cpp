#include "ui/sync/conflictsdialog.h"

#include "app/store/cachedatabase.h"
#include "app/store/conflictstore.h"
#include "app/sync/accountsession.h"
#include "app/sync/conflictresolver.h"
#include "app/sync/syncengine.h"
#include "models/sync/conflictmodel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cv::ui {

using sync::Resolution;

namespace {
/// A field as the pages name it ("short_description" -> "Short description"); unknown ones are worded from
/// their path ("customer_ui_settings.action.url" -> "Customer ui settings › Action › Url").
QString fieldLabel(const QString &collection, const QString &field)
{
    static const QHash<QString, const char *> products {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Name") },
        { QStringLiteral("short_description"), QT_TRANSLATE_NOOP("ConflictsDialog", "Short description") },
        { QStringLiteral("detailed_description"), QT_TRANSLATE_NOOP("ConflictsDialog", "Detailed overview") },
        { QStringLiteral("customer_ui_settings.description"),
            QT_TRANSLATE_NOOP("ConflictsDialog", "Service description") },
        { QStringLiteral("customer_ui_settings.getting_started"),
            QT_TRANSLATE_NOOP("ConflictsDialog", "Getting started") },
        { QStringLiteral("customer_ui_settings.download_links"),
            QT_TRANSLATE_NOOP("ConflictsDialog", "Download links") },
        { QStringLiteral("customer_ui_settings.documents"), QT_TRANSLATE_NOOP("ConflictsDialog", "Documentation") },
        { QStringLiteral("customer_ui_settings.action.url"), QT_TRANSLATE_NOOP("ConflictsDialog", "Action URL") },
    };
    static const QHash<QString, const char *> common {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Name") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictsDialog", "Title") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("ConflictsDialog", "Description") },
        { QStringLiteral("mpn"), QT_TRANSLATE_NOOP("ConflictsDialog", "MPN") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("ConflictsDialog", "Type") },
        { QStringLiteral("period"), QT_TRANSLATE_NOOP("ConflictsDialog", "Billing period") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("ConflictsDialog", "Unit") },
        { QStringLiteral("precision"), QT_TRANSLATE_NOOP("ConflictsDialog", "Precision") },
        { QStringLiteral("commitment"), QT_TRANSLATE_NOOP("ConflictsDialog", "Commitment") },
        { QStringLiteral("body"), QT_TRANSLATE_NOOP("ConflictsDialog", "Text") },
        { QStringLiteral("constraints"), QT_TRANSLATE_NOOP("ConflictsDialog", "Constraints") },
        { QStringLiteral("scope"), QT_TRANSLATE_NOOP("ConflictsDialog", "Scope") },
        { QStringLiteral("action"), QT_TRANSLATE_NOOP("ConflictsDialog", "Action ID") },
    };
    const char *known = collection == QLatin1String("products") ? products.value(field) : nullptr;
    if (!known && !(collection == QLatin1String("products") && field == QLatin1String("action")))
        known = common.value(field);
    if (known)
        return QCoreApplication::translate("ConflictsDialog", known);
    QStringList parts;
    for (QString part : field.split(QLatin1Char('.'))) {
        part.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!part.isEmpty())
            part[0] = part[0].toUpper();
        parts << part;
    }
    return parts.join(QStringLiteral(" › "));
}

/// A user's text back to a JSON value of the same kind as the conflict's values.
QJsonValue parseEdited(const QString &text, const QJsonValue &like)
{
    if (like.isString() || like.isUndefined() || like.isNull())
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
}
} // namespace

ConflictsDialog::ConflictsDialog(sync::AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new models::ConflictModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_allMine(new QPushButton(tr("Keep mine for all"), this))
    , m_allTheirs(new QPushButton(tr("Keep theirs for all"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    resize(900, 420);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_edit->setObjectName(QStringLiteral("editValue"));
    m_allMine->setObjectName(QStringLiteral("keepMineForAll"));
    m_allTheirs->setObjectName(QStringLiteral("keepTheirsForAll"));
    m_summary->setWordWrap(true);

    m_model->setFieldLabeler(&fieldLabel);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_keepMine);
    row->addWidget(m_keepTheirs);
    row->addWidget(m_edit);
    row->addStretch();
    row->addWidget(m_allMine);
    row->addWidget(m_allTheirs);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(int(Resolution::KeepMine)); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(int(Resolution::KeepTheirs)); });
    connect(m_edit, &QPushButton::clicked, this, &ConflictsDialog::editSelected);
    connect(m_allMine, &QPushButton::clicked, this, [this] { resolveAll(int(Resolution::KeepMine)); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { resolveAll(int(Resolution::KeepTheirs)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsDialog::updateButtons);
    reload();
}

void ConflictsDialog::reload()
{
    m_model->setHeaderLabels({ tr("Object"), tr("Field"), tr("Last synced"), tr("Mine"), tr("Theirs (server)") });
    m_model->reload(m_session->cache());
    m_summary->setText(m_model->rowCount() == 0
            ? tr("No conflicts: everything you changed offline could be merged.")
            : (m_model->rowCount() == 1 ? tr("One field changed both here and on the server since the last sync.")
                                        : tr("%n fields changed both here and on the server since the last sync.",
                                            nullptr, m_model->rowCount()))
                + QLatin1Char(' ')
                + tr("Choose which value to keep; your other changes to these objects wait until you decide."));
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool any = m_model->rowCount() > 0;
    m_keepMine->setEnabled(selected);
    m_keepTheirs->setEnabled(selected);
    m_edit->setEnabled(selected);
    m_allMine->setEnabled(any);
    m_allTheirs->setEnabled(any);
}

void ConflictsDialog::resolveSelected(int resolution)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_session->engine())
        return;
    sync::SyncEngine *engine = m_session->engine();
    sync::ConflictResolver resolver(*m_session->cache(), engine->objects(), engine->outbox(), engine->conflicts());
    const store::Conflict conflict = m_model->conflictAt(rows.first().row());
    const auto done = resolver.resolve(conflict.id, Resolution(resolution));
    if (!done)
        QMessageBox::warning(this, windowTitle(), tr("The decision could not be saved: %1").arg(done.error()));
    m_session->notifyCacheChanged();
    reload();
}

void ConflictsDialog::resolveAll(int resolution)
{
    if (!m_session->engine())
        return;
    sync::SyncEngine *engine = m_session->engine();
    sync::ConflictResolver resolver(*m_session->cache(), engine->objects(), engine->outbox(), engine->conflicts());
    const auto done = resolver.resolveAll(Resolution(resolution));
    if (!done)
        QMessageBox::warning(this, windowTitle(), tr("The decisions could not be saved: %1").arg(done.error()));
    m_session->notifyCacheChanged();
    reload();
}

void ConflictsDialog::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_session->engine())
        return;
    const store::Conflict conflict = m_model->conflictAt(rows.first().row());
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit %1").arg(m_model->fieldLabel(conflict)),
        tr("Mine: %1\nTheirs: %2\n\nValue to keep:")
            .arg(models::ConflictModel::displayValue(conflict.mine),
                models::ConflictModel::displayValue(conflict.theirs)),
        models::ConflictModel::displayValue(conflict.mine), &ok);
    if (!ok)
        return;
    sync::SyncEngine *engine = m_session->engine();
    sync::ConflictResolver resolver(*m_session->cache(), engine->objects(), engine->outbox(), engine->conflicts());
    const auto done = resolver.resolve(conflict.id, Resolution::UseValue, parseEdited(text, conflict.mine));
    if (!done)
        QMessageBox::warning(this, windowTitle(), tr("The value could not be saved: %1").arg(done.error()));
    m_session->notifyCacheChanged();
    reload();
}

} // namespace cv::ui
