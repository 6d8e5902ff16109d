#pragma once

#include <QHash>
#include <QString>

namespace cv::content {

/// Renders a product template for preview: every `{{ id }}` is replaced by its example value (HTML-escaped
/// and Markdown-escaped, so a value can never inject markup), unknown ids by an empty string (as Connect
/// does), then the Markdown becomes a complete HTML document through Markdown::toHtmlDocument (raw HTML off).
QString renderTemplatePreview(const QString &body, const QHash<QString, QString> &exampleValues);

/// `text` escaped so that it shows literally when placed into Markdown (HTML entities + backslashes).
QString escapeForMarkdown(const QString &text);

} // namespace cv::content
