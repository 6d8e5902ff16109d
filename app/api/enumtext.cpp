#include "app/api/enumtext.h"

namespace cv::api {

QString canonicalEnum(const QString &value)
{
    return value.trimmed().toCaseFolded();
}

bool sameEnum(const QString &a, const QString &b)
{
    return canonicalEnum(a) == canonicalEnum(b);
}

} // namespace cv::api
