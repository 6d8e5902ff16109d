#include "sandbox/api/faults.h"

#include <QStringList>

namespace cv::sandbox {

core::Result<Faults, QString> Faults::parse(const QString &spec)
{
    Faults faults;
    if (spec.trimmed().isEmpty())
        return faults;
    faults.m_enabled = true;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        auto share = [&](double &target) {
            target = value.toDouble(&ok);
            ok = ok && target >= 0 && target <= 1;
        };
        if (key == QLatin1String("latency")) {
            const QString low = value.section(QLatin1Char('-'), 0, 0);
            const QString high = value.contains(QLatin1Char('-')) ? value.section(QLatin1Char('-'), 1) : low;
            bool okHigh = false;
            faults.m_latencyMin = low.toInt(&ok);
            faults.m_latencyMax = high.toInt(&okHigh);
            ok = ok && okHigh && faults.m_latencyMin >= 0 && faults.m_latencyMax >= faults.m_latencyMin;
        } else if (key == QLatin1String("error")) {
            share(faults.m_error);
        } else if (key == QLatin1String("throttle")) {
            share(faults.m_throttle);
        } else if (key == QLatin1String("cut")) {
            share(faults.m_cut);
        } else if (key == QLatin1String("retry-after")) {
            faults.m_retryAfter = value.toInt(&ok);
        } else if (key == QLatin1String("seed")) {
            faults.m_seed = value.toUInt(&ok);
        } else {
            return QStringLiteral(
                "--faults: unknown fault '%1' (known: latency, error, throttle, cut, retry-after, seed)")
                .arg(key);
        }
        if (!ok)
            return QStringLiteral("--faults: bad value '%1' for %2").arg(value, key);
    }
    if (faults.m_error + faults.m_throttle + faults.m_cut > 1)
        return QStringLiteral("--faults: error + throttle + cut must not exceed 1");
    faults.m_random.seed(faults.m_seed);
    return faults;
}

Faults::Decision Faults::next()
{
    Decision decision;
    if (!m_enabled)
        return decision;
    // Always draw the same number of values per request, so the sequence depends only on the seed
    // and the request order.
    const double roll = m_random.generateDouble();
    const quint32 pick = m_random.generate();
    const int latencySpan = m_latencyMax - m_latencyMin;
    decision.latencyMs = m_latencyMin + (latencySpan > 0 ? int(m_random.bounded(latencySpan + 1)) : 0);
    if (roll < m_error) {
        static const int statuses[] = { 500, 502, 503 };
        decision.kind = Kind::ServerError;
        decision.status = statuses[pick % 3];
    } else if (roll < m_error + m_throttle) {
        decision.kind = Kind::Throttle;
        decision.retryAfterSec = m_retryAfter;
    } else if (roll < m_error + m_throttle + m_cut) {
        decision.kind = Kind::Cut;
    }
    return decision;
}

QString Faults::describe() const
{
    if (!m_enabled)
        return QStringLiteral("off");
    return QStringLiteral("latency %1-%2 ms, errors %3, throttle %4, cut %5, seed %6")
        .arg(m_latencyMin)
        .arg(m_latencyMax)
        .arg(m_error)
        .arg(m_throttle)
        .arg(m_cut)
        .arg(m_seed);
}

} // namespace cv::sandbox
