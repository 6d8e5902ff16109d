#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

class FieldMessages;

/// One support case: subject, state, priority, description, attachments, the thread with its replies and the
/// state actions (inquire, pend, resolve, close, as REFERENCE §3.26 allows from the current state). A reply or a
/// state change is saved offline and shown at once as waiting for sync; a refusal shows where it happened.
class CasePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePage)

public:
    explicit CasePage(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    /// Shows case `id` (re-read from the cache).
    void showCase(const QString &id);
    QString caseId() const { return m_id; }
    /// Re-reads the shown case; what is typed in the reply stays.
    void refresh();
    /// Reads the case's thread from Connect into the cache (when online) and shows it.
    void fetchThread();
    /// The case took its server id in a sync.
    void follow(const QString &oldId, const QString &newId);
    void retranslate();

    QPlainTextEdit *replyField() const { return m_reply; }
    QTextBrowser *thread() const { return m_thread; }
    FieldMessages *messages() const { return m_messages; }
    /// What "Attach file..." does with the chosen file.
    bool attachFile(const QString &path);

Q_SIGNALS:
    void backRequested();

private:
    void sendReply();
    void act(const QString &action);
    QString actionText(const QString &action) const;

    sync::AccountServices *m_services = nullptr;
    QString m_id;
    bool m_offline = false;
    QPushButton *m_back;
    QLabel *m_subject;
    QLabel *m_meta;
    QLabel *m_sync;
    QWidget *m_refusedBar; ///< "Send again" / "Discard" under a refused change of the case
    QPushButton *m_retry;
    QPushButton *m_discard;
    QLabel *m_descriptionCaption;
    QLabel *m_description;
    QLabel *m_attachments;
    QLabel *m_threadCaption;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_attach;
    QWidget *m_actions;
    QStringList m_sent; ///< "name (size)" of the files Connect has, read when the case was shown
    FieldMessages *m_messages;

    friend class HelpSupportPage;
};

} // namespace cv::ui
