#pragma once

class QCommandLineParser;

namespace cv::cli {

/// `connect-vendor sync [--account N] [--full]`: progress on stderr, a summary per collection on stdout,
/// exit 0 only on success.
int runSyncCommand(const QCommandLineParser &parser);
/// `connect-vendor status [--account N] [--json]`: per collection the objects cached and the last sync;
/// the outbox size and the open conflicts.
int runStatusCommand(const QCommandLineParser &parser);

} // namespace cv::cli
