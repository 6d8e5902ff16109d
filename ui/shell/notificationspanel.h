#pragma once

#include <QDockWidget>
#include <QJsonArray>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

class MarkdownPreview;

/// The notification e-mails (GET /notifications/emails): a new purchase request after a preview, the
/// vendor's copy of an approval and the customer's activation e-mail. A dock listing subject, recipient and
/// local time, newest first, and the selected e-mail rendered from its Markdown in a locked-down view
/// (cmark-gfm, raw HTML off, nothing remote; a link opens in the browser only after the user confirms it),
/// with "Open request" for the request it is about. Opened from the bell button in the main toolbar; it has
/// a readable minimum width and cannot be dragged to nothing. Online only (it shows why when offline).
class NotificationsPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPanel)

public:
    explicit NotificationsPanel(sync::AccountSession *session, QWidget *parent = nullptr);
    ~NotificationsPanel() override;

    /// The narrowest the panel gets (px): subjects stay readable.
    static constexpr int kMinimumWidth = 300;
    /// The width it opens with (px).
    static constexpr int kPreferredWidth = 420;

    QListWidget *list() const { return m_list; }
    MarkdownPreview *body() const { return m_body; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *openRequestButton() const { return m_openRequest; }
    QJsonArray emails() const { return m_emails; }
    /// The e-mail shown in the body (empty object if none).
    QJsonObject selectedEmail() const;

public Q_SLOTS:
    /// Fetches the e-mails again.
    void refresh();

Q_SIGNALS:
    void refreshed(bool ok);
    /// The body of the selected e-mail finished rendering.
    void bodyShown(bool ok);
    /// "Open request": show the request in Fulfillment.
    void openRequestRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void rebuildList();

    QPointer<sync::AccountSession> m_session;
    QLabel *m_status;
    QListWidget *m_list;
    MarkdownPreview *m_body;
    QPushButton *m_openRequest;
    QPushButton *m_refresh;
    QJsonArray m_emails;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace cv::ui
