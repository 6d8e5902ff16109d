// JSON list replies with Content-Range paging (app/api/listpage.cpp, what api::ListJob runs on each page):
// the input is a sequence of "Content-Range header\n--8<--\nbody" pairs, checked as consecutive pages.
#include "fuzzsupport.h"

#include "app/api/contentrange.h"
#include "app/api/listpage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cv::api;
    const QList<QByteArray> parts = cv::fuzz::pieces(cv::fuzz::bytes(data, size), 8);
    QSet<QString> seen;
    qint64 offset = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        (void)ContentRange::parse(parts.at(i));
        const ListPage page = parseListPage(parts.at(i + 1));
        const PageStep step = checkListPage(page, parts.at(i), offset, seen);
        if (!step.error.isEmpty())
            break;
        offset += page.objects.size();
        if (offset >= step.total)
            break;
    }
    return 0;
}
