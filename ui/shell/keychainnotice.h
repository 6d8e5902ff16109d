#pragma once

#include "app/accounts/keystore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cv::ui {

/// The band above the pages that speaks for the system keychain: before the app asks it for an API key
/// (when the desktop may show its own password prompt) it says what that prompt is and why; afterwards it
/// says how the app goes on without it -- the sandbox with a memory-only key, a Connect account offline
/// until the user unlocks the keychain or enters the key.
class KeychainNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainNotice)

public:
    enum class State {
        Hidden,
        Asking, ///< a keychain request is under way: the system may prompt now
        SandboxInMemory, ///< no keychain (or declined): the sandbox runs with a memory-only key
        AccountWithoutKey, ///< a Connect account's key could not be read: offline, what to do
    };

    explicit KeychainNotice(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QLabel *textLabel() const { return m_text; }
    /// `account`: who the key is for; `sandbox`: the local sandbox account (cancel = memory-only key).
    void showAsking(const QString &account, bool sandbox);
    /// `reason`: what the keychain answered (refused, key not found, unavailable); `detail`: its own words,
    /// for the tooltip.
    void showSandboxInMemory(accounts::KeyStoreStatus reason, const QString &detail);
    void showAccountWithoutKey(const QString &account, const QString &reason);
    void dismiss();

Q_SIGNALS:
    /// "Try again": read the key from the keychain once more.
    void retryRequested();
    /// "Enter key...": type the key for this run.
    void enterKeyRequested();

private:
    void setState(State state);

    State m_state = State::Hidden;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_enterKey;
    QPushButton *m_close;
};

} // namespace cv::ui
