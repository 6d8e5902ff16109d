#pragma once

#include <QLoggingCategory>

namespace cv::api {

/// The one logging category of the REST client ("cv.connect"). Never log an API key: log tokenId() only.
Q_DECLARE_LOGGING_CATEGORY(lcConnect)

} // namespace cv::api
