#include "app/cli/synccommands.h"

#include "app/cli/clioutput.h"

#include <QCommandLineParser>

namespace cv::cli {

// Placeholder until the sync engine lands (issue 4); the commands are listed in --help already.
int runSyncCommand(const QCommandLineParser &)
{
    printError(QStringLiteral("sync: not available in this build yet"));
    return 1;
}

int runStatusCommand(const QCommandLineParser &)
{
    printError(QStringLiteral("status: not available in this build yet"));
    return 1;
}

} // namespace cv::cli
