#pragma once

#include "ui/inventory/inventorycontext.h"

#include <QHash>
#include <QUndoStack>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace cv::ui {

class CurrentPageStack;

class DashboardPage;
class ProfilePage;
class UndoToast;
class UiPage;

/// One product: a header (name, id, status, whether local changes wait for sync), a left navigation
/// between its pages (Dashboard, Profile, Items, Parameters, UI, Preview, Publish) and the page shown.
///
/// Pages other than Dashboard and Profile are plugged in with setPage() (keys "items", "parameters",
/// "ui", "preview", "publish"); until then they show a placeholder. A plugged page reads the product
/// from context() and productId(), follows productChanged(), and calls notifyEdited() after it wrote an
/// edit so the header and dashboard update.
class ProductPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPage)

public:
    explicit ProductPage(QWidget *parent = nullptr);
    ~ProductPage() override;

    /// The page keys, in navigation order.
    static QStringList pageKeys();
    /// The title of a page ("profile" -> Profile), shared by the navigation and the dashboard's steps.
    static QString pageTitle(const QString &key);

    void setContext(const InventoryContext &context);
    const InventoryContext &context() const { return m_context; }
    /// Shows `productId` (its dashboard first); pending edits of the previous product are saved first.
    void openProduct(const QString &productId);
    /// Saves pending edits and forgets the product.
    void closeProduct();
    QString productId() const { return m_productId; }

    /// Replaces the page `key` (the product page takes ownership; the previous one is deleted).
    void setPage(const QString &key, QWidget *page);
    QWidget *page(const QString &key) const { return m_pages.value(key); }
    void showPage(const QString &key);
    QString currentPageKey() const;
    /// Saves pending text edits now (page switch, close).
    bool flushPendingEdits();
    /// A sync gave local objects their server ids (old id -> new id), maybe the product itself: every page
    /// and open dialog follows in place, keeping what is typed. Nothing is closed or reopened.
    void followRenamedIds(const QHash<QString, QString> &renamed);
    /// After a sync or a conflict decision: every page shows the cache's current values (fields being typed
    /// in excepted) and the action secret is read again from the server.
    void refreshFromCache();
    UndoToast *undoToast() const { return m_toast; }

    DashboardPage *dashboard() const { return m_dashboard; }
    ProfilePage *profile() const { return m_profile; }
    QListWidget *navigation() const { return m_navigation; }
    QLabel *nameLabel() const { return m_name; }
    /// The product's logo beside its name (hidden while none is known).
    QLabel *logoLabel() const { return m_logo; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *syncStateLabel() const { return m_syncState; }
    void retranslate();

public Q_SLOTS:
    /// Something of the product changed (an edit or a sync): re-reads the header and the dashboard.
    void refresh();
    /// Called by a page after it wrote an edit.
    void notifyEdited();

Q_SIGNALS:
    void productChanged(const QString &productId);
    /// An edit of this product reached the cache.
    void edited();
    void backRequested();
    /// Forwarded from the Preview page: the preview created the purchase request `requestId`.
    void previewFinished(const QString &requestId);
    /// Forwarded from the Preview page: open `requestId` in the Fulfillment module.
    void openRequestRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createEditorPages();
    void fetchActionSecret();
    QWidget *makePlaceholder(const QString &key);
    QWidget *makePreviewPage();
    bool hasUnsyncedChanges() const;

    InventoryContext m_context;
    QString m_productId;
    QToolButton *m_back;
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_id;
    QLabel *m_status;
    QLabel *m_syncState;
    QListWidget *m_navigation;
    CurrentPageStack *m_stack;
    DashboardPage *m_dashboard;
    ProfilePage *m_profile;
    QHash<QString, QWidget *> m_pages;
    /// One undo history across the product's pages (Ctrl+Z / Ctrl+Shift+Z), cleared when another
    /// product (or the same product under its new server id) opens: its steps name the old ids.
    QUndoStack m_undo;
    UiPage *m_uiPage = nullptr;
    UndoToast *m_toast;
};

} // namespace cv::ui
