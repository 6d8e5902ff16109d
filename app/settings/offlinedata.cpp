#include "app/settings/offlinedata.h"

#include "app/core/datapaths.h"
#include "app/store/cachedatabase.h"
#include "app/store/outbox.h"
#include "app/sync/accountsession.h"

#include <QFileInfo>

namespace cv::settings {

OfflineDataInfo inspectOfflineData(const QString &keychainKey, const sync::AccountSession *session)
{
    OfflineDataInfo info;
    const QString file = core::DataPaths::cacheFileFor(keychainKey);
    info.exists = QFileInfo::exists(file);
    if (!info.exists)
        return info;
    // The same three files AccountServices::deleteOfflineData removes.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        info.bytes += QFileInfo(file + suffix).size();
    if (session && session->services() && session->account().keychainKey() == keychainKey) {
        info.unsent = session->outboxSize();
        return info;
    }
    auto cache = store::CacheDatabase::open(file);
    info.unsent = cache ? store::Outbox(*cache.value()).size() : -1;
    return info;
}

} // namespace cv::settings
