#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cv::inventory {
class LocalizationEditor;
}
namespace cv::store {
class ObjectRepository;
}
namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// The product's Preview page (lab: "Preview"): the test scenario -- generated customer and reseller account
/// details and the asset's ordering parameter values and item quantities, read-only until "Customize" opens
/// them -- then "Start Preview" (online only: POST /products/{id}/preview), a live list of the preparation
/// steps (polled every 300 ms) and, once the asset is ready, the link "Manual processing is required ..."
/// that asks for the created request to be opened in Fulfillment. Once that request is approved (and synced),
/// the page says the preview is ready and offers Sign in to the customer panel, as the lab's last step does.
class PreviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    PreviewPage(sync::AccountSession *session, store::ObjectRepository &objects, const QString &productId,
        QWidget *parent = nullptr);
    ~PreviewPage() override;

    /// Re-reads the product's parameters and items and whether a preview can start.
    void reload();
    /// A sync gave the product and its items server ids (old -> new): follow them, keeping what was typed.
    void setProductId(const QString &productId, const QHash<QString, QString> &renamed);
    /// Shows the finished preview's request as the cache has it now (after a sync or a local approval); touches
    /// nothing that can be typed into.
    void refreshResult();
    /// Where the product's translations are, for the customer panel's language choice. Null = English only.
    void setLocalization(inventory::LocalizationEditor *localization) { m_localization = localization; }

    QCheckBox *customizeAccounts() const { return m_customizeAccounts; }
    QCheckBox *customizeAsset() const { return m_customizeAsset; }
    /// Customer fields: "company", "first_name", "last_name", "address", "city", "postal_code", "country", "email".
    QLineEdit *customerField(const QString &key) const { return m_customer.value(key); }
    QLineEdit *resellerField(const QString &key) const { return m_reseller.value(key); }
    /// An ordering parameter by its name ("param_admin_email").
    QLineEdit *parameterField(const QString &name) const { return m_params.value(name); }
    QSpinBox *quantityField(const QString &itemId) const { return m_quantities.value(itemId); }
    QPushButton *startButton() const { return m_start; }
    QLabel *blockedReason() const { return m_blocked; }
    QListWidget *stepList() const { return m_steps; }
    /// "Manual processing is required ..." (a link) once the preview is done.
    QLabel *resultLabel() const { return m_result; }
    /// "Sign in to the customer panel": shown once the preview's request is approved on Connect.
    QPushButton *signInToCcp() const { return m_signIn; }
    /// Opens the preview's purchase request in Fulfillment (the keyboard's way to the result's link).
    QPushButton *openRequestButton() const { return m_openRequest; }
    QJsonObject lastPreview() const { return m_preview; }
    /// The body Start Preview sends.
    QJsonObject scenario() const;

Q_SIGNALS:
    /// The preview is ready: `requestId` is the pending purchase request it created.
    void previewFinished(const QString &requestId);
    /// The link was clicked: open `requestId` in the Fulfillment module.
    void openRequestRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *accountGroup(const QString &objectName, QHash<QString, QLineEdit *> &fields, QFormLayout *&form);
    void fillDefaults();
    void retranslate();
    void updateEditable();
    void updateStartable();
    void start();
    void poll();
    void showPreview(const QJsonObject &preview);
    void fail(const QString &message);
    void openCustomerPanel();

    QPointer<sync::AccountSession> m_session;
    store::ObjectRepository &m_objects;
    QString m_productId;

    QLabel *m_intro;
    QGroupBox *m_accountsBox;
    QCheckBox *m_customizeAccounts;
    QGroupBox *m_customerBox;
    QGroupBox *m_resellerBox;
    QFormLayout *m_customerForm = nullptr;
    QFormLayout *m_resellerForm = nullptr;
    QHash<QString, QLineEdit *> m_customer;
    QHash<QString, QLineEdit *> m_reseller;
    QGroupBox *m_assetBox;
    QCheckBox *m_customizeAsset;
    QFormLayout *m_assetForm;
    QLabel *m_paramsTitle = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QHash<QString, QLineEdit *> m_params;
    QHash<QString, QSpinBox *> m_quantities;
    QPushButton *m_start;
    QLabel *m_blocked;
    QLabel *m_stepsTitle;
    QListWidget *m_steps;
    QLabel *m_result;
    QPushButton *m_signIn;
    QPushButton *m_openRequest;
    QString m_resultAssetId; ///< the asset Sign in to the customer panel opens
    QString m_resultRequestId; ///< the request the result is about
    inventory::LocalizationEditor *m_localization = nullptr;
    QTimer m_poll;
    QJsonObject m_preview;
    bool m_running = false;
};

} // namespace cv::ui
