#pragma once
// Helpers for sync tests: run a SyncEngine to the end, and dump a cache for comparison.

#include "app/store/cachedatabase.h"
#include "app/store/collections.h"
#include "app/store/objectrepository.h"
#include "app/sync/puller.h"
#include "app/sync/syncengine.h"

#include <QMap>
#include <QSignalSpy>
#include <QTest>

namespace cv::test {

inline sync::SyncSummary runSync(
    sync::SyncEngine &engine, const sync::SyncEngine::Options &options = {}, int timeoutMs = 120000)
{
    sync::SyncSummary result;
    bool done = false;
    QObject context;
    QObject::connect(&engine, &sync::SyncEngine::finished, &context, [&](const sync::SyncSummary &summary) {
        result = summary;
        done = true;
    });
    engine.start(options);
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error.detail = QStringLiteral("sync did not finish in time");
    return result;
}

/// Every cached object of every pulled collection: "collection/id" -> its JSON.
inline QMap<QString, QJsonObject> dumpCache(store::CacheDatabase &db)
{
    store::ObjectRepository objects(db);
    QMap<QString, QJsonObject> dump;
    for (const QString &name : sync::Puller::pulledCollections()) {
        for (const store::CachedObject &object : objects.list(name, QString()))
            dump.insert(name + QLatin1Char('/') + object.id, object.json);
    }
    return dump;
}

} // namespace cv::test
