#include "ui/usage/usagepage.h"
#include "ui/shell/filedialogs.h"

#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "app/usage/usageactions.h"
#include "models/usage/usagemodels.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/agreements/sendsoon.h"
#include "ui/shell/tables.h"
#include "ui/style/lineicon.h"
#include "ui/usage/createusagefiledialog.h"
#include "ui/usage/uploadcheckdialog.h"
#include "ui/usage/usagefilepage.h"
#include "ui/usage/usagelabels.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>

namespace cv::ui {

namespace {

constexpr qint64 kMaxUploadBytes = 100 * 1024 * 1024; // Connect's upload limit is far below; a bigger file is a mistake

} // namespace

UsagePage::UsagePage(QWidget *parent)
    : ModulePage(core::ModuleId::Usage, parent)
    , m_search(new QLineEdit(listPage()))
    , m_status(new QComboBox(listPage()))
    , m_create(new QPushButton(listPage()))
    , m_template(new QPushButton(listPage()))
    , m_upload(new QPushButton(listPage()))
    , m_hint(new QLabel(listPage()))
    , m_table(new QTableView(listPage()))
    , m_files(new models::UsageFilesModel(this))
    , m_filePage(new UsageFilePage(this))
{
    m_search->setObjectName(QStringLiteral("usageSearch"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("usageStatusFilter"));
    m_create->setObjectName(QStringLiteral("createUsageFile"));
    m_create->setIcon(lineIcon(QStringLiteral(":/icons/add.svg")));
    m_template->setObjectName(QStringLiteral("usageTemplate"));
    m_upload->setObjectName(QStringLiteral("usageUpload"));
    m_hint->setWordWrap(true);
    m_files->setWording([](const QString &raw) { return UsageLabels::status(raw); },
        [](const QDateTime &time) { return AgreementLabels::dateTime(time); });
    setUpRecordTable(m_table, m_files, QStringLiteral("usageFiles"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::UsageFilesModel::CreatedColumn, Qt::DescendingOrder);
    // At 1024 pixels the id would squeeze the name: it is searchable and shown on the file's page.
    m_table->setColumnHidden(models::UsageFilesModel::IdColumn, true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::UsageFilesModel::ProductColumn, QHeaderView::Stretch);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_status);
    toolbar->addWidget(m_create);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_template);
    actions->addWidget(m_upload);
    actions->addWidget(m_hint, 1);
    auto *listLayout = new QVBoxLayout(listPage());
    listLayout->setContentsMargins(listMargins());
    listLayout->addLayout(takeHeading());
    listLayout->addSpacing(8);
    listLayout->addLayout(toolbar);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_table, 1);
    addDetailPage(m_filePage);

    connect(m_search, &QLineEdit::textChanged, m_files, &models::UsageFilesModel::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_files->setStatusFilter(m_status->currentData().toString()); });
    connect(m_create, &QPushButton::clicked, this, [this] { (void)createFile(); });
    connect(m_template, &QPushButton::clicked, this, [this] { askTemplate(selectedId()); });
    connect(m_upload, &QPushButton::clicked, this, [this] { askUpload(selectedId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsagePage::updateButtons);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openFile(m_files->idAt(index.row())); });
    connect(m_filePage, &UsageFilePage::backRequested, this, &UsagePage::showList);
    connect(m_filePage, &UsageFilePage::templateRequested, this, &UsagePage::askTemplate);
    connect(m_filePage, &UsageFilePage::actionRequested, this, [this](const QString &id, usage::FileAction action) {
        if (action == usage::FileAction::Upload)
            askUpload(id);
        else
            askAction(id, action);
    });
    retranslate();
}

UploadCheckDialog *UsagePage::lastCheckDialog() const
{
    return m_checkDialog;
}

void UsagePage::onAttached(sync::AccountServices *services)
{
    m_filePage->setServices(services);
    m_files->setRepository(services ? &services->objects() : nullptr);
    if (m_checkDialog)
        m_checkDialog->close();
    showList();
    updateButtons();
    if (!services)
        return;
    connect(services, &sync::AccountServices::synced, this,
        [this](const sync::SyncSummary &summary) { reload(summary.renamedIds); });
    connect(services, &sync::AccountServices::cacheChanged, this, [this] { reload(); });
}

void UsagePage::reload(const QHash<QString, QString> &renamed)
{
    m_files->reload();
    m_filePage->refresh(renamed);
    updateButtons();
}

QString UsagePage::selectedId() const
{
    const QModelIndexList selected
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return selected.isEmpty() ? QString() : m_files->idAt(selected.first().row());
}

void UsagePage::updateButtons()
{
    const QString id = selectedId();
    const auto *row = id.isEmpty() ? nullptr : m_files->rowAt(m_files->rowOf(id));
    m_create->setEnabled(services() != nullptr);
    m_template->setEnabled(services() && row);
    m_upload->setEnabled(services() && row && usage::isAllowed(usage::FileAction::Upload, row->kind));
}

