#include "ui/inventory/publishpage.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/inventory/productendpoints.h"
#include "app/sync/accountsession.h"
#include "ui/inventory/inventorypage.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cv::ui {

using inventory::PublishCheckItem;
using inventory::PublishDiffEntry;

PublishPage::PublishPage(const InventoryContext &context, const QString &productId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_productId(productId)
    , m_stack(new QStackedWidget(this))
    , m_overview(new QWidget)
    , m_progress(new QWidget)
    , m_success(new QWidget)
    , m_title(new QLabel(m_overview))
    , m_checklistHeading(new QLabel(m_overview))
    , m_checklist(new QListWidget(m_overview))
    , m_warningsHeading(new QLabel(m_overview))
    , m_warnings(new QLabel(m_overview))
    , m_diffHeading(new QLabel(m_overview))
    , m_diff(new QTreeWidget(m_overview))
    , m_error(new QLabel(m_overview))
    , m_offline(new QLabel(m_overview))
    , m_publish(new QPushButton(m_overview))
    , m_progressLabel(new QLabel(m_progress))
    , m_successTitle(new QLabel(m_success))
    , m_successVersion(new QLabel(m_success))
    , m_done(new QPushButton(m_success))
{
    setObjectName(QStringLiteral("publishPage"));
    m_checklist->setObjectName(QStringLiteral("publishChecklist"));
    m_diff->setObjectName(QStringLiteral("publishDiff"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_successTitle->setObjectName(QStringLiteral("publishSuccessTitle"));
    m_successVersion->setObjectName(QStringLiteral("publishSuccessVersion"));
    m_error->setObjectName(QStringLiteral("publishError"));
    m_title->setProperty("pageHeading", true);
    for (QLabel *heading : { m_checklistHeading, m_warningsHeading, m_diffHeading })
        heading->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    m_checklist->setFrameShape(QFrame::NoFrame);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setStyleSheet(
        QStringLiteral("QListWidget { background: transparent; } QListWidget::item { padding: 3px; }"));
    m_warnings->setWordWrap(true);
    Theme::setStyleProperty(m_warnings, "notice", true);
    m_diff->setColumnCount(3);
    m_diff->setRootIsDecorated(true);
    m_diff->setUniformRowHeights(true);
    m_diff->setMinimumHeight(180);
    m_diff->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_diff->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_diff->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_offline->setWordWrap(true);
    Theme::setTone(m_offline, Tone::Muted);
    m_publish->setDefault(true);
    m_publish->setStyleSheet(QStringLiteral("QPushButton { padding: 6px 18px; }"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_checklistHeading);
    layout->addWidget(m_checklist);
    layout->addWidget(m_warningsHeading);
    layout->addWidget(m_warnings);
    layout->addWidget(m_diffHeading);
    layout->addWidget(m_diff, 1);
    // The error and the Publish button stay below the scrolling part: always whole on screen, even at
    // 1024x700 where the checklist and the changes need scrolling.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(9, 4, 9, 4);
    buttons->addWidget(m_offline, 1);
    buttons->addWidget(m_publish, 0, Qt::AlignBottom);
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(m_overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    overviewLayout->addWidget(scroll, 1);
    m_error->setContentsMargins(9, 0, 9, 0);
    overviewLayout->addWidget(m_error);
    overviewLayout->addLayout(buttons);

    auto *progressLayout = new QVBoxLayout(m_progress);
    auto *bar = new QProgressBar(m_progress);
    bar->setRange(0, 0);
    bar->setMaximumWidth(360);
    m_progressLabel->setAlignment(Qt::AlignCenter);
    progressLayout->addStretch(1);
    progressLayout->addWidget(m_progressLabel, 0, Qt::AlignCenter);
    progressLayout->addWidget(bar, 0, Qt::AlignCenter);
    progressLayout->addStretch(1);

    auto *successLayout = new QVBoxLayout(m_success);
    m_successTitle->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    Theme::setTone(m_successTitle, Tone::Success);
    m_successTitle->setAlignment(Qt::AlignCenter);
    m_successVersion->setAlignment(Qt::AlignCenter);
    m_successVersion->setWordWrap(true);
    successLayout->addStretch(1);
    successLayout->addWidget(m_successTitle);
    successLayout->addWidget(m_successVersion);
    successLayout->addWidget(m_done, 0, Qt::AlignCenter);
    successLayout->addStretch(1);

    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_success);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 8, 8, 8);
    outer->addWidget(m_stack);

    connect(m_publish, &QPushButton::clicked, this, &PublishPage::publish);
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentWidget(m_overview);
        refresh();
    });
    retranslate();
}

PublishPage::~PublishPage() = default;

void PublishPage::setProductId(const QString &productId)
{
    if (productId == m_productId)
        return;
    m_productId = productId;
    ++m_fetchGeneration; // an answer about the old id is dropped
    if (!m_publishing && m_stack->currentWidget() == m_overview)
        refresh();
}

void PublishPage::setSession(sync::AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &sync::AccountSession::synced, this, [this] {
            if (!m_publishing && m_stack->currentWidget() == m_overview)
                refresh();
        });
        connect(session, &sync::AccountSession::connectionChanged, this, [this] {
            if (!m_publishing)
                m_publish->setEnabled(isOnline() && inventory::canPublish(m_check));
        });
    }
}

