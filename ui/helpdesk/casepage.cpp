#include "ui/helpdesk/casepage.h"
#include "ui/shell/filedialogs.h"

#include "app/core/displaytime.h"
#include "app/helpdesk/caseactions.h"
#include "app/helpdesk/caserules.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/refusedchanges.h"
#include "ui/helpdesk/caselabels.h"
#include "ui/shell/fieldmessages.h"
#include "ui/shell/problemtext.h"
#include "ui/style/previewtheme.h"
#include "ui/style/theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

CasePage::CasePage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_subject(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_refusedBar(new QWidget(this))
    , m_retry(new QPushButton(m_refusedBar))
    , m_discard(new QPushButton(m_refusedBar))
    , m_descriptionCaption(new QLabel(this))
    , m_description(new QLabel(this))
    , m_attachments(new QLabel(this))
    , m_threadCaption(new QLabel(this))
    , m_thread(new QTextBrowser(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_attach(new QPushButton(this))
    , m_actions(new QWidget(this))
    , m_messages(new FieldMessages(this))
{
    setObjectName(QStringLiteral("casePage"));
    m_back->setObjectName(QStringLiteral("backToCases"));
    m_subject->setObjectName(QStringLiteral("caseTitle"));
    m_subject->setProperty("cardTitle", true);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(QStringLiteral("caseMeta"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->setObjectName(QStringLiteral("caseSyncState"));
    m_sync->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("caseDescriptionText"));
    m_descriptionCaption->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_threadCaption->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTextFormat(Qt::PlainText);
    m_attachments->setObjectName(QStringLiteral("caseAttachmentState"));
    m_attachments->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("caseThread"));
    m_thread->setOpenLinks(false);
    m_reply->setObjectName(QStringLiteral("replyText"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(90);
    m_send->setObjectName(QStringLiteral("sendReply"));
    m_attach->setObjectName(QStringLiteral("attachCaseFile"));
    new QHBoxLayout(m_actions);
    m_actions->layout()->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    top->addWidget(m_actions);
    auto *replyButtons = new QVBoxLayout;
    replyButtons->addWidget(m_send);
    replyButtons->addWidget(m_attach);
    replyButtons->addStretch(1);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addLayout(replyButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_subject);
    layout->addWidget(m_meta);
    layout->addWidget(m_sync);
    layout->addWidget(m_refusedBar);
    layout->addSpacing(6);
    layout->addWidget(m_descriptionCaption);
    layout->addWidget(m_description);
    layout->addWidget(m_attachments);
    layout->addSpacing(6);
    layout->addWidget(m_threadCaption);
    layout->addWidget(m_thread, 1);
    layout->addLayout(replyRow);
    layout->addWidget(m_messages->add(QStringLiteral("text"), m_reply));
    layout->addWidget(m_messages->general());

    m_retry->setObjectName(QStringLiteral("retryCase"));
    m_discard->setObjectName(QStringLiteral("discardCase"));
    auto *refusedRow = new QHBoxLayout(m_refusedBar);
    refusedRow->setContentsMargins(0, 0, 0, 0);
    refusedRow->addWidget(m_retry);
    refusedRow->addWidget(m_discard);
    refusedRow->addStretch(1);
    m_refusedBar->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_services)
            return;
        m_services->refusedChanges().retry(QStringLiteral("cases"), m_id);
        refresh();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_services)
            return;
        const bool created = store::LocalChanges::isLocalId(m_id);
        const auto discarded = m_services->refusedChanges().discard(QStringLiteral("cases"), m_id);
        if (!discarded) {
            m_messages->showText(QString(), discarded.error(), FieldMessages::Tone::Error);
            return;
        }
        if (created)
            Q_EMIT backRequested(); // the case was never on Connect: nothing is left to show
        else
            refresh();
    });
    connect(m_back, &QPushButton::clicked, this, &CasePage::backRequested);
    connect(m_send, &QPushButton::clicked, this, &CasePage::sendReply);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::openFileName(this, QStringLiteral("attachments"), tr("Attach a file to the case"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] { m_messages->clear(QStringLiteral("text")); });
    retranslate();
}

void CasePage::retranslate()
{
    m_back->setText(tr("← All cases"));
    m_descriptionCaption->setText(tr("Description"));
    m_threadCaption->setText(tr("Replies"));
    m_reply->setPlaceholderText(tr("Write a reply to the case (sent on the next sync)"));
    m_threadCaption->setBuddy(m_thread); // names the thread for screen readers
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setAccessibleDescription(tr("Sent to the case on the next sync"));
    m_send->setText(tr("Send &reply"));
    m_retry->setText(tr("Send &again"));
    m_retry->setToolTip(tr("Once the cause is fixed, send the refused change with the next sync."));
    m_discard->setText(tr("&Discard the refused change"));
    m_discard->setToolTip(tr("Forget the change Connect refused; a case opened here goes with its replies and files."));
    m_attach->setText(tr("Attach &file…"));
    refresh();
}

void CasePage::setServices(sync::AccountServices *services)
{
    m_services = services;
    m_id.clear();
}

void CasePage::showCase(const QString &id)
{
    if (id != m_id) {
        m_reply->clear();
        m_messages->clear();
        m_sent.clear();
    }
    m_id = id;
    refresh();
    fetchThread();
}

void CasePage::fetchThread()
{
    if (!m_services || m_id.isEmpty())
        return;
    const QString id = m_id;
    m_services->caseActions().fetchThread(
        m_services->client(), id, this, [this, id](const core::Result<int, api::ApiError> &fetched) {
            // Offline, the cached thread stays as shown; the page says so through the sync state.
            if (fetched && id == m_id)
                refresh();
        });
    m_services->caseActions().fetchAttachments(
        m_services->client(), id, this, [this, id](const core::Result<QJsonArray, api::ApiError> &fetched) {
            if (!fetched || id != m_id)
                return;
            m_sent.clear();
            for (const QJsonValue &file : fetched.value()) {
                m_sent << QStringLiteral("%1 (%2)").arg(file.toObject().value(QStringLiteral("name")).toString(),
                    QLocale().formattedDataSize(file.toObject().value(QStringLiteral("size")).toInteger()));
            }
            refresh();
        });
}

void CasePage::follow(const QString &oldId, const QString &newId)
{
    if (m_id == oldId)
        m_id = newId;
}

QString CasePage::actionText(const QString &action) const
{
    if (action == QLatin1String("inquire"))
        return tr("Ask for information");
    if (action == QLatin1String("pend"))
        return tr("Back to pending");
    if (action == QLatin1String("resolve"))
        return tr("Mark resolved");
    if (action == QLatin1String("close"))
        return tr("Close case");
    return action;
}

void CasePage::refresh()
{
    const auto kase = m_services && !m_id.isEmpty() ? m_services->caseActions().caseObject(m_id) : std::nullopt;
    // State buttons for what the current state allows.
    while (QLayoutItem *item = m_actions->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!kase) {
        m_refusedBar->hide();
        m_subject->setText(m_id.isEmpty() ? QString() : tr("Case %1 is not in the offline data.").arg(m_id));
        m_meta->clear();
        m_sync->clear();
        m_description->clear();
        m_attachments->clear();
        m_thread->clear();
        return;
    }
    const QString state = kase->value(QStringLiteral("state")).toString();
    for (const QString &action : helpdesk::rules::actionsFrom(state)) {
        auto *button = new QPushButton(actionText(action), m_actions);
        button->setObjectName(QStringLiteral("caseAction-") + action);
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
        m_actions->layout()->addWidget(button);
    }
    m_subject->setText(kase->value(QStringLiteral("subject")).toString());
    const QString id = store::LocalChanges::isLocalId(m_id) ? tr("(given by Connect after sync)") : m_id;
    m_meta->setText(
        //: %1 is the case's ID, %2 its state ("Pending"…), %3 its priority ("High"…).
        tr("Case ID: %1 · State: %2 · Priority: %3")
            .arg(id, CaseLabels::state(state), CaseLabels::priority(kase->value(QStringLiteral("priority")).toInt())));
    m_description->setText(kase->value(QStringLiteral("description")).toString());

    // Where the case's own changes stand (a refusal is said here, next to the case it is about).
    const auto cached = m_services->objects().get(QStringLiteral("cases"), m_id);
    QString refused;
    for (const store::OutboxEntry &entry : m_services->outbox().failed()) {
        if (entry.collection == QLatin1String("cases") && entry.objectId == m_id)
            refused = entry.lastError;
    }
    m_refusedBar->setVisible(!refused.isEmpty());
    if (!refused.isEmpty()) {
        Theme::setTone(m_sync, Tone::Error);
        m_sync->setText(ProblemText::describeSummary(refused));
    } else if (cached && cached->dirty) {
        Theme::setTone(m_sync, Tone::Warning);
        m_sync->setText(ProblemText::waiting(m_offline));
    } else {
        m_sync->clear();
    }
    m_sync->setVisible(!m_sync->text().isEmpty());
    const QStringList pending = m_services->caseActions().pendingAttachments(m_id);
    QStringList files;
    if (!m_sent.isEmpty())
        files << tr("Attachments: %1").arg(m_sent.join(QStringLiteral(", ")));
    if (!pending.isEmpty())
        files << tr("Attachments waiting for sync: %1").arg(pending.join(QStringLiteral(", ")));
    m_attachments->setText(files.join(QLatin1Char('\n')));
    m_attachments->setVisible(!files.isEmpty());

    QString html;
    const QList<QJsonObject> messages = m_services->caseActions().thread(m_id);
    for (const QJsonObject &message : messages) {
        const QString who
            = message.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString();
        QString at = message.value(QStringLiteral("created")).toString();
        if (at.isEmpty())
            at = message.value(QStringLiteral("events"))
                     .toObject()
                     .value(QStringLiteral("created"))
                     .toObject()
                     .value(QStringLiteral("at"))
                     .toString();
        const QString whenText = core::displayTime(at);
        const bool pendingReply = message.value(QStringLiteral("_pending")).toBool();
        const bool stateChange = message.value(QStringLiteral("type")).toString() == QLatin1String("state_change");
        html += QStringLiteral("<p style=\"margin-bottom:10px\"><b>%1</b> <span class=\"muted\">%2</span>%3<br/>%4</p>")
                    .arg((who.isEmpty() ? tr("Connect") : who).toHtmlEscaped(), whenText.toHtmlEscaped(),
                        pendingReply ? QStringLiteral(" <span class=\"warning\">%1</span>")
                                           .arg(tr("waiting for sync").toHtmlEscaped())
                                     : QString(),
                        (stateChange ? QStringLiteral("<i>%1</i>") : QStringLiteral("%1"))
                            .arg(message.value(QStringLiteral("text"))
                                     .toString()
                                     .toHtmlEscaped()
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));
    }
    if (messages.isEmpty())
        html = QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(tr("No replies yet. Replies from the support team appear here after a sync.").toHtmlEscaped());
    // A sync re-reads the thread: the reader keeps their place in it.
    const int scrolled = m_thread->verticalScrollBar()->value();
    setThemedHtml(m_thread, html);
    m_thread->verticalScrollBar()->setValue(scrolled);
    const bool closed = state == QLatin1String("closed");
    m_reply->setEnabled(!closed);
    m_send->setEnabled(!closed);
    m_attach->setEnabled(!closed);
}

void CasePage::sendReply()
{
    if (!m_services || m_id.isEmpty())
        return;
    const auto sent = m_services->caseActions().reply(m_id, m_reply->toPlainText(), m_services->currentUser());
    if (!sent) {
        m_messages->showValidation(sent.error());
        return;
    }
    m_reply->clear();
    refresh();
}

bool CasePage::attachFile(const QString &path)
{
    if (!m_services || m_id.isEmpty())
        return false;
    const auto read = helpdesk::CaseActions::readAttachment(path);
    if (!read) {
        m_messages->showText(QString(), read.error().join(QLatin1Char('\n')).section(QStringLiteral(": "), 1),
            FieldMessages::Tone::Error);
        return false;
    }
    const auto attached = m_services->caseActions().attach(m_id, read.value());
    if (!attached) {
        m_messages->showText(QString(), attached.error().join(QLatin1Char('\n')), FieldMessages::Tone::Error);
        return false;
    }
    refresh();
    return true;
}

void CasePage::act(const QString &action)
{
    if (!m_services || m_id.isEmpty())
        return;
    const auto done = m_services->caseActions().act(m_id, action);
    if (!done) {
        m_messages->showText(QString(), done.error().join(QLatin1Char('\n')), FieldMessages::Tone::Error);
        return;
    }
    refresh();
}

} // namespace cv::ui
