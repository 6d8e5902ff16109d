#include "ui/shell/firstrunpage.h"

#include "app/core/appinfo.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_addTitle(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_endpoint(new QLineEdit(core::AppInfo::defaultEndpoint(), this))
    , m_keyLabel(new QLabel(this))
    , m_apiKey(new QLineEdit(this))
    , m_keyHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_sandboxTitle(new QLabel(this))
    , m_sandboxText(new QLabel(this))
    , m_sandbox(new QPushButton(this))
    , m_offline(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("page-first-run"));
    m_heading->setProperty("pageHeading", true);
    m_intro->setWordWrap(true);
    m_intro->setProperty("pageSubheading", true);
    m_addTitle->setProperty("cardTitle", true);
    m_sandboxTitle->setProperty("cardTitle", true);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(QStringLiteral("SU-000-000-000:••••••••"));
    m_endpointLabel->setBuddy(m_endpoint);
    m_keyLabel->setBuddy(m_apiKey);
    m_keyHint->setWordWrap(true);
    m_keyHint->setProperty("hint", true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("error", true);
    m_error->hide();
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_add->setDefault(true);
    m_sandboxText->setWordWrap(true);
    m_sandbox->setObjectName(QStringLiteral("exploreSandbox"));
    m_offline->setObjectName(QStringLiteral("continueOffline"));
    m_offline->setFlat(true);
    m_cancel->setObjectName(QStringLiteral("cancelAddAccount"));
    m_cancel->hide();

    auto *addCard = card(this);
    auto *form = new QFormLayout;
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_keyLabel, m_apiKey);
    form->addRow(QString(), m_keyHint);
    auto *addLayout = new QVBoxLayout(addCard);
    addLayout->addWidget(m_addTitle);
    addLayout->addLayout(form);
    addLayout->addWidget(m_error);
    addLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *sandboxCard = card(this);
    auto *sandboxLayout = new QVBoxLayout(sandboxCard);
    sandboxLayout->addWidget(m_sandboxTitle);
    sandboxLayout->addWidget(m_sandboxText);
    sandboxLayout->addStretch();
    sandboxLayout->addWidget(m_sandbox, 0, Qt::AlignRight);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(addCard, 3);
    cards->addWidget(sandboxCard, 2);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_cancel, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addLayout(headingRow);
    column->addWidget(m_intro);
    column->addSpacing(16);
    column->addLayout(cards);
    column->addSpacing(8);
    column->addWidget(m_offline, 0, Qt::AlignLeft);

    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 48, 32, 32);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &FirstRunPage::submit);
    connect(m_apiKey, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    connect(m_sandbox, &QPushButton::clicked, this, &FirstRunPage::sandboxRequested);
    connect(m_offline, &QPushButton::clicked, this, &FirstRunPage::offlineRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FirstRunPage::cancelRequested);
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        if (m_cancel->isVisible())
            Q_EMIT cancelRequested();
    });
    addAction(escape);
    setSandboxAvailable(false);
    retranslate();
}

void FirstRunPage::setSandboxAvailable(bool available)
{
    m_sandboxAvailable = available;
    m_sandbox->setEnabled(available);
    retranslate();
}

void FirstRunPage::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
    retranslate();
}

void FirstRunPage::setSandboxStarting(bool starting)
{
    m_sandbox->setEnabled(!starting && m_sandboxAvailable);
    m_sandbox->setText(starting ? tr("Starting…") : tr("Explore offline"));
    m_add->setEnabled(!starting);
}

void FirstRunPage::setBusy(bool busy)
{
    m_endpoint->setReadOnly(busy);
    m_apiKey->setReadOnly(busy);
    m_add->setEnabled(!busy);
    m_add->setText(busy ? tr("Checking…") : tr("Add account"));
    if (busy)
        m_error->hide();
}

void FirstRunPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FirstRunPage::clearKey()
{
    m_apiKey->clear();
}

void FirstRunPage::submit()
{
    if (m_apiKey->text().trimmed().isEmpty()) {
        showError(tr("Enter the API key of your Connect account (API module › Tokens in the portal)."));
        m_apiKey->setFocus();
        return;
    }
    Q_EMIT addAccountRequested(m_endpoint->text(), m_apiKey->text().toUtf8());
}

void FirstRunPage::retranslate()
{
    m_intro->setText(tr("Define products, fulfill orders and publish to marketplaces, online or offline. "
                        "Everything you do is saved on this computer first and synced with Connect."));
    m_addTitle->setText(tr("Add a Connect account"));
    m_endpointLabel->setText(tr("API &endpoint:"));
    m_keyLabel->setText(tr("API &key:"));
    m_keyHint->setText(tr("The key is checked with Connect and kept only in your system keychain."));
    m_add->setText(tr("Add account"));
    m_sandboxTitle->setText(tr("Explore offline with the sandbox"));
    m_sandboxText->setText(m_sandboxAvailable
            ? tr("Try every module against a local sandbox account with demo data. No Connect account needed.")
            : tr("The built-in sandbox is not available."));
    m_sandbox->setText(tr("Explore offline"));
    m_offline->setText(tr("Continue with an empty offline workspace"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Back to where you were, without adding an account (Esc)"));
    m_heading->setText(!m_cancel->isHidden() ? tr("Add another account") : tr("Welcome to Connect Vendor Desktop"));
}

} // namespace cv::ui
