#include "ui/shell/commandpalette.h"

#include "app/sync/accountservices.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/fulfillment/requestlabels.h"
#include "ui/helpdesk/caselabels.h"
#include "ui/listings/listinglabels.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/moduleinfo.h"
#include "ui/shell/modulepage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>

namespace cv::ui {

using core::ModuleId;
using store::SearchHit;
using store::SearchKind;

namespace {

QString kindLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Request: return CommandPalette::tr("Request");
    case SearchKind::Customer: return CommandPalette::tr("Customer");
    case SearchKind::Product: return CommandPalette::tr("Product");
    case SearchKind::Asset: return CommandPalette::tr("Asset");
    case SearchKind::Listing: return CommandPalette::tr("Listing");
    case SearchKind::Agreement: return CommandPalette::tr("Agreement");
    case SearchKind::Case: return CommandPalette::tr("Case");
    case SearchKind::Token: return CommandPalette::tr("Token");
    }
    return {};
}

/// The module whose page shows an object of `kind`.
ModuleId moduleOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Request:
    case SearchKind::Customer:
    case SearchKind::Asset: return ModuleId::Fulfillment;
    case SearchKind::Product: return ModuleId::Inventory;
    case SearchKind::Listing: return ModuleId::Listings;
    case SearchKind::Agreement: return ModuleId::Agreements;
    case SearchKind::Case: return ModuleId::HelpSupport;
    case SearchKind::Token: return ModuleId::Api;
    }
    return ModuleId::Home;
}

/// A raw status as a word: "pending" -> "Pending", "in_review" -> "In review".
QString statusWord(const QString &raw)
{
    if (raw.isEmpty())
        return raw;
    QString word = raw;
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    word[0] = word.at(0).toUpper();
    return word;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(QStringLiteral(" · "));
}

/// True when every word of `text` starts a word of `title` (any case, any order): "usage" and "go us" find
/// "Go to Usage"; "s" finds "Sync now" but not "Go to Listings".
bool holdsWords(const QString &title, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList titleWords = title.split(separators, Qt::SkipEmptyParts);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool starts = std::any_of(titleWords.cbegin(), titleWords.cend(),
            [&](const QString &titleWord) { return titleWord.startsWith(word, Qt::CaseInsensitive); });
        if (!starts)
            return false;
    }
    return true;
}

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PaletteModel::setCache(store::CacheDatabase *cache)
{
    if (cache != m_cache)
        m_emails.clear();
    m_cache = cache;
}

void PaletteModel::forgetReadData()
{
    m_emails.clear();
}

QString PaletteModel::approveWord()
{
    //: The word a user types in the command palette to approve a request ("approve PR-1234"), in lower case;
    //: matched in any case.
    return CommandPalette::tr("approve");
}

QList<PaletteEntry> PaletteModel::commands() const
{
    QList<PaletteEntry> list;
    auto add = [&](const QString &command, const QString &title, const QString &hint, const QString &keys = {}) {
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Command;
        entry.kindLabel = CommandPalette::tr("Command");
        entry.command = command;
        entry.title = title;
        entry.hint = hint;
        entry.id = keys;
        list << entry;
    };
    add(QStringLiteral("sync"), CommandPalette::tr("Sync now"),
        CommandPalette::tr("Send local changes and fetch what changed"),
        QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    add(QStringLiteral("approve-prompt"), CommandPalette::tr("Approve a pending request…"),
        //: %1 is the word that starts an approval in the palette ("approve").
        CommandPalette::tr("Type \"%1\" and the request's id or customer").arg(approveWord()));
    add(QStringLiteral("new-case"), CommandPalette::tr("New support case"),
        CommandPalette::tr("Write to CloudBlue support (Help & Support)"));
    add(QStringLiteral("conflicts"), CommandPalette::tr("Show sync conflicts"),
        CommandPalette::tr("Decide between your changes and Connect's"));
    add(QStringLiteral("notifications"), CommandPalette::tr("Show notifications"),
        CommandPalette::tr("The emails Connect sent you"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
    for (ModuleId id : core::allModules()) {
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Command;
        entry.kindLabel = CommandPalette::tr("Command");
        entry.command = QStringLiteral("goto");
        entry.module = id;
        //: %1 is a module's title ("Usage", "Help & Support").
        entry.title = CommandPalette::tr("Go to %1").arg(ModuleInfo::title(id));
        entry.hint = ModuleInfo::description(id);
        if (id != ModuleId::Home)
            entry.id = QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_0 + core::moduleShortcutDigit(id))))
                           .toString(QKeySequence::NativeText);
        list << entry;
    }
    return list;
}