CreateUsageFileDialog *UsagePage::createFile()
{
    if (!services())
        return nullptr;
    auto *dialog = new CreateUsageFileDialog(services()->usageActions(), canReachConnect(services()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        openFile(dialog->createdId());
        sendSoon(services(), this);
    });
    dialog->open();
    return dialog;
}

core::Result<bool, QString> UsagePage::downloadTemplate(const QString &fileId, const QString &path)
{
    if (!services())
        return tr("No account is open.");
    const auto xlsx = services()->usageActions().templateFor(fileId);
    if (!xlsx)
        return tr("The template could not be made: %1").arg(xlsx.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xlsx.value()) != xlsx.value().size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return true;
}

core::Result<bool, QString> UsagePage::uploadFile(const QString &fileId, const QString &path)
{
    if (!services())
        return tr("No account is open.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > kMaxUploadBytes)
        return tr("%1 is too large for a usage file (%2 MB).")
            .arg(QDir::toNativeSeparators(path))
            .arg(file.size() / (1024 * 1024));
    const QByteArray xlsx = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    usage::UsageActions &actions = services()->usageActions();
    const usage::UploadCheck check = actions.check(fileId, xlsx);
    if (!check.ok()) {
        if (m_checkDialog)
            m_checkDialog->close();
        m_checkDialog = new UploadCheckDialog(check, xlsx, fileName, this);
        m_checkDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_checkDialog->open();
        return false;
    }
    const auto queued = actions.upload(fileId, xlsx, fileName);
    if (!queued)
        return tr("The upload was not queued: %1").arg(queued.error());
    reload();
    sendSoon(services(), this);
    return true;
}

core::Result<bool, QString> UsagePage::runAction(const QString &fileId, usage::FileAction action, const QString &note)
{
    if (!services())
        return tr("No account is open.");
    const auto done = services()->usageActions().run(fileId, action, note);
    if (!done)
        return done.error();
    reload();
    sendSoon(services(), this);
    return true;
}

void UsagePage::askTemplate(const QString &fileId)
{
    if (fileId.isEmpty() || !services())
        return;
    const auto file = services()->objects().get(QStringLiteral("usage_files"), fileId);
    const QString product = file
        ? file->json.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString()
        : QString();
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("usage"), tr("Save usage template"),
        QStringLiteral("usage_template_%1.xlsx").arg(product), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const auto written = downloadTemplate(fileId, path);
    if (!written)
        QMessageBox::warning(this, tr("Usage template"), written.error());
    else // said where the vendor looks: beside the buttons
        m_hint->setText(tr("Template saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void UsagePage::askUpload(const QString &fileId)
{
    if (fileId.isEmpty())
        return;
    const QString path = FileDialogs::openFileName(
        this, QStringLiteral("usage"), tr("Upload usage file"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const auto uploaded = uploadFile(fileId, path);
    if (!uploaded)
        QMessageBox::warning(this, tr("Upload usage file"), uploaded.error());
}

void UsagePage::askAction(const QString &fileId, usage::FileAction action)
{
    QString note;
    if (action == usage::FileAction::Reject || action == usage::FileAction::Accept) {
        bool ok = false;
        note = QInputDialog::getText(this, UsageLabels::action(action),
            action == usage::FileAction::Reject ? tr("Why is the usage rejected? (required)")
                                                : tr("Acceptance note (optional):"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const auto done = runAction(fileId, action, note);
    if (!done)
        QMessageBox::warning(this, tr("Usage file"), done.error());
}

void UsagePage::openFile(const QString &id)
{
    if (id.isEmpty())
        return;
    m_filePage->showFile(id);
    stack()->setCurrentWidget(m_filePage);
}

bool UsagePage::openObject(const QString &id)
{
    if (!services() || !services()->objects().get(QStringLiteral("usage_files"), id))
        return false;
    openFile(id);
    return true;
}

void UsagePage::retranslate()
{
    ModulePage::retranslate();
    m_search->setPlaceholderText(tr("Search by name, product, marketplace or id"));
    m_search->setAccessibleName(tr("Search usage files"));
    m_search->setAccessibleDescription(tr("Matches the file's name, product, marketplace or ID"));
    m_table->setAccessibleName(tr("Usage files"));
    m_status->setAccessibleName(tr("Status filter"));
    m_create->setText(tr("Create usage file…"));
    m_template->setText(tr("Download template…"));
    m_upload->setText(tr("Upload…"));
    m_hint->setText(tr("Select a file to download its template or upload its filled spreadsheet; open it for its "
                       "records and actions."));
    {
        const QVariant current = m_status->currentData();
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("Any status"), QString());
        for (const QString &status : usage::fileStatuses())
            m_status->addItem(UsageLabels::status(status), status);
        const int index = m_status->findData(current);
        m_status->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_files->setHeaderLabels({ tr("Name"), tr("Id"), tr("Product"), tr("Marketplace"), tr("Period"), tr("Schema"),
        tr("Status"), tr("Records"), tr("Created") });
    m_filePage->retranslate();
}

} // namespace cv::ui
