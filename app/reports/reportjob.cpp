#include "app/reports/reportjob.h"

#include "app/reports/backgroundwriter.h"
#include "app/store/cachedatabase.h"
#include "app/store/collections.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <optional>

namespace cv::reports {

ReportJob::ReportJob(ReportTask task, QObject *parent)
    : QObject(parent)
    , m_task(std::move(task))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<cv::reports::ReportOutcome>();
}

ReportJob::~ReportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReportJob::cancel()
{
    m_cancel->store(true);
}

bool ReportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportJob::start()
{
    if (m_thread)
        return;
    const ReportTask task = m_task;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    m_thread = QThread::create([this, task, cancelFlag] {
        const ReportOutcome outcome = runNow(task, *cancelFlag, [this](qint64 done, qint64 total) {
            // Queued: the receiver is this object on the GUI thread; events for a deleted job are dropped
            // (and the destructor waits for this thread anyway).
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("report-%1").arg(task.reportId));
    m_thread->start(QThread::LowPriority);
}

std::unique_ptr<TableWriter> ReportJob::writerFor(ExportFormat format)
{
    return TableWriter::create(format);
}

ReportOutcome ReportJob::runNow(const ReportTask &task, const std::atomic_bool &cancel, const Progress &progress)
{
    ReportOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    const ReportDefinition *report = definition(task.reportId);
    if (!report) {
        outcome.run.error = QStringLiteral("no report \"%1\"").arg(task.reportId);
        return outcome;
    }
    outcome.headers = report->headers();
    if (!store::collection(report->collection)) {
        outcome.run.error
            = QStringLiteral("%1: the cache has no collection \"%2\" yet").arg(task.reportId, report->collection);
        return outcome;
    }
    auto opened = store::CacheDatabase::openSecondary(task.cacheFile);
    if (!opened) {
        outcome.run.error = opened.error();
        return outcome;
    }
    std::unique_ptr<store::CacheDatabase> db = std::move(opened).value();
    const store::ObjectRepository repository(*db);
    const ReportRunner runner(repository);
    const qint64 total = runner.candidates(*report, task.params);
    if (progress)
        progress(0, total);

    std::unique_ptr<TableWriter> writer;
    QString partial;
    if (task.mode == ReportTask::Mode::Export) {
        writer = writerFor(task.format);
        if (!writer) {
            outcome.run.error = QStringLiteral("%1: this build cannot write that format").arg(task.target);
            return outcome;
        }
        const QFileInfo info(task.target);
        partial
            = info.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                              .arg(info.fileName())
                                              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!writer->open(partial, report->title, outcome.headers)) {
            outcome.run.error = writer->error();
            QFile::remove(partial);
            return outcome;
        }
    }
    // The file is written on a second thread while the rows are computed (BackgroundWriter).
    std::optional<BackgroundWriter> background;
    if (writer)
        background.emplace(*writer);
    const auto sink = [&](const QVariantList &row) {
        if (outcome.preview.size() < task.previewRows)
            outcome.preview << row;
        return !background || background->addRow(row);
    };
    const auto tick = [&](qint64 read) {
        if (progress)
            progress(read, total);
        return !cancel.load();
    };
    outcome.run = runner.run(*report, task.params, sink, tick);
    if (cancel.load())
        outcome.run.cancelled = true;
    if (writer) {
        const bool written = outcome.ok() ? background->flush() : true;
        background.reset(); // the writing thread is done with the writer from here
        if (!written && outcome.run.error.isEmpty())
            outcome.run.error = writer->error();
        if (!outcome.run.error.isEmpty() && !writer->error().isEmpty())
            outcome.run.error = writer->error();
        const bool finished = outcome.ok() && writer->finish();
        if (outcome.ok() && !finished)
            outcome.run.error = writer->error();
        if (outcome.ok()) {
            // The complete file takes the target's name only now (an older file there is replaced).
            if (QFile::exists(task.target) && !QFile::remove(task.target))
                outcome.run.error = QStringLiteral("%1: cannot replace the existing file").arg(task.target);
            else if (!QFile::rename(partial, task.target))
                outcome.run.error = QStringLiteral("%1: cannot rename %2 to it").arg(task.target, partial);
            else
                outcome.file = task.target;
        }
        writer.reset();
        if (outcome.file.isEmpty())
            QFile::remove(partial);
    }
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace cv::reports
