#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QWebEngineView;

namespace cv::api {
class ApiClient;
}
namespace cv::inventory {
class LocalizationEditor;
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
    /// Where the product's translations are (issue 16 point 4): the panel can then be shown in any language
    /// the product is translated into. Null = English only.
    void setLocalization(inventory::LocalizationEditor *localization);

    /// "" = the product's own texts, else a locale id ("DE").
    QComboBox *languageBox() const { return m_language; }

    QWebEngineView *view() const { return m_view; }
    LocalOnlyInterceptor *interceptor() const { return m_interceptor; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The panel's HTML finished loading (`ok` false if the data could not be fetched).
    void shown(bool ok);

private:
    void render();

    QWebEngineView *m_view;
    QComboBox *m_language;
    inventory::LocalizationEditor *m_localization = nullptr;
    QJsonObject m_ccp;
    LocalOnlyInterceptor *m_interceptor;
    QLabel *m_status;
};

} // namespace cv::ui
