#include "ui/sync/syncstatuswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace cv::ui {

using Connection = sync::AccountSession::Connection;

SyncStatusWidget::SyncStatusWidget(sync::AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_enterKey(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_enterKey->setObjectName(QStringLiteral("enterKeyButton"));
    m_conflicts->setAutoRaise(true);
    m_enterKey->setAutoRaise(true);
    m_enterKey->setText(tr("Enter key…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_enterKey);
    layout->addWidget(m_state);

    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_enterKey, &QToolButton::clicked, this, &SyncStatusWidget::keyRequested);
    connect(session, &sync::AccountSession::connectionChanged, this, [this] {
        m_progress.clear();
        refresh();
    });
    connect(session, &sync::AccountSession::synced, this, &SyncStatusWidget::refresh);
    connect(
        session, &sync::AccountSession::progress, this, [this](const QString &collection, qint64 done, qint64 total) {
            //: Sync progress: %1 changes of %2 sent so far.
            m_progress = collection == QLatin1String("outbox") ? tr("sending changes %1/%2").arg(done).arg(total)
                                                               : tr("%1 %2/%3").arg(collection).arg(done).arg(total);
            m_state->setText(describe());
        });
    connect(session, &sync::AccountSession::cacheUpgrading, this, [this](qint64 done, qint64 total) {
        //: Shown while an older build's offline data is converted; %1 is how far, in percent.
        m_progress = tr("upgrading the offline data: %1%").arg(total > 0 ? done * 100 / total : 0);
        m_state->setText(describe());
    });
    refresh();
}

QString SyncStatusWidget::describe() const
{
    const store::Outbox::Counts outbox = m_session->outboxCounts();
    //: Added after the sync state in the status bar ("Synced at 14:05 · 1 change waiting to be sent").
    QString pending = outbox.pending == 0 ? QString()
        : outbox.pending == 1             ? tr(" · 1 change waiting to be sent")
                                          : tr(" · %Ln changes waiting to be sent", nullptr, int(outbox.pending));
    // Refused changes are not sent again by a sync: they wait for the user, where each is shown.
    //: Added after the sync state in the status bar ("Synced at 14:05 · 1 change refused by Connect").
    if (outbox.refused > 0)
        pending += outbox.refused == 1 ? tr(" · 1 change refused by Connect")
                                       : tr(" · %Ln changes refused by Connect", nullptr, int(outbox.refused));
    switch (m_session->connection()) {
    case Connection::NoAccount: return tr("Nothing to sync");
    case Connection::Opening:
        //: %1 is the progress, e.g. "upgrading the offline data: 40%".
        return m_progress.isEmpty() ? tr("Opening the account…") : tr("Opening the account… %1").arg(m_progress);
    case Connection::NoKey: return tr("No API key available: working offline") + pending;
    //: %1 is the progress, e.g. "sending changes 3/10".
    case Connection::Syncing: return tr("Syncing… %1").arg(m_progress) + pending;
    case Connection::Offline:
        return tr("Offline: changes are saved here and sent when the connection is back") + pending;
    //: %1 is the error, as Connect or the network gave it.
    case Connection::Error: return tr("Sync failed: %1").arg(m_session->lastError()) + pending;
    case Connection::Online: {
        const QDateTime last = QDateTime::fromString(m_session->lastSyncAt(), Qt::ISODate);
        //: %1 is the time of the last sync.
        return (last.isValid() ? tr("Synced at %1").arg(QLocale().toString(last.time(), QLocale::ShortFormat))
                               : tr("Not synced yet"))
            + pending;
    }
    }
    return {};
}

void SyncStatusWidget::refresh()
{
    m_state->setText(describe());
    m_state->setToolTip(m_session->lastError());
    const int conflicts = m_session->conflictCount();
    m_conflicts->setText(conflicts == 1 ? tr("⚠ 1 conflict") : tr("⚠ %n conflicts", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
    m_enterKey->setVisible(m_session->connection() == Connection::NoKey);
}

} // namespace cv::ui
