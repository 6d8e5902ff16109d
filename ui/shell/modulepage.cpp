#include "ui/shell/modulepage.h"

#include "ui/shell/moduleinfo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cv::ui {

ModulePage::ModulePage(core::ModuleId id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page-") + core::moduleKey(id));
    m_icon->setPixmap(ModuleInfo::icon(id).pixmap(32, 32));
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    m_title->setProperty("pageHeading", true);
    m_description->setProperty("pageSubheading", true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("emptyState", true);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_description);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_content->addWidget(m_empty, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(m_content, 1);
    retranslate();
}

void ModulePage::retranslate()
{
    m_title->setText(ModuleInfo::title(m_id));
    m_description->setText(ModuleInfo::description(m_id));
    // Honest about the state: the module's data already syncs into the cache; what is missing is its screens.
    m_empty->setText(tr("The %1 screens are not built yet in this version of Connect Vendor Desktop.\n"
                        "The module's data is already synced with Connect and kept on this computer for them.")
                         .arg(ModuleInfo::title(m_id)));
}

} // namespace cv::ui
