#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <functional>

namespace cv::cli {

/// What `sync` shows on stderr while it runs. On a terminal: one bar redrawn in place (all collections
/// together, the busiest named), at most ten times a second. Otherwise (a file, a pipe, CI logs): one plain line
/// when a collection starts and one when it is done, so a log stays readable and diffable.
class SyncProgress
{
public:
    enum class Style { Bar, Lines };
    using Writer = std::function<void(const QString &)>;

    SyncProgress(Style style, Writer write, int width = 80);

    /// Bar on a terminal, Lines otherwise (decided from stderr).
    static Style styleForStderr();
    /// The terminal's width in columns (80 when unknown).
    static int terminalWidth();

    void update(const QString &collection, qint64 done, qint64 total);
    /// Ends the bar's line so what follows starts on a fresh one (nothing in the Lines style).
    void finish();

    /// The bar as it would be drawn now (without the carriage return), for tests.
    QString barText() const;

private:
    struct Count
    {
        qint64 done = 0;
        qint64 total = 0;
    };

    Style m_style;
    Writer m_write;
    int m_width;
    QMap<QString, Count> m_counts;
    QString m_latest;
    QElapsedTimer m_sinceDraw;
    bool m_drawn = false;
};

} // namespace cv::cli
