#include "app/api/contentrange.h"

namespace cv::api {

namespace {

std::optional<qint64> number(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt; // no sign, no spaces: toLongLong() alone would accept " 12" and "+12"
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

std::optional<ContentRange> ContentRange::parse(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    const qsizetype space = text.indexOf(' ');
    if (space <= 0 || text.left(space).compare("items", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray range = text.mid(space + 1).trimmed();
    const qsizetype dash = range.indexOf('-');
    const qsizetype slash = range.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    const auto first = number(range.left(dash));
    const auto last = number(range.mid(dash + 1, slash - dash - 1));
    const auto total = number(range.mid(slash + 1));
    if (!first || !last || !total || *last < *first)
        return std::nullopt;
    return ContentRange { *first, *last, *total };
}

} // namespace cv::api
