#pragma once

#include "app/core/result.h"

#include <QRandomGenerator>
#include <QString>

namespace cv::sandbox {

/// Injected faults for testing clients (`--faults latency=20-80,error=0.1,throttle=0.05,cut=0.02,seed=7`):
/// latency in ms (fixed or a range), a share of 500/502/503 answers, a share of 429 with Retry-After,
/// a share of connections closed mid-body. Deterministic for a given seed and request order.
class Faults final
{
public:
    enum class Kind { None, ServerError, Throttle, Cut };
    struct Decision
    {
        Kind kind = Kind::None;
        int latencyMs = 0;
        int status = 0; ///< for ServerError: 500, 502 or 503
        int retryAfterSec = 0; ///< for Throttle
    };

    static core::Result<Faults, QString> parse(const QString &spec);

    bool enabled() const { return m_enabled; }
    Decision next();
    QString describe() const;

private:
    bool m_enabled = false;
    int m_latencyMin = 0;
    int m_latencyMax = 0;
    double m_error = 0;
    double m_throttle = 0;
    double m_cut = 0;
    int m_retryAfter = 1;
    quint32 m_seed = 1;
    QRandomGenerator m_random;
};

} // namespace cv::sandbox
