// Markdown to HTML (app/content/markdown.cpp, cmark-gfm) and the customer-panel HTML builder
// (app/content/ccphtml.cpp): the input as Markdown, and as the JSON of a panel when it parses as one.
#include "fuzzsupport.h"

#include "app/content/ccphtml.h"
#include "app/content/markdown.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = cv::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    (void)cv::content::Markdown::toHtmlFragment(text);
    (void)cv::content::Markdown::toHtmlDocument(QStringLiteral("<h1>x</h1>"), text);
    const QJsonDocument panel = QJsonDocument::fromJson(input);
    if (panel.isObject())
        (void)cv::content::ccpHtml(panel.object());
    return 0;
}
