#pragma once

#include <QWebEnginePage>

namespace cv::ui {

/// A web page that shows local content only: it never navigates away from what it was given; a clicked
/// http(s) or mailto link opens in the system browser instead, after the user confirms the address.
class LocalContentPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalContentPage)

public:
    LocalContentPage(QWebEngineProfile *profile, QObject *parent = nullptr);

private:
    void confirmExternal(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    /// Console messages (e.g. the content security policy refusing a remote image) go to the debug log.
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceID) override;
};

} // namespace cv::ui