PaletteEntry PaletteModel::objectEntry(const SearchHit &hit) const
{
    PaletteEntry entry;
    entry.kind = PaletteEntry::Kind::Object;
    entry.objectKind = hit.kind;
    entry.kindLabel = kindLabel(hit.kind);
    entry.id = hit.id;
    entry.title = hit.title.isEmpty() ? hit.id : hit.title;
    // The modules' own words for their raw values where they have them; the raw value, capitalized, where not.
    switch (hit.kind) {
    case SearchKind::Request:
        entry.hint = joined({ RequestLabels::status(hit.status), RequestLabels::type(hit.type), hit.detail });
        break;
    case SearchKind::Asset: entry.hint = joined({ statusWord(hit.status), hit.detail }); break;
    case SearchKind::Listing: entry.hint = joined({ ListingLabels::word(hit.status), hit.detail }); break;
    case SearchKind::Customer:
        entry.hint = joined({ hit.detail, statusWord(hit.type), RequestLabels::environment(hit.status) });
        break;
    case SearchKind::Agreement: entry.hint = AgreementLabels::type(hit.type); break;
    case SearchKind::Case: entry.hint = CaseLabels::state(hit.status); break;
    case SearchKind::Product:
    case SearchKind::Token: entry.hint = joined({ statusWord(hit.status), hit.detail }); break;
    }
    return entry;
}

PaletteEntry PaletteModel::approveEntry(const SearchHit &hit)
{
    PaletteEntry entry;
    entry.kind = PaletteEntry::Kind::Command;
    entry.kindLabel = CommandPalette::tr("Command");
    entry.command = QStringLiteral("approve");
    entry.id = hit.id;
    //: %1 is a request's id ("PR-1234-5678-9012-001").
    entry.title = CommandPalette::tr("Approve %1").arg(hit.id);
    entry.hint = joined({ hit.title, hit.detail });
    return entry;
}

void PaletteModel::setText(const QString &text)
{
    beginResetModel();
    m_text = text;
    m_entries.clear();
    const QString trimmed = text.trimmed();
    // The translated word, or the English one: a user of a non-Latin keyboard layout can type "approve PR-..."
    // without switching layouts.
    QString approve = approveWord();
    if (!trimmed.startsWith(approve + QLatin1Char(' '), Qt::CaseInsensitive))
        approve = QStringLiteral("approve");
    const bool approving
        = trimmed.startsWith(approve + QLatin1Char(' '), Qt::CaseInsensitive) && trimmed.size() > approve.size() + 1;
    QList<SearchHit> hits;
    if (m_cache && !trimmed.isEmpty()) {
        const QString searched = approving ? trimmed.mid(approve.size() + 1).trimmed() : trimmed;
        if (searched.contains(QLatin1Char('@')) && !m_emails.isLoaded())
            m_emails.load(*m_cache);
        hits = store::GlobalSearch(*m_cache).search(searched, kPerKind, &m_emails);
    }
    if (approving) {
        // "approve <text>": the pending requests it finds, as commands.
        for (const SearchHit &hit : std::as_const(hits)) {
            if (hit.kind == SearchKind::Request && hit.status == QLatin1String("pending"))
                m_entries << approveEntry(hit);
        }
        endResetModel();
        return;
    }
    // An exact id first (with "Approve" right after a pending request), then the commands, then the rest.
    qsizetype rest = 0;
    for (; rest < hits.size() && hits.at(rest).match == SearchHit::Match::ExactId; ++rest) {
        m_entries << objectEntry(hits.at(rest));
        if (hits.at(rest).kind == SearchKind::Request && hits.at(rest).status == QLatin1String("pending"))
            m_entries << approveEntry(hits.at(rest));
    }
    for (const PaletteEntry &command : commands()) {
        if (holdsWords(command.title, trimmed))
            m_entries << command;
    }
    for (; rest < hits.size(); ++rest)
        m_entries << objectEntry(hits.at(rest));
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PaletteEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case KindColumn: return entry.kindLabel;
        case IdColumn: return entry.id;
        case TitleColumn: return entry.title;
        case HintColumn: return entry.hint;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == HintColumn || index.column() == KindColumn))
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole)
        return joined({ entry.kindLabel, entry.id, entry.title, entry.hint });
    return {};
}

