#pragma once

#include "ui/shell/modulepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace cv::models {
class AgreementsModel;
class ContractsModel;
} // namespace cv::models

namespace cv::ui {

class AgreementDetailPage;
class ContractDetailPage;

/// The Agreements module (lab guide, "Agreements Module"): the account's agreements (program, distribution,
/// service) with the provider, where the account stands, the active version and when it signed; and its
/// contracts. Lists come from the cache and are refreshed in place by every sync; an agreement opens its details.
class AgreementsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementsPage)

public:
    explicit AgreementsPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const override { return m_search; }
    bool openObject(const QString &id) override;
    void retranslate() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *agreementsTable() const { return m_agreementsTable; }
    QTableView *contractsTable() const { return m_contractsTable; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *contractSearch() const { return m_contractSearch; }
    models::AgreementsModel *agreementsModel() const { return m_agreements; }
    models::ContractsModel *contractsModel() const { return m_contracts; }
    AgreementDetailPage *detailPage() const { return m_detail; }
    ContractDetailPage *contractPage() const { return m_contractPage; }

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void reload();
    void openAgreement(const QString &id);
    void openContract(const QString &id);
    void updateEmptyState();

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_status;
    QTableView *m_agreementsTable;
    QLabel *m_empty;
    QLineEdit *m_contractSearch;
    QComboBox *m_contractType;
    QComboBox *m_contractStatus;
    QTableView *m_contractsTable;
    models::AgreementsModel *m_agreements;
    models::ContractsModel *m_contracts;
    AgreementDetailPage *m_detail;
    ContractDetailPage *m_contractPage;
};

} // namespace cv::ui
