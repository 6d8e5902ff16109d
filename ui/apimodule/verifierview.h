#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

/// "Verify a delivery" (not in the portal): paste a call Connect made to your handler (headers and body)
/// and check its Bearer JWT against the webhook's secret (app/apimodule/deliveryverifier.h): valid or
/// refused with the reason, and the decoded header and claims either way. The secret is read from Connect
/// on demand or typed in, and kept in this widget only (never written).
class VerifierView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifierView)

public:
    explicit VerifierView(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    void reload();
    void retranslate();
    /// A secret read elsewhere (the Webhooks page's "Copy secret") for webhook `id`.
    void offerSecret(const QString &id, const QString &secret);

    QComboBox *webhookCombo() const { return m_webhook; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *readSecretButton() const { return m_readSecret; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *result() const { return m_result; }
    QPlainTextEdit *claims() const { return m_claims; }

private:
    void readSecret();
    void verify();

    QPointer<sync::AccountServices> m_services;
    QComboBox *m_webhook;
    QLineEdit *m_secret;
    QPushButton *m_readSecret;
    QLabel *m_intro;
    QPlainTextEdit *m_input;
    QPushButton *m_verify;
    QLabel *m_result;
    QPlainTextEdit *m_claims;
    QLabel *m_secretLabel;
    QLabel *m_inputLabel;
    QLabel *m_claimsLabel;
};

} // namespace cv::ui
