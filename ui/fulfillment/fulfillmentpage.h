#pragma once

#include "ui/fulfillment/fulfillmentcontext.h"
#include "ui/shell/modulepage.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store
namespace cv::sync {
class SyncEngine;
} // namespace cv::sync
namespace cv::models {
class RequestsModel;
}

namespace cv::ui {

class FlowLayout;
class RequestPage;

/// The Fulfillment module: the cached requests in a table (SQL-side filters, sorting and paging, so it
/// stays instant with 100,000 requests), counts per status, bulk approve/reject, and the request page.
class FulfillmentPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FulfillmentPage)

public:
    explicit FulfillmentPage(QWidget *parent = nullptr);
    ~FulfillmentPage() override;

    /// Works on this cache directly, with request actions of its own (tests; the shell attaches the account's
    /// services instead).
    void setCache(store::CacheDatabase *db, store::ObjectRepository *objects, store::Outbox *outbox);
    /// {id, name, email} of the signed-in user, for "Assign to me".
    void setCurrentUser(const QJsonObject &user);
    /// Re-reads the list and the open request (after a sync).
    void reload();
    /// Follows `engine`'s pull (null: none): while its requests are being loaded and the table has none yet (a
    /// first full sync shows them when its pass ends), the empty table says "Loading requests: N of M".
    void followSync(sync::SyncEngine *engine);
    /// The text the empty table shows (tests).
    QString emptyText() const;

    void openRequest(const QString &id);
    /// Opens request `id` if it is in the cache; for an asset's id, its newest request.
    bool openObject(const QString &id) override;
    /// "approve": opens request `objectId` and asks what "Approve..." asks.
    bool runCommand(const QString &command, const QString &objectId) override;
    void showList() override;
    QLineEdit *searchField() const override { return m_search; }
    void retranslate() override;
    models::RequestsModel *model() const { return m_model; }
    RequestPage *requestPage() const { return m_requestPage; }

protected:
    void onAttached(sync::AccountServices *services) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void useContext(store::CacheDatabase *db, store::ObjectRepository *objects, fulfillment::RequestActions *actions);
    void fitColumns();
    /// Names and descriptions for screen readers (constructor and language change).
    void setAccessibleTexts();
    QToolButton *filterButton(const QString &name, const QStringList &values, const QHash<QString, QString> &labels);
    void applyFilter();
    void updateChips();
    void updateFilterButtons();
    void updateSelection();
    void refreshChoices();
    void navigate(bool forward);
    QStringList selectedPendingIds() const;
    void bulkApprove();
    void bulkReject();

    FulfillmentContext m_context;
    std::unique_ptr<fulfillment::RequestActions> m_ownActions; ///< setCache() only
    QToolButton *m_typeFilter;
    QToolButton *m_statusFilter;
    QToolButton *m_environmentFilter;
    QComboBox *m_assignee;
    QComboBox *m_product;
    QCheckBox *m_createdEnabled;
    QDateEdit *m_createdFrom;
    QDateEdit *m_createdTo;
    QLineEdit *m_search;
    QPushButton *m_clearFilters;
    FlowLayout *m_chipRow; ///< the status chips: they wrap in a narrow window
    QHash<QString, QToolButton *> m_chips;
    QToolButton *m_allChip;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_selection;
    QPushButton *m_bulkApprove;
    QPushButton *m_bulkReject;
    QTimer *m_searchDelay;
    models::RequestsModel *m_model;
    RequestPage *m_requestPage;
    bool m_columnsSized = false;
    qint64 m_loaded = -1; ///< requests stored so far by the running sync; -1 when none is loading them
    qint64 m_loading = -1; ///< requests the running sync's listing has
    QMetaObject::Connection m_syncProgress, m_syncFinished;
};

} // namespace cv::ui
