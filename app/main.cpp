// connect-vendor: the GUI by default; --help, --version and the subcommands run without a display.
// This file is the composition root: it builds the long-lived objects and hands them to the window.
#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/benchprobe.h"
#include "app/cli/commandline.h"
#include "app/core/appinfo.h"
#include "app/core/datapaths.h"
#include "app/core/moduleid.h"
#include "app/moduletable.h"
#include "app/sync/accountsession.h"
#include "sandbox/sandboxsession.h"
#include "ui/i18n/translations.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runGui(int argc, char *argv[], const cv::cli::CommandLine &commandLine)
{
    // Qt WebEngine (previews) needs shared OpenGL contexts, set before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    cv::core::AppInfo::applyTo(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/connect-vendor.svg")));

    cv::cli::GuiOptions options;
    if (!commandLine.parseGui(options))
        return 2;
    cv::core::DataPaths::setRoot(options.dataDir);
    // --language wins and is remembered; else the language chosen in the app; else the system's.
    if (!options.language.isEmpty())
        cv::ui::setChosenLanguage(options.language);
    const QLocale locale = cv::ui::localeFor(cv::ui::chosenLanguage());
    QLocale::setDefault(locale);
    cv::ui::installTranslations(app, locale);
    cv::ui::applyTheme(app);

    QNetworkAccessManager network;
    cv::accounts::AccountRegistry registry;
    cv::accounts::KeyStore keyStore;
    cv::accounts::AccountManager accounts(&registry, &keyStore, &network);

    // The embedded sandbox: the window knows it only as a core::EmbeddedServer (cv_ui does not link cv_sandbox).
    cv::sandbox::SandboxSession sandbox(&accounts);
    cv::sync::AccountSession session(&keyStore, &network);
    // The modules: ModuleId -> page factory (app/moduletable.cpp). The window attaches every page to the open
    // account's services (session.services()).
    const cv::ui::ModuleRegistry modules = cv::moduleTable();
    cv::ui::MainWindow window(&accounts, &session, modules);
    window.setSandboxSession(&sandbox);
    for (cv::core::ModuleId id : cv::core::allModules()) {
        if (cv::core::moduleKey(id) == options.module)
            window.showModule(id);
    }
    if (options.sandbox)
        window.openSandbox(); // runs once the event loop does, after the window is shown
    else if (registry.isEmpty() && !options.module.isEmpty())
        window.openOfflineWorkspace();

    if (!options.screenshotPath.isEmpty()) {
        // Documentation and packaging screenshots: render once the window is laid out (and, with
        // --sandbox, once the sandbox account is open).
        window.resize(1200, 780);
        window.show();
        const auto shoot = [&] {
            QTimer::singleShot(300, &window, [&] {
                const bool saved = window.grab().save(options.screenshotPath);
                if (!saved)
                    std::fprintf(stderr, "connect-vendor: cannot write %s\n", qPrintable(options.screenshotPath));
                app.exit(saved ? 0 : 1);
            });
        };
        if (options.sandbox)
            QObject::connect(&window, &cv::ui::MainWindow::sandboxOpened, &window, shoot);
        else
            shoot();
        return app.exec();
    }
    window.show();
    // packaging/bench-ui.sh: start-up time, event-loop stalls and memory, printed (see app/benchprobe.h).
    std::unique_ptr<cv::BenchProbe> probe;
    if (qEnvironmentVariableIsSet("CV_BENCH_UI")) {
        probe = std::make_unique<cv::BenchProbe>(&session, qgetenv("CV_BENCH_UI") == "sync");
        probe->start();
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const cv::cli::CommandLine commandLine(argumentsOf(argc, argv));
    if (!commandLine.needsDisplay()) {
        QCoreApplication app(argc, argv);
        cv::core::AppInfo::applyTo(app);
        return commandLine.runHeadless(app);
    }
    return runGui(argc, argv, commandLine);
}
