// The .xlsx reader of usage files (app/usage/usagespreadsheet.cpp over app/spreadsheet/xlsxreader.cpp).
#include "fuzzsupport.h"

#include "app/usage/usagespreadsheet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cv::usage;
    const auto sheet = readUsageSpreadsheet(cv::fuzz::bytes(data, size));
    if (sheet) {
        UsageValidationContext context;
        for (const UsageRowError &error : validateUsageRows(sheet.value(), context))
            (void)describe(error);
    }
    return 0;
}
