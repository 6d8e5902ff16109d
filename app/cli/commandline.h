#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cv::cli {

/// What the GUI needs from the command line.
struct GuiOptions
{
    QString dataDir; ///< --data-dir: isolates config, cache and logs
    bool sandbox = false; ///< --sandbox: open the built-in sandbox account
    QString screenshotPath; ///< --screenshot FILE: render the first screen to FILE and quit (headless docs)
    QString module; ///< --module KEY: open this module first
    QString language; ///< --language CODE: the interface language ("" = the saved choice, else the system's)
};

/// The command line of `connect-vendor`. `--version`, `--help` and the subcommands run without a display,
/// so main() asks `needsDisplay()` before it creates any application object.
class CommandLine final
{
public:
    explicit CommandLine(QStringList arguments);

    /// False for --version, --help and subcommands: they run on QCoreApplication, with no display.
    bool needsDisplay() const;
    /// Runs a display-less invocation; returns the process exit code.
    int runHeadless(QCoreApplication &app) const;
    /// Parses the GUI options; on a bad option prints the error to stderr and returns false.
    bool parseGui(GuiOptions &options) const;

    static QString helpText();

private:
    QStringList m_arguments;
};

} // namespace cv::cli
