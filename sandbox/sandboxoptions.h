#pragma once

#include <QString>
#include <QStringList>

namespace cv::sandbox {

/// Command-line options of `connect-sandbox`.
struct SandboxOptions
{
    quint16 port = 0; ///< 0: any free port
    QString dataFile; ///< SQLite file; empty: <user data dir>/sandbox.sqlite
    QString apiKey; ///< demo account key; empty: the stored or a generated one
    QString seed; ///< "demo" or empty
    int seedRequests = 0;
    QString loadDir;
    QString faults;

    enum class Action { Serve, Help, Version, Routes, Error };
    /// Parses argv (argv[0] included). On Error, `error` says what is wrong.
    static SandboxOptions parse(const QStringList &arguments, Action &action, QString &error);
    static QString helpText();
};

} // namespace cv::sandbox
