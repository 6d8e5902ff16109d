#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

/// One contract from the cache: its facts (type, status, agreement, version, who signed it and when) and its
/// marketplaces: a distribution contract's own, or for a program contract the marketplaces of the program's
/// distribution agreements with whether the account may list there.
class ContractDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractDetailPage)

public:
    explicit ContractDetailPage(QWidget *parent = nullptr);
    void setServices(sync::AccountServices *services);
    void showContract(const QString &id);
    void refresh();
    QString contractId() const { return m_id; }
    QListWidget *marketplaces() const { return m_marketplaces; }
    QPushButton *openAgreementButton() const { return m_openAgreement; }
    /// Who did what on the contract (Connect's events and what this app sent): When | Who | What | Sent.
    QTableWidget *historyTable() const { return m_history; }
    void retranslate();

Q_SIGNALS:
    void backRequested();
    void agreementRequested(const QString &agreementId);

private:
    QPointer<sync::AccountServices> m_services;
    QString m_id, m_agreementId;
    QPushButton *m_back;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_marketplacesLabel;
    QListWidget *m_marketplaces;
    QPushButton *m_openAgreement;
    QLabel *m_historyLabel;
    QTableWidget *m_history;
};

} // namespace cv::ui