sync::AccountSession *PublishPage::session() const
{
    if (m_session)
        return m_session;
    if (m_context.session)
        return m_context.session;
    for (QWidget *widget = parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto *inventory = qobject_cast<InventoryPage *>(widget))
            return inventory->session();
    }
    return nullptr;
}

bool PublishPage::isOnline() const
{
    sync::AccountSession *s = session();
    return s && s->client()
        && (s->connection() == sync::AccountSession::Connection::Online
            || s->connection() == sync::AccountSession::Connection::Syncing);
}

QString PublishPage::currentScreen() const
{
    if (m_stack->currentWidget() == m_progress)
        return QStringLiteral("progress");
    if (m_stack->currentWidget() == m_success)
        return QStringLiteral("success");
    return QStringLiteral("overview");
}

void PublishPage::showEvent(QShowEvent *event)
{
    if (!m_session && session())
        setSession(session());
    QWidget::showEvent(event);
    if (!m_publishing && m_stack->currentWidget() == m_overview)
        refresh();
}

void PublishPage::refresh()
{
    if (!m_context.isValid() || m_productId.isEmpty())
        return;
    m_draft = inventory::readPublishDraft(*m_context.objects, *m_context.outbox, m_productId);
    m_check = inventory::publishChecklist(m_draft);
    showChecklist();
    m_warnings->setText(warningText());
    const bool online = isOnline();
    m_publish->setEnabled(online && inventory::canPublish(m_check) && !m_publishing);
    m_offline->setText(!online
            ? tr(
                "Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.")
            : !inventory::canPublish(m_check) ? tr("Complete the required steps (marked ✗) to publish.")
                                              : QString());
    const int versions = m_draft.product.value(QStringLiteral("stats"))
                             .toObject()
                             .value(QStringLiteral("versions"))
                             .toInt(m_draft.product.value(QStringLiteral("version")).toInt());
    if (versions > 0 && online && !m_productId.startsWith(QLatin1String("local:")))
        fetchLastVersion();
    else if (versions > 0)
        //: %1 is the number of the last published version of the product.
        showUnknownBase(versions,
            tr("Changes since version %1: not known, because the published version is read from Connect and there "
               "is no connection now")
                .arg(versions));
    else
        showDiff(std::nullopt);
}

void PublishPage::showUnknownBase(int version, const QString &heading)
{
    // Without the published version nothing can be called added or changed: say so rather than guess.
    m_diff->clear();
    m_diffHeading->setText(heading);
    new QTreeWidgetItem(m_diff, { tr("Connect to compare this draft with version %1.").arg(version) });
    m_diffReady = true;
    Q_EMIT diffReady();
}

QString PublishPage::checkText(const PublishCheckItem &item) const
{
    switch (item.key) {
    case PublishCheckItem::Profile:
        // One whole sentence per case: a translation cannot join translated fragments correctly.
        if (item.done)
            return tr("Profile: short and detailed descriptions are filled in");
        if (!item.missing.contains(QStringLiteral("detailed_description")))
            return tr("Profile: add the short description");
        if (!item.missing.contains(QStringLiteral("short_description")))
            return tr("Profile: add the detailed description");
        return tr("Profile: add the short and detailed descriptions");
    case PublishCheckItem::Items:
        return item.done ? tr("Items: at least one item is defined") : tr("Items: add at least one item (required)");
    case PublishCheckItem::Parameters:
        return item.done ? tr("Parameters: defined") : tr("Parameters: none defined yet");
    case PublishCheckItem::Templates:
        if (item.done)
            return tr("Templates: the activation template uses only known parameters");
        if (item.missing.contains(QStringLiteral("no_activation_template")))
            return tr("Templates: there is no activation (asset fulfillment) template");
        return tr("Templates: unknown or broken placeholders in the activation template: %1")
            .arg(item.missing.join(QStringLiteral(", ")));
    case PublishCheckItem::Preview:
        return item.done ? tr("Preview: a preview request was run") : tr("Preview: not run yet (recommended)");
    case PublishCheckItem::Synced:
        return item.done ? tr("Synced: Connect has every change of the product")
                         : tr("Synced: changes wait on this computer; sync first (F5) (required)");
    }
    return {};
}

