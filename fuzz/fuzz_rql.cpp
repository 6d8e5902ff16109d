// The sandbox's RQL parser and compiler (sandbox/rql/rqlquery.cpp): any query string against the /requests
// rules, then select() applied to an object.
#include "fuzzsupport.h"

#include "sandbox/rql/rqlquery.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cv::fuzz::ensureApplication();
    using namespace cv::sandbox::rql;
    static const CollectionSchema schema = CollectionSchema::forPath(QStringLiteral("/requests"));
    const auto compiled = compile(cv::fuzz::bytes(data, size), schema);
    if (compiled) {
        const QJsonObject object { { QStringLiteral("id"), QStringLiteral("PR-1") },
            { QStringLiteral("asset"),
                QJsonObject { { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), 1 } } } } } };
        (void)applySelect(
            object, compiled.value().selectInclude, compiled.value().selectExclude, schema.hiddenByDefault());
        for (const QString &field : compiled.value().selectInclude)
            (void)sqlExpression(field);
    }
    return 0;
}
