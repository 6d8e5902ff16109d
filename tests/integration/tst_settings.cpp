// Issue 18 point 1: the settings persist and apply at once. Settings written, the object destroyed and made again
// read the same back; the sync schedule follows them (an interval change reschedules the running timer); a manual
// proxy carries the API client's requests (a proxy this test runs records the request line and forwards it to the
// sandbox); "Clear offline data" deletes the open account's cache through the sign-out code and reopens it.
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/accounts/account.h"
#include "app/accounts/keystore.h"
#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/core/datapaths.h"
#include "app/settings/appsettings.h"
#include "app/settings/offlinedata.h"
#include "app/settings/settingsbinding.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace cv;
using settings::AppSettings;

namespace {

/// A forwarding HTTP proxy on loopback: records each request line it receives and sends the request on to
/// `target` (the sandbox) with the absolute URI a client sends a proxy turned back into a path.
class RecordingProxy final : public QObject
{
public:
    RecordingProxy(const QString &absolutePrefix, quint16 target)
        : m_prefix(absolutePrefix.toUtf8())
        , m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requestLines;

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            QByteArray data = client->readAll();
            for (const QByteArray &line : data.split('\n')) {
                if (line.contains(" HTTP/1.1\r") && line.contains(m_prefix))
                    requestLines << line.trimmed();
            }
            data.replace(QByteArray(" " + m_prefix + "/"), QByteArrayLiteral(" /"));
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QByteArray m_prefix;
    quint16 m_target;
};

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    /// Opens the sandbox's account in `session` with its key kept in memory, and waits for the first sync.
    bool openSandboxAccount(test::SandboxFixture &sandbox, accounts::KeyStore &keys, sync::AccountSession &session,
        accounts::Account &account)
    {
        account.id = QStringLiteral("VA-000-000");
        account.name = QStringLiteral("Sandbox");
        account.endpoint = sandbox.baseUrl();
        keys.setMemoryOnly(true);
        bool written = false;
        keys.write(account.keychainKey(), sandbox.apiKey(), this,
            [&](const accounts::KeyStoreResult &r) { written = r.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, 5000))
            return false;
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        session.open(account);
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void persistsAcrossARestart()
    {
        QFile::remove(settingsFile());
        {
            AppSettings fresh(settingsFile());
            // The defaults: today's behaviour.
            QCOMPARE(fresh.theme(), AppSettings::Theme::System);
            QVERIFY(fresh.syncEnabled());
            QCOMPARE(fresh.syncIntervalMinutes(), 5);
            QVERIFY(fresh.syncOnStart());
            QCOMPARE(fresh.proxyMode(), AppSettings::ProxyMode::System);
            QVERIFY(fresh.notifies(AppSettings::Event::NewPendingRequests));
            QVERIFY(!fresh.keepInTray());

            QSignalSpy changed(&fresh, &AppSettings::changed);
            fresh.setTheme(AppSettings::Theme::Dark);
            fresh.setSyncEnabled(false);
            fresh.setSyncIntervalMinutes(15);
            fresh.setSyncOnStart(false);
            QVERIFY(fresh.setProxy(AppSettings::ProxyMode::Manual, QStringLiteral(" proxy.example "), 3128));
            fresh.setNotifies(AppSettings::Event::PublishFinished, false);
            fresh.setKeepInTray(true);
            QCOMPARE(changed.count(), 7);
            QCOMPARE(changed.at(0).first().value<AppSettings::Key>(), AppSettings::Key::Theme);
            // A manual proxy without a host or with port 0 is refused; the one in use stays.
            QVERIFY(!fresh.setProxy(AppSettings::ProxyMode::Manual, QString(), 3128));
            QVERIFY(!fresh.setProxy(AppSettings::ProxyMode::Manual, QStringLiteral("proxy.example"), 0));
            QCOMPARE(changed.count(), 7);
            // Out of range intervals are clamped.
            fresh.setSyncIntervalMinutes(0);
            QCOMPARE(fresh.syncIntervalMinutes(), AppSettings::kMinSyncIntervalMinutes);
            fresh.setSyncIntervalMinutes(15);
        }
        AppSettings again(settingsFile());
        QCOMPARE(again.theme(), AppSettings::Theme::Dark);
        QVERIFY(!again.syncEnabled());
        QCOMPARE(again.syncIntervalMinutes(), 15);
        QVERIFY(!again.syncOnStart());
        QCOMPARE(again.proxyMode(), AppSettings::ProxyMode::Manual);
        QCOMPARE(again.proxyHost(), QStringLiteral("proxy.example"));
        QCOMPARE(again.proxyPort(), 3128);
        QVERIFY(!again.notifies(AppSettings::Event::PublishFinished));
        QVERIFY(again.notifies(AppSettings::Event::NewConflicts));
        QVERIFY(again.keepInTray());
        // By default the file is settings.ini in the configuration folder.
        QCOMPARE(AppSettings().fileName(), core::DataPaths::configDir() + QStringLiteral("/settings.ini"));
    }

    void syncScheduleFollowsTheSettings()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QFile::remove(settingsFile());
        AppSettings settings(settingsFile());
        QNetworkAccessManager network;
        accounts::KeyStore keys;
        sync::AccountSession session(&keys, &network);
        settings.setSyncIntervalMinutes(60);
        settings::bindSync(&settings, &session);
        QCOMPARE(session.intervalMs(), 60 * 60 * 1000);
        accounts::Account account;
        QVERIFY(openSandboxAccount(sandbox, keys, session, account));
        QVERIFY(session.isScheduled());
        QVERIFY(session.nextSyncInMs() > 50 * 60 * 1000);

        // Takes effect at once: the running timer restarts with the new interval.
        settings.setSyncIntervalMinutes(2);
        QCOMPARE(session.intervalMs(), 2 * 60 * 1000);
        QVERIFY(session.isScheduled());
        // (a coarse timer may fire up to 5 % late, so the bound is loose; an unrescheduled timer would say ~60 min)
        QVERIFY2(session.nextSyncInMs() <= 3 * 60 * 1000, qPrintable(QString::number(session.nextSyncInMs())));

        settings.setSyncEnabled(false);
        QVERIFY(!session.isScheduled());
        settings.setSyncEnabled(true);
        QVERIFY(session.isScheduled());

        // Without "sync on start", opening the account syncs nothing until asked.
        settings.setSyncOnStart(false);
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        session.open({});
        session.open(account);
        QTRY_COMPARE(session.connection(), sync::AccountSession::Connection::Online);
        QVERIFY(!synced.wait(1500));
        session.syncNow();
        QVERIFY(synced.wait(60000));

        // Automatic sync off: a reopened account has no timer either.
        settings.setSyncEnabled(false);
        session.open({});
        session.open(account);
        QTRY_COMPARE(session.connection(), sync::AccountSession::Connection::Online);
        QVERIFY(!session.isScheduled());
    }

