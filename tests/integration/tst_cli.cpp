// The `connect-vendor` command line as a user runs it, against an in-process sandbox: account add (key on
// stdin or in CONNECT_API_KEY, never on argv), a wrong key, account list (text and JSON), status --json,
// account remove --purge-cache. Runs under with-keyring.sh: the children use the same private keyring.
#include "clitestsupport.h"
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/accounts/accountregistry.h"
#include "app/core/datapaths.h"
#include "app/sync/puller.h"

#include <QRegularExpression>

using namespace cv;
using test::SandboxFixture;
using test::VendorRun;

class TestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_accountId;
    QByteArray m_key;
    QByteArray m_secret;
    QList<VendorRun> m_runs; ///< every child's output, searched for the key at the end

    QString dir(const QString &name) const { return m_root.filePath(name); }
    QString keychainKey() const { return m_sandbox->baseUrl() + QLatin1Char(':') + m_accountId; }

    static QProcessEnvironment environmentWithoutKey()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CONNECT_API_KEY"));
        return env;
    }

    VendorRun vendor(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &env = environmentWithoutKey())
    {
        test::VendorOptions options;
        options.input = input;
        options.environment = env;
        VendorRun run = test::runVendor(dataDir, arguments, options);
        m_runs << run;
        return run;
    }

    QStringList addArguments(const QString &name) const
    {
        return { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), name,
            QStringLiteral("--endpoint"), m_sandbox->baseUrl() };
    }

    /// The accounts recorded in `dataDir` (read the way the app reads them).
    static accounts::AccountList accountsIn(const QString &dataDir)
    {
        core::DataPaths::setRoot(dataDir);
        accounts::AccountRegistry registry;
        const accounts::AccountList list = registry.accounts();
        core::DataPaths::setRoot(test::isolatedDataRoot());
        return list;
    }

    static QString cacheFileIn(const QString &dataDir, const QString &accountKey)
    {
        core::DataPaths::setRoot(dataDir);
        const QString file = core::DataPaths::cacheFileFor(accountKey);
        core::DataPaths::setRoot(test::isolatedDataRoot());
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir().mkpath(dir(QStringLiteral("server"))));
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options, dir(QStringLiteral("server")));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_accountId = m_sandbox->get(QStringLiteral("/accounts"))
                          .array()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
        QVERIFY(!m_accountId.isEmpty());
        m_key = m_sandbox->apiKey();
        m_secret = m_key.mid(m_key.indexOf(':') + 1);
        QVERIFY(m_secret.size() >= 16);
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void wrongKeyIsRefusedAndNothingSaved()
    {
        const QString data = dir(QStringLiteral("wrong"));
        const VendorRun run = vendor(data, addArguments(QStringLiteral("lab")), "SU-000-000-000:not-the-key\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("connect-vendor: the endpoint refused the API key (HTTP 401)")),
            qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY(accountsIn(data).isEmpty());
        QCOMPARE(test::readKey(keychainKey()).status, accounts::KeyStoreStatus::NotFound);
        const VendorRun list = vendor(data, { QStringLiteral("account"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.outText().startsWith(QStringLiteral("No accounts.")), qPrintable(list.describe()));
    }

    void keyOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--api-key KEY") << QStringList { QStringLiteral("--api-key"), QString::fromUtf8(m_key) };
        QTest::newRow("--api-key=KEY") << QStringList { QStringLiteral("--api-key=") + QString::fromUtf8(m_key) };
    }

    /// Even with a valid key on stdin, a key on argv is an error (exit 2), not silently ignored: it would
    /// already be in the shell history and the process list.
    void keyOnTheCommandLineIsRefused()
    {
        QFETCH(QStringList, extra);
        const QString data = dir(QStringLiteral("argv"));
        const VendorRun run = vendor(data, addArguments(QStringLiteral("lab")) + extra, m_key + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("Unknown option 'api-key'")), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(m_secret) && !run.out.contains(m_secret), "the key is echoed back");
        QVERIFY(accountsIn(data).isEmpty());
        QCOMPARE(test::readKey(keychainKey()).status, accounts::KeyStoreStatus::NotFound);
    }

    /// A key given as a positional argument must not be ignored either.
    void keyAsPositionalArgumentIsRefused()
    {
        const QString data = dir(QStringLiteral("positional"));
        QProcessEnvironment env = environmentWithoutKey();
        env.insert(QStringLiteral("CONNECT_API_KEY"), QString::fromUtf8(m_key));
        const VendorRun run
            = vendor(data, addArguments(QStringLiteral("lab")) + QStringList { QString::fromUtf8(m_key) }, {}, env);
        const bool added = !accountsIn(data).isEmpty();
        if (added) {
            // Clean up what it saved, whatever the verdict below, so that later tests start from nothing.
            (void)test::keyStoreCall([this](accounts::KeyStore &s, QObject *c, accounts::KeyStore::Callback cb) {
                s.remove(keychainKey(), c, std::move(cb));
            });
        }
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!added);
        QVERIFY2(run.errText().contains(QStringLiteral("never from the command line")), qPrintable(run.describe()));
        QVERIFY(!run.errText().contains(QString::fromUtf8(m_key)));
    }

    void addWithKeyOnStdin()
    {
        const QString data = dir(QStringLiteral("stdin"));
        const VendorRun run = vendor(data, addArguments(QStringLiteral("lab")), m_key + '\n');
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QVERIFY2(run.outText().startsWith(QStringLiteral("Added lab: ")) && run.outText().contains(m_accountId),
            qPrintable(run.describe()));
        const accounts::AccountList list = accountsIn(data);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, m_accountId);
        QCOMPARE(list.first().label, QStringLiteral("lab"));
        QCOMPARE(list.first().endpoint, m_sandbox->baseUrl());
        const accounts::KeyStoreResult stored = test::readKey(keychainKey());
        QVERIFY2(stored.ok(), qPrintable(stored.detail));
        QCOMPARE(stored.secret, m_key);
    }

    /// Issue 10 point 7: `account add` over a damaged accounts.json says so on stderr and where the old file is
    /// kept (it used to replace it with only a log line).
    void addOverADamagedAccountsFileSaysSo()
    {
        const QString data = dir(QStringLiteral("damaged"));
        core::DataPaths::setRoot(data);
        const QString file = core::DataPaths::configDir() + QStringLiteral("/accounts.json");
        core::DataPaths::setRoot(test::isolatedDataRoot());
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("{\"accounts\": [ {\"id\": \"VA-1\"");
        }
        const VendorRun run = vendor(data, addArguments(QStringLiteral("lab-damaged")), m_key + '\n');
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("accounts.json.bad")), qPrintable(run.describe()));
        QVERIFY(QFile::exists(file + QStringLiteral(".bad")));
        QCOMPARE(accountsIn(data).size(), 1);
    }

    void addWithKeyInEnvironment()
    {
        const QString data = dir(QStringLiteral("env"));
        QProcessEnvironment env = environmentWithoutKey();
        env.insert(QStringLiteral("CONNECT_API_KEY"), QString::fromUtf8(m_key));
        const VendorRun run = vendor(data, addArguments(QStringLiteral("lab-env")), {}, env);
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        const accounts::AccountList list = accountsIn(data);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().label, QStringLiteral("lab-env"));
        QVERIFY(test::readKey(keychainKey()).ok());
    }

    void noKeyAtAll()
    {
        const VendorRun run = vendor(dir(QStringLiteral("nokey")), addArguments(QStringLiteral("lab")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("no API key")), qPrintable(run.describe()));
    }

    void listText()
    {
        const VendorRun run
            = vendor(dir(QStringLiteral("stdin")), { QStringLiteral("account"), QStringLiteral("list") });
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).simplified() == QStringLiteral("NAME ACCOUNT ID TYPE ENDPOINT"), qPrintable(lines.at(0)));
        const QStringList row = lines.at(1).simplified().split(QLatin1Char(' '));
        QCOMPARE(row.first(), QStringLiteral("*")); // the current account
        QCOMPARE(row.at(1), QStringLiteral("lab"));
        QVERIFY(row.contains(m_accountId));
        QVERIFY(row.contains(QStringLiteral("vendor")));
        QCOMPARE(row.last(), m_sandbox->baseUrl());
    }

    void listJson()
    {
        const VendorRun run = vendor(dir(QStringLiteral("stdin")),
            { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), qPrintable(run.describe()));
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject account = doc.array().first().toObject();
        QCOMPARE(account.value(QStringLiteral("id")).toString(), m_accountId);
        QCOMPARE(account.value(QStringLiteral("label")).toString(), QStringLiteral("lab"));
        QCOMPARE(account.value(QStringLiteral("type")).toString(), QStringLiteral("vendor"));
        QCOMPARE(account.value(QStringLiteral("endpoint")).toString(), m_sandbox->baseUrl());
        QCOMPARE(account.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(account.value(QStringLiteral("sandbox")).toBool(true), false);
        QVERIFY(!account.value(QStringLiteral("name")).toString().isEmpty());
    }

    /// An object with "collections" (each {"count": n, "last_sync": null | ISO date}), "outbox", "conflicts".
    void statusJsonShape()
    {
        const QString data = dir(QStringLiteral("stdin"));
        const QStringList pulled = sync::Puller::pulledCollections();
        const auto checkShape = [&](const QJsonObject &status, bool synced) {
            QCOMPARE(status.value(QStringLiteral("account")).toString(), m_accountId);
            QVERIFY(status.value(QStringLiteral("outbox")).isDouble());
            QCOMPARE(status.value(QStringLiteral("outbox")).toInt(-1), 0);
            QVERIFY(status.value(QStringLiteral("conflicts")).isDouble());
            QCOMPARE(status.value(QStringLiteral("conflicts")).toInt(-1), 0);
            QVERIFY(status.value(QStringLiteral("collections")).isObject());
            const QJsonObject collections = status.value(QStringLiteral("collections")).toObject();
            QStringList keys = collections.keys();
            QStringList expected = pulled;
            keys.sort();
            expected.sort();
            QCOMPARE(keys, expected);
            for (auto it = collections.begin(); it != collections.end(); ++it) {
                QVERIFY2(it.value().isObject(), qPrintable(it.key()));
                const QJsonObject entry = it.value().toObject();
                QCOMPARE(entry.keys(), (QStringList { QStringLiteral("count"), QStringLiteral("last_sync") }));
                QVERIFY2(entry.value(QStringLiteral("count")).isDouble(), qPrintable(it.key()));
                const QJsonValue last = entry.value(QStringLiteral("last_sync"));
                if (!synced) {
                    QVERIFY2(last.isNull(), qPrintable(it.key()));
                    QCOMPARE(entry.value(QStringLiteral("count")).toInt(-1), 0);
                } else {
                    QVERIFY2(last.isString(), qPrintable(it.key()));
                    QVERIFY2(QDateTime::fromString(last.toString(), Qt::ISODateWithMs).isValid(),
                        qPrintable(last.toString()));
                }
            }
        };
        VendorRun before = vendor(data, { QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(before.succeeded(), qPrintable(before.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(before.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(before.describe()));
        checkShape(doc.object(), false);
        if (QTest::currentTestFailed())
            return;

        const VendorRun synced = vendor(data, { QStringLiteral("sync") });
        QVERIFY2(synced.succeeded(), qPrintable(synced.describe()));
        QVERIFY2(synced.outText().contains(
                     QRegularExpression(QStringLiteral("^peak memory: \\d+ MB$"), QRegularExpression::MultilineOption)),
            qPrintable(synced.describe()));
        QVERIFY2(
            synced.outText().contains(QRegularExpression(
                QStringLiteral("^requests/s: \\d+ \\(\\d+ requests fetched\\)$"), QRegularExpression::MultilineOption)),
            qPrintable(synced.describe()));
        const VendorRun after = vendor(data, { QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(after.succeeded(), qPrintable(after.describe()));
        const QJsonObject status = QJsonDocument::fromJson(after.out).object();
        checkShape(status, true);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject collections = status.value(QStringLiteral("collections")).toObject();
        QCOMPARE(collections.value(QStringLiteral("requests")).toObject().value(QStringLiteral("count")).toInt(),
            int(m_sandbox->get(QStringLiteral("/requests?limit=0")).total()));
        QCOMPARE(collections.value(QStringLiteral("products")).toObject().value(QStringLiteral("count")).toInt(), 1);
    }

    /// `sync --json` prints one JSON document (progress stays on stderr, as lines when stderr is no terminal), and
    /// the exit code says what happened: 0 synced, 3 offline, 4 no API key, 2 a bad option.
    void syncJsonAndExitCodes()
    {
        const QString data = dir(QStringLiteral("exit-codes"));
        QVERIFY(QDir().mkpath(dir(QStringLiteral("gone-server"))));
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        auto gone = std::make_unique<SandboxFixture>(options, dir(QStringLiteral("gone-server")));
        QVERIFY2(gone->ok(), qPrintable(gone->error()));
        const QString goneId
            = gone->get(QStringLiteral("/accounts")).array().first().toObject().value(QStringLiteral("id")).toString();
        const QString key = gone->baseUrl() + QLatin1Char(':') + goneId;
        const qint64 requests = gone->get(QStringLiteral("/requests?limit=0")).total();
        const VendorRun added = vendor(data,
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gone"),
                QStringLiteral("--endpoint"), gone->baseUrl(), QStringLiteral("--json") },
            gone->apiKey() + '\n');
        QVERIFY2(added.succeeded(), qPrintable(added.describe()));
        QCOMPARE(QJsonDocument::fromJson(added.out)
                     .object()
                     .value(QStringLiteral("added"))
                     .toObject()
                     .value(QStringLiteral("id")),
            QJsonValue(goneId));

        const VendorRun synced = vendor(data, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(synced.exitCode, 0);
        QJsonParseError error;
        const QJsonObject summary = QJsonDocument::fromJson(synced.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(synced.describe()));
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(-1), 0);
        QCOMPARE(summary.value(QStringLiteral("error")), QJsonValue(QJsonValue::Null));
        const QJsonObject requestsPart
            = summary.value(QStringLiteral("collections")).toObject().value(QStringLiteral("requests")).toObject();
        QCOMPARE(requestsPart.value(QStringLiteral("fetched")).toInteger(), requests);
        QCOMPARE(requestsPart.value(QStringLiteral("incremental")).toBool(true), false);
        // Not a terminal: plain progress lines on stderr, no carriage returns.
        QVERIFY2(synced.errText().contains(QStringLiteral("requests: %1/%1\n").arg(requests)),
            qPrintable(synced.describe()));
        QVERIFY(!synced.errText().contains(QLatin1Char('\r')));

        const VendorRun badOption
            = vendor(data, { QStringLiteral("sync"), QStringLiteral("--connections"), QStringLiteral("9") });
        QCOMPARE(badOption.exitCode, 2);

        gone.reset(); // the server goes away: offline
        const VendorRun offline = vendor(data, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(offline.exitCode, 3);
        const QJsonObject offlineSummary = QJsonDocument::fromJson(offline.out).object();
        QCOMPARE(offlineSummary.value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(offlineSummary.value(QStringLiteral("exit_code")).toInt(-1), 3);
        QVERIFY(offlineSummary.value(QStringLiteral("error")).isString());

        const auto removed
            = test::keyStoreCall([&](accounts::KeyStore &s, QObject *c, accounts::KeyStore::Callback cb) {
                  s.remove(key, c, std::move(cb));
              });
        QVERIFY2(removed.ok(), qPrintable(removed.detail));
        const VendorRun noKey = vendor(data, { QStringLiteral("sync") });
        QCOMPARE(noKey.exitCode, 4);
        QVERIFY2(noKey.errText().contains(QStringLiteral("no API key")), qPrintable(noKey.describe()));

        const VendorRun help = vendor(data, { QStringLiteral("--help") });
        QVERIFY2(help.outText().contains(QStringLiteral("Exit status:\n  0  success\n")), qPrintable(help.describe()));
        QVERIFY(help.outText().contains(QStringLiteral("  3  offline")));
    }

    void removeWithPurgeCache()
    {
        const QString data = dir(QStringLiteral("stdin"));
        const QString cache = cacheFileIn(data, keychainKey());
        QVERIFY2(QFile::exists(cache), qPrintable(cache)); // written by the sync above
        const VendorRun run = vendor(data,
            { QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("lab"),
                QStringLiteral("--purge-cache") });
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QVERIFY2(
            run.outText().startsWith(QStringLiteral("Removed lab (%1).").arg(m_accountId)), qPrintable(run.describe()));
        QCOMPARE(test::readKey(keychainKey()).status, accounts::KeyStoreStatus::NotFound);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QVERIFY2(!QFile::exists(cache + suffix), qPrintable(cache + suffix));
        QVERIFY(accountsIn(data).isEmpty());
        const VendorRun list
            = vendor(data, { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(list.succeeded(), qPrintable(list.describe()));
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
        // Removing it again says there is no such account.
        const VendorRun again
            = vendor(data, { QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("lab") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("no account named 'lab'")), qPrintable(again.describe()));
    }

    void keyIsInNoFileAndNoOutput()
    {
        QVERIFY(test::fileCount(m_root.path()) >= 3);
        // The sandbox's own data file holds the key by design; every client-side file must not.
        const QStringList leaks = test::filesContaining(m_root.path(), m_secret)
                                      .filter(QRegularExpression(QStringLiteral("^(?!.*/server/)")));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        for (const VendorRun &run : std::as_const(m_runs)) {
            QVERIFY2(!run.out.contains(m_secret), qPrintable(run.describe()));
            QVERIFY2(!run.err.contains(m_secret), qPrintable(run.describe()));
        }
    }
};

CV_TEST_CORE_MAIN(TestCli)
#include "tst_cli.moc"
