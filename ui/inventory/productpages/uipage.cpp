#include "ui/inventory/productpages/uipage.h"

#include "ui/inventory/productpages/actionstab.h"
#include "ui/inventory/productpages/localizationtab.h"
#include "ui/inventory/productpages/servicetab.h"
#include "ui/inventory/productpages/templatestab.h"

#include "app/inventory/producteditor.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cv::ui {

UiPage::UiPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
    QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_service(new ServiceTab(editor, objects, productId, undoStack, this))
    , m_templates(new TemplatesTab(editor, objects, productId, undoStack, this))
    , m_actions(new ActionsTab(editor, objects, productId, undoStack, this))
    , m_localization(new LocalizationTab(editor.localization(), productId, this))
{
    auto *title = new QLabel(tr("Customer UI"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    m_tabs->addTab(m_service, tr("&Service"));
    m_tabs->addTab(m_templates, tr("&Templates"));
    m_tabs->addTab(m_actions, tr("&Actions"));
    m_tabs->addTab(m_localization, tr("&Localization"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    // Leaving a tab saves what was typed there at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, &UiPage::flush);
    connect(m_service, &ServiceTab::changed, this, &UiPage::changed);
    connect(m_templates, &TemplatesTab::changed, this, &UiPage::changed);
    connect(m_actions, &ActionsTab::changed, this, &UiPage::changed);
    connect(m_localization, &LocalizationTab::changed, this, &UiPage::changed);
    connect(m_actions, &ActionsTab::deleted, this, &UiPage::deleted);
    connect(m_templates, &TemplatesTab::deleted, this, &UiPage::deleted);
}

void UiPage::setProductId(const QString &productId, const QHash<QString, QString> &renamed)
{
    m_service->setProductId(productId);
    m_templates->setProductId(productId, renamed);
    m_actions->setProductId(productId);
    m_localization->setProductId(productId);
}

void UiPage::reload()
{
    m_service->reload();
    m_templates->reload();
    m_actions->reload();
    m_localization->reload();
}

void UiPage::flush()
{
    m_service->flush();
    m_templates->flush();
    m_actions->flush();
    m_localization->flush();
}

} // namespace cv::ui
