#include "app/benchprobe.h"

#include "app/sync/accountsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMetaEnum>

#include <cstdio>
#include <unistd.h>

namespace cv {

namespace {

constexpr int kTickMs = 5;
constexpr int kStartUpLimitMs = 60000; // a first sync that never ends still gives the start-up figures

/// Milliseconds since this process was exec'd (Linux: /proc), so the time before main() counts too.
qint64 processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ')' closing the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((now - started) * 1000.0);
}

QByteArray residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed();
    }
    return "?";
}

} // namespace

BenchProbe::BenchProbe(sync::AccountSession *session, bool fullSync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_fullSync(fullSync)
{
    m_tick.setInterval(kTickMs);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &BenchProbe::onTick);
    connect(m_session, &sync::AccountSession::synced, this, &BenchProbe::onSynced);
}

void BenchProbe::start()
{
    m_clock.start();
    QCoreApplication::instance()->installEventFilter(this);
    // The first turn of the event loop after show(): the window is up with its pages attached to the cache.
    QTimer::singleShot(0, this, [this] {
        std::printf("cold start to main window: %lld ms since exec\n", processAgeMs());
        std::fflush(stdout);
        m_lastTick = m_clock.elapsed();
        m_phaseStart = m_lastTick;
        m_tick.start();
    });
    QTimer::singleShot(kStartUpLimitMs, this, [this] {
        if (m_phase == Phase::StartUp) {
            std::printf("no sync ended within %d s of start-up\n", kStartUpLimitMs / 1000);
            onSynced();
        }
    });
}

void BenchProbe::onTick()
{
    const qint64 now = m_clock.elapsed();
    if (m_lastTick >= 0)
        m_longestStall = std::max(m_longestStall, now - m_lastTick - kTickMs);
    m_lastTick = now;
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Called before each event of the GUI thread: the time since the previous call is what the previous event
    // took (the 5 ms tick keeps idle gaps short). Only events the loop dispatches count: an event sent from
    // inside a slot (a hide, a tooltip change) would take the blame for the rest of that slot.
    switch (event->type()) {
    case QEvent::MetaCall:
    case QEvent::Timer:
    case QEvent::ZeroTimerEvent:
    case QEvent::SockAct:
    case QEvent::UpdateRequest:
    case QEvent::DeferredDelete: break;
    default: return false;
    }
    const qint64 now = m_clock.elapsed();
    if (m_current.startedAt >= 0 && now - m_current.startedAt > m_longestEventMs) {
        m_longestEventMs = now - m_current.startedAt;
        m_longest = m_current;
    }
    m_current.startedAt = now;
    m_current.type = int(event->type());
    m_current.receiverClass = watched->metaObject()->className();
    m_current.receiverName = watched->objectName();
    return false;
}

QByteArray BenchProbe::longestEvent() const
{
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(m_longest.type);
    return QStringLiteral("%1 ms in %2 to %3 \"%4\"")
        .arg(m_longestEventMs)
        .arg(type ? QString::fromLatin1(type) : QString::number(m_longest.type),
            QString::fromLatin1(m_longest.receiverClass), m_longest.receiverName)
        .toUtf8();
}

void BenchProbe::enter(Phase phase)
{
    onTick();
    m_phase = phase;
    m_phaseStart = m_clock.elapsed();
    m_longestStall = 0;
    m_longestEventMs = 0;
    m_longest = {};
}

void BenchProbe::onSynced()
{
    onTick();
    switch (m_phase) {
    case Phase::StartUp:
        std::printf("longest GUI stall from the window to the end of the start-up sync: %lld ms (%lld ms); longest "
                    "event: %s\n",
            m_longestStall, m_clock.elapsed() - m_phaseStart, longestEvent().constData());
        enter(Phase::Idle);
        QTimer::singleShot(2000, this, [this] {
            std::printf("idle memory (VmRSS) 2 s after the start-up sync: %s\n", residentMemory().constData());
            std::printf("longest GUI stall while idle: %lld ms; longest event: %s\n", m_longestStall,
                longestEvent().constData());
            std::fflush(stdout);
            if (!m_fullSync) {
                QCoreApplication::exit(0);
                return;
            }
            enter(Phase::FullSync);
            m_session->syncNow(true);
        });
        break;
    case Phase::Idle: break;
    case Phase::FullSync:
        std::printf("longest GUI stall during a full sync: %lld ms (sync took %lld ms); longest event: %s\n",
            m_longestStall, m_clock.elapsed() - m_phaseStart, longestEvent().constData());
        std::printf("memory (VmRSS) after the full sync: %s\n", residentMemory().constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
        break;
    }
    std::fflush(stdout);
}

} // namespace cv
