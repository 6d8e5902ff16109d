#include "app/core/libraries.h"

#include "app/core/appinfo.h"
#include "app/core/datapaths.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cmark-gfm.h>
#include <gettext-po.h>

namespace cv::core {

namespace {

/// SQLite as Qt's driver loaded it (the system library on Linux, Qt's bundled copy elsewhere).
QString sqliteVersion()
{
    const QString name = QStringLiteral("cv-about-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString gettextVersion()
{
    // LIBGETTEXTPO_VERSION is 0xMMmmpp; libgettextpo_version is the loaded library's (same encoding).
    const int v = libgettextpo_version;
    return QStringLiteral("%1.%2.%3").arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
}

} // namespace

QList<Library> appLibraries()
{
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("Widgets, networking, SQL, translations") },
        { QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing"),
            QStringLiteral("the offline cache (FTS5 for search)") },
        { QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause"),
            QStringLiteral("API keys in the system keychain") },
        { QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string()), QStringLiteral("BSD-2-Clause"),
            QStringLiteral("Markdown to HTML") },
        { QStringLiteral("GNU libgettextpo"), gettextVersion(), QStringLiteral("GPL-3.0-or-later"),
            QStringLiteral(".po files") },
        { QStringLiteral("QuaZip"), QString(), QStringLiteral("LGPL-2.1-or-later"),
            QStringLiteral(".xlsx files (zip)") },
    };
}

QString diagnosticReport(const QList<Library> &libraries, const QStringList &extraLines,
    const accounts::AccountList &accounts, const QString &currentKey)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(AppInfo::displayName(), AppInfo::version());
    lines << QStringLiteral("System: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                     QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Locale: %1").arg(QLocale().name());
    lines << extraLines;
    lines << QStringLiteral("Libraries:");
    for (const Library &library : libraries)
        lines << QStringLiteral("  %1 %2").arg(
            library.name, library.version.isEmpty() ? QStringLiteral("(unknown)") : library.version);
    lines << QStringLiteral("Data folder: %1").arg(DataPaths::dataDir());
    lines << QStringLiteral("Accounts: %1").arg(accounts.size());
    // Ids and endpoints help support find the account; keys never appear (they are only in the keychain).
    for (const accounts::Account &account : accounts) {
        const QFileInfo cache(DataPaths::cacheFileFor(account.keychainKey()));
        lines << QStringLiteral("  %1%2 %3 at %4, cache %5 MB")
                     .arg(account.keychainKey() == currentKey ? QStringLiteral("* ") : QString(), account.id,
                         account.type, account.sandbox ? QStringLiteral("the built-in sandbox") : account.endpoint)
                     .arg(cache.exists() ? double(cache.size()) / (1024 * 1024) : 0.0, 0, 'f', 1);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace cv::core