    void manualProxyCarriesTheApiClientsRequests()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QUrl direct(sandbox.baseUrl());
        // A host name only the proxy knows: the request can reach the sandbox through the proxy and no other way.
        QUrl viaProxy = direct;
        viaProxy.setHost(QStringLiteral("connect.proxy-test.invalid"));
        RecordingProxy proxy(viaProxy.toString(QUrl::RemovePath | QUrl::StripTrailingSlash), quint16(direct.port()));
        QVERIFY(proxy.port() > 0);

        QFile::remove(settingsFile());
        AppSettings settings(settingsFile());
        QNetworkAccessManager network;
        settings::bindNetwork(&settings, &network);
        api::ApiClient client(&network);
        client.setEndpoint(viaProxy);
        client.setApiKey(sandbox.apiKey());
        api::RetryPolicy once; // a refused request fails at once instead of being retried
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        const auto fetch = [&client](api::ApiClient &c) {
            api::ApiJob *job = c.get(QStringLiteral("/accounts"));
            bool ok = false;
            bool done = false;
            QObject::connect(job, &api::ApiJob::finished, &client, [&](api::ApiJob *j) {
                ok = j->ok();
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 60000);
            return ok;
        };

        // The system's proxy (none here): the made-up host is not found.
        QVERIFY(!fetch(client));
        QVERIFY(proxy.requestLines.isEmpty());

        // A manual proxy takes effect at once for the client already made.
        QVERIFY(settings.setProxy(AppSettings::ProxyMode::Manual, QStringLiteral("127.0.0.1"), proxy.port()));
        QVERIFY(fetch(client));
        QCOMPARE(proxy.requestLines.size(), 1);
        QVERIFY2(proxy.requestLines.first().startsWith(
                     QByteArray("GET " + viaProxy.toString(QUrl::StripTrailingSlash).toUtf8() + "/accounts")),
            proxy.requestLines.first().constData());

        // The sandbox on this computer is reached directly even with a manual proxy.
        api::ApiClient local(&network);
        local.setEndpoint(direct);
        local.setApiKey(sandbox.apiKey());
        local.setRetryPolicy(once);
        QVERIFY(fetch(local));
        QCOMPARE(proxy.requestLines.size(), 1);

        // Back to the system's: the proxy sees nothing more.
        QVERIFY(settings.setProxy(AppSettings::ProxyMode::System));
        QVERIFY(!fetch(client));
        QCOMPARE(proxy.requestLines.size(), 1);
    }

