#pragma once

#include "app/sync/accountsession.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cv::ui {

/// The status bar's sync corner: connection and sync state in words, sync progress, a "N conflicts"
/// button that opens the conflicts panel, and "Enter key…" when no key could be read.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(sync::AccountSession *session, QWidget *parent = nullptr);

    QLabel *stateLabel() const { return m_state; }
    QToolButton *conflictsButton() const { return m_conflicts; }
    void refresh();

Q_SIGNALS:
    void conflictsRequested();
    void keyRequested();

private:
    QString describe() const;

    sync::AccountSession *m_session;
    QLabel *m_state;
    QToolButton *m_conflicts;
    QToolButton *m_enterKey;
    QString m_progress;
};

} // namespace cv::ui
