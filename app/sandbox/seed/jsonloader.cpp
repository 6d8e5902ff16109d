#include "app/sandbox/seed/jsonloader.h"
namespace cv::sandbox {
core::Result<int, QString> loadJsonDirectory(SandboxContext &, const QString &) { return QStringLiteral("--load: not built yet"); }
}
