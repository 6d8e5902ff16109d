#pragma once

#include "sandbox/api/apimessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cv::sandbox {

class SandboxStore;

/// Module permissions of generated tokens (POST /auth/tokens/{id}/permissions {id: "<module>"}): a token
/// with at least one grant may only call the paths of the modules it was granted; others answer 403
/// AUTH_003 naming the module. A token without grants, and the sandbox's own key, may call everything
/// (as the seed's tokens). GET /accounts, the "who am I" of every client (REFERENCE §1.3), is always allowed.
/// Connect's own permission ids are not in the public sources; the module keys stand in for them.
std::optional<ApiReply> refuseWithoutPermission(
    const SandboxStore &store, const QByteArray &authorization, Method method, const QString &path);

/// The module key a path belongs to ("fulfillment", "api", ...), "" for paths outside any module.
QString moduleOfPath(const QString &path);

} // namespace cv::sandbox
