#pragma once

#include "app/core/moduleid.h"
#include "app/store/globalsearch.h"

#include <QAbstractTableModel>
#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QTreeView;

namespace cv::store {
class CacheDatabase;
}
namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

class MainWindow;

/// One line of the command palette: a cached object or a command.
struct PaletteEntry
{
    enum class Kind { Object, Command };

    Kind kind = Kind::Object;
    store::SearchKind objectKind = store::SearchKind::Request; ///< for objects
    /// For commands: "sync", "goto" (module), "approve" (id), "approve-prompt", "new-case", "conflicts",
    /// "notifications".
    QString command;
    core::ModuleId module = core::ModuleId::Home; ///< "goto"
    QString id; ///< the object's id (a command's: its shortcut, shown only)
    QString title;
    QString hint;
    QString kindLabel;
};

/// The palette's rows: the cached objects store::GlobalSearch finds for the text (an exact id first), the
/// commands whose name holds every word of it, and "Approve PR-..." for the pending requests found. Columns:
/// kind, id, title, hint. Everything comes from the cache: it works offline.
class PaletteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteModel)

public:
    enum Column { KindColumn, IdColumn, TitleColumn, HintColumn, ColumnCount };
    static constexpr int kPerKind = 5;

    explicit PaletteModel(QObject *parent = nullptr);

    /// Where objects are searched (null: commands only).
    void setCache(store::CacheDatabase *cache);
    /// The cache changed (a sync): what was read from it once (the customers' email addresses) is read again when
    /// needed.
    void forgetReadData();
    void setText(const QString &text);
    QString text() const { return m_text; }
    const PaletteEntry &entry(int row) const { return m_entries.at(row); }
    /// The word that starts an approval ("approve", translated); matched in any case.
    static QString approveWord();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<PaletteEntry> commands() const;
    PaletteEntry objectEntry(const store::SearchHit &hit) const;
    static PaletteEntry approveEntry(const store::SearchHit &hit);

    store::CacheDatabase *m_cache = nullptr;
    store::CustomerEmails m_emails;
    QString m_text;
    QList<PaletteEntry> m_entries;
};

/// Ctrl+K anywhere in the main window: a search field over a list of what it finds across modules. Up/Down
/// (and Page Up/Down) move, Enter runs the chosen entry, Esc closes; a click runs one too. An object opens its
/// module's page on it (ModulePage::openObject; else the module's search gets the id or name); a command runs
/// what its button does, with the same confirmation (ModulePage::runCommand).
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    explicit CommandPalette(MainWindow *window);

    /// Shows the palette over the window, empty, with the keyboard in its field.
    void popup();
    void dismiss();
    QLineEdit *input() const { return m_input; }
    QTreeView *results() const { return m_results; }
    PaletteModel *model() const { return m_model; }
    void retranslate();

Q_SIGNALS:
    /// An entry was run (after the palette closed).
    void entryRun(const cv::ui::PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void place();
    void moveCurrent(int by);
    void runRow(int row);
    void run(const PaletteEntry &entry);
    void openObject(const PaletteEntry &entry);
    void updateStatus();

    MainWindow *m_window;
    QLineEdit *m_input;
    QTreeView *m_results;
    QLabel *m_status;
    PaletteModel *m_model;
    QPointer<sync::AccountServices> m_services;
    QPointer<QWidget> m_returnFocus;
};

} // namespace cv::ui
