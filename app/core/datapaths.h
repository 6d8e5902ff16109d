#pragma once

#include <QString>

namespace cv::core {

/// Where the app keeps its configuration, cache databases and logs.
/// By default the platform locations of QStandardPaths (which test mode redirects); `--data-dir DIR`
/// puts all three under DIR so that a CLI run or a test is fully isolated.
class DataPaths final
{
public:
    /// Empty root restores the platform defaults.
    static void setRoot(const QString &root);
    static QString root();

    static QString configDir();
    static QString dataDir();
    static QString logDir();
    /// The cache database of one account (keyed like its keychain entry, made file-name safe).
    static QString cacheFileFor(const QString &accountKey);

private:
    static QString ensure(const QString &path);
};

} // namespace cv::core
