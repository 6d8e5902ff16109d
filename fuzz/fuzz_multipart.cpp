// The sandbox's multipart/form-data parser (sandbox/http/multipart.cpp): "Content-Type\n--8<--\nbody".
#include "fuzzsupport.h"

#include "sandbox/http/multipart.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = cv::fuzz::pieces(cv::fuzz::bytes(data, size), 2);
    const QByteArray contentType = parts.size() > 1 ? parts.at(0) : QByteArray("multipart/form-data; boundary=b");
    (void)cv::sandbox::http::parseMultipart(contentType, parts.last());
    return 0;
}
