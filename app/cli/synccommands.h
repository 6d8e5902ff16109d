#pragma once

#include <QStringList>

class QCommandLineParser;

namespace cv::cli {

/// `connect-vendor sync [--account N] [--full]`: progress on stderr, a summary per collection on stdout,
/// exit 0 only on success.
int runSyncCommand(const QCommandLineParser &parser);
/// `connect-vendor status [--account N] [--json]`: per collection the objects cached and the last sync;
/// the outbox size and the open conflicts.
int runStatusCommand(const QCommandLineParser &parser);
/// The baselines packaging/bench-sync.sh compares a sync with (nothing here is used by the app):
/// - `bench fetch [--collection C,...] [--page-size P] [--connections N]`: lists the collections (default: the
///   top-level ones a sync pulls) the way the sync does, N at a time, and stores nothing;
/// - `bench insert --to FILE [--collection C]`: inserts the cached objects of C (default: requests) into a new
///   cache FILE in one transaction; only the inserts and the commit are timed.
int runBenchCommand(const QCommandLineParser &parser, const QStringList &positional);

} // namespace cv::cli