void PublishPage::showChecklist()
{
    m_checklist->clear();
    for (const PublishCheckItem &item : std::as_const(m_check)) {
        const QString mark = item.done ? QStringLiteral("✓")
            : item.blocking            ? QStringLiteral("✗")
                                       : QStringLiteral("!");
        auto *row = new QListWidgetItem(mark + QStringLiteral("  ") + checkText(item), m_checklist);
        row->setData(Qt::UserRole, int(item.key));
        row->setData(Qt::UserRole + 1, item.done);
        row->setForeground(Theme::color(item.done ? Tone::Success : item.blocking ? Tone::Error : Tone::Warning));
    }
    m_checklist->setFixedHeight(m_checklist->sizeHintForRow(0) * int(m_check.size()) + 8);
}

QString PublishPage::warningText() const
{
    return tr("• The product name cannot be changed after the first version is published.\n"
              "• Published items cannot be removed, and only their name, MPN and description can be edited.");
}

void PublishPage::fetchLastVersion()
{
    sync::AccountSession *s = session();
    const int generation = ++m_fetchGeneration;
    m_diffReady = false;
    m_diff->clear();
    m_diffHeading->setText(tr("Changes since the last published version (loading…)"));
    inventory::fetchLastPublishedVersion(
        *s->client(), m_productId, this, [this, generation](const inventory::LastPublishedVersion &last) {
            if (generation != m_fetchGeneration)
                return;
            switch (last.status) {
            case inventory::LastPublishedVersion::Status::None: showDiff(std::nullopt); return;
            case inventory::LastPublishedVersion::Status::Found: showDiff(last.version); return;
            case inventory::LastPublishedVersion::Status::NotAnswered: {
                const int version = m_draft.product.value(QStringLiteral("version")).toInt(1);
                //: %1 is the number of the last published version, %2 the error Connect (or the network) gave.
                showUnknownBase(version,
                    tr("Changes since version %1: not known, because Connect did not answer: %2")
                        .arg(QString::number(version), last.error));
                return;
            }
            case inventory::LastPublishedVersion::Status::ContentsUnreadable:
                //: %1 is the number of the last published version of the product.
                showUnknownBase(last.version.version,
                    tr("Changes since version %1: not known, because its contents could not be read from Connect")
                        .arg(last.version.version));
                return;
            }
        });
}

