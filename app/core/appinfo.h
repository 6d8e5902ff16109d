#pragma once

#include <QByteArray>
#include <QString>

class QCoreApplication;

namespace cv::core {

/// Identity of the application: names, version, the User-Agent sent to Connect and the default endpoint.
class AppInfo final
{
public:
    static QString displayName();
    static QString executableName();
    static QString version();
    /// "ConnectVendorDesktop/<version> (Qt <qt version>; <OS pretty name>)"
    static QByteArray userAgent();
    /// The hosted Connect public API; real accounts use it unless the user names another endpoint.
    static QString defaultEndpoint();
    /// Sets organisation, application name and version so that QSettings and QStandardPaths agree.
    static void applyTo(QCoreApplication &app);
};

} // namespace cv::core
