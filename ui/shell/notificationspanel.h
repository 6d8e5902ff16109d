#pragma once

#include <QDockWidget>
#include <QJsonArray>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// The vendor's notification e-mails (GET /notifications/emails), e.g. "New purchase request ... for
/// <product>" after a preview: a dock listing the subjects, newest first, and the selected e-mail's body as
/// plain text. Opened from the bell button in the main toolbar; online only (it shows why when offline).
class NotificationsPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPanel)

public:
    explicit NotificationsPanel(sync::AccountSession *session, QWidget *parent = nullptr);
    ~NotificationsPanel() override;

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *body() const { return m_body; }
    QLabel *statusLabel() const { return m_status; }
    QJsonArray emails() const { return m_emails; }

public Q_SLOTS:
    /// Fetches the e-mails again.
    void refresh();

Q_SIGNALS:
    void refreshed(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();

    QPointer<sync::AccountSession> m_session;
    QLabel *m_status;
    QListWidget *m_list;
    QPlainTextEdit *m_body;
    QPushButton *m_refresh;
    QJsonArray m_emails;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace cv::ui
