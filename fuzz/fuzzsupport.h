#pragma once
// Shared by the fuzz harnesses: the Qt application object some parsers need (resources, event loop for
// QObject-based code) and splitting one input into several pieces.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace cv::fuzz {

/// A QCoreApplication made once per process (libFuzzer calls the harness many times).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "cv-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Splits at "\n--8<--\n": a seed holds several pieces (a header and a body, several pages or files) and
/// stays readable; the fuzzer finds the separator in the seeds.
inline QList<QByteArray> pieces(const QByteArray &input, int most)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    while (result.size() < most - 1) {
        const qsizetype at = input.indexOf("\n--8<--\n", from);
        if (at < 0)
            break;
        result << input.mid(from, at - from);
        from = at + 8;
    }
    result << input.mid(from);
    return result;
}

} // namespace cv::fuzz
