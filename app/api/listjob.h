#pragma once

#include "app/api/apierror.h"
#include "app/api/listpage.h"
#include "app/api/rqlquery.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace cv::api {

class ApiClient;
class ApiJob;

/// Pages through a Connect collection with limit/offset, reading the total from Content-Range (REFERENCE §2.1).
/// Each page is an ApiJob with the client's retry policy. Pages are handed out as they arrive (pageReceived), so a
/// caller can store them one by one and persist nextOffset() to resume later with setStartOffset().
///
/// A page's body is parsed on a worker thread (QThreadPool): a 1,000-object page is about 4 MB of JSON, which
/// would otherwise hold the GUI thread's event loop for tens of milliseconds per page.
///
/// Stops when offset + page size >= total, or a page is shorter than the page size (the server's own end marker;
/// also guards against a total that moves while paging). A body that is not a JSON array, or a missing or malformed
/// Content-Range, fails with Kind::InvalidResponse naming what was wrong and the URL.
class ListJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListJob)

public:
    /// Created by ApiClient::list(). `pageSize` is clamped to 1..1000 (the server's cap).
    explicit ListJob(ApiClient *client, QString path, RqlQuery query, int pageSize, QObject *parent = nullptr);

    /// Where to begin (resume); only before the first page is requested.
    void setStartOffset(qint64 offset);
    qint64 startOffset() const { return m_startOffset; }
    int pageSize() const { return m_pageSize; }

    /// Requests the first page from the event loop (so setStartOffset() may follow start()). Once only.
    void start();
    /// Cancels the page in flight; finishes at once with Kind::Cancelled (finished() before returning).
    void cancel();
    /// Back-pressure: while held, the next page is not requested once the one in flight has arrived (a consumer
    /// that stores pages on another thread holds the listing while it is behind). release() requests it then.
    void hold() { m_held = true; }
    void release();
    bool isHeld() const { return m_held; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.ok(); }
    const ApiError &error() const { return m_error; }
    /// The collection size from the last Content-Range; -1 before the first page.
    qint64 total() const { return m_total; }
    /// Objects received by this job (not counting those before the start offset).
    qint64 received() const { return m_received; }
    /// The offset the next page would start at: persist it to resume.
    qint64 nextOffset() const { return m_offset; }
    /// Pages received so far.
    int pages() const { return m_pages; }

Q_SIGNALS:
    /// One page: its objects, the offset of the first one and the collection total.
    void pageReceived(const QJsonArray &page, qint64 offset, qint64 total);
    /// Emitted once, on the end of the collection, an error or cancel(). Deleted later by the ApiClient.
    void finished(cv::api::ListJob *job);

private:
    void requestPage();
    void onPageFinished(ApiJob *job);
    void onPageParsed(const ListPage &parsed, const QByteArray &contentRange, const ApiError &context);
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_path;
    RqlQuery m_query;
    int m_pageSize;
    qint64 m_startOffset = 0;
    qint64 m_offset = 0;
    qint64 m_total = -1;
    qint64 m_received = 0;
    int m_pages = 0;
    QPointer<ApiJob> m_page;
    QFutureWatcher<ListPage> *m_parsing = nullptr;
    QSet<QString> m_seenIds; ///< ids received so far: a page of nothing new means the paging does not advance
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_held = false;
    bool m_nextDue = false; ///< a page arrived while held: the next one is requested on release()
};

} // namespace cv::api
