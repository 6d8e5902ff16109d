#pragma once

#include "ui/shell/modulepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cv::models {
class ListingMatrixModel;
class ListingRequestsModel;
class ListingsModel;
} // namespace cv::models

namespace cv::ui {

class ListingRequestPage;

/// The Listings module (lab guide, "Listings Module"): where each product is listed (product, marketplace,
/// status, contract), the listing requests (new, update, remove) and their states, "Create listing", and the
/// products x marketplaces matrix. Lists come from the cache and are refreshed in place by every sync.
class ListingsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsPage)

public:
    explicit ListingsPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const override { return m_search; }
    bool openObject(const QString &id) override;
    void retranslate() override;

    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *updateButton() const { return m_requestUpdate; }
    QPushButton *removeButton() const { return m_requestRemove; }
    QTableView *listingsTable() const { return m_listingsTable; }
    QTableView *requestsTable() const { return m_requestsTable; }
    QTableView *matrixTable() const { return m_matrixTable; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *stateFilter() const { return m_state; }
    models::ListingsModel *listingsModel() const { return m_listings; }
    models::ListingRequestsModel *requestsModel() const { return m_requests; }
    models::ListingMatrixModel *matrixModel() const { return m_matrix; }
    ListingRequestPage *requestPage() const { return m_requestPage; }

    /// Opens "Create listing" (modal); returns the new request's id, or "" if canceled.
    QString createListing();

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void reload(const QHash<QString, QString> &renamed = {});
    void requestChange(const QString &type);
    void openRequest(const QString &id);
    void updateButtons();
    bool isOnline() const;

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QPushButton *m_create;
    QComboBox *m_status;
    QPushButton *m_requestUpdate;
    QPushButton *m_requestRemove;
    QTableView *m_listingsTable;
    QComboBox *m_state;
    QComboBox *m_type;
    QTableView *m_requestsTable;
    QLabel *m_matrixLegend;
    QTableView *m_matrixTable;
    models::ListingsModel *m_listings;
    models::ListingRequestsModel *m_requests;
    models::ListingMatrixModel *m_matrix;
    ListingRequestPage *m_requestPage;
};

} // namespace cv::ui
