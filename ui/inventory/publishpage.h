#pragma once

#include "app/inventory/publishcheck.h"
#include "ui/inventory/inventorycontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// The product's Publish page (lab: "Publish" .. "Publish Successful!"): the checklist of what is complete,
/// the warnings about what a published version locks, the diff of the draft against the last published
/// version (versioned vs live at once), and Publish (online: POST /products/{id}/versions) with progress
/// and a success screen; then the session syncs so the inventory shows the new version.
class PublishPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishPage)

public:
    PublishPage(const InventoryContext &context, const QString &productId, QWidget *parent = nullptr);
    ~PublishPage() override;

    /// A sync gave the product its server id: the page follows it.
    void setProductId(const QString &productId);
    /// The session whose API client publishes; without one: the context's, else the InventoryPage's.
    void setSession(sync::AccountSession *session);
    sync::AccountSession *session() const;

    QListWidget *checklist() const { return m_checklist; }
    QTreeWidget *diffTree() const { return m_diff; }
    QLabel *diffHeading() const { return m_diffHeading; }
    QLabel *warnings() const { return m_warnings; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *successTitle() const { return m_successTitle; }
    QLabel *successVersion() const { return m_successVersion; }
    QLabel *errorLabel() const { return m_error; }
    /// "overview", "progress" or "success".
    QString currentScreen() const;
    /// True when the diff shown is final (the last version's snapshot arrived, or there is none).
    bool isDiffReady() const { return m_diffReady; }
    const QList<inventory::PublishCheckItem> &checkItems() const { return m_check; }
    void retranslate();

public Q_SLOTS:
    /// Re-reads the checklist from the cache and fetches the last version for the diff (when online).
    void refresh();
    /// Asks for confirmation (repeating the warnings), then publishes.
    void publish();

Q_SIGNALS:
    void diffReady();
    /// The server published `version`; the session is syncing.
    void published(int version);
    void publishFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showChecklist();
    void showDiff(const std::optional<inventory::PublishedVersion> &last);
    /// Version `version` exists but could not be read (`heading` says why): no diff is guessed.
    void showUnknownBase(int version, const QString &heading);
    void fetchLastVersion();
    void startPublish();
    QString checkText(const inventory::PublishCheckItem &item) const;
    QString warningText() const;
    bool isOnline() const;

    InventoryContext m_context;
    QString m_productId;
    QPointer<sync::AccountSession> m_session;
    QList<inventory::PublishCheckItem> m_check;
    inventory::PublishDraft m_draft;
    int m_fetchGeneration = 0;
    bool m_diffReady = false;
    bool m_publishing = false;

    QStackedWidget *m_stack;
    QWidget *m_overview;
    QWidget *m_progress;
    QWidget *m_success;
    QLabel *m_title;
    QLabel *m_checklistHeading;
    QListWidget *m_checklist;
    QLabel *m_warningsHeading;
    QLabel *m_warnings;
    QLabel *m_diffHeading;
    QTreeWidget *m_diff;
    QLabel *m_error;
    QLabel *m_offline;
    QPushButton *m_publish;
    QLabel *m_progressLabel;
    QLabel *m_successTitle;
    QLabel *m_successVersion;
    QPushButton *m_done;
};

} // namespace cv::ui
