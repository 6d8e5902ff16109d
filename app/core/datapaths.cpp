#include "app/core/datapaths.h"

#include <QDir>
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

QString DataPaths::ensure(const QString &path)
{
    QDir().mkpath(path);
    return path;
}

} // namespace cv::core
