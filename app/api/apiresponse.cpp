#include "app/api/apiresponse.h"

namespace cv::api {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    QByteArray result;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!result.isEmpty())
            result += ", ";
        result += value;
    }
    return result;
}

} // namespace cv::api
