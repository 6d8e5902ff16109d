#include "ui/shell/notificationspanel.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/core/displaytime.h"
#include "app/notifications/notificationemails.h"
#include "app/sync/accountsession.h"
#include "ui/inventory/markdownpreview.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// An ISO timestamp as the user reads dates, in local time.
QString localTime(const QString &iso)
{
    return core::displayTime(iso);
}

/// "Name <address>, …" for the e-mail's header; with `namesOnly`, just the names (the address where there is none)
/// for the narrow list, where a long address was broken mid-word.
QString recipients(const QJsonObject &email, bool namesOnly = false)
{
    QStringList to;
    for (const QJsonValue &value : email.value(QStringLiteral("to")).toArray()) {
        const QJsonObject person = value.toObject();
        const QString name = str(person, "name");
        to << (name.isEmpty() ? str(person, "email")
                : namesOnly   ? name
                              : QStringLiteral("%1 <%2>").arg(name, str(person, "email")));
    }
    return to.join(QStringLiteral(", "));
}

} // namespace

NotificationsPanel::NotificationsPanel(sync::AccountSession *session, QWidget *parent)
    : QDockWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_body(new MarkdownPreview(this))
    , m_openRequest(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("notificationsPanel"));
    setAllowedAreas(Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("notificationStatus"));
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setMinimumHeight(120);
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setMinimumHeight(160);
    m_openRequest->setObjectName(QStringLiteral("openNotificationRequest"));
    m_openRequest->hide();
    m_refresh->setObjectName(QStringLiteral("refreshNotifications"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false); // neither part can be dragged away
    splitter->addWidget(m_list);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 160, 480 }); // the e-mail gets the room, the list shows a few subjects
    auto *content = new QWidget(this);
    // The dock follows its widget's minimum: dragging its edge stops at a readable width (not 80 px, not 0).
    content->setMinimumWidth(kMinimumWidth);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openRequest);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    setWidget(content);
    connect(m_refresh, &QPushButton::clicked, this, &NotificationsPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotificationsPanel::showSelected);
    connect(m_body, &MarkdownPreview::rendered, this, &NotificationsPanel::bodyShown);
    connect(m_openRequest, &QPushButton::clicked, this, [this] {
        const QString id
            = selectedEmail().value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            Q_EMIT openRequestRequested(id);
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    if (session) {
        // New e-mails come with what the sync brings (an approval, a preview's request).
        connect(session, &sync::AccountSession::synced, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    retranslate();
}

NotificationsPanel::~NotificationsPanel() = default;

QJsonObject NotificationsPanel::selectedEmail() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_emails.at(item->data(Qt::UserRole + 1).toInt()).toObject() : QJsonObject();
}

void NotificationsPanel::refresh()
{
    if (!m_session || !m_session->client()
        || (m_session->connection() != sync::AccountSession::Connection::Online
            && m_session->connection() != sync::AccountSession::Connection::Syncing)) {
        m_status->setText(tr("Notifications are read from Connect: they show when the app is online."));
        Q_EMIT refreshed(false);
        return;
    }
    if (m_loading) {
        m_again = true; // one more round once the running one answered
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading…"));
    notifications::fetchRecentEmails(*m_session->client(), this, [this](const notifications::EmailsResult &emails) {
        m_loading = false;
        if (m_again) {
            m_again = false;
            QTimer::singleShot(0, this, &NotificationsPanel::refresh);
        }
        if (!emails.ok()) {
            m_status->setText(tr("The notifications could not be loaded: %1").arg(emails.error().summary()));
            Q_EMIT refreshed(false);
            return;
        }
        m_emails = emails.value();
        rebuildList();
        Q_EMIT refreshed(true);
    });
}

void NotificationsPanel::rebuildList()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // Newest first.
    for (qsizetype i = m_emails.size() - 1; i >= 0; --i) {
        const QJsonObject email = m_emails.at(i).toObject();
        const bool toCustomer = str(email, "type") == QLatin1String("activation");
        const QString second = toCustomer
            ? tr("To the customer, %1 · %2").arg(recipients(email, true), localTime(str(email, "created")))
            : localTime(str(email, "created"));
        auto *item = new QListWidgetItem(str(email, "subject") + QLatin1Char('\n') + second, m_list);
        item->setToolTip(
            toCustomer ? str(email, "subject") + QLatin1Char('\n') + recipients(email) : str(email, "subject"));
        item->setData(Qt::UserRole, str(email, "id"));
        item->setData(Qt::UserRole + 1, int(i));
        if (item->data(Qt::UserRole).toString() == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_status->setText(m_emails.isEmpty() ? tr("No notifications yet.")
            : m_emails.size() == 1       ? tr("1 notification")
                                         : tr("%Ln notifications", nullptr, int(m_emails.size())));
    showSelected();
}

void NotificationsPanel::showSelected()
{
    const QJsonObject email = selectedEmail();
    const QString requestId = email.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toString();
    m_openRequest->setText(tr("Open %1").arg(requestId));
    m_openRequest->setVisible(!requestId.isEmpty());
    if (email.isEmpty()) {
        m_body->showDocument(QString(), QString());
        return;
    }
    // The header is built here and escaped; the body is the mail's Markdown through cmark-gfm (raw HTML off).
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString header
        = QStringLiteral("<div class=\"header\"><table>%1%2%3%4</table></div>")
              .arg(row(tr("From:"), str(email, "from")), row(tr("To:"), recipients(email)),
                  row(tr("Date:"), localTime(str(email, "created"))), row(tr("Subject:"), str(email, "subject")));
    m_body->showDocument(header, str(email, "body"));
}

void NotificationsPanel::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_refresh->setText(tr("&Refresh"));
    m_openRequest->setToolTip(tr("Show the request this email is about in Fulfillment"));
    if (!m_emails.isEmpty())
        rebuildList();
}

void NotificationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace cv::ui
