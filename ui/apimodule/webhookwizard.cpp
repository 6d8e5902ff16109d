#include "ui/apimodule/webhookwizard.h"

#include "ui/apimodule/integrationlabels.h"
#include "ui/style/previewtheme.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr int kSteps = 4;

/// Which step holds the widget of an API field; the review step takes what has no widget.
int stepOfField(const QString &field)
{
    if (field == QLatin1String("label") || field == QLatin1String("description"))
        return 0;
    if (field == QLatin1String("object_class") || field == QLatin1String("type") || field == QLatin1String("product_id")
        || field == QLatin1String("product"))
        return 1;
    if (field == QLatin1String("external_url") || field == QLatin1String("jwt_secret")
        || field == QLatin1String("headers") || field == QLatin1String("http_method"))
        return 2;
    return 3;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setProperty("hint", true);
    return label;
}

} // namespace

WebhookWizard::WebhookWizard(const QList<QPair<QString, QString>> &products, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QStackedWidget(this))
    , m_stepTitle(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_product(new QComboBox(this))
    , m_objectClass(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QPushButton(this))
    , m_copySecret(new QPushButton(this))
    , m_newSecret(new QPushButton(this))
    , m_secretNote(new QLabel(this))
    , m_headers(new QPlainTextEdit(this))
    , m_review(new QTextBrowser(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_finish(new QPushButton(this))
{
    setObjectName(QStringLiteral("webhookWizard"));
    m_stepTitle->setObjectName(QStringLiteral("wizardStepTitle"));
    m_stepTitle->setProperty("cardTitle", true);
    m_label->setObjectName(QStringLiteral("webhookLabel"));
    m_description->setObjectName(QStringLiteral("webhookDescription"));
    m_product->setObjectName(QStringLiteral("webhookProduct"));
    m_objectClass->setObjectName(QStringLiteral("webhookObjectClass"));
    m_type->setObjectName(QStringLiteral("webhookType"));
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_copySecret->setObjectName(QStringLiteral("copyWebhookSecret"));
    m_showSecret->setObjectName(QStringLiteral("showWebhookSecret"));
    m_newSecret->setObjectName(QStringLiteral("newWebhookSecret"));
    m_headers->setObjectName(QStringLiteral("webhookHeaders"));
    m_review->setObjectName(QStringLiteral("webhookReview"));
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_next->setObjectName(QStringLiteral("wizardNext"));
    m_finish->setObjectName(QStringLiteral("wizardFinish"));

    for (const auto &[id, name] : products)
        m_product->addItem(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id), id);
    const auto classes = IntegrationLabels::objectClasses();
    for (const QString &objectClass : apimodule::webhookObjectClasses())
        m_objectClass->addItem(classes.value(objectClass, objectClass), objectClass);
    const auto types = IntegrationLabels::triggerTypes();
    for (const QString &type : apimodule::webhookTypes())
        m_type->addItem(types.value(type, type), type);
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(apimodule::newJwtSecret());
    m_headers->setPlainText(QStringLiteral("Content-Type: application/json"));
    m_headers->setTabChangesFocus(true);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_headers->setMaximumHeight(90);
    m_review->setOpenLinks(false);

    m_steps->addWidget(buildDetailsStep());
    m_steps->addWidget(buildTriggerStep());
    m_steps->addWidget(buildDeliveryStep());
    m_steps->addWidget(buildReviewStep());

    connect(m_showSecret, &QPushButton::clicked, this, [this] {
        const bool hidden = m_secret->echoMode() == QLineEdit::Password;
        m_secret->setEchoMode(hidden ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_secretNote->setText(tr("Copied. Paste it into your handler's configuration: it verifies each call with it."));
    });
    connect(m_newSecret, &QPushButton::clicked, this, [this] { m_secret->setText(apimodule::newJwtSecret()); });
    // A problem goes as soon as its field is edited.
    connect(m_label, &QLineEdit::textEdited, m_problems.value(QStringLiteral("label")), &QLabel::hide);
    connect(m_url, &QLineEdit::textEdited, m_problems.value(QStringLiteral("external_url")), &QLabel::hide);
    connect(m_headers, &QPlainTextEdit::textChanged, m_problems.value(QStringLiteral("headers")), &QLabel::hide);
    connect(m_product, &QComboBox::currentIndexChanged, m_problems.value(QStringLiteral("product_id")), &QLabel::hide);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (checkStep(step()))
            goTo(step() + 1);
    });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < kSteps - 1; ++i) {
            if (!checkStep(i)) {
                goTo(i);
                return;
            }
        }
        accept();
    });
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("wizardCancel"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    resize(620, 470);
    retranslate();
    goTo(0);
}

