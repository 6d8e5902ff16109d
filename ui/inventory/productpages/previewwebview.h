#pragma once

#include <QWebEngineView>

namespace cv::ui {

/// A web view for previews of untrusted template HTML: JavaScript off, its own off-the-record profile
/// whose request interceptor (LocalOnlyInterceptor) blocks everything that is not local, navigation
/// limited to the content set with showHtml() (LocalContentPage).
class PreviewWebView final : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewWebView(QWidget *parent = nullptr);
    ~PreviewWebView() override;
    /// Shows `html` with base qrc:/ (so nothing relative resolves to the network).
    void showHtml(const QString &html);

private:
    QWebEnginePage *m_page = nullptr;
    QString m_html; ///< what showHtml() was last given, shown again in a new theme
};

} // namespace cv::ui
