#include "app/api/listjob.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/api/contentrange.h"
#include "app/api/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace cv::api {

namespace {
constexpr int kMaxPageSize = 1000;
} // namespace

ListJob::ListJob(ApiClient *client, QString path, RqlQuery query, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
    // Connect clips larger limits to 1000 (RQL1000Pagination, REFERENCE §2.1); asking for more would make every page
    // look short and end the listing early.
    , m_pageSize(std::clamp(pageSize, 1, kMaxPageSize))
{ }

void ListJob::setStartOffset(qint64 offset)
{
    if (m_pages > 0 || m_page)
        return;
    m_startOffset = std::max<qint64>(0, offset);
    m_offset = m_startOffset;
}

void ListJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_query.isValid()) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidRequest;
            error.method = "GET";
            error.path = m_path;
            error.detail = m_query.errorString();
            if (m_client)
                error.url = m_client->urlFor(m_path).adjusted(QUrl::RemoveUserInfo);
            finish(error);
            return;
        }
        requestPage();
    });
}

void ListJob::requestPage()
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.detail = QStringLiteral("the client was deleted");
        finish(error);
        return;
    }
    const int offset = int(std::min<qint64>(m_offset, INT_MAX));
    // Raw: the body is parsed in onPageFinished(), off this thread.
    m_page = m_client->getRaw(m_path, m_query.toQueryString(m_pageSize, offset), "application/json");
    connect(m_page, &ApiJob::finished, this, &ListJob::onPageFinished);
}

void ListJob::onPageFinished(ApiJob *job)
{
    if (job != m_page || m_finished)
        return;
    m_page.clear();
    if (!job->ok()) {
        finish(job->error());
        return;
    }
    // What an invalid page is reported as (the URL, status and method of this page's request).
    ApiError context;
    context.kind = ApiError::Kind::InvalidResponse;
    context.httpStatus = job->response().status;
    context.method = job->method();
    context.url = job->url().adjusted(QUrl::RemoveUserInfo);
    context.path = job->path();
    const QByteArray body = job->response().body;
    const QByteArray contentRange = job->response().header("Content-Range");
    auto promise = std::make_shared<QPromise<ListPage>>();
    m_parsing = new QFutureWatcher<ListPage>(this);
    connect(m_parsing, &QFutureWatcher<ListPage>::finished, this, [this, watcher = m_parsing, contentRange, context] {
        watcher->deleteLater();
        if (watcher != m_parsing)
            return;
        m_parsing = nullptr;
        const ListPage parsed = watcher->future().result();
        onPageParsed(parsed, contentRange, context);
    });
    m_parsing->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body] {
        promise->addResult(parseListPage(body));
        promise->finish();
    });
}

void ListJob::onPageParsed(const ListPage &parsed, const QByteArray &header, const ApiError &context)
{
    if (m_finished)
        return;
    const auto invalid = [&context](const QString &what) {
        ApiError error = context;
        error.detail = what + QStringLiteral(" (from %1)").arg(context.url.toString(QUrl::FullyEncoded));
        return error;
    };
    const PageStep step = checkListPage(parsed, header, m_offset, m_seenIds);
    if (!step.error.isEmpty()) {
        finish(invalid(step.error));
        return;
    }
    const QJsonArray &page = parsed.objects;
    const qint64 offset = m_offset;
    m_total = step.total;
    m_received += page.size();
    m_offset += page.size();
    ++m_pages;
    qCDebug(lcConnect).noquote() << "page" << m_path << offset << "+" << page.size() << "of" << m_total;
    Q_EMIT pageReceived(page, offset, m_total);
    if (m_finished) // a receiver cancelled
        return;
    if (m_offset >= m_total || page.size() < m_pageSize) {
        finish(ApiError());
        return;
    }
    if (m_held) {
        m_nextDue = true;
        return;
    }
    requestPage();
}

void ListJob::release()
{
    m_held = false;
    if (!m_nextDue || m_finished)
        return;
    m_nextDue = false;
    requestPage();
}

void ListJob::cancel()
{
    if (m_finished)
        return;
    if (m_parsing) { // its result is dropped (onPageParsed sees m_finished)
        m_parsing->deleteLater();
        m_parsing = nullptr;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.method = "GET";
    error.path = m_path;
    error.detail = QStringLiteral("cancelled at offset %1").arg(m_offset);
    if (m_page) {
        ApiJob *page = m_page;
        m_page.clear();
        page->disconnect(this);
        page->cancel();
        error = page->error();
    }
    finish(error);
}

void ListJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.ok())
        qCInfo(lcConnect).noquote() << "list" << m_path << "stopped at offset" << m_offset << ":" << error.summary();
    Q_EMIT finished(this);
}

} // namespace cv::api
