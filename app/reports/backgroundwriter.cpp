#include "app/reports/backgroundwriter.h"

namespace cv::reports {

namespace {

constexpr qsizetype kBatchRows = 512;
constexpr size_t kMaxQueuedBatches = 4;

} // namespace

BackgroundWriter::BackgroundWriter(TableWriter &writer)
    : m_writer(writer)
    , m_thread([this] { run(); })
{
    m_batch.reserve(kBatchRows);
}

BackgroundWriter::~BackgroundWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundWriter::addRow(const QVariantList &row)
{
    m_batch.append(row);
    if (m_batch.size() < kBatchRows)
        return true;
    return handOver(false);
}

bool BackgroundWriter::handOver(bool last)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_failed; });
    if (m_failed)
        return false;
    if (!m_batch.isEmpty()) {
        m_queue.push_back(std::move(m_batch));
        m_batch = {};
        m_batch.reserve(kBatchRows);
    }
    if (last)
        m_closing = true;
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool BackgroundWriter::flush()
{
    if (!handOver(true))
        return false;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done; });
    return !m_failed;
}

void BackgroundWriter::run()
{
    for (;;) {
        QList<QVariantList> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty()) {
                m_done = true;
                lock.unlock();
                m_changed.notify_all();
                return;
            }
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        bool ok = true;
        for (const QVariantList &row : std::as_const(batch)) {
            if (!m_writer.addRow(row)) {
                ok = false;
                break;
            }
        }
        if (!ok) {
            {
                const std::lock_guard lock(m_mutex);
                m_failed = true;
                m_done = true;
                m_queue.clear();
            }
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace cv::reports
