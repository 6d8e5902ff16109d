#pragma once

#include "ui/shell/modulepage.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace cv::ui {

class TokensView;
class VerifierView;
class WebhooksView;

/// The API module (lab guide "API Module", "Tokens Page", "Webhooks Page"): a left menu as in the portal
/// with General (the API URL of the account, how to authenticate, the documentation, a curl example with
/// the key masked), Tokens, Webhooks, and Verify a delivery.
class ApiPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiPage)

public:
    enum Section { General, Tokens, Webhooks, Verifier };

    explicit ApiPage(QWidget *parent = nullptr);

    void showSection(Section section);
    Section section() const;
    TokensView *tokensView() const { return m_tokens; }
    WebhooksView *webhooksView() const { return m_webhooks; }
    VerifierView *verifierView() const { return m_verifier; }
    QPlainTextEdit *curlExample() const { return m_curl; }

    /// Ctrl+F: from General or the verifier (no search there) to the tokens and their search.
    void showList() override;
    QLineEdit *searchField() const override;
    bool openObject(const QString &id) override;
    void retranslate() override;

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    QWidget *buildGeneral();
    void updateGeneral();
    void reload();

    QListWidget *m_nav;
    QStackedWidget *m_sections;
    QLabel *m_urlTitle;
    QLabel *m_url;
    QLabel *m_authTitle;
    QLabel *m_auth;
    QLabel *m_docs;
    QLabel *m_curlTitle;
    QPlainTextEdit *m_curl;
    QPushButton *m_copyCurl;
    TokensView *m_tokens;
    WebhooksView *m_webhooks;
    VerifierView *m_verifier;
};

} // namespace cv::ui