void PublishPage::showDiff(const std::optional<inventory::PublishedVersion> &last)
{
    const inventory::PublishDiff diff = inventory::publishDiff(m_draft, last);
    m_diff->clear();
    m_diffHeading->setText(diff.firstVersion ? tr("Changes: first version (compared with nothing)")
                                             : tr("Changes since version %1").arg(diff.baseVersion));
    auto sectionTitle = [this](PublishDiffEntry::Section section) {
        switch (section) {
        case PublishDiffEntry::General: return tr("General attributes");
        case PublishDiffEntry::Items: return tr("Items");
        case PublishDiffEntry::Templates: return tr("Templates");
        case PublishDiffEntry::Actions: return tr("Actions");
        case PublishDiffEntry::Parameters: return tr("Parameters");
        case PublishDiffEntry::Capabilities: return tr("Capabilities");
        }
        return QString();
    };
    auto changeText = [this](PublishDiffEntry::Change change) {
        return change == PublishDiffEntry::Added  ? tr("added")
            : change == PublishDiffEntry::Removed ? tr("removed")
                                                  : tr("changed");
    };
    QHash<int, QTreeWidgetItem *> sections;
    for (const PublishDiffEntry &entry : diff.entries) {
        QTreeWidgetItem *&section = sections[int(entry.section)];
        if (!section) {
            section = new QTreeWidgetItem(m_diff, { sectionTitle(entry.section) });
            section->setFirstColumnSpanned(false);
            QFont font = section->font(0);
            font.setBold(true);
            section->setFont(0, font);
            section->setData(0, Qt::UserRole, int(entry.section));
        }
        QString label = entry.label.isEmpty() ? entry.id : entry.label;
        if (entry.section == PublishDiffEntry::General) {
            label = entry.id == QLatin1String("name")               ? tr("Product name")
                : entry.id == QLatin1String("short_description")    ? tr("Short description")
                : entry.id == QLatin1String("detailed_description") ? tr("Detailed description")
                : entry.id == QLatin1String("customer_ui_settings") ? tr("Customer UI settings")
                                                                    : entry.id;
        }
        if (entry.change == PublishDiffEntry::Changed && !entry.fields.isEmpty()
            && entry.section != PublishDiffEntry::General)
            label += QStringLiteral(" (%1)").arg(entry.fields.join(QStringLiteral(", ")));
        auto *row = new QTreeWidgetItem(section,
            { label, changeText(entry.change),
                entry.versioned ? tr("versioned (takes effect when published)") : tr("live at once (not versioned)") });
        row->setData(0, Qt::UserRole, entry.id);
        row->setData(2, Qt::UserRole, entry.versioned);
        row->setForeground(2, Theme::color(entry.versioned ? Tone::Info : Tone::Warning));
    }
    if (diff.entries.isEmpty())
        new QTreeWidgetItem(m_diff, { tr("No changes since version %1").arg(diff.baseVersion) });
    m_diff->expandAll();
    m_diffReady = true;
    Q_EMIT diffReady();
}

void PublishPage::publish()
{
    if (m_publishing || !isOnline() || !inventory::canPublish(m_check))
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Publish"),
        tr("Publish a new version of “%1”?").arg(m_draft.product.value(QStringLiteral("name")).toString()),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("publishConfirmation"));
    confirm.setInformativeText(warningText());
    QPushButton *yes = confirm.addButton(tr("Publish"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(yes);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    startPublish();
}

void PublishPage::startPublish()
{
    sync::AccountSession *s = session();
    if (!s || !s->client())
        return;
    m_publishing = true;
    m_error->hide();
    m_stack->setCurrentWidget(m_progress);
    api::ApiJob *job = inventory::publishProduct(*s->client(), m_productId);
    connect(job, &api::ApiJob::finished, this, [this, s = QPointer<sync::AccountSession>(s)](api::ApiJob *done) {
        m_publishing = false;
        if (!done->ok()) {
            const QString message = done->error().errors.isEmpty() ? done->error().summary()
                                                                   : done->error().errors.join(QLatin1Char('\n'));
            m_error->setText(tr("Publishing failed: %1").arg(message));
            m_error->show();
            m_stack->setCurrentWidget(m_overview);
            m_publish->setEnabled(isOnline() && inventory::canPublish(m_check));
            Q_EMIT publishFailed(message);
            return;
        }
        const int version = inventory::publishedVersionOf(done->response());
        m_successVersion->setText(
            tr("Version %1 of the product is published. The inventory shows it after this sync.").arg(version));
        m_successVersion->setProperty("version", version);
        m_stack->setCurrentWidget(m_success);
        m_done->setFocus();
        // Publishing changed the product and its items on the server (both with a new update time):
        // the incremental sync brings the new status and the version.
        if (s) {
            s->notifyPublished(m_productId, version); // the tray's "publish finished"
            s->syncNow();
        }
        Q_EMIT published(version);
    });
}

void PublishPage::retranslate()
{
    m_title->setText(tr("Publish"));
    m_checklistHeading->setText(tr("Checklist"));
    m_warningsHeading->setText(tr("Before you publish"));
    m_checklist->setAccessibleName(tr("Publish checklist"));
    m_diff->setAccessibleName(tr("Changes since the last published version"));
    m_diff->setHeaderLabels({ tr("What"), tr("Change", "column: added, changed or removed"), tr("Takes effect") });
    m_publish->setText(tr("&Publish"));
    m_publish->setToolTip(tr("Publish the next version of the product (Ctrl+Shift+P)"));
    m_progressLabel->setText(tr("Publishing the new version…"));
    m_successTitle->setText(tr("Publish Successful!"));
    m_done->setText(tr("Back to the checklist"));
    if (m_context.isValid() && !m_productId.isEmpty() && !m_check.isEmpty()) {
        showChecklist();
        m_warnings->setText(warningText());
    } else {
        m_warnings->setText(warningText());
    }
}

void PublishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cv::ui
