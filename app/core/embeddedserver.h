#pragma once

#include "app/accounts/accountmanager.h"
#include "app/accounts/keystore.h"

#include <QString>

#include <functional>

class QObject;

namespace cv::core {

/// How opening the embedded server went; the UI words each case.
struct EmbeddedServerResult
{
    enum class Status { Ok, ServerFailed, KeychainFailed, AccountFailed };
    Status status = Status::Ok;
    QString detail; ///< the server's or keychain's own words
    accounts::AddAccountResult addResult; ///< for AccountFailed
    /// Ok, but the system keychain was unavailable or refused (declined prompt): the server's key is kept
    /// in memory for this run only (KeyStore::keepInMemory). `keychain` says what the keychain answered.
    bool memoryOnlyKey = false;
    accounts::KeyStoreResult keychain;
    bool ok() const { return status == Status::Ok; }
};

/// A Connect-compatible server that runs inside the app ("Explore offline with the sandbox"): opening it starts
/// the server and makes its account the current account of the app. The UI asks for it through this interface
/// only; the composition root (app/main.cpp) hands in the implementation (sandbox::SandboxSession), so the GUI
/// and core libraries do not link the server (see docs/architecture.md, "Layers").
class EmbeddedServer
{
public:
    virtual ~EmbeddedServer() = default;

    /// Starts the server (if needed) and opens its account; `done` runs once, from the event loop, unless
    /// `context` is destroyed first.
    virtual void open(QObject *context, std::function<void(const EmbeddedServerResult &)> done) = 0;

protected:
    EmbeddedServer() = default;
    EmbeddedServer(const EmbeddedServer &) = default;
    EmbeddedServer &operator=(const EmbeddedServer &) = default;
};

} // namespace cv::core
