#pragma once

#include "app/reports/tablewriter.h"

#include <QList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace cv::reports {

/// Writes rows to a TableWriter on a thread of its own, so that an export computes the next rows while the
/// last ones are formatted and compressed (an .xlsx of 250,000 rows spends about as long in XML and deflate as
/// in reading the cache). Rows go over in batches; at most a few batches wait, so memory stays flat however
/// long the report. The TableWriter is used by the writing thread only between the first addRow and finish().
class BackgroundWriter final
{
public:
    explicit BackgroundWriter(TableWriter &writer);
    ~BackgroundWriter(); ///< stops the thread (rows not yet written are dropped)
    BackgroundWriter(const BackgroundWriter &) = delete;
    BackgroundWriter &operator=(const BackgroundWriter &) = delete;

    /// Queues a row; false once a write failed (the writer's error() says why), so the report stops early.
    bool addRow(const QVariantList &row);
    /// Writes what is queued and waits for it; false if any write failed. Does not finish the TableWriter.
    bool flush();

private:
    void run();
    bool handOver(bool last);

    TableWriter &m_writer;
    QList<QVariantList> m_batch;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<QVariantList>> m_queue;
    bool m_closing = false;
    bool m_failed = false;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace cv::reports
