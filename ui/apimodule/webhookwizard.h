#pragma once

#include "app/apimodule/integrationrules.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace cv::ui {

/// The portal's four-step webhook wizard (lab guide "Webhooks Page"): 1 label and description; 2 the
/// object class and trigger, for one product; 3 the external URL, the JWT secret (generated here, shown
/// masked, with copy) and extra headers; 4 review. Each step is checked before the next (app/apimodule
/// checkWebhook()); a problem is written under the field that caused it, also when it is Connect's
/// refusal of an earlier attempt (showProblems()). Editing uses the same steps; the secret then stays as
/// Connect holds it.
class WebhookWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookWizard)

public:
    /// `products`: id -> name of the account's products, for step 2.
    WebhookWizard(const QList<QPair<QString, QString>> &products, QWidget *parent = nullptr);

    /// Edits an existing webhook (its values filled in; no new secret).
    void setWebhook(const QJsonObject &webhook);
    /// Writes `problems` under their fields and opens the first step with one.
    void showProblems(const QList<apimodule::FieldProblem> &problems);

    apimodule::WebhookDraft draft() const;
    /// The secret generated in step 3 ("" when editing).
    QString secret() const;
    int step() const;

    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *productCombo() const { return m_product; }
    QComboBox *objectClassCombo() const { return m_objectClass; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QTextBrowser *review() const { return m_review; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *finishButton() const { return m_finish; }
    /// The problem shown under `field` ("" for the general one on the review step).
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }

private:
    QWidget *buildDetailsStep();
    QWidget *buildTriggerStep();
    QWidget *buildDeliveryStep();
    QWidget *buildReviewStep();
    QLabel *addProblemLabel(const QString &field);
    void goTo(int step);
    bool checkStep(int step);
    void clearProblems();
    void updateReview();
    void retranslate();

    QStackedWidget *m_steps;
    QLabel *m_stepTitle;
    QLineEdit *m_label;
    QPlainTextEdit *m_description;
    QComboBox *m_product;
    QComboBox *m_objectClass;
    QComboBox *m_type;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QPushButton *m_showSecret;
    QPushButton *m_copySecret;
    QPushButton *m_newSecret;
    QLabel *m_secretNote;
    QPlainTextEdit *m_headers;
    QTextBrowser *m_review;
    QLabel *m_reviewHint = nullptr;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_finish;
    QHash<QString, QLabel *> m_problems;
    bool m_editing = false;
};

} // namespace cv::ui
