#pragma once

#include "app/agreements/agreementactions.h"
#include "app/agreements/agreementendpoints.h"
#include "app/agreements/agreementrules.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

class DocumentView;

/// One agreement: the version the account signed, when and by whom, the document, the version history with a
/// diff between two versions' texts, and the actions (sign the active version, enrol). The facts come from
/// the cache (refreshed in place by a sync); versions and documents are fetched from Connect when the page
/// opens and kept in the cache (store::AgreementArchive), so they are shown offline "as of" when they were read.
/// Signing and enrolling need Connect: they are sent at once, never saved to send later (issue 14, point 4).
class AgreementDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementDetailPage)

public:
    explicit AgreementDetailPage(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    /// Shows agreement `id` (from the cache); fetches its versions and document.
    void showAgreement(const QString &id);
    /// Re-reads the cache (after a sync): facts and actions change, the document and diff stay.
    void refresh();
    QString agreementId() const { return m_id; }

    QPushButton *backButton() const { return m_back; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *enrolButton() const { return m_enrol; }
    QLabel *statusValue() const { return m_status; }
    QLabel *signedValue() const { return m_signed; }
    QLabel *notice() const { return m_notice; }
    /// Next to the buttons: what became of signing or enrolling (busy, done, refused, needs a connection).
    QLabel *actionMessage() const { return m_actionMessage; }
    /// Above the tabs: loading, or the versions shown are the copy kept offline (as of when).
    QLabel *versionsMessage() const { return m_versionsMessage; }
    QLabel *contractValue() const { return m_contract; }
    QTabWidget *tabs() const { return m_tabs; }
    DocumentView *document() const { return m_document; }
    QTableWidget *versionsTable() const { return m_versions; }
    QComboBox *compareFrom() const { return m_from; }
    QComboBox *compareTo() const { return m_to; }
    QPushButton *compareButton() const { return m_compare; }
    QTextBrowser *diffView() const { return m_diff; }
    /// The audit trail: When | Who | What | Sent to Connect.
    QTableWidget *historyTable() const { return m_history; }
    /// The version whose document is shown (0: none yet).
    int shownVersion() const { return m_shownVersion; }

    void retranslate();

Q_SIGNALS:
    void backRequested();
    /// The cache changed here (signed, enrolled): the list re-reads it.
    void changed();

private:
    void loadVersions();
    /// Fills the Versions tab (and shows the active version's document) from a list read or kept.
    void showVersions(const agreements::VersionList &list);
    void fillHistory();
    void showVersion(int version);
    void withDocument(int version, std::function<void(const agreements::Document &)> done);
    void compare();
    void sign();
    void enrol();
    enum class Act { Sign, Enrol };
    void needsConnection(Act act);
    void setSending(Act act, bool sending);
    void showOutcome(Act act, const agreements::ActOutcome &outcome);
    void showActionMessage(const QString &text, bool problem);
    /// Reads the other versions' documents in the background, so the diff and older versions work offline too.
    void keepDocuments();
    bool isOnline() const;

    QPointer<sync::AccountServices> m_services;
    QString m_id;
    agreements::AgreementView m_view;
    QList<QJsonObject> m_versionList;
    QHash<int, agreements::Document> m_documents;
    int m_shownVersion = 0;
    bool m_versionsFailed = false; ///< the last fetch did not reach Connect: retried after the next sync
    bool m_offlineMessage = false; ///< the action message says Connect cannot be reached: cleared once it can
    QMetaObject::Connection m_connectionWatch;
    int m_generation = 0; ///< answers for an agreement no longer shown are dropped

    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_statusLabel, *m_status;
    QLabel *m_activeLabel, *m_active;
    QLabel *m_signedLabel, *m_signed;
    QLabel *m_contractLabel, *m_contract;
    QPushButton *m_sign;
    QPushButton *m_enrol;
    QLabel *m_actionMessage;
    QLabel *m_notice;
    QLabel *m_versionsMessage;
    QTabWidget *m_tabs;
    DocumentView *m_document;
    QWidget *m_versionsPage;
    QTableWidget *m_versions;
    QLabel *m_compareLabel;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_compare;
    QTextBrowser *m_diff;
    QTableWidget *m_history;
};

} // namespace cv::ui
