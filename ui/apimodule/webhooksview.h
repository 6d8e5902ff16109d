#pragma once

#include "ui/apimodule/webhookwizard.h"

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
class WebhooksModel;
} // namespace cv::models

namespace cv::ui {

/// The Webhooks page of the API module: the account's webhooks from the cache (search, status filter,
/// sort), the four-step wizard to create one and the same steps to edit it, enable/disable and delete,
/// all saved at once and sent by the next sync; "Send test" (POST /notifications/webhooks/{id}/trigger)
/// with Connect's answer and time, then the handler's answer as Connect recorded it; "Copy secret" reads
/// the webhook's JWT secret from Connect on demand (it is never cached).
class WebhooksView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksView)

public:
    explicit WebhooksView(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    void reload();
    void retranslate();

    models::WebhooksModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QLabel *rowState() const { return m_rowState; }
    QLabel *testResult() const { return m_testResult; }
    WebhookWizard *wizard() const { return m_wizard; }
    bool select(const QString &id);
    QString selectedId() const;

Q_SIGNALS:
    /// A webhook's secret was read from Connect (kept by the receiver in memory only).
    void secretRead(const QString &webhookId, const QString &secret);

private:
    void openWizard(bool editing);
    void saveWizard(const QString &id);
    void toggle();
    void remove();
    void sendTest();
    /// After a test: where Connect noted the handler's answer (up to 8 reads, 500 ms apart).
    struct TestAnswerPoll
    {
        QString id, sent, since; ///< the webhook, the "Test sent …" text, when it was sent (ISO, seconds)
        int attempts = 0;
    };
    void readTestAnswer(const TestAnswerPoll &poll);
    void copySecret();
    void updateSelection();
    QList<QPair<QString, QString>> products() const;

    QPointer<sync::AccountServices> m_services;
    models::WebhooksModel *m_model;
    models::IntegrationFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QPushButton *m_test;
    QPushButton *m_copySecret;
    QPushButton *m_dismiss;
    QLabel *m_detail;
    QLabel *m_rowState;
    QLabel *m_testResult;
    QPointer<WebhookWizard> m_wizard;
};

} // namespace cv::ui
