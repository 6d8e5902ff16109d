#include "ui/shell/keychainnotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace cv::ui {

KeychainNotice::KeychainNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_enterKey(new QPushButton(tr("&Enter key…"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("keychainNotice"));
    m_text->setObjectName(QStringLiteral("keychainNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("keychainRetry"));
    m_enterKey->setObjectName(QStringLiteral("keychainEnterKey"));
    m_close->setObjectName(QStringLiteral("keychainNoticeClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Hide this message"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_enterKey, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &KeychainNotice::retryRequested);
    connect(m_enterKey, &QPushButton::clicked, this, &KeychainNotice::enterKeyRequested);
    connect(m_close, &QPushButton::clicked, this, &KeychainNotice::dismiss);
    setState(State::Hidden);
}

void KeychainNotice::showAsking(const QString &account, bool sandbox)
{
    m_text->setText((sandbox                    ? tr("Opening the system keychain for the sandbox account's API key.")
                            : account.isEmpty() ? tr("Opening the system keychain for the account's API key.")
                                                : tr("Opening the system keychain for the API key of %1.").arg(account))
        + QLatin1Char(' ')
        + tr("If your desktop now asks for a keyring password (or to create a keyring), that window comes from the "
             "system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor "
             "Desktop never sees that password. Unlock it to keep the key there.")
        + QLatin1Char(' ')
        + (sandbox
                ? tr("If you cancel it, the sandbox still opens, with a key kept in memory for this run.")
                : tr("If you cancel it, the account works offline until you unlock the keychain or enter the key.")));
    setState(State::Asking);
}

void KeychainNotice::showSandboxInMemory(accounts::KeyStoreStatus reason, const QString &detail)
{
    // Two whole sentences (why, then what that means): no sentence is assembled from a translated fragment.
    const QString why = reason == accounts::KeyStoreStatus::Denied ? tr("The system keychain refused access.")
        : reason == accounts::KeyStoreStatus::NotFound
        ? tr("The sandbox's key could not be read from the system keychain (it stayed locked, or the key was never "
             "stored there).")
        : tr("No system keychain could be used (none available, or its prompt was canceled).");
    m_text->setText(why + QLatin1Char(' ')
        + tr("The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the "
             "sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next "
             "start."));
    m_text->setToolTip(detail);
    setState(State::SandboxInMemory);
}

void KeychainNotice::showAccountWithoutKey(const QString &account, const QString &reason)
{
    m_text->setToolTip(QString());
    m_text->setText(tr("The API key of %1 could not be read from the system keychain (%2). You can keep working "
                       "offline: changes are saved on this computer. To sync, unlock your keychain (your desktop's "
                       "keyring or password manager) and choose Try again, or enter the key for this run only.")
                        .arg(account, reason.isEmpty() ? tr("declined or not available") : reason));
    setState(State::AccountWithoutKey);
}

void KeychainNotice::dismiss()
{
    setState(State::Hidden);
}

void KeychainNotice::setState(State state)
{
    m_state = state;
    m_retry->setVisible(state == State::AccountWithoutKey);
    m_enterKey->setVisible(state == State::AccountWithoutKey);
    m_close->setVisible(state != State::Asking);
    setVisible(state != State::Hidden);
    if (state == State::Asking && isVisible())
        repaint(); // on screen before the keychain is asked (its prompt may take the focus next)
}

} // namespace cv::ui