QLabel *WebhookWizard::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem-") + (field.isEmpty() ? QStringLiteral("general") : field));
    label->setProperty("error", true);
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(field, label);
    return label;
}

QWidget *WebhookWizard::buildDetailsStep()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows at the top, not spread over the dialog
    form->addRow(hint(tr("Name the webhook after what it does, so the team recognises it in the list.")));
    form->addRow(tr("Label"), m_label);
    form->addRow(QString(), addProblemLabel(QStringLiteral("label")));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), addProblemLabel(QStringLiteral("description")));
    return page;
}

QWidget *WebhookWizard::buildTriggerStep()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows at the top, not spread over the dialog
    form->addRow(hint(tr("Connect calls your URL when objects of this class change for this product.")));
    form->addRow(tr("Product"), m_product);
    form->addRow(QString(), addProblemLabel(QStringLiteral("product_id")));
    form->addRow(tr("Objects"), m_objectClass);
    form->addRow(QString(), addProblemLabel(QStringLiteral("object_class")));
    form->addRow(tr("Trigger"), m_type);
    form->addRow(QString(), addProblemLabel(QStringLiteral("type")));
    return page;
}

QWidget *WebhookWizard::buildDeliveryStep()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows at the top, not spread over the dialog
    m_url->setPlaceholderText(QStringLiteral("https://hooks.example.com/connect"));
    form->addRow(tr("External URL"), m_url);
    form->addRow(QString(), addProblemLabel(QStringLiteral("external_url")));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    secretRow->addWidget(m_copySecret);
    secretRow->addWidget(m_newSecret);
    form->addRow(tr("JWT secret"), secretRow);
    m_secretNote->setWordWrap(true);
    m_secretNote->setProperty("hint", true);
    m_secretNote->setObjectName(QStringLiteral("webhookSecretNote"));
    form->addRow(QString(), m_secretNote);
    form->addRow(QString(), addProblemLabel(QStringLiteral("jwt_secret")));
    form->addRow(tr("Extra headers"), m_headers);
    form->addRow(QString(), hint(tr("One \"Name: value\" per line, added to every call.")));
    form->addRow(QString(), addProblemLabel(QStringLiteral("headers")));
    return page;
}

QWidget *WebhookWizard::buildReviewStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(addProblemLabel(QString()));
    layout->addWidget(m_review, 1);
    m_reviewHint = hint(QString()); // its words follow the finish button's (retranslate)
    layout->addWidget(m_reviewHint);
    return page;
}

void WebhookWizard::setWebhook(const QJsonObject &webhook)
{
    m_editing = true;
    const apimodule::WebhookDraft draft = apimodule::WebhookDraft::fromJson(webhook);
    m_label->setText(draft.label);
    m_description->setPlainText(draft.description);
    int product = m_product->findData(draft.productId);
    if (product < 0 && !draft.productId.isEmpty()) {
        m_product->addItem(draft.productName.isEmpty()
                ? draft.productId
                : QStringLiteral("%1 (%2)").arg(draft.productName, draft.productId),
            draft.productId);
        product = m_product->count() - 1;
    }
    m_product->setCurrentIndex(product);
    m_objectClass->setCurrentIndex(m_objectClass->findData(draft.objectClass));
    m_type->setCurrentIndex(m_type->findData(draft.type));
    m_url->setText(draft.externalUrl);
    m_headers->setPlainText(apimodule::headerLines(draft.headers));
    m_secret->clear();
    m_secret->hide();
    m_showSecret->hide();
    m_copySecret->hide();
    m_newSecret->hide();
    retranslate();
}

apimodule::WebhookDraft WebhookWizard::draft() const
{
    apimodule::WebhookDraft draft;
    draft.label = m_label->text();
    draft.description = m_description->toPlainText().trimmed();
    draft.productId = m_product->currentData().toString();
    const QString shown = m_product->currentText();
    // "Name (PRD-...)" -> the name, as the product object carries it.
    draft.productName = shown.endsWith(QStringLiteral(" (%1)").arg(draft.productId))
        ? shown.left(shown.size() - draft.productId.size() - 3)
        : QString();
    draft.objectClass = m_objectClass->currentData().toString();
    draft.type = m_type->currentData().toString();
    draft.externalUrl = m_url->text();
    draft.headers = apimodule::parseHeaderLines(m_headers->toPlainText(), nullptr);
    return draft;
}

