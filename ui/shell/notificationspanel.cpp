#include "ui/shell/notificationspanel.h"

#include "app/connect/apiclient.h"
#include "app/connect/apijob.h"
#include "app/sync/accountsession.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cv::ui {

NotificationsPanel::NotificationsPanel(sync::AccountSession *session, QWidget *parent)
    : QDockWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("notificationsPanel"));
    setAllowedAreas(Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setReadOnly(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_body);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);
    setWidget(content);
    connect(m_refresh, &QPushButton::clicked, this, &NotificationsPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotificationsPanel::showSelected);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    retranslate();
}

NotificationsPanel::~NotificationsPanel() = default;

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
    m_status->setText(tr("Loading ..."));
    connect::ApiJob *job = m_session->client()->get(QStringLiteral("/notifications/emails"), QStringLiteral("limit=100"));
    connect(job, &connect::ApiJob::finished, this, [this](connect::ApiJob *done) {
        m_loading = false;
        if (m_again) {
            m_again = false;
            QTimer::singleShot(0, this, &NotificationsPanel::refresh);
        }
        if (!done->ok()) {
            m_status->setText(tr("The notifications could not be loaded: %1").arg(done->error().summary()));
            Q_EMIT refreshed(false);
            return;
        }
        m_emails = done->response().json.array();
        const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        m_list->clear();
        // Newest first.
        for (qsizetype i = m_emails.size() - 1; i >= 0; --i) {
            const QJsonObject email = m_emails.at(i).toObject();
            auto *item = new QListWidgetItem(
                email.value(QStringLiteral("subject")).toString() + QLatin1Char('\n') + email.value(QStringLiteral("created")).toString(),
                m_list);
            item->setData(Qt::UserRole, email.value(QStringLiteral("id")).toString());
            item->setData(Qt::UserRole + 1, i);
            if (item->data(Qt::UserRole).toString() == selected)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
        m_status->setText(m_emails.isEmpty() ? tr("No notifications yet.") : tr("%n notification(s)", nullptr, int(m_emails.size())));
        showSelected();
        Q_EMIT refreshed(true);
    });
}

void NotificationsPanel::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_body->clear();
        return;
    }
    const QJsonObject email = m_emails.at(item->data(Qt::UserRole + 1).toInt()).toObject();
    QStringList to;
    for (const QJsonValue &value : email.value(QStringLiteral("to")).toArray())
        to << QStringLiteral("%1 <%2>").arg(value.toObject().value(QStringLiteral("name")).toString(),
                                            value.toObject().value(QStringLiteral("email")).toString());
    m_body->setPlainText(tr("From: %1\nTo: %2\nSubject: %3\n\n%4")
                             .arg(email.value(QStringLiteral("from")).toString(), to.join(QStringLiteral(", ")),
                                 email.value(QStringLiteral("subject")).toString(),
                                 email.value(QStringLiteral("body")).toString()));
}

void NotificationsPanel::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_refresh->setText(tr("&Refresh"));
}

void NotificationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace cv::ui
