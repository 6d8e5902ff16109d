#pragma once

#include "sandbox/api/apimessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cv::sandbox {

class SandboxStore;

/// Module permissions of generated tokens (POST /auth/tokens/{id}/permissions {id: "<module>"}): a token
/// with at least one grant may read everything but change only under the paths of the modules it was
/// granted; other changes answer 403 AUTH_003 naming the module. A token without grants, and the sandbox's
/// own key, may call everything (as the seed's tokens).
/// Connect's own permission ids are not in the public sources; the module keys stand in for them.
/// `ownKey` is the sandbox's key: it is answered without a look-up (most requests carry it).
std::optional<ApiReply> refuseWithoutPermission(const SandboxStore &store, const QString &ownKey,
    const QByteArray &authorization, Method method, const QString &path);

/// The module key a path belongs to ("fulfillment", "api", ...), "" for paths outside any module.
QString moduleOfPath(const QString &path);

} // namespace cv::sandbox
