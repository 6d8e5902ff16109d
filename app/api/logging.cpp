#include "app/api/logging.h"

namespace cv::api {

Q_LOGGING_CATEGORY(lcConnect, "cv.connect")

} // namespace cv::api
