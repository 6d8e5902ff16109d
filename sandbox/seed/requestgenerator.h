#pragma once

#include "app/core/result.h"

#include <QString>

namespace cv::sandbox {

class SandboxContext;

/// `--seed-requests N`: N more realistic fulfilment requests (sizes and nesting like the samples), with
/// their assets, spread over the demo product(s), types, statuses and environments. Written in
/// batched transactions: 100,000 take well under a minute (see the benchmark in the README).
core::Result<int, QString> generateRequests(SandboxContext &context, int count);

} // namespace cv::sandbox
