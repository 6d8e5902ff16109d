#pragma once

#include <QTimer>
#include <QWebEngineView>

namespace cv::ui {

class LocalOnlyInterceptor;

/// A live, locked-down rendering of Markdown (cmark-gfm, app/content/markdown.h): its own off-the-record
/// profile whose interceptor blocks every non-local request, JavaScript off, no navigation away.
class MarkdownPreview final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownPreview)

public:
    explicit MarkdownPreview(QWidget *parent = nullptr);
    ~MarkdownPreview() override;

    /// Renders `markdown` shortly (typing does not re-render on every key).
    void setMarkdown(const QString &markdown);
    /// Renders `markdown` now, after `headerHtml` (built and escaped by the caller), e.g. an e-mail.
    void showDocument(const QString &headerHtml, const QString &markdown);
    /// Renders what was last given now.
    void renderNow();
    QString markdown() const { return m_markdown; }
    LocalOnlyInterceptor *interceptor() const { return m_interceptor; }

Q_SIGNALS:
    /// The HTML of the latest setMarkdown() is loaded.
    void rendered(bool ok);

private:
    LocalOnlyInterceptor *m_interceptor = nullptr;
    QTimer m_renderTimer;
    QString m_markdown;
    QString m_shown;
    QString m_header;
    bool m_hasShown = false;
};

} // namespace cv::ui
