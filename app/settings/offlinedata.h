#pragma once

#include <QString>

namespace cv::sync {
class AccountSession;
}

namespace cv::settings {

/// What an account keeps on this computer, for Settings' "Data" page.
struct OfflineDataInfo
{
    bool exists = false; ///< there is a cache file
    qint64 bytes = 0; ///< the cache file with its write-ahead log
    qint64 unsent = 0; ///< changes in the outbox, not yet sent to Connect (-1: could not be read)
};

/// The offline data of the account stored under `keychainKey`. The open account's outbox is read through
/// `session`; another account's cache is opened briefly (never created: a missing file reads as empty).
OfflineDataInfo inspectOfflineData(const QString &keychainKey, const sync::AccountSession *session);

} // namespace cv::settings