    void clearOfflineDataOfTheOpenAccount()
    {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QNetworkAccessManager network;
        accounts::KeyStore keys;
        sync::AccountSession session(&keys, &network);
        accounts::Account account;
        QVERIFY(openSandboxAccount(sandbox, keys, session, account));
        const QString file = core::DataPaths::cacheFileFor(account.keychainKey());
        QVERIFY(session.services()->objects().count(QStringLiteral("accounts")) > 0);

        // A change not sent yet shows as unsent; the size is the file's.
        store::OutboxEntry entry;
        entry.collection = QStringLiteral("cases");
        entry.operation = QStringLiteral("create");
        entry.method = "POST";
        entry.path = QStringLiteral("/helpdesk/cases");
        entry.objectId = QStringLiteral("LOCAL-1");
        entry.body = QJsonObject { { QStringLiteral("subject"), QStringLiteral("kept?") } };
        QVERIFY(session.services()->outbox().enqueue(entry));
        const settings::OfflineDataInfo before = settings::inspectOfflineData(account.keychainKey(), &session);
        QVERIFY(before.exists);
        QVERIFY(before.bytes >= QFileInfo(file).size());
        QCOMPARE(before.unsent, 1);

        QSignalSpy reopened(&session, &sync::AccountSession::cacheOpened);
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        QVERIFY(session.clearOfflineData(account.keychainKey()));
        QCOMPARE(reopened.count(), 1);
        // The account is open again on an empty cache, which the next sync fills.
        QCOMPARE(session.account(), account);
        QCOMPARE(session.services()->objects().count(QStringLiteral("accounts")), 0);
        QCOMPARE(session.outboxSize(), 0);
        QVERIFY(synced.wait(60000));
        QVERIFY(session.services()->objects().count(QStringLiteral("accounts")) > 0);

        // A closed account's data: its outbox is read from the file, and clearing removes the file.
        session.open({});
        QCOMPARE(settings::inspectOfflineData(account.keychainKey(), &session).unsent, 0);
        QVERIFY(session.clearOfflineData(account.keychainKey()));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!settings::inspectOfflineData(account.keychainKey(), &session).exists);
    }
};

CV_TEST_CORE_MAIN(TestSettings)
#include "tst_settings.moc"
