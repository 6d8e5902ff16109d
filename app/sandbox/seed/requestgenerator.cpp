#include "app/sandbox/seed/requestgenerator.h"
namespace cv::sandbox {
core::Result<int, QString> generateRequests(SandboxContext &, int) { return QStringLiteral("--seed-requests: not built yet"); }
}
