// The .xlsx reader of usage files (sandbox/usage/usagespreadsheet.cpp: QuaZip + QXmlStreamReader).
#include "fuzzsupport.h"

#include "sandbox/usage/usagespreadsheet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cv::sandbox::usage;
    const auto sheet = readUsageSpreadsheet(cv::fuzz::bytes(data, size));
    if (sheet) {
        UsageValidationContext context;
        for (const UsageRowError &error : validateUsageRows(sheet.value(), context))
            (void)describe(error);
    }
    return 0;
}
