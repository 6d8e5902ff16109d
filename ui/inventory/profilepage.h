#pragma once

#include "ui/inventory/inventorycontext.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QUndoStack;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace cv::ui {

class LogoWell;
class MarkdownPreview;

/// The product's profile: name (locked once published, with the reason), id, logo (file dialog or drag
/// and drop), short description with a live counter, detailed overview in Markdown with a live preview.
/// Every change is saved as you type (debounced) through ProductEditor::updateProduct: no Save button.
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    static constexpr int kShortDescriptionLimit = 512;
    static constexpr int kSaveDelayMs = 400;

    explicit ProfilePage(QWidget *parent = nullptr);
    ~ProfilePage() override;

    void setContext(const InventoryContext &context)
    {
        m_context = context;
        m_logos.clear(); // another account's
    }
    /// Saved edits are pushed here as undoable steps (the product page's shared history); the page
    /// reloads from the cache when the history moves.
    void setUndoStack(QUndoStack *stack);
    /// Shows `productId` (saving what is pending for the previous one first).
    void load(const QString &productId);
    /// The product took its server id in a sync: follow it, keeping what is typed (saved under the new id).
    void setProductId(const QString &productId);
    /// Shows the cache's current values (after a sync or a conflict decision), in every field but one the
    /// user is typing in. If the cache changed a field being typed in, neither side silently wins: the
    /// field keeps the typing, is not saved, and a notice offers "Use the new text" or "Keep mine".
    void refreshFromCache();
    /// Fields ("short_description"...) held back because the cache changed them while being typed in.
    QStringList heldFields() const { return m_held.keys(); }
    QLabel *heldNotice() const { return m_heldNotice; }
    /// Writes pending edits now; false if the editor refused them (the error is shown).
    bool flush();
    bool hasPendingEdits() const { return !m_pending.isEmpty(); }
    /// Sets the logo from a file (as the file dialog and a drop do); false with the error shown if refused.
    bool setLogoFromFile(const QString &path);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameLockLabel() const { return m_nameLock; }
    QPlainTextEdit *shortDescriptionEdit() const { return m_short; }
    QLabel *shortDescriptionCounter() const { return m_shortCounter; }
    QPlainTextEdit *detailedDescriptionEdit() const { return m_detailed; }
    /// The live preview (created when the page is first shown, so the web engine starts only then).
    MarkdownPreview *ensurePreview();
    LogoWell *logoWell() const { return m_logo; }
    QLabel *errorLabel() const { return m_error; }
    void retranslate();

Q_SIGNALS:
    /// An edit reached the cache (and the outbox).
    void saved();
    /// The logo shown changed (empty: none known), for the product page's header.
    void logoShown(const QByteArray &image);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void queue(const QString &field, const QJsonValue &value);
    void updateCounter();
    void updateNameLock();
    void showLogo();
    void downloadLogo(const QString &productId, const QString &icon, const QString &key);
    void showHeldNotice();
    void resolveHeld(const QString &link);
    QString fieldText(const QString &field) const;
    void setFieldText(const QString &field, const QString &text);
    void chooseLogo();
    void showError(const QStringList &errors);

    InventoryContext m_context;
    QUndoStack *m_undo = nullptr;
    QString m_productId;
    QJsonObject m_pending;
    QJsonObject m_base; ///< per field, the cache's value the field last showed or saved
    QJsonObject m_held; ///< per field, the cache's new value while the user's typing is held back
    /// The last logo seen per product (uploaded here or downloaded), memory only; `key` is the icon path and
    /// the product's update time it was read for.
    struct Logo
    {
        QString key;
        QByteArray image;
    };
    QHash<QString, Logo> m_logos;
    QTimer m_saveTimer;
    bool m_loading = false;

    QLabel *m_heading;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameLock;
    QLabel *m_idLabel;
    QLabel *m_id;
    QLabel *m_logoLabel;
    LogoWell *m_logo;
    QPushButton *m_chooseLogo;
    QLabel *m_logoHint;
    QLabel *m_shortLabel;
    QPlainTextEdit *m_short;
    QLabel *m_shortCounter;
    QLabel *m_detailedLabel;
    QLabel *m_detailedHint;
    QPlainTextEdit *m_detailed;
    QSplitter *m_splitter = nullptr;
    MarkdownPreview *m_preview = nullptr;
    QLabel *m_error;
    QLabel *m_heldNotice;
    QLabel *m_saveState;
};

} // namespace cv::ui
