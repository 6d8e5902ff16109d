#pragma once

#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

namespace cv::ui {

/// Blocks every request of a web view that is not local content (data:, qrc:, about:): previews never
/// reach the network, whatever the Markdown or template they show links to (docs/architecture.md, "Patterns",
/// after Zeal's urlrequestinterceptor.cpp).
class LocalOnlyInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalOnlyInterceptor)

public:
    explicit LocalOnlyInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isLocal(const QUrl &url);
    /// The URLs blocked so far (most recent last, at most 100).
    QStringList blockedUrls() const { return m_blocked; }

private:
    QStringList m_blocked;
};

} // namespace cv::ui
