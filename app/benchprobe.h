#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cv::sync {
class AccountSession;
struct SyncSummary;
} // namespace cv::sync

namespace cv {

/// Start-up and responsiveness figures for packaging/bench-ui.sh, switched on by the environment variable
/// CV_BENCH_UI (never by a user-facing option): prints, on standard output, the time from exec to the main
/// window's first event-loop turn, the longest event-loop stall from then until the first sync ends, the
/// resident memory once idle, and with CV_BENCH_UI=sync the longest stall during a full sync; then quits.
/// A stall is the gap between two turns of a 5 ms timer, minus 5 ms: the time the GUI thread did not answer.
/// Each figure names the event that ran longest in its phase (its type and receiver), which says where to look.
class BenchProbe final : public QObject
{
    Q_OBJECT

public:
    BenchProbe(sync::AccountSession *session, bool fullSync, QObject *parent = nullptr);

    /// Call right after the main window is shown.
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { StartUp, Idle, FullSync };
    /// "N ms in <event type> to <receiver class> "<object name>"": the longest event of the phase.
    QByteArray longestEvent() const;
    void onTick();
    void onSynced();
    void enter(Phase phase);

    sync::AccountSession *m_session;
    bool m_fullSync;
    Phase m_phase = Phase::StartUp;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTick = -1;
    qint64 m_phaseStart = 0;
    qint64 m_longestStall = 0;
    // The event being delivered (the gap to the next one is how long it took) and the longest of the phase.
    struct Delivery
    {
        qint64 startedAt = -1;
        int type = 0;
        const char *receiverClass = "";
        QString receiverName;
    };
    Delivery m_current;
    Delivery m_longest;
    qint64 m_longestEventMs = 0;
};

} // namespace cv
