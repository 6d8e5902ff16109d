// Template rendering (app/content/templaterender.cpp, templatepreview.cpp): the input as a template body,
// rendered with values from a request-shaped JSON when the second piece parses as one.
#include "fuzzsupport.h"

#include "app/content/templatepreview.h"
#include "app/content/templaterender.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cv::content;
    const QList<QByteArray> parts = cv::fuzz::pieces(cv::fuzz::bytes(data, size), 2);
    const QString body = QString::fromUtf8(parts.first());
    QHash<QString, QString> values;
    for (const QString &name : templateVariables(body))
        values.insert(name, QStringLiteral("{{ ") + name + QStringLiteral(" }}"));
    if (parts.size() > 1) {
        const QJsonDocument request = QJsonDocument::fromJson(parts.at(1));
        if (request.isObject())
            values.insert(requestTemplateValues(request.object()));
    }
    (void)renderTemplate(body, values);
    (void)renderTemplatePreview(body, values);
    (void)escapeForMarkdown(body);
    return 0;
}
