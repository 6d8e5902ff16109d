#include "ui/inventory/localcontentpage.h"

#include "ui/inventory/localonlyinterceptor.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cv::ui {

namespace {
Q_LOGGING_CATEGORY(lcPreview, "cv.ui.preview")
}

LocalContentPage::LocalContentPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

bool LocalContentPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (LocalOnlyInterceptor::isLocal(url))
        return type != NavigationTypeLinkClicked; // a local link inside a preview leads nowhere useful
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")
            || url.scheme() == QLatin1String("mailto")))
        confirmExternal(url);
    return false;
}

/// A link leaves the app only when the user says so: the address is shown first (content may come from
/// templates and descriptions anyone on the account can edit). Window-modal, without a nested event loop.
void LocalContentPage::confirmExternal(const QUrl &url)
{
    QWidget *view = QWebEngineView::forPage(this);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open link"),
        tr("Open this address in your web browser?\n\n%1").arg(url.toDisplayString()),
        QMessageBox::Open | QMessageBox::Cancel, view ? view->window() : nullptr);
    box->setObjectName(QStringLiteral("openLinkConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [url](int result) {
        if (result == QMessageBox::Open)
            QDesktopServices::openUrl(url);
    });
    box->open();
}

void LocalContentPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceID)
{
    Q_UNUSED(level)
    Q_UNUSED(lineNumber)
    Q_UNUSED(sourceID)
    qCDebug(lcPreview) << "console:" << message;
}

} // namespace cv::ui
