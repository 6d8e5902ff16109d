#include "ui/inventory/markdownpreview.h"

#include "app/content/markdown.h"
#include "ui/inventory/localcontentpage.h"
#include "ui/inventory/localonlyinterceptor.h"
#include "ui/style/previewtheme.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cv::ui {

MarkdownPreview::MarkdownPreview(QWidget *parent)
    : QWebEngineView(parent)
{
    // The profile belongs to the page, so it is destroyed after the page (Qt requires that order).
    auto *profile = new QWebEngineProfile;
    m_interceptor = new LocalOnlyInterceptor(profile);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    auto *page = new LocalContentPage(profile, this);
    profile->setParent(page);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setFocusPolicy(Qt::NoFocus);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(120);
    connect(&m_renderTimer, &QTimer::timeout, this, &MarkdownPreview::renderNow);
    connect(this, &QWebEngineView::loadFinished, this, &MarkdownPreview::rendered);
    followTheme(this, [this] {
        if (m_hasShown)
            renderNow();
    });
}

MarkdownPreview::~MarkdownPreview() = default;

void MarkdownPreview::setMarkdown(const QString &markdown)
{
    if (m_hasShown && markdown == m_shown && !m_renderTimer.isActive())
        return; // already shown: no reload (and no flicker) when nothing changed
    m_markdown = markdown;
    m_renderTimer.start();
}

void MarkdownPreview::showDocument(const QString &headerHtml, const QString &markdown)
{
    m_header = headerHtml;
    m_markdown = markdown;
    renderNow();
}

void MarkdownPreview::renderNow()
{
    m_renderTimer.stop();
    m_shown = m_markdown;
    m_hasShown = true;
    setHtml(themedHtml(content::Markdown::toHtmlDocument(m_header, m_markdown)), QUrl(QStringLiteral("qrc:/")));
}

} // namespace cv::ui
