#include "app/cli/syncprogress.h"

#include <QLocale>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/ioctl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace cv::cli {

namespace {
constexpr int kRedrawMs = 100;
constexpr int kMinBarWidth = 10;
} // namespace

SyncProgress::SyncProgress(Style style, Writer write, int width)
    : m_style(style)
    , m_write(std::move(write))
    , m_width(qMax(width, 40))
{ }

SyncProgress::Style SyncProgress::styleForStderr()
{
#if defined(Q_OS_UNIX)
    return isatty(fileno(stderr)) ? Style::Bar : Style::Lines;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) ? Style::Bar : Style::Lines;
#else
    return Style::Lines;
#endif
}

int SyncProgress::terminalWidth()
{
#if defined(Q_OS_UNIX)
    winsize size {};
    if (ioctl(fileno(stderr), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    return 80;
}

void SyncProgress::update(const QString &collection, qint64 done, qint64 total)
{
    Count &count = m_counts[collection];
    const bool started = count.done == 0 && count.total == 0;
    const bool finished = done >= total && count.done < count.total;
    count.done = done;
    count.total = qMax(total, done);
    m_latest = collection;

    if (m_style == Style::Lines) {
        // Start and end of each collection only: a 100,000-object collection must not print 100 lines.
        if (started || finished)
            m_write(QStringLiteral("%1: %2/%3\n").arg(collection).arg(done).arg(total));
        return;
    }
    if (m_drawn && !finished && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < kRedrawMs)
        return;
    m_sinceDraw.start();
    m_drawn = true;
    // \r goes back to the start of the line; the padding wipes what a longer previous bar left behind.
    m_write(QLatin1Char('\r') + barText().leftJustified(m_width - 1));
}

void SyncProgress::finish()
{
    if (m_style == Style::Bar && m_drawn) {
        m_write(QLatin1Char('\r') + barText().leftJustified(m_width - 1) + QLatin1Char('\n'));
        m_drawn = false;
    }
}

QString SyncProgress::barText() const
{
    qint64 done = 0;
    qint64 total = 0;
    for (const Count &count : m_counts) {
        done += count.done;
        total += count.total;
    }
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    const QLocale locale(QLocale::English);
    const QString figures = QStringLiteral(" %1% %2/%3 objects  %4")
                                .arg(percent, 3)
                                .arg(locale.toString(done), locale.toString(total), m_latest);
    const int barWidth = qMax(kMinBarWidth, m_width - 3 - int(figures.size()));
    const int filled = total > 0 ? int(qint64(barWidth) * done / total) : 0;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(barWidth - filled, QLatin1Char('.'))
        + QLatin1Char(']') + figures;
}

} // namespace cv::cli
