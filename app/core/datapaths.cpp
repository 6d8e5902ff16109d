#include "app/core/datapaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace cv::core {

namespace {
QString &rootStorage()
{
    static QString root;
    return root;
}
} // namespace

void DataPaths::setRoot(const QString &root)
{
    rootStorage() = root.isEmpty() ? QString() : QDir(root).absolutePath();
}

QString DataPaths::root()
{
    return rootStorage();
}

QString DataPaths::configDir()
{
    if (!root().isEmpty())
        return ensure(root() + QStringLiteral("/config"));
    return ensure(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

QString DataPaths::dataDir()
{
    if (!root().isEmpty())
        return ensure(root() + QStringLiteral("/data"));
    return ensure(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString DataPaths::logDir()
{
    return ensure(dataDir() + QStringLiteral("/logs"));
}

QString DataPaths::cacheFileFor(const QString &accountKey)
{
    // A hash keeps file names short and free of the endpoint's slashes and colons.
    const QByteArray digest = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return ensure(dataDir() + QStringLiteral("/cache")) + QStringLiteral("/account-") + QString::fromLatin1(digest)
        + QStringLiteral(".sqlite");
}

QString DataPaths::ensure(const QString &path)
{
    // Configuration, caches and logs are the user's business data: folders private to the owner.
    if (!QDir(path).exists() && QDir().mkpath(path))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace cv::core
