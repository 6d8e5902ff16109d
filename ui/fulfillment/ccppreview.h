#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QWebEngineView;

namespace cv::api {
class ApiClient;
}

namespace cv::ui {

class LocalOnlyInterceptor;

/// "Sign in to CCP": how the customer sees the product in the customer control panel, from the service's
/// GET /assets/{id}/ccp (online only), rendered by content::ccpHtml() in a locked-down web view: its own
/// off-the-record profile whose LocalOnlyInterceptor blocks every remote request, JavaScript off, no
/// navigation away (LocalContentPage; links open in the system browser).
class CcpPreview final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CcpPreview)

public:
    explicit CcpPreview(QWidget *parent = nullptr);
    ~CcpPreview() override;

    /// Asks `client` for the asset's panel and shows it (an error message if the service cannot answer).
    void load(api::ApiClient *client, const QString &assetId);
    /// Shows `ccp` (a GET /assets/{id}/ccp answer) directly.
    void showCcp(const QJsonObject &ccp);

    QWebEngineView *view() const { return m_view; }
    LocalOnlyInterceptor *interceptor() const { return m_interceptor; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The panel's HTML finished loading (`ok` false if the data could not be fetched).
    void shown(bool ok);

private:
    QWebEngineView *m_view;
    LocalOnlyInterceptor *m_interceptor;
    QLabel *m_status;
};

} // namespace cv::ui
