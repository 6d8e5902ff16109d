// The .po reader (app/content/pofile.cpp, libgettextpo), and writing back what it read.
#include "fuzzsupport.h"

#include "app/content/pofile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto catalog = cv::content::parsePo(cv::fuzz::bytes(data, size), QStringLiteral("fuzz.po"));
    if (catalog) {
        const QByteArray written = cv::content::writePo(catalog.value());
        // What was written must read again (the app round-trips translators' files).
        if (!written.isEmpty() && !cv::content::parsePo(written))
            __builtin_trap();
    }
    return 0;
}
