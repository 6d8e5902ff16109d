#include "ui/apimodule/apipage.h"

#include "app/api/apiclient.h"
#include "app/apimodule/integrationrules.h"
#include "app/sync/accountservices.h"
#include "ui/apimodule/tokensview.h"
#include "ui/apimodule/verifierview.h"
#include "ui/apimodule/webhooksview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
// The public API documentation of Connect (REFERENCE §1).
const QString kDocsUrl = QStringLiteral("https://connect.cloudblue.com/community/developers/api/");
} // namespace

ApiPage::ApiPage(QWidget *parent)
    : ModulePage(core::ModuleId::Api, parent)
    , m_nav(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_urlTitle(new QLabel(this))
    , m_url(new QLabel(this))
    , m_authTitle(new QLabel(this))
    , m_auth(new QLabel(this))
    , m_docs(new QLabel(this))
    , m_curlTitle(new QLabel(this))
    , m_curl(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(this))
    , m_tokens(new TokensView(this))
    , m_webhooks(new WebhooksView(this))
    , m_verifier(new VerifierView(this))
{
    m_nav->setObjectName(QStringLiteral("apiNav"));
    m_nav->setFixedWidth(170);
    for (int i = 0; i < 4; ++i)
        m_nav->addItem(QString());
    m_sections->setObjectName(QStringLiteral("apiSections"));
    m_sections->addWidget(buildGeneral());
    m_sections->addWidget(m_tokens);
    m_sections->addWidget(m_webhooks);
    m_sections->addWidget(m_verifier);

    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_sections, 1);
    auto *layout = new QVBoxLayout(listPage());
    layout->setContentsMargins(listMargins());
    layout->addLayout(takeHeading());
    layout->addSpacing(8);
    layout->addLayout(body, 1);
    finishFrame();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_sections->setCurrentIndex(row);
        if (row == General)
            updateGeneral(); // the key may have changed since (account settings)
    });
    connect(m_webhooks, &WebhooksView::secretRead, m_verifier, &VerifierView::offerSecret);
    m_nav->setCurrentRow(General);
    retranslate();
}

QWidget *ApiPage::buildGeneral()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("apiGeneral"));
    for (QLabel *title : { m_urlTitle, m_authTitle, m_curlTitle })
        title->setProperty("cardTitle", true);
    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auth->setWordWrap(true);
    m_docs->setObjectName(QStringLiteral("apiDocs"));
    m_docs->setOpenExternalLinks(true); // the system browser
    m_curl->setObjectName(QStringLiteral("curlExample"));
    m_curl->setReadOnly(true);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setMaximumHeight(70);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    connect(m_copyCurl, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_curl->toPlainText()); });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_urlTitle);
    layout->addWidget(m_url);
    layout->addSpacing(12);
    layout->addWidget(m_authTitle);
    layout->addWidget(m_auth);
    layout->addWidget(m_docs);
    layout->addSpacing(12);
    layout->addWidget(m_curlTitle);
    layout->addWidget(m_curl);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyCurl);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    layout->addStretch(1);
    return page;
}

void ApiPage::showSection(Section section)
{
    ModulePage::showList();
    m_nav->setCurrentRow(section);
}

void ApiPage::showList()
{
    ModulePage::showList();
    if (section() != Tokens && section() != Webhooks)
        m_nav->setCurrentRow(Tokens);
}

ApiPage::Section ApiPage::section() const
{
    return Section(m_sections->currentIndex());
}

QLineEdit *ApiPage::searchField() const
{
    return section() == Webhooks ? m_webhooks->searchField() : m_tokens->searchField();
}

bool ApiPage::openObject(const QString &id)
{
    if (m_tokens->select(id)) {
        showSection(Tokens);
        return true;
    }
    if (m_webhooks->select(id)) {
        showSection(Webhooks);
        return true;
    }
    return false;
}

void ApiPage::onAttached(sync::AccountServices *services)
{
    m_tokens->setServices(services);
    m_webhooks->setServices(services);
    m_verifier->setServices(services);
    updateGeneral();
    if (!services)
        return;
    // A sync updates the lists in place: selection, scroll and open dialogs stay as they are.
    connect(services, &sync::AccountServices::synced, this, &ApiPage::reload);
    connect(services, &sync::AccountServices::cacheChanged, this, &ApiPage::reload);
}

void ApiPage::reload()
{
    updateGeneral();
    m_tokens->reload();
    m_webhooks->reload();
    m_verifier->reload();
}

void ApiPage::updateGeneral()
{
    sync::AccountServices *s = services();
    const QString url = s ? s->client().endpoint().toString() : QString();
    m_url->setText(url.isEmpty() ? tr("No account is open.") : url);
    m_curl->setPlainText(
        apimodule::curlExample(url.isEmpty() ? QStringLiteral("https://api.connect.cloudblue.com/public/v1") : url,
            s ? s->client().tokenId() : QString()));
}

void ApiPage::retranslate()
{
    ModulePage::retranslate();
    m_nav->item(General)->setText(tr("General"));
    m_nav->item(Tokens)->setText(tr("Tokens"));
    m_nav->item(Webhooks)->setText(tr("Webhooks"));
    m_nav->item(Verifier)->setText(tr("Verify a delivery"));
    m_urlTitle->setText(tr("API address of this account"));
    m_authTitle->setText(tr("How to authenticate"));
    m_auth->setText(tr("Every call carries the header \"Authorization: ApiKey <token>\", where the token is the "
                       "one shown once when you generate it on the Tokens page (it starts with its id, "
                       "SU-…). Give each script its own token so that each can be turned off alone. Connect "
                       "answers 401 to a wrong or inactive token and 403 when the token lacks the module's "
                       "permission."));
    m_docs->setText(tr("<a href=\"%1\">Connect API documentation</a> (opens in your browser)").arg(kDocsUrl));
    m_curlTitle->setText(tr("Try it: list your products"));
    m_copyCurl->setText(tr("Copy command"));
    m_curlTitle->setBuddy(m_curl); // names the example for screen readers
    m_nav->setAccessibleName(tr("API sections"));
    m_tokens->retranslate();
    m_webhooks->retranslate();
    m_verifier->retranslate();
}

} // namespace cv::ui
