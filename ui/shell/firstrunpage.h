#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cv::ui {

/// Shown when no account exists: add a Connect account (endpoint + API key), explore offline with the
/// built-in sandbox, or continue with an empty offline workspace.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    void setSandboxAvailable(bool available);
    /// Shows "Cancel" (and Escape) to go back where the user was: when the page is opened to add another
    /// account rather than because there is none.
    void setCancelable(bool cancelable);
    /// While an account is being checked the form is read-only and says so.
    void setBusy(bool busy);
    /// While the sandbox starts its button says so and nothing else can be started.
    void setSandboxStarting(bool starting);
    void showError(const QString &message);
    void clearKey();
    void retranslate();

Q_SIGNALS:
    void addAccountRequested(const QString &endpoint, const QByteArray &apiKey);
    void sandboxRequested();
    void offlineRequested();
    void cancelRequested();

private:
    void submit();

    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_addTitle;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpoint;
    QLabel *m_keyLabel;
    QLineEdit *m_apiKey;
    QLabel *m_keyHint;
    QLabel *m_error;
    QPushButton *m_add;
    QLabel *m_sandboxTitle;
    QLabel *m_sandboxText;
    QPushButton *m_sandbox;
    QPushButton *m_offline;
    QPushButton *m_cancel;
    bool m_sandboxAvailable = false;
};

} // namespace cv::ui
