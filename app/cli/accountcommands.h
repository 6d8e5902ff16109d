#pragma once

#include <QStringList>

class QCommandLineParser;

namespace cv::cli {

/// `connect-vendor account add|list|remove`. Runs the event loop until done; returns the exit code.
/// The API key is read from CONNECT_API_KEY or standard input, never from the command line.
int runAccountCommand(const QCommandLineParser &parser, const QStringList &arguments);

} // namespace cv::cli
