#include "ui/inventory/productpages/previewwebview.h"

#include "ui/inventory/localcontentpage.h"
#include "ui/inventory/localonlyinterceptor.h"
#include "ui/style/previewtheme.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cv::ui {

PreviewWebView::PreviewWebView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Locked down like the profile's Markdown preview: an off-the-record profile whose interceptor blocks
    // every non-local request, JavaScript off, no navigation away (LocalContentPage). The profile belongs
    // to the page, so it is destroyed after the page, as Qt requires.
    auto *profile = new QWebEngineProfile;
    profile->setUrlRequestInterceptor(new LocalOnlyInterceptor(profile));
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    m_page = new LocalContentPage(profile, this);
    profile->setParent(m_page);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    followTheme(this, [this] {
        if (!m_html.isNull())
            setHtml(themedHtml(m_html), QUrl(QStringLiteral("qrc:/")));
    });
}

PreviewWebView::~PreviewWebView() = default;

void PreviewWebView::showHtml(const QString &html)
{
    m_html = html;
    setHtml(themedHtml(html), QUrl(QStringLiteral("qrc:/")));
}

} // namespace cv::ui
