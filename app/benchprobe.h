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
class BenchProbe final : public QObject
{
    Q_OBJECT

public:
    BenchProbe(sync::AccountSession *session, bool fullSync, QObject *parent = nullptr);

    /// Call right after the main window is shown.
    void start();

private:
    enum class Phase { StartUp, Idle, FullSync };
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
};

} // namespace cv
