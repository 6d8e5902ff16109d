#include "app/connect/logging.h"

namespace cv::connect {

Q_LOGGING_CATEGORY(lcConnect, "cv.connect")

} // namespace cv::connect
