#pragma once

#include "ui/apimodule/tokendialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cv::sync {
class AccountServices;
}
namespace cv::models {
class IntegrationFilterModel;
class TokensModel;
} // namespace cv::models

namespace cv::ui {

/// The Tokens page of the API module: the account's API tokens from the cache (search, status filter,
/// sort by any column), "Generate token" (TokenDialog), and activate / deactivate / delete of the selected
/// token, saved at once and sent by the next sync. Under the table: the selected token's sync state in
/// words ("waiting for sync", or why Connect refused it).
class TokensView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensView)

public:
    explicit TokensView(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    void reload();
    void retranslate();

    models::TokensModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *rowState() const { return m_rowState; }
    /// The generate dialog while it is open (tests drive it).
    TokenDialog *tokenDialog() const { return m_dialog; }
    /// Selects the token `id` in the table; false if it is not shown.
    bool select(const QString &id);
    QString selectedId() const;

private:
    void openGenerate();
    void setActive(bool active);
    void remove();
    void dismiss();
    void updateSelection();
    void showOutcome(const QString &storageError);

    QPointer<sync::AccountServices> m_services;
    models::TokensModel *m_model;
    models::IntegrationFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_generate;
    QPushButton *m_activate;
    QPushButton *m_deactivate;
    QPushButton *m_delete;
    QPushButton *m_dismiss;
    QLabel *m_rowState;
    QLabel *m_detail;
    QPointer<TokenDialog> m_dialog;
};

} // namespace cv::ui
