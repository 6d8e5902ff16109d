#pragma once

#include <QString>

namespace cv::cli {

/// What every command returns. Scripts branch on these, so they are listed in --help, the man page and the
/// README and never change meaning.
enum ExitCode : int {
    Success = 0,
    Failed = 1, ///< the reason is on stderr: no such account, the server refused, a cache error
    UsageError = 2, ///< unknown command or option, bad option value
    Offline = 3, ///< the endpoint could not be reached; nothing lost, the next sync resumes
    NoApiKey = 4, ///< no keychain, or no key in it for the account
    NeedsAttention = 5, ///< sync finished, but local changes were refused or new conflicts wait in the app
};

/// The "Exit status" section of --help.
inline QString exitStatusHelp()
{
    return QStringLiteral("Exit status:\n"
                          "  0  success\n"
                          "  1  the command failed (the reason is on standard error)\n"
                          "  2  wrong usage: unknown command or option, bad value\n"
                          "  3  offline: the endpoint could not be reached (the next sync resumes)\n"
                          "  4  no API key: no system keychain, or no key in it for the account\n"
                          "  5  synced, but the server refused local changes or new conflicts need a decision\n");
}

} // namespace cv::cli
