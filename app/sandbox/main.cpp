// connect-sandbox: the standalone local Connect-compatible API server.
#include "app/core/appinfo.h"
#include "app/sandbox/sandboxoptions.h"

#include <QCoreApplication>

#include <cstdio>

using cv::sandbox::SandboxOptions;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cv::core::AppInfo::applyTo(app);
    app.setApplicationName(QStringLiteral("connect-sandbox"));

    SandboxOptions::Action action = SandboxOptions::Action::Error;
    QString error;
    const SandboxOptions options = SandboxOptions::parse(app.arguments(), action, error);
    switch (action) {
    case SandboxOptions::Action::Help:
        std::fputs(qPrintable(SandboxOptions::helpText()), stdout);
        return 0;
    case SandboxOptions::Action::Version:
        std::printf("connect-sandbox %s\n", qPrintable(cv::core::AppInfo::version()));
        return 0;
    case SandboxOptions::Action::Error:
        std::fprintf(stderr, "connect-sandbox: %s\nTry 'connect-sandbox --help'.\n", qPrintable(error));
        return 2;
    case SandboxOptions::Action::Serve:
        break;
    }
    std::fprintf(stderr, "connect-sandbox: the server is not built yet (see issue 3)\n");
    return 1;
}
