#pragma once

#include "ui/inventory/inventorycontext.h"
#include "ui/shell/modulepage.h"

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

namespace cv::ui {

class ProductPage;

/// The Inventory module: every product of the account (search, "Create Product") and, when one is
/// opened, its ProductPage. Works on the session's cache, offline.
class InventoryPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    explicit InventoryPage(QWidget *parent = nullptr);
    ~InventoryPage() override;

    /// The open account's session (online features), or null while no account is attached.
    sync::AccountSession *session() const { return services() ? services()->session() : nullptr; }
    /// Works on an explicit cache with a product editor of its own (tests; the shell attaches the account's
    /// services instead); null pointers: no account.
    void setStore(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox);

    /// Re-reads the product list (and the open product).
    void reload();
    void openProduct(const QString &productId);
    void showList() override;
    bool openObject(const QString &productId) override;
    QLineEdit *searchField() const override { return m_search; }
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
    void retranslate() override;

public Q_SLOTS:
    /// Asks for the name, creates the product offline (with Connect's example items and parameters) and
    /// opens it.
    void createProduct();
    /// File dialogs around exportProductTo / importProductFrom.
    void exportSelected();
    void importDefinition();

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void useStore(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox,
        inventory::ProductEditor *editor);
    void updateEmptyState();
    /// After a sync (`renamed`: local ids that took server ids) or a conflict decision: the list and the
    /// open product show the cache, the product followed in place under its new id.
    void followCache(const QHash<QString, QString> &renamed);
    /// The server id a product created offline took at its first sync, or "".
    QString serverIdOf(const QString &localId) const;

    store::CacheDatabase *m_db = nullptr;
    store::ObjectRepository *m_objects = nullptr;
    store::Outbox *m_outbox = nullptr;
    inventory::ProductEditor *m_editor = nullptr; ///< the services' (or m_ownEditor)
    std::unique_ptr<inventory::ProductEditor> m_ownEditor; ///< setStore() only
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
