#include "ui/fulfillment/ccppreview.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/content/ccphtml.h"
#include "app/fulfillment/customerpanel.h"
#include "app/inventory/connectlocales.h"
#include "app/inventory/localizationeditor.h"
#include "ui/inventory/localcontentpage.h"
#include "ui/inventory/localonlyinterceptor.h"
#include "ui/style/previewtheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cv::ui {

CcpPreview::CcpPreview(QWidget *parent)
    : QDialog(parent)
    , m_view(new QWebEngineView(this))
    , m_language(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Customer control panel preview"));
    setObjectName(QStringLiteral("ccpPreview"));
    // The profile belongs to the page, so it is destroyed after the page (Qt requires that order).
    auto *profile = new QWebEngineProfile;
    m_interceptor = new LocalOnlyInterceptor(profile);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    auto *page = new LocalContentPage(profile, m_view);
    profile->setParent(page);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setMinimumSize(720, 480);

    m_status->setWordWrap(true);
    m_status->setText(tr("This is what the customer sees after signing in to the customer control panel."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_language->setObjectName(QStringLiteral("ccpLanguage"));
    m_language->setToolTip(tr("Show the panel in one of the product's languages"));
    m_language->addItem(tr("English (source)"), QString());
    m_language->setVisible(false);
    connect(m_language, &QComboBox::activated, this, &CcpPreview::render);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_view, &QWebEngineView::loadFinished, this, &CcpPreview::shown);
    followTheme(m_view, [this] {
        if (!m_ccp.isEmpty())
            render();
    });
    resize(880, 680);
}

CcpPreview::~CcpPreview() = default;

void CcpPreview::load(api::ApiClient *client, const QString &assetId)
{
    if (!client) {
        m_status->setText(tr("The customer control panel needs a connection to Connect."));
        Q_EMIT shown(false);
        return;
    }
    m_status->setText(tr("Loading the customer control panel of %1…").arg(assetId));
    QPointer<CcpPreview> self(this);
    fulfillment::fetchCustomerPanel(
        *client, assetId, this, [self, assetId](const fulfillment::CustomerPanelResult &ccp) {
            if (!self)
                return;
            if (!ccp.ok()) {
                self->m_status->setText(
                    tr("The customer control panel of %1 could not be loaded: %2").arg(assetId, ccp.error().summary()));
                Q_EMIT self->shown(false);
                return;
            }
            self->m_status->setText(tr("Asset %1 as the customer sees it. Links open in your browser.").arg(assetId));
            self->showCcp(ccp.value());
        });
}

void CcpPreview::setLocalization(inventory::LocalizationEditor *localization)
{
    m_localization = localization;
}

void CcpPreview::showCcp(const QJsonObject &ccp)
{
    m_ccp = ccp;
    const QString keep = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("English (source)"), QString());
    const QString productId = ccp.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    if (m_localization && !productId.isEmpty()) {
        for (const QString &locale : m_localization->localesOf(productId)) {
            if (!m_localization->translations(productId, locale).isEmpty())
                m_language->addItem(
                    QStringLiteral("%1 (%2)").arg(inventory::connectLocaleName(locale), locale), locale);
        }
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(keep)));
    m_language->setVisible(m_language->count() > 1);
    render();
}

void CcpPreview::render()
{
    const QString locale = m_language->currentData().toString();
    const QString productId = m_ccp.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject shown = locale.isEmpty() || !m_localization
        ? m_ccp
        : inventory::localizedCustomerPanel(m_ccp, m_localization->translations(productId, locale));
    m_view->setHtml(themedHtml(content::ccpHtml(shown)), QUrl(QStringLiteral("qrc:/")));
}

} // namespace cv::ui
