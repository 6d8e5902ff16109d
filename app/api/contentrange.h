#pragma once

#include <QByteArray>

#include <optional>

namespace cv::api {

/// Connect's paging header (REFERENCE §2.1): `Content-Range: items <first>-<last>/<total>`, where first = offset
/// and last = offset + page size - 1 (or = offset for an empty page).
struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;

    /// Parses "items 0-99/1234" (unit and spaces around it tolerated, case-insensitive unit). Anything else -
    /// missing parts, negative or non-numeric values, last < first - gives nullopt.
    static std::optional<ContentRange> parse(const QByteArray &header);
};

} // namespace cv::api
