// Issue 12, point 4 of the fifth session: upgrading an older build's cache (minutes at 100,000 requests) runs at
// account open. It must not freeze the window: the migration runs on a worker thread while the event loop keeps
// turning (the longest gap between two turns is measured), with progress, and the account opens afterwards with
// every row and outbox entry.
#include "testmain.h"

#include "app/accounts/account.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace cv;

namespace {

constexpr int kRequests = 4000;

QJsonObject request(int i)
{
    QJsonArray params;
    for (int p = 0; p < 25; ++p)
        params.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("PARAM_%1").arg(p) },
            { QStringLiteral("name"), QStringLiteral("Parameter number %1").arg(p) },
            { QStringLiteral("value"), QStringLiteral("value %1 of request %2").arg(p).arg(i) } });
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("PR-%1").arg(i, 6, 10, QLatin1Char('0')) },
        { QStringLiteral("status"), i % 2 ? QStringLiteral("pending") : QStringLiteral("approved") },
        { QStringLiteral("updated"), QStringLiteral("2026-01-01T00:00:00+00:00") },
        { QStringLiteral("asset"), QJsonObject { { QStringLiteral("params"), params } } } };
}

/// A schema-v5 cache (the previous build's) of kRequests requests and one outbox entry at `path`.
bool makeV5Cache(const QString &path)
{
    auto opened = store::CacheDatabase::open(path, store::CacheDatabase::kCompressedJsonSchema - 1);
    if (!opened)
        return false;
    store::CacheDatabase &db = *opened.value();
    store::ObjectRepository objects(db);
    if (!db.transaction())
        return false;
    for (int i = 0; i < kRequests; ++i) {
        if (!objects.putServer(QStringLiteral("requests"), {}, request(i)))
            return false;
    }
    store::OutboxEntry entry;
    entry.operation = QStringLiteral("update");
    entry.collection = QStringLiteral("requests");
    entry.objectId = QStringLiteral("PR-000001");
    entry.method = "POST";
    entry.path = QStringLiteral("/requests/PR-000001/approve");
    return store::Outbox(db).enqueue(entry).ok() && db.commit();
}

} // namespace

class TestCacheUpgrade final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradeRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        core::DataPaths::setRoot(dir.path());
        accounts::Account account;
        account.id = QStringLiteral("VA-000-000");
        account.name = QStringLiteral("Old cache");
        account.endpoint = QStringLiteral("http://127.0.0.1:9/public/v1"); // never reached: no key is given
        const QString file = core::DataPaths::cacheFileFor(account.keychainKey());
        QVERIFY(makeV5Cache(file));

        // How long the migration takes when run in one go (on a copy): what the GUI thread used to be blocked for.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(file, copy));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(store::CacheDatabase::open(copy).ok());
        const qint64 migrationMs = clock.elapsed();
        QCOMPARE(store::CacheDatabase::storedSchemaVersion(file), store::CacheDatabase::kCompressedJsonSchema - 1);

        accounts::KeyStore keys;
        keys.setMemoryOnly(true);
        QNetworkAccessManager network;
        sync::AccountSession session(&keys, &network);
        session.setSchedule(false, 60 * 60 * 1000, false);
        QSignalSpy opened(&session, &sync::AccountSession::cacheOpened);
        QSignalSpy upgrading(&session, &sync::AccountSession::cacheUpgrading);

        // The event loop's turns, 5 ms apart when nothing blocks it; open() is called from within the loop.
        qint64 longestStall = 0;
        QElapsedTimer sinceTurn;
        QTimer turns;
        turns.setInterval(5);
        connect(&turns, &QTimer::timeout, this, [&] { longestStall = qMax(longestStall, sinceTurn.restart()); });
        sinceTurn.start();
        turns.start();
        QTimer::singleShot(20, &session, [&] { session.open(account); });
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 120000);
        turns.stop();
        qInfo() << "migration alone:" << migrationMs << "ms; longest event-loop stall while opening:" << longestStall
                << "ms; progress reports:" << upgrading.count();

        QVERIFY2(longestStall < qMax<qint64>(100, migrationMs / 3),
            qPrintable(QStringLiteral("the GUI thread stalled %1 ms (the migration takes %2 ms)")
                           .arg(longestStall)
                           .arg(migrationMs)));
        QVERIFY(!upgrading.isEmpty());
        QCOMPARE(upgrading.last().at(0).toLongLong(), upgrading.last().at(1).toLongLong());
        QVERIFY(session.cache());
        QCOMPARE(session.cache()->schemaVersion(), store::CacheDatabase::latestSchemaVersion());
        QCOMPARE(session.services()->objects().count(QStringLiteral("requests")), qint64(kRequests));
        QCOMPARE(session.services()->objects().get(QStringLiteral("requests"), QStringLiteral("PR-003999"))->json,
            request(3999));
        QCOMPARE(session.outboxSize(), qint64(1));
        core::DataPaths::setRoot({});
    }
};

CV_TEST_CORE_MAIN(TestCacheUpgrade)
#include "tst_cacheupgrade.moc"
