#include "app/connect/enumtext.h"

namespace cv::connect {

QString canonicalEnum(const QString &value)
{
    return value.trimmed().toCaseFolded();
}

bool sameEnum(const QString &a, const QString &b)
{
    return canonicalEnum(a) == canonicalEnum(b);
}

} // namespace cv::connect
