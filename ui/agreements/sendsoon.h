#pragma once
// Shared by the Agreements and Listings pages: what they save offline goes out at once when Connect can be reached.

#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"

#include <QObject>

namespace cv::ui {

/// True unless the last attempt to reach Connect failed (or there is no account): a running sync counts as online.
inline bool canReachConnect(sync::AccountServices *services)
{
    if (!services || !services->session())
        return false;
    const auto connection = services->session()->connection();
    return connection == sync::AccountSession::Connection::Online
        || connection == sync::AccountSession::Connection::Syncing;
}

/// Starts a sync so a change saved just now is sent; if one is already running (it may have pushed already), a
/// new one starts when it ends. Offline, the session's own retry sends it later.
inline void sendSoon(sync::AccountServices *services, QObject *context)
{
    if (!canReachConnect(services))
        return;
    sync::AccountSession *session = services->session();
    if (!services->engine().isRunning()) {
        session->syncNow();
        return;
    }
    auto *once = new QObject(context);
    QObject::connect(session, &sync::AccountSession::synced, once, [session, once] {
        once->deleteLater();
        session->syncNow();
    });
}

} // namespace cv::ui
