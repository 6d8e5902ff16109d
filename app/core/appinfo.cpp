#include "app/core/appinfo.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace cv::core {

QString AppInfo::displayName()
{
    return QStringLiteral("Connect Vendor Desktop");
}

QString AppInfo::executableName()
{
    return QStringLiteral("connect-vendor");
}

QString AppInfo::version()
{
    return QStringLiteral(CV_VERSION);
}

QByteArray AppInfo::userAgent()
{
    return QByteArrayLiteral("ConnectVendorDesktop/") + QByteArrayLiteral(CV_VERSION) + " (Qt " + qVersion() + "; "
        + QSysInfo::prettyProductName().toUtf8() + ')';
}

QString AppInfo::defaultEndpoint()
{
    return QStringLiteral("https://api.connect.cloudblue.com/public/v1");
}

void AppInfo::applyTo(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("ConnectVendorDesktop"));
    app.setApplicationName(executableName());
    app.setApplicationVersion(version());
}

} // namespace cv::core