QString WebhookWizard::secret() const
{
    return m_editing ? QString() : m_secret->text();
}

int WebhookWizard::step() const
{
    return m_steps->currentIndex();
}

void WebhookWizard::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void WebhookWizard::showProblems(const QList<apimodule::FieldProblem> &problems)
{
    clearProblems();
    int first = kSteps;
    for (const apimodule::FieldProblem &problem : problems) {
        const QString field = problem.field == QLatin1String("product") ? QStringLiteral("product_id") : problem.field;
        QLabel *label = m_problems.value(field, m_problems.value(QString()));
        const QString text = IntegrationLabels::problem(problem);
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->show();
        first = std::min(first, m_problems.contains(field) ? stepOfField(field) : kSteps - 1);
    }
    if (first < kSteps)
        goTo(first);
}

bool WebhookWizard::checkStep(int step)
{
    QList<apimodule::FieldProblem> problems;
    for (const apimodule::FieldProblem &problem : apimodule::checkWebhook(draft())) {
        if (stepOfField(problem.field) == step)
            problems << problem;
    }
    if (step == 2)
        apimodule::parseHeaderLines(m_headers->toPlainText(), &problems);
    for (const QString &field : m_problems.keys()) {
        if (stepOfField(field) == step && !field.isEmpty()) {
            m_problems.value(field)->clear();
            m_problems.value(field)->hide();
        }
    }
    for (const apimodule::FieldProblem &problem : std::as_const(problems)) {
        QLabel *label = m_problems.value(problem.field);
        if (!label)
            continue;
        label->setText(IntegrationLabels::problem(problem));
        label->show();
    }
    return problems.isEmpty();
}

void WebhookWizard::goTo(int step)
{
    step = std::clamp(step, 0, kSteps - 1);
    m_steps->setCurrentIndex(step);
    m_back->setEnabled(step > 0);
    m_next->setVisible(step < kSteps - 1);
    m_finish->setVisible(step == kSteps - 1);
    m_finish->setDefault(step == kSteps - 1);
    m_next->setDefault(step < kSteps - 1);
    if (step == kSteps - 1)
        updateReview();
    retranslate();
}

void WebhookWizard::updateReview()
{
    const apimodule::WebhookDraft d = draft();
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td class='muted' style='padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Label"), d.label);
    html += row(tr("Description"), d.description);
    html += row(tr("Product"), m_product->currentText());
    html += row(tr("Objects"), m_objectClass->currentText());
    html += row(tr("Trigger"), m_type->currentText());
    html += row(tr("External URL"), d.externalUrl);
    html += row(tr("JWT secret"),
        m_editing ? tr("kept as Connect holds it")
                  : apimodule::maskSecret(m_secret->text()) + QLatin1Char(' ') + tr("(copy it in step 3)"));
    html += row(tr("Extra headers"), apimodule::headerLines(d.headers));
    html += QStringLiteral("</table>");
    setThemedHtml(m_review, html);
}

void WebhookWizard::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit webhook") : tr("New webhook"));
    const QStringList titles { tr("Details"), tr("Trigger"), tr("Delivery"), tr("Review") };
    m_stepTitle->setText(tr("Step %1 of %2: %3").arg(step() + 1).arg(kSteps).arg(titles.value(step())));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_finish->setText(m_editing ? tr("Save") : tr("Create webhook"));
    m_reviewHint->setText(m_editing ? tr("Save keeps the changes here at once; the next sync sends them to Connect.")
                                    : tr("Create webhook saves it here at once; the next sync creates it on Connect."));
    m_showSecret->setText(m_secret->echoMode() == QLineEdit::Password ? tr("Show") : tr("Hide"));
    m_copySecret->setText(tr("Copy"));
    m_newSecret->setText(tr("New secret"));
    if (m_editing)
        m_secretNote->setText(tr("Connect keeps this webhook's secret. Select the webhook and use \"Copy secret\" "
                                 "to read it."));
    else if (m_secretNote->text().isEmpty() || !m_secretNote->text().startsWith(tr("Copied.")))
        m_secretNote->setText(tr("Connect signs each call with this secret (JWT, HS256). Copy it now into your "
                                 "handler; the app does not write it anywhere."));
}

} // namespace cv::ui
