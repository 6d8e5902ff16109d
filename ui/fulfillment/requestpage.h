#pragma once

#include "ui/fulfillment/fulfillmentcontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace cv::fulfillment {
struct ActionError;
}

namespace cv::ui {

class RequestParametersTab;

/// One fulfillment request: its status and the actions allowed in that status in the header, and tabs
/// Items, Parameters, Details, Tiers, Notes and Requests chain. Every action works offline: the cache
/// shows the outcome at once and the request reads "Waiting for sync" until the sync confirms it.
/// Keyboard: Alt+Down / Alt+Up (or J / K) ask for the next / previous pending request.
class RequestPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPage)

public:
    explicit RequestPage(QWidget *parent = nullptr);

    void setContext(const FulfillmentContext &context);
    void openRequest(const QString &id);
    /// Re-reads the shown request from the cache (after a sync).
    void reload();
    QString requestId() const { return m_id; }
    /// "Approve..." as if its button were pressed (the command palette): false if the request cannot be
    /// approved in its status.
    bool startApprove();
    QJsonObject request() const { return m_request; }
    /// Puts the keyboard on the request's tabs (opening a request): arrows switch tabs, Alt+Down moves on.
    void focusTabs();

Q_SIGNALS:
    void backRequested();
    /// The request was changed locally (the list should re-read it).
    void changed(const QString &id);
    /// Keyboard triage: show the next (forward) or previous pending request.
    void navigateRequested(bool forward);
    /// Another request was chosen (e.g. in the Requests chain).
    void openRequested(const QString &id);
    /// "Sign in to CCP": show the customer control panel of `assetId` (after approval).
    void ccpRequested(const QString &assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Names for screen readers of what has no label of its own (constructor and language change).
    void setAccessibleTexts();
    void readRequest();
    void showRequest();
    void updateActions();
    void switchToPending();
    void approve();
    void openApproveDialog();
    void inquire();
    void reject();
    void assignToMe();
    bool saveParameters(const QHash<QString, QString> &values);
    void saveNote();
    void showResult(bool ok, const fulfillment::ActionError *error, const QString &done);
    QHash<QString, QString> parameterTitles() const;

    FulfillmentContext m_context;
    QString m_id;
    QJsonObject m_request;

    QLabel *m_title;
    QLabel *m_type;
    QLabel *m_status;
    QLabel *m_waiting;
    QLabel *m_summary;
    QLabel *m_assignee;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_pend;
    QPushButton *m_inquire;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_assign;
    QPushButton *m_ccp = nullptr;
    QTabWidget *m_tabs;
    QTableWidget *m_items;
    RequestParametersTab *m_params;
    QTextBrowser *m_details;
    QTextBrowser *m_tiers;
    QTextBrowser *m_notes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_saveNote;
    QTableWidget *m_chain;
};

} // namespace cv::ui
