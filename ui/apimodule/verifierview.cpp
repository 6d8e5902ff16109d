#include "ui/apimodule/verifierview.h"

#include "app/apimodule/deliveryverifier.h"
#include "app/apimodule/integrationendpoints.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "ui/apimodule/integrationlabels.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
void setTone(QLabel *label, bool error)
{
    label->setProperty("error", error);
    label->style()->unpolish(label);
    label->style()->polish(label);
}
} // namespace

VerifierView::VerifierView(QWidget *parent)
    : QWidget(parent)
    , m_webhook(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_readSecret(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_verify(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_claims(new QPlainTextEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_inputLabel(new QLabel(this))
    , m_claimsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("verifierView"));
    m_webhook->setObjectName(QStringLiteral("verifierWebhook"));
    m_secret->setObjectName(QStringLiteral("verifierSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_readSecret->setObjectName(QStringLiteral("verifierReadSecret"));
    m_input->setObjectName(QStringLiteral("verifierInput"));
    m_verify->setObjectName(QStringLiteral("verifierCheck"));
    m_result->setObjectName(QStringLiteral("verifierResult"));
    m_claims->setObjectName(QStringLiteral("verifierClaims"));
    m_intro->setWordWrap(true);
    m_intro->setProperty("hint", true);
    m_result->setWordWrap(true);
    m_claims->setReadOnly(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setFont(mono);
    m_claims->setFont(mono);
    m_input->setTabChangesFocus(true);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_webhook, 2);
    secretRow->addWidget(m_secret, 2);
    secretRow->addWidget(m_readSecret);
    auto *columns = new QGridLayout;
    columns->addWidget(m_inputLabel, 0, 0);
    columns->addWidget(m_claimsLabel, 0, 1);
    columns->addWidget(m_input, 1, 0);
    columns->addWidget(m_claims, 1, 1);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_secretLabel);
    layout->addLayout(secretRow);
    layout->addLayout(columns, 1);
    layout->addLayout(verifyRow);

    connect(m_readSecret, &QPushButton::clicked, this, &VerifierView::readSecret);
    connect(m_verify, &QPushButton::clicked, this, &VerifierView::verify);
    connect(m_webhook, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->clear(); // a secret belongs to one webhook
        m_result->clear();
    });
    retranslate();
}

void VerifierView::setServices(sync::AccountServices *services)
{
    m_services = services;
    m_secret->clear();
    m_input->clear();
    m_claims->clear();
    m_result->clear();
    reload();
}

void VerifierView::reload()
{
    const QString current = m_webhook->currentData().toString();
    m_webhook->blockSignals(true);
    m_webhook->clear();
    if (m_services) {
        for (const store::CachedObject &webhook : m_services->objects().list(QStringLiteral("webhooks"), QString())) {
            if (!store::LocalChanges::isLocalId(webhook.id))
                m_webhook->addItem(
                    QStringLiteral("%1 (%2)").arg(webhook.json.value(QStringLiteral("label")).toString(), webhook.id),
                    webhook.id);
        }
    }
    m_webhook->setCurrentIndex(std::max(0, m_webhook->findData(current)));
    m_webhook->blockSignals(false);
}

void VerifierView::offerSecret(const QString &id, const QString &secret)
{
    reload();
    const int index = m_webhook->findData(id);
    if (index < 0)
        return;
    m_webhook->setCurrentIndex(index);
    m_secret->setText(secret);
}

void VerifierView::readSecret()
{
    const QString id = m_webhook->currentData().toString();
    if (!m_services || id.isEmpty())
        return;
    m_readSecret->setEnabled(false);
    apimodule::fetchWebhook(m_services->client(), id, this, [this, id](const apimodule::WebhookResult &result) {
        m_readSecret->setEnabled(true);
        if (m_webhook->currentData().toString() != id)
            return; // another webhook was chosen meanwhile
        if (!result) {
            setTone(m_result, true);
            m_result->setText(result.error().kind == api::ApiError::Kind::Http
                    ? IntegrationLabels::refusal(result.error().summary())
                    : tr("Could not reach Connect to read the secret; paste it instead."));
            return;
        }
        m_secret->setText(result.value().value(QStringLiteral("jwt_secret")).toString());
        setTone(m_result, false);
        m_result->setText(tr("Secret read from Connect."));
    });
}

void VerifierView::verify()
{
    const apimodule::PastedDelivery delivery = apimodule::PastedDelivery::parse(m_input->toPlainText().toUtf8());
    const apimodule::DeliveryVerdict verdict = apimodule::verifyDelivery(delivery, m_secret->text().toUtf8());
    setTone(m_result, !verdict.ok());
    m_result->setText(IntegrationLabels::verdict(verdict));
    QString decoded;
    if (!verdict.header.isEmpty())
        decoded += tr("Header") + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(verdict.header).toJson(QJsonDocument::Indented));
    if (!verdict.claims.isEmpty()) {
        decoded += tr("Claims") + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(verdict.claims).toJson(QJsonDocument::Indented));
        for (const char *time : { "iat", "exp" }) {
            const QJsonValue value = verdict.claims.value(QLatin1String(time));
            if (value.isDouble())
                decoded += QStringLiteral("%1 = %2 UTC\n")
                               .arg(QLatin1String(time),
                                   QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC)
                                       .toString(Qt::ISODate));
        }
    }
    m_claims->setPlainText(decoded);
}

void VerifierView::retranslate()
{
    m_intro->setText(tr("Paste a call Connect made to your handler: the header lines (at least Authorization), a "
                        "blank line, then the body. The check uses the webhook's secret: its Bearer token must be "
                        "signed with it (JWT, HS256), not expired, and carry the same values as the body."));
    m_secretLabel->setText(tr("Webhook and its secret"));
    m_secret->setPlaceholderText(tr("JWT secret (read it from Connect or paste it)"));
    m_readSecret->setText(tr("Read from Connect"));
    m_inputLabel->setText(tr("Received call"));
    m_claimsLabel->setText(tr("Decoded token"));
    m_input->setPlaceholderText(QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiIs…\nContent-Type: "
                                               "application/json\n\n{\"webhook_id\": \"WH-…\", …}"));
    m_verify->setText(tr("Verify"));
    m_secretLabel->setBuddy(m_webhook);
    m_inputLabel->setBuddy(m_input);
    m_claimsLabel->setBuddy(m_claims);
    m_webhook->setAccessibleName(tr("Webhook"));
    m_secret->setAccessibleName(tr("Webhook secret"));
    m_secret->setAccessibleDescription(tr("The JWT secret the webhook's calls are signed with"));
}

} // namespace cv::ui
