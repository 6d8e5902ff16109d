#include "ui/shell/traycontroller.h"

#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace cv::ui {

using settings::AppSettings;

namespace {
const auto kRequests = QStringLiteral("requests");
const auto kPending = QStringLiteral("pending");
const int kNamedInMessage = 3; ///< a message names this many new requests, then says how many more

QString nested(const QJsonObject &json, std::initializer_list<const char *> path)
{
    QJsonValue value = json;
    for (const char *key : path)
        value = value.toObject().value(QLatin1String(key));
    return value.toString();
}
} // namespace

TrayController::TrayController(sync::AccountSession *session, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_baseIcon(QStringLiteral(":/icons/connect-vendor.svg"))
{
    qRegisterMetaType<Message>();
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(QString());
    m_open->setObjectName(QStringLiteral("trayOpen"));
    m_sync = m_menu->addAction(QString());
    m_sync->setObjectName(QStringLiteral("traySyncNow"));
    m_pause = m_menu->addAction(QString());
    m_pause->setObjectName(QStringLiteral("trayPauseSync"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    m_tray->setContextMenu(m_menu);

    connect(m_open, &QAction::triggered, this, &TrayController::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_sync, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->syncNow();
    });
    connect(m_pause, &QAction::triggered, this, [this] { m_settings->setSyncEnabled(!m_settings->syncEnabled()); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::openRequested);
    connect(m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::SyncEnabled)
            retranslate();
    });

    if (m_session) {
        connect(m_session, &sync::AccountSession::cacheOpened, this, &TrayController::onCacheOpened);
        connect(m_session, &sync::AccountSession::servicesClosing, this, [this] {
            m_pendingCount = 0;
            updateIcon();
        });
        connect(m_session, &sync::AccountSession::synced, this, &TrayController::onSynced);
        connect(m_session, &sync::AccountSession::cacheChanged, this, &TrayController::refreshCount);
        connect(m_session, &sync::AccountSession::published, this, &TrayController::onPublished);
        if (m_session->services())
            onCacheOpened();
    }
    retranslate();
    updateIcon();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu has no QObject parent here: the tray does not own its context menu
}

bool TrayController::keepsRunningOnClose() const
{
    return m_settings->keepInTray() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::retranslate()
{
    m_open->setText(tr("Open Connect Vendor Desktop"));
    m_sync->setText(tr("Sync now"));
    m_pause->setText(m_settings->syncEnabled() ? tr("Pause sync") : tr("Resume sync"));
    m_quit->setText(tr("Quit"));
    updateIcon();
}

qint64 TrayController::countPending() const
{
    if (!m_session || !m_session->services())
        return 0;
    // A count over the status index: never the ids themselves (tens of thousands in a big account).
    return m_session->services()->objects().count(
        kRequests, QString(), store::ObjectQuery().where(QStringLiteral("status"), kPending));
}

void TrayController::onCacheOpened()
{
    m_pendingCount = countPending();
    updateIcon();
}

void TrayController::refreshCount()
{
    m_pendingCount = countPending();
    updateIcon();
}

QString TrayController::requestLine(const QString &id) const
{
    const auto request = m_session->services()->objects().get(kRequests, id);
    if (!request)
        return id;
    const QString product = nested(request->json, { "asset", "product", "name" });
    const QString customer = nested(request->json, { "asset", "tiers", "customer", "name" });
    if (!product.isEmpty() && !customer.isEmpty())
        return tr("%1: %2 for %3").arg(id, product, customer);
    return product.isEmpty() ? id : tr("%1: %2").arg(id, product);
}

void TrayController::onSynced(const sync::SyncSummary &summary)
{
    if (!m_session || !m_session->services())
        return;
    const QString account = m_session->account().displayName();
    // The sync's writer noted which requests became pending (none on a first load: that is not news).
    const QStringList &added = summary.newPendingRequests;
    m_pendingCount = countPending();
    updateIcon();

    if (!added.isEmpty()) {
        QStringList lines;
        for (const QString &id : added.mid(0, kNamedInMessage))
            lines << requestLine(id);
        if (added.size() > kNamedInMessage)
            lines << tr("and %n more", nullptr, int(added.size() - kNamedInMessage));
        // Singular apart: without an English translation "%n ...(s)" would show its brackets.
        const int n = int(added.size());
        raise(AppSettings::Event::NewPendingRequests,
            n == 1 ? tr("New pending request") : tr("%Ln new pending requests", nullptr, n),
            lines.join(QLatin1Char('\n')));
    }
    if (summary.newConflicts > 0) {
        raise(AppSettings::Event::NewConflicts,
            summary.newConflicts == 1 ? tr("New conflict") : tr("%n new conflicts", nullptr, summary.newConflicts),
            tr("%1: the same fields were changed here and on Connect. Open the window to choose what to keep.")
                .arg(account));
    }
    // Only what the user must act on: being offline retries by itself and is shown in the status bar.
    if (!summary.storeError.isEmpty()) {
        raise(AppSettings::Event::SyncNeedsUser, tr("Sync stopped"),
            tr("The offline data of %1 could not be written: %2").arg(account, summary.storeError));
    } else if (!summary.ok && !summary.offline && !summary.cancelled
        && (summary.error.httpStatus == 401 || summary.error.httpStatus == 403)) {
        raise(AppSettings::Event::SyncNeedsUser, tr("Sync needs you"),
            tr("Connect refused the API key of %1. Sign in again with a valid key.").arg(account));
    }
}

void TrayController::onPublished(const QString &productId, int version)
{
    QString name = productId;
    if (m_session && m_session->services()) {
        if (const auto product = m_session->services()->objects().get(QStringLiteral("products"), productId))
            name = tr("%1 (%2)").arg(product->json.value(QStringLiteral("name")).toString(), productId);
    }
    raise(AppSettings::Event::PublishFinished, tr("Publish finished"),
        tr("Version %1 of %2 is published.").arg(version).arg(name));
}

void TrayController::raise(AppSettings::Event event, const QString &title, const QString &text)
{
    if (!m_settings->notifies(event))
        return;
    const Message message { event, title, text };
    m_messages.append(message);
    if (m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    Q_EMIT messageRaised(message);
}

void TrayController::updateIcon()
{
    const QString tip = m_pendingCount == 1 ? tr("Connect Vendor Desktop: 1 pending request")
        : m_pendingCount > 1 ? tr("Connect Vendor Desktop: %Ln pending requests", nullptr, int(m_pendingCount))
                             : tr("Connect Vendor Desktop: no pending requests");
    m_tray->setToolTip(m_settings->syncEnabled() ? tip : tr("%1 (sync paused)").arg(tip));
    if (m_pendingCount <= 0) {
        m_tray->setIcon(m_baseIcon);
        return;
    }
    // A badge with the count in the icon's corner (99+ above that), as mail clients do.
    const int size = 64;
    QPixmap pixmap = m_baseIcon.pixmap(size, size);
    if (pixmap.isNull()) {
        pixmap = QPixmap(size, size);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect badge(size / 2 - 4, size / 2 - 4, size / 2 + 4, size / 2 + 4);
    // The desktop's panel, not the window: the same red badge in both themes.
    const QColor fill = Theme::color(Tone::Error, Theme::Scheme::Light);
    const QColor text = Theme::chipBackground(Tone::Error, Theme::Scheme::Light);
    painter.setBrush(fill);
    painter.setPen(QPen(text, 2));
    painter.drawEllipse(badge.adjusted(1, 1, -1, -1));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(m_pendingCount > 99 ? 13 : 20);
    painter.setFont(font);
    painter.setPen(text);
    painter.drawText(
        badge, Qt::AlignCenter, m_pendingCount > 99 ? QStringLiteral("99+") : QString::number(m_pendingCount));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
}

} // namespace cv::ui
