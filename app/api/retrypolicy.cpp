#include "app/api/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cv::api {

int RetryPolicy::delayFor(int attempt, QRandomGenerator &random) const
{
    const int failed = std::max(1, attempt);
    // 2^(failed-1) grows past any sane cap quickly; stop doubling early so the double never overflows.
    const double exponential = double(std::max(0, baseDelayMs)) * std::pow(2.0, double(std::min(failed - 1, 30)));
    const double base = std::min(exponential, double(std::max(0, maxDelayMs)));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double factor = 1.0 + spread * (2.0 * random.generateDouble() - 1.0);
    const double delay = std::min(base * factor, double(std::max(0, maxDelayMs)));
    return int(std::lround(std::max(0.0, delay)));
}

int RetryPolicy::delayFor(
    int attempt, QRandomGenerator &random, const QByteArray &retryAfter, const QDateTime &now) const
{
    if (const auto serverDelay = parseRetryAfter(retryAfter, now)) {
        const qint64 cap = qint64(std::max(0, maxDelayMs)) * 6;
        return int(std::min(*serverDelay, cap));
    }
    return delayFor(attempt, random);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok || seconds > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return seconds * 1000;
    }
    // HTTP-date: the IMF-fixdate form servers must send ("Sun, 06 Nov 1994 08:49:37 GMT"); RFC 850 and asctime()
    // forms are obsolete. Qt's RFC 2822 parser is the fallback for numeric zones.
    const QString string = QString::fromLatin1(text);
    QDateTime when = QLocale::c().toDateTime(string, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(string, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace cv::api
