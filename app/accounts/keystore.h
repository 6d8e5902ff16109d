#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace cv::accounts {

/// Why a keychain operation failed. The UI words these; `app/` never shows text to the user.
enum class KeyStoreStatus {
    Ok,
    NotFound, ///< no key stored under that name
    Unavailable, ///< no keychain (no D-Bus session, locked or missing Secret Service): QtKeychain 5 and 7
    Denied, ///< the user or the system refused access
    Failed, ///< anything else; see the detail text
};

struct KeyStoreResult
{
    KeyStoreStatus status = KeyStoreStatus::Ok;
    QString detail; ///< QtKeychain's message, for logs; never contains the secret
    QByteArray secret; ///< filled by read() on success
    bool ok() const { return status == KeyStoreStatus::Ok; }
};

/// API keys in the OS keychain through QtKeychain (libsecret on Linux, Keychain on macOS, Credential
/// Manager on Windows). Every call is asynchronous and never spins a nested event loop; the callback runs
/// on the caller's thread, guarded by `context`.
///
/// When the user accepts to run without a keychain, `setMemoryOnly(true)` keeps keys in this object only,
/// for the lifetime of the process. There is no plaintext fallback on disk, ever.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    using Callback = std::function<void(const KeyStoreResult &)>;

    explicit KeyStore(QObject *parent = nullptr);

    /// The keychain service name the keys are filed under.
    static QString serviceName();

    void setMemoryOnly(bool memoryOnly) { m_memoryOnly = memoryOnly; }
    bool isMemoryOnly() const { return m_memoryOnly; }
    /// Keeps `key` (one account's key, e.g. the local sandbox's) in memory only for this run, whatever
    /// setMemoryOnly() says for the others: a real account added later still goes to the keychain.
    void keepInMemory(const QString &key);
    /// True if `key` never goes to the keychain in this run (memory-only for all or for this key).
    bool isInMemory(const QString &key) const { return m_memoryOnly || m_memoryKeys.contains(key); }

    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done);
    void read(const QString &key, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

Q_SIGNALS:
    /// The system keychain is about to be asked about `key`: the moment the system may show its own
    /// prompt (unlock or create a keyring), which the UI explains beforehand. Not emitted for memory keys.
    void accessStarted(const QString &key);
    /// The keychain answered about `key` (before the caller's callback runs).
    void accessFinished(const QString &key, cv::accounts::KeyStoreStatus status);

private:
    template<typename JobT> void run(JobT *job, const QString &key, QObject *context, Callback done);

    bool m_memoryOnly = false;
    QSet<QString> m_memoryKeys;
    QHash<QString, QByteArray> m_memory;
};

} // namespace cv::accounts