CommandPalette::CommandPalette(MainWindow *window)
    : QFrame(window)
    , m_window(window)
    , m_input(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new PaletteModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_input->setObjectName(QStringLiteral("commandPaletteInput"));
    m_input->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("commandPaletteResults"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setHeaderHidden(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the field; Up/Down move the choice
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("commandPaletteStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_results, &QTreeView::clicked, this, [this](const QModelIndex &index) { runRow(index.row()); });
    m_input->installEventFilter(this);
    window->installEventFilter(this);
    // Ctrl+K is "delete to the end of the line" in a text field, which would take it before the window's
    // shortcut: inside this window it is the palette's (see eventFilter).
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // Clicking elsewhere in the window closes it, as a popup would.
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    hide();
    retranslate();
}

void CommandPalette::retranslate()
{
    m_input->setPlaceholderText(tr("Find a request, product, customer, case… or a command"));
    m_input->setAccessibleName(tr("Command palette"));
    m_input->setAccessibleDescription(
        tr("Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes."));
    m_results->setAccessibleName(tr("Command palette results"));
    setAccessibleName(tr("Command palette"));
    if (isVisible())
        search();
}

void CommandPalette::popup()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && !isAncestorOf(focus))
        m_returnFocus = focus;
    ModulePage *anyPage = m_window->modulePages().value(0);
    m_services = anyPage ? anyPage->services() : nullptr;
    if (m_services) {
        connect(
            m_services, &sync::AccountServices::synced, m_model, &PaletteModel::forgetReadData, Qt::UniqueConnection);
        connect(m_services, &sync::AccountServices::cacheChanged, m_model, &PaletteModel::forgetReadData,
            Qt::UniqueConnection);
    }
    place();
    show();
    raise();
    if (m_input->text().isEmpty())
        search();
    else
        m_input->clear();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

void CommandPalette::place()
{
    // As tall as its rows (at least a few, so it does not jump while typing), at most what the window leaves.
    const QRect area = m_window->rect();
    const int width = std::min(760, area.width() - 48);
    const int rowHeight = std::max(1, static_cast<QAbstractItemView *>(m_results)->sizeHintForRow(0));
    const int rows = std::clamp(m_model->rowCount(), 6, 16);
    const QMargins margins = layout()->contentsMargins();
    const int wanted = margins.top() + margins.bottom() + m_input->sizeHint().height() + m_status->sizeHint().height()
        + 2 * layout()->spacing() + rows * rowHeight + 2 * m_results->frameWidth() + 2 * frameWidth();
    const int height = std::min(wanted, area.height() - 96);
    setGeometry(area.x() + (area.width() - width) / 2, area.y() + 64, width, height);
}

void CommandPalette::search()
{
    // The services go with the account (a switch, a sign-out): asked again at each search.
    m_model->setCache(m_services ? &m_services->cache() : nullptr);
    m_model->setText(m_input->text());
    place();
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
    m_results->header()->setSectionResizeMode(PaletteModel::TitleColumn, QHeaderView::Interactive);
    m_results->resizeColumnToContents(PaletteModel::KindColumn);
    m_results->resizeColumnToContents(PaletteModel::IdColumn);
    // The title gets what the kind and id leave, up to half the width; the hint the rest.
    m_results->setColumnWidth(PaletteModel::TitleColumn,
        std::min(static_cast<QAbstractItemView *>(m_results)->sizeHintForColumn(PaletteModel::TitleColumn) + 12,
            m_results->viewport()->width() / 2));
    updateStatus();
}

void CommandPalette::updateStatus()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_status->setText(m_model->text().trimmed().isEmpty() ? QString() : tr("Nothing in the offline data matches."));
    else
        m_status->setText(rows == 1 ? tr("1 result · Enter runs · Esc closes")
                                    : tr("%Ln results · Enter runs · Esc closes", nullptr, rows));
}

void CommandPalette::moveCurrent(int by)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const int next = std::clamp(current + by, 0, rows - 1);
    m_results->setCurrentIndex(m_model->index(next, 0));
    m_results->scrollTo(m_model->index(next, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget
            && widget->window() == m_window) {
            event->ignore(); // not overridden: the window's Ctrl+K action runs
            return true;
        }
    }
    if (watched == m_window && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int page = std::max(1,
            m_results->viewport()->height()
                / std::max(1, static_cast<QAbstractItemView *>(m_results)->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down: moveCurrent(1); return true;
        case Qt::Key_Up: moveCurrent(-1); return true;
        case Qt::Key_PageDown: moveCurrent(page); return true;
        case Qt::Key_PageUp: moveCurrent(-page); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runRow(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1);
            return true;
        case Qt::Key_Escape: dismiss(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CommandPalette::runRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PaletteEntry entry = m_model->entry(row);
    if (entry.command == QLatin1String("approve-prompt")) {
        // Stays open: the user goes on typing the request.
        m_input->setText(PaletteModel::approveWord() + QLatin1Char(' '));
        return;
    }
    // The keyboard goes back where it was; the entry may then move it (the request opened, a module's search).
    dismiss();
    run(entry);
    Q_EMIT entryRun(entry);
}

void CommandPalette::run(const PaletteEntry &entry)
{
    if (entry.kind == PaletteEntry::Kind::Object) {
        openObject(entry);
        return;
    }
    auto page = [this](ModuleId id) { return qobject_cast<ModulePage *>(m_window->modulePage(id)); };
    if (entry.command == QLatin1String("sync")) {
        m_window->syncNow();
    } else if (entry.command == QLatin1String("goto")) {
        m_window->goToModule(entry.module);
    } else if (entry.command == QLatin1String("conflicts")) {
        m_window->showConflicts();
    } else if (entry.command == QLatin1String("notifications")) {
        if (auto *action = m_window->findChild<QAction *>(QStringLiteral("showNotifications")))
            action->setChecked(true);
    } else if (entry.command == QLatin1String("approve") || entry.command == QLatin1String("new-case")) {
        const ModuleId module
            = entry.command == QLatin1String("approve") ? ModuleId::Fulfillment : ModuleId::HelpSupport;
        if (ModulePage *target = page(module)) {
            m_window->showModule(module);
            target->runCommand(entry.command, entry.command == QLatin1String("approve") ? entry.id : QString());
        }
    }
}

void CommandPalette::openObject(const PaletteEntry &entry)
{
    const ModuleId module = moduleOf(entry.objectKind);
    auto *page = qobject_cast<ModulePage *>(m_window->modulePage(module));
    m_window->showModule(module);
    if (!page)
        return;
    if (entry.objectKind != SearchKind::Customer && page->openObject(entry.id))
        return;
    // No page of its own (a customer: their requests), or not opened: the module's list, searched for it.
    page->showList();
    if (QLineEdit *search = page->searchField()) {
        search->setText(entry.objectKind == SearchKind::Customer ? entry.title : entry.id);
        search->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace cv::ui
