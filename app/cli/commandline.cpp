#include "app/cli/commandline.h"

#include "app/cli/accountcommands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/synccommands.h"
#include "app/core/appinfo.h"
#include "app/core/datapaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstdio>

namespace cv::cli {

namespace {

// The CLI speaks English: like git or the Connect CLI, its output is meant for scripts and logs.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        core::AppInfo::displayName() + QStringLiteral(": a desktop client for CloudBlue Connect vendors."));
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help and exit.") });
    parser.addOption(
        { { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version and exit.") });
    parser.addOption({ QStringLiteral("data-dir"),
        QStringLiteral("Keep configuration, cache and logs under <dir> instead of the user's folders."),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("sandbox"), QStringLiteral("Open the built-in offline sandbox account.") });
    parser.addOption({ QStringLiteral("module"),
        QStringLiteral("Open <module> first (home, fulfillment, account, reports, api, agreements, "
                       "listings, usage, help-support, inventory)."),
        QStringLiteral("module") });
    parser.addOption({ QStringLiteral("language"),
        QStringLiteral("Show the interface in <language> (de, es, fr, it, ja, nl, pt, ru, en; \"system\" follows "
                       "the system). Remembered for the next start."),
        QStringLiteral("language") });
    parser.addOption({ QStringLiteral("screenshot"),
        QStringLiteral("Render the first screen to <file> (PNG) and exit; works headless."), QStringLiteral("file") });
    // Options of the commands (see the command list in the help text).
    parser.addOption(
        { QStringLiteral("name"), QStringLiteral("account add: your name for the account."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("endpoint"),
        QStringLiteral("account add: the API endpoint (default: %1).").arg(core::AppInfo::defaultEndpoint()),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("account"),
        QStringLiteral("sync, status: the account to use (default: the current one)."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("full"), QStringLiteral("sync: fetch everything again instead of only what changed.") });
    parser.addOption({ QStringLiteral("json"),
        QStringLiteral("account add|list|remove, sync, status: print the result as one JSON document.") });
    parser.addOption({ QStringLiteral("verbose"),
        QStringLiteral("Commands: also print the log (requests, retries, cache) on standard error.") });
    parser.addOption({ QStringLiteral("connections"),
        QStringLiteral("sync, bench fetch: collections listed at once (1-6, default 3)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("collection"),
        QStringLiteral("sync, bench: only these collections (comma-separated)."), QStringLiteral("names") });
    parser.addOption({ QStringLiteral("page-size"), QStringLiteral("bench fetch: objects per page (1-1000)."),
        QStringLiteral("n") });
    parser.addOption(
        { QStringLiteral("to"), QStringLiteral("bench insert: the new cache file to fill."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("purge-cache"), QStringLiteral("account remove: also delete the account's offline cache.") });
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("Without a command the app opens its window. Commands (no display needed):\n"
                       "  account add --name N [--endpoint URL] [--json]   (API key from CONNECT_API_KEY or stdin)\n"
                       "  account list [--json]\n"
                       "  account remove N [--purge-cache] [--json]\n"
                       "  sync [--account N] [--full] [--connections N] [--json]\n"
                       "  bench fetch|insert ...   (baselines for packaging/bench-sync.sh)\n"
                       "  bench reports [--collection ids] [--to folder]   (packaging/bench-reports.sh)\n"
                       "  status [--account N] [--json]"),
        QStringLiteral("[command]"));
}

const QStringList &commands()
{
    static const QStringList list { QStringLiteral("account"), QStringLiteral("sync"), QStringLiteral("status"),
        QStringLiteral("bench") };
    return list;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

bool CommandLine::needsDisplay() const
{
    for (const QString &arg : m_arguments.mid(1)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v") || arg == QLatin1String("--help-all"))
            return false;
    }
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(m_arguments);
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() || !commands().contains(positional.first());
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString text = parser.helpText();
    // QCommandLineParser names the binary from argv[0]; keep the help stable whatever the path.
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
        QStringLiteral("Usage: ") + core::AppInfo::executableName());
    return text + QLatin1Char('\n') + exitStatusHelp();
}

int CommandLine::runHeadless(QCoreApplication &) const
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(m_arguments)) {
        print(stderr, parser.errorText() + QStringLiteral("\nTry '%1 --help'.\n").arg(core::AppInfo::executableName()));
        return ExitCode::UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(
            stdout, core::AppInfo::executableName() + QLatin1Char(' ') + core::AppInfo::version() + QLatin1Char('\n'));
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, helpText());
        return 0;
    }
    core::DataPaths::setRoot(parser.value(QStringLiteral("data-dir")));
    // Standard error is for progress and errors: the debug and info log would break the progress bar and bury
    // the message that matters. Warnings stay; --verbose (or QT_LOGGING_RULES, which wins) brings the rest back.
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("account"))
        return runAccountCommand(parser, positional);
    if (command == QLatin1String("sync"))
        return runSyncCommand(parser);
    if (command == QLatin1String("status"))
        return runStatusCommand(parser);
    if (command == QLatin1String("bench"))
        return runBenchCommand(parser, positional);
    print(stdout, helpText());
    return ExitCode::Success;
}

bool CommandLine::parseGui(GuiOptions &options) const
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(m_arguments)) {
        print(stderr, parser.errorText() + QStringLiteral("\nTry '%1 --help'.\n").arg(core::AppInfo::executableName()));
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
            QStringLiteral("Unknown command: %1\nTry '%2 --help'.\n")
                .arg(parser.positionalArguments().first(), core::AppInfo::executableName()));
        return false;
    }
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.module = parser.value(QStringLiteral("module"));
    options.language = parser.value(QStringLiteral("language"));
    return true;
}

} // namespace cv::cli
