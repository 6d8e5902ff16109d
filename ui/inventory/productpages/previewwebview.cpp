#include "ui/inventory/productpages/previewwebview.h"

#include <QDesktopServices>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace cv::ui {

namespace {

bool isLocal(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("qrc") || scheme == QLatin1String("data") || scheme == QLatin1String("about");
}

/// Blocks every request that would leave the machine (pattern: Zeal urlrequestinterceptor.cpp).
class LocalOnlyInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (!isLocal(info.requestUrl()))
            info.block(true);
    }
};

/// Only the content we set is shown; user-clicked web links go to the system browser.
class PreviewPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (isLocal(url))
            return true;
        if (type == NavigationTypeLinkClicked && isMainFrame
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            QDesktopServices::openUrl(url);
        return false;
    }
};

} // namespace

PreviewWebView::PreviewWebView(QWidget *parent)
    : QWebEngineView(parent)
{
    auto *profile = new QWebEngineProfile(this); // off the record: nothing written to disk
    profile->setUrlRequestInterceptor(new LocalOnlyInterceptor(profile));
    m_page = new PreviewPage(profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
}

PreviewWebView::~PreviewWebView()
{
    // The page must go before its profile (a child created earlier, so deleted first otherwise).
    delete m_page;
}

void PreviewWebView::showHtml(const QString &html)
{
    setHtml(html, QUrl(QStringLiteral("qrc:/")));
}

} // namespace cv::ui
