#include "ui/shell/landingpage.h"

#include "ui/shell/moduleinfo.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cv::ui {

using core::ModuleId;

ModuleTile::ModuleTile(ModuleId id, QWidget *parent)
    : QPushButton(parent)
    , m_id(id)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("tile-") + core::moduleKey(id));
    setProperty("moduleTile", true);
    setCursor(Qt::PointingHandCursor);
    m_icon->setPixmap(ModuleInfo::icon(id).pixmap(40, 40));
    m_title->setProperty("tileTitle", true);
    m_description->setWordWrap(true);
    m_description->setProperty("tileDescription", true);
    for (QLabel *label : { m_icon, m_title, m_description })
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    retranslate();
}

void ModuleTile::retranslate()
{
    m_title->setText(ModuleInfo::title(m_id));
    m_description->setText(ModuleInfo::description(m_id));
    setAccessibleName(ModuleInfo::title(m_id));
    setAccessibleDescription(ModuleInfo::description(m_id));
}

QSize ModuleTile::sizeHint() const
{
    return { 300, 96 };
}

LandingPage::LandingPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
{
    setObjectName(QStringLiteral("page-home"));
    m_heading->setProperty("pageHeading", true);
    m_heading->setTextFormat(Qt::PlainText); // the account's name comes from Connect: never read as markup
    m_subheading->setProperty("pageSubheading", true);

    auto *grid = new QGridLayout;
    m_grid = grid;
    grid->setSpacing(12);
    for (ModuleId id : core::allModules()) {
        if (id == ModuleId::Home)
            continue;
        auto *tile = new ModuleTile(id, this);
        connect(tile, &QPushButton::clicked, this, [this, id] { Q_EMIT moduleRequested(id); });
        m_tiles.insert(id, tile);
    }
    arrangeTiles();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(16);
    layout->addLayout(grid);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void LandingPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void LandingPage::arrangeTiles()
{
    if (m_tiles.isEmpty())
        return;
    const int tileWidth = m_tiles.cbegin().value()->sizeHint().width() + m_grid->spacing();
    const int room = width() - 64 - 20; // page margins and a scroll bar
    const int columns = qBound(1, (room + m_grid->spacing()) / tileWidth, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    int index = 0;
    for (ModuleId id : core::allModules()) {
        if (ModuleTile *tile = m_tiles.value(id)) {
            m_grid->removeWidget(tile);
            m_grid->addWidget(tile, index / columns, index % columns);
            ++index;
        }
    }
}

void LandingPage::setAccountName(const QString &name)
{
    m_accountName = name;
    retranslate();
}

void LandingPage::retranslate()
{
    m_heading->setText(m_accountName.isEmpty() ? tr("Welcome to Connect") : tr("Welcome, %1").arg(m_accountName));
    m_subheading->setText(tr("Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere."));
    for (ModuleTile *tile : std::as_const(m_tiles))
        tile->retranslate();
}

} // namespace cv::ui
