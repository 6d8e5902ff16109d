#include "app/cli/accountcommands.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/core/appinfo.h"
#include "app/core/datapaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>

namespace cv::cli {

namespace {

QString describeValidation(const accounts::AddAccountResult &result)
{
    const auto &v = result.validation;
    switch (v.status) {
    case accounts::ValidationStatus::Ok: break;
    case accounts::ValidationStatus::InvalidEndpoint: return QStringLiteral("'%1' is not an http(s) URL").arg(v.detail);
    case accounts::ValidationStatus::Unreachable: return QStringLiteral("cannot reach the endpoint: %1").arg(v.detail);
    case accounts::ValidationStatus::Unauthorized:
        return QStringLiteral("the endpoint refused the API key (HTTP %1)").arg(v.httpStatus);
    case accounts::ValidationStatus::NotConnectApi:
        return QStringLiteral("the endpoint does not answer like the Connect API: %1").arg(v.detail);
    case accounts::ValidationStatus::ServerError: return QStringLiteral("the endpoint failed: %1").arg(v.detail);
    }
    switch (result.keyStore.status) {
    case accounts::KeyStoreStatus::Ok: return {};
    case accounts::KeyStoreStatus::Unavailable:
        return QStringLiteral("no system keychain is available (%1); the key was not saved. "
                              "Start a keyring (e.g. gnome-keyring) in your session and try again.")
            .arg(result.keyStore.detail);
    default: return QStringLiteral("the system keychain refused to store the key: %1").arg(result.keyStore.detail);
    }
}

/// The key comes from the environment or standard input: a command-line argument would leak into the
/// shell history and the process list.
QByteArray readApiKey()
{
    const QByteArray fromEnvironment = qgetenv("CONNECT_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readLine().trimmed();
}

int addAccount(const QCommandLineParser &parser)
{
    const QString endpoint = parser.value(QStringLiteral("endpoint")).isEmpty()
        ? core::AppInfo::defaultEndpoint()
        : parser.value(QStringLiteral("endpoint"));
    const QString label = parser.value(QStringLiteral("name"));
    const QByteArray key = readApiKey();
    if (key.isEmpty()) {
        printError(QStringLiteral("no API key: set CONNECT_API_KEY or pipe the key on standard input"));
        return ExitCode::UsageError;
    }
    QNetworkAccessManager network;
    accounts::AccountRegistry registry;
    // A damaged accounts.json is replaced by the new one: say so, and where the old one is kept.
    if (!registry.loadError().isEmpty())
        printError(QStringLiteral("warning: %1; a new accounts file is started").arg(registry.loadError()));
    else if (!registry.loadWarning().isEmpty())
        printError(QStringLiteral("warning: %1").arg(registry.loadWarning()));
    accounts::KeyStore keyStore;
    accounts::AccountManager manager(&registry, &keyStore, &network);
    int exitCode = ExitCode::Failed;
    manager.addAccount(endpoint, key, &manager, [&](const accounts::AddAccountResult &result) {
        if (!result.ok()) {
            printError(describeValidation(result));
            if (result.validation.status == accounts::ValidationStatus::Unreachable)
                exitCode = ExitCode::Offline;
            else if (result.validation.status == accounts::ValidationStatus::Ok
                && result.keyStore.status == accounts::KeyStoreStatus::Unavailable)
                exitCode = ExitCode::NoApiKey;
        } else {
            accounts::Account account = result.validation.account;
            account.label = label;
            registry.addOrUpdate(account);
            if (parser.isSet(QStringLiteral("json")))
                printJson(QJsonObject { { QStringLiteral("added"), account.toJson() } });
            else
                printOut(QStringLiteral("Added %1: %2 (%3, %4) at %5\n")
                             .arg(account.displayName(), account.name, account.id, account.type, account.endpoint));
            exitCode = ExitCode::Success;
        }
        QCoreApplication::exit(exitCode);
    });
    QCoreApplication::exec();
    return exitCode;
}

int listAccounts(const QCommandLineParser &parser)
{
    accounts::AccountRegistry registry;
    if (!registry.loadError().isEmpty()) {
        printError(registry.loadError());
        return ExitCode::Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const accounts::Account &account : registry.accounts()) {
            QJsonObject object = account.toJson();
            object.insert(QStringLiteral("current"), account.keychainKey() == registry.currentKey());
            list.append(object);
        }
        printJson(list);
        return ExitCode::Success;
    }
    if (registry.isEmpty()) {
        printOut(QStringLiteral("No accounts. Add one with: %1 account add --name NAME --endpoint URL < key.txt\n")
                     .arg(core::AppInfo::executableName()));
        return 0;
    }
    QList<QStringList> rows { { QString(), QStringLiteral("NAME"), QStringLiteral("ACCOUNT"), QStringLiteral("ID"),
        QStringLiteral("TYPE"), QStringLiteral("ENDPOINT") } };
    for (const accounts::Account &account : registry.accounts())
        rows.append({ account.keychainKey() == registry.currentKey() ? QStringLiteral("*") : QString(),
            account.displayName(), account.name, account.id, account.type,
            account.sandbox ? QStringLiteral("(built-in sandbox)") : account.endpoint });
    printTable(rows);
    return 0;
}

int removeAccount(const QCommandLineParser &parser, const QString &which)
{
    accounts::AccountRegistry registry;
    accounts::Account found;
    for (const accounts::Account &account : registry.accounts()) {
        if (account.matches(which))
            found = account;
    }
    if (!found.isValid()) {
        printError(
            QStringLiteral("no account named '%1' (see: %2 account list)").arg(which, core::AppInfo::executableName()));
        return ExitCode::Failed;
    }
    QNetworkAccessManager network;
    accounts::KeyStore keyStore;
    accounts::AccountManager manager(&registry, &keyStore, &network);
    int exitCode = ExitCode::Failed;
    manager.signOut(found.keychainKey(), &manager, [&](const accounts::KeyStoreResult &result) {
        if (!result.ok()) {
            printError(QStringLiteral("could not remove the key from the system keychain (%1); the account is kept")
                           .arg(result.detail));
        } else {
            if (parser.isSet(QStringLiteral("purge-cache"))) {
                const QString cache = core::DataPaths::cacheFileFor(found.keychainKey());
                QFile::remove(cache);
                QFile::remove(cache + QStringLiteral("-wal"));
                QFile::remove(cache + QStringLiteral("-shm"));
            }
            if (parser.isSet(QStringLiteral("json")))
                printJson(QJsonObject { { QStringLiteral("removed"), found.toJson() },
                    { QStringLiteral("cache_deleted"), parser.isSet(QStringLiteral("purge-cache")) } });
            else
                printOut(QStringLiteral("Removed %1 (%2).\n").arg(found.displayName(), found.id));
            exitCode = ExitCode::Success;
        }
        QCoreApplication::exit(exitCode);
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int runAccountCommand(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("add") && arguments.size() > 2) {
        // Most likely the key: refuse it, it is already in the shell history; say how to pass it.
        printError(
            QStringLiteral("account add takes no arguments; the API key is read from CONNECT_API_KEY or standard "
                           "input, never from the command line"));
        return ExitCode::UsageError;
    }
    if (verb == QLatin1String("add"))
        return addAccount(parser);
    if (verb == QLatin1String("list"))
        return listAccounts(parser);
    if (verb == QLatin1String("remove") && arguments.size() == 3)
        return removeAccount(parser, arguments.at(2));
    printError(QStringLiteral("usage: %1 account add --name NAME [--endpoint URL] | account list [--json] | account "
                              "remove NAME [--purge-cache]")
                   .arg(core::AppInfo::executableName()));
    return ExitCode::UsageError;
}

} // namespace cv::cli
