#include "ui/shell/modulepage.h"

#include "app/sync/accountservices.h"
#include "ui/shell/moduleinfo.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

ModulePage::ModulePage(core::ModuleId id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_icon(new QLabel(m_listPage))
    , m_title(new QLabel(m_listPage))
    , m_subtitle(new QLabel(m_listPage))
    , m_heading(new QHBoxLayout)
{
    setObjectName(QStringLiteral("page-") + core::moduleKey(id));
    m_icon->setPixmap(ModuleInfo::icon(id).pixmap(32, 32));
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    m_title->setProperty("pageHeading", true);
    m_subtitle->setObjectName(QStringLiteral("moduleSubtitle"));
    m_subtitle->setProperty("pageSubheading", true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_heading->setSpacing(12);
    m_heading->addWidget(m_icon, 0, Qt::AlignTop);
    m_heading->addLayout(titles, 1);
    setHeading(ModuleInfo::title(id), ModuleInfo::description(id));

    // Ctrl+F anywhere in the module: back to its list, into its search.
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("findInModule"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        QLineEdit *search = searchField();
        if (!search)
            return;
        showList();
        search->setFocus();
        search->selectAll();
    });
    addAction(find);
}

ModulePage::~ModulePage()
{
    // A heading never put into a layout (a module without a list heading) is deleted with the page.
    if (m_heading && !m_heading->parent())
        delete m_heading;
}

void ModulePage::attach(sync::AccountServices *services)
{
    if (services == m_services)
        return;
    if (m_services)
        disconnect(m_services, nullptr, this, nullptr);
    m_services = services;
    onAttached(services);
}

void ModulePage::onAttached(sync::AccountServices *) { }

void ModulePage::showList()
{
    finishFrame();
    m_stack->setCurrentWidget(m_listPage);
}

bool ModulePage::runCommand(const QString &, const QString &)
{
    return false;
}

bool ModulePage::openObject(const QString &)
{
    return false;
}

QBoxLayout *ModulePage::takeHeading()
{
    return m_heading;
}

void ModulePage::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void ModulePage::addDetailPage(QWidget *page)
{
    finishFrame();
    m_stack->addWidget(page);
}

void ModulePage::finishFrame()
{
    // Once the list page is built (as the pages were before they shared this base: the frame is laid out
    // last, so that sizes computed while the list page was filled do not differ from before).
    if (layout())
        return;
    m_stack->insertWidget(0, m_listPage);
    auto *frame = new QVBoxLayout(this);
    frame->setContentsMargins(0, 0, 0, 0);
    frame->addWidget(m_stack);
}

void ModulePage::retranslate()
{
    setHeading(ModuleInfo::title(m_id), ModuleInfo::description(m_id));
}

QString ModulePage::placeholderText(core::ModuleId id)
{
    // Honest about the state: the module's data already syncs into the cache; what is missing is its screens.
    return tr("The %1 screens are not built yet in this version of Connect Vendor Desktop.\n"
              "The module's data is already synced with Connect and kept on this computer for them.")
        .arg(ModuleInfo::title(id));
}

void ModulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

PlaceholderPage::PlaceholderPage(core::ModuleId id, QWidget *parent)
    : ModulePage(id, parent)
    , m_empty(new QLabel(listPage()))
{
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("emptyState", true);
    auto *layout = new QVBoxLayout(listPage());
    layout->setContentsMargins(listMargins());
    layout->addLayout(takeHeading());
    layout->addSpacing(12);
    layout->addWidget(m_empty, 1);
    finishFrame();
    retranslate();
}

void PlaceholderPage::retranslate()
{
    ModulePage::retranslate();
    m_empty->setText(placeholderText(moduleId()));
}

} // namespace cv::ui
