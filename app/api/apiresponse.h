#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace cv::api {

/// What the server answered to one HTTP exchange (the last attempt of a job), success or not.
struct ApiResponse
{
    int status = 0; ///< HTTP status; 0 when no HTTP answer came
    QByteArray body;
    QJsonDocument json; ///< parsed body when it is JSON; null otherwise
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received (names in the server's case)

    /// The value of header `name` (case-insensitive), or an empty array. Repeated headers are joined with ", ".
    QByteArray header(const QByteArray &name) const;
};

} // namespace cv::api
