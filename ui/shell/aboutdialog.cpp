#include "ui/shell/aboutdialog.h"

#include "app/core/appinfo.h"
#include "app/core/libraries.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

namespace cv::ui {

namespace {

/// The app layer's libraries plus the UI's own.
QList<core::Library> allLibraries()
{
    QList<core::Library> libraries = core::appLibraries();
    libraries.insert(1,
        { QStringLiteral("Qt WebEngine (Chromium)"), QString::fromLatin1(qWebEngineChromiumVersion()),
            QStringLiteral("LGPL-3.0-only AND BSD-3-Clause"), QStringLiteral("template and customer-panel previews") });
    libraries.insert(2,
        { QStringLiteral("Qt PDF"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("agreement documents") });
    return libraries;
}

} // namespace

AboutDialog::AboutDialog(accounts::AccountList accounts, QString currentKey, QWidget *parent)
    : QDialog(parent)
    , m_libraries(new QTableWidget(this))
    , m_copied(new QLabel(this))
    , m_accounts(std::move(accounts))
    , m_currentKey(std::move(currentKey))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(core::AppInfo::displayName()));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(core::AppInfo::displayName().toHtmlEscaped()), this);
    auto *version = new QLabel(tr("Version %1").arg(core::AppInfo::version()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *blurb = new QLabel(tr("A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, "
                                "listings, usage and reports, online or offline."),
        this);
    blurb->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addWidget(blurb);

    auto *librariesLabel = new QLabel(tr("Built with:"), this);
    layout->addWidget(librariesLabel);
    const QList<core::Library> libraries = allLibraries();
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_libraries->setAccessibleName(tr("Libraries, versions and licences"));
    m_libraries->setColumnCount(4);
    m_libraries->setHorizontalHeaderLabels({ tr("Library"), tr("Version"), tr("Licence"), tr("Used for") });
    m_libraries->setRowCount(int(libraries.size()));
    for (int row = 0; row < libraries.size(); ++row) {
        const core::Library &library = libraries.at(row);
        const QStringList cells { library.name, library.version.isEmpty() ? tr("(not reported)") : library.version,
            library.licence, library.use };
        for (int column = 0; column < cells.size(); ++column)
            m_libraries->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraries->verticalHeader()->hide();
    m_libraries->horizontalHeader()->setStretchLastSection(true);
    m_libraries->resizeColumnsToContents();
    librariesLabel->setBuddy(m_libraries);
    layout->addWidget(m_libraries, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy diagnostic info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnostics"));
    copy->setToolTip(tr("Versions, system and account ids for a bug report; no keys or secrets"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDiagnostics);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_copied->setObjectName(QStringLiteral("diagnosticsCopied"));
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    resize(720, 440);
}

QString AboutDialog::diagnosticText() const
{
    QStringList extra;
    extra << QStringLiteral("Qt platform: %1").arg(QGuiApplication::platformName());
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        extra << QStringLiteral("Screen: %1x%2, scale %3")
                     .arg(screen->size().width())
                     .arg(screen->size().height())
                     .arg(screen->devicePixelRatio());
    return core::diagnosticReport(allLibraries(), extra, m_accounts, m_currentKey);
}

void AboutDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnosticText());
    m_copied->setText(tr("Copied to the clipboard: paste it into a support case or a bug report."));
}

} // namespace cv::ui
