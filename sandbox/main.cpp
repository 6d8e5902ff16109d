// connect-sandbox: the standalone local Connect-compatible API server.
#include "app/core/appinfo.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

#include <csignal>
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
    case SandboxOptions::Action::Help: std::fputs(qPrintable(SandboxOptions::helpText()), stdout); return 0;
    case SandboxOptions::Action::Version:
        std::printf("connect-sandbox %s\n", qPrintable(cv::core::AppInfo::version()));
        return 0;
    case SandboxOptions::Action::Error:
        std::fprintf(stderr, "connect-sandbox: %s\nTry 'connect-sandbox --help'.\n", qPrintable(error));
        return 2;
    case SandboxOptions::Action::Routes: {
        // An in-memory server, never listening on the network beyond loopback, only to read its routes.
        SandboxOptions probe;
        probe.dataFile = QStringLiteral(":memory:");
        cv::sandbox::SandboxServer server;
        if (const auto started = server.start(probe); !started) {
            std::fprintf(stderr, "connect-sandbox: %s\n", qPrintable(started.error()));
            return 1;
        }
        for (const auto &route : server.router().routes())
            std::printf("%s %s%s\n", qPrintable(cv::sandbox::Router::methodName(route.method)),
                qPrintable(route.pattern), route.specPath.isEmpty() ? " (sandbox extension)" : "");
        return 0;
    }
    case SandboxOptions::Action::Serve: break;
    }

    cv::sandbox::SandboxServer server;
    const auto started = server.start(options);
    if (!started) {
        std::fprintf(stderr, "connect-sandbox: %s\n", qPrintable(started.error()));
        return 1;
    }
    // Exactly these two lines, so that scripts can read them (README: The sandbox).
    std::printf("Listening on %s\n", qPrintable(server.baseUrl()));
    std::printf("API key: %s\n", qPrintable(server.apiKey()));
    std::fflush(stdout);

    // A clean stop on Ctrl+C / SIGTERM; the data file is consistent at any moment anyway (WAL).
    for (int sig : { SIGINT, SIGTERM })
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
