#pragma once

#include "ui/inventory/inventorycontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::models {
class ProductListModel;
}
namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

class ProductPage;

/// The Inventory module: every product of the account (search, "Create Product") and, when one is
/// opened, its ProductPage. Works on the session's cache, offline.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    explicit InventoryPage(QWidget *parent = nullptr);
    ~InventoryPage() override;

    /// Follows `session`: its cache when opened, a reload after each sync.
    void setSession(sync::AccountSession *session);
    sync::AccountSession *session() const { return m_session; }
    /// Works on an explicit cache (tests, or no session); null pointers: no account.
    void setStore(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox);

    /// Re-reads the product list (and the open product).
    void reload();
    void openProduct(const QString &productId);
    void showList();
    bool isProductOpen() const;

    models::ProductListModel *productModel() const { return m_model; }
    QTableView *productTable() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    /// Writes the product's definition (Connect API shapes, JSON) to `filePath`; the error says what failed.
    bool exportProductTo(const QString &productId, const QString &filePath, QString *error);
    /// Creates a new product from a definition file and opens it; nothing is created if any part is invalid.
    bool importProductFrom(const QString &filePath, QString *error);
    ProductPage *productPage() const { return m_productPage; }
    InventoryContext context() const;
    void retranslate();

public Q_SLOTS:
    /// Asks for the name, creates the product offline (with Connect's example items and parameters) and
    /// opens it.
    void createProduct();
    /// File dialogs around exportProductTo / importProductFrom.
    void exportSelected();
    void importDefinition();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void onSessionChanged();
    /// After a sync (`renamed`: local ids that took server ids) or a conflict decision: the list and the
    /// open product show the cache, the product followed in place under its new id.
    void followCache(const QHash<QString, QString> &renamed);
    /// The server id a product created offline took at its first sync, or "".
    QString serverIdOf(const QString &localId) const;

    QPointer<sync::AccountSession> m_session;
    store::CacheDatabase *m_db = nullptr;
    store::ObjectRepository *m_objects = nullptr;
    store::Outbox *m_outbox = nullptr;
    std::unique_ptr<inventory::ProductEditor> m_editor;

    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_search;
    QPushButton *m_create;
    QPushButton *m_import;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_empty;
    models::ProductListModel *m_model;
    ProductPage *m_productPage;
};

} // namespace cv::ui
