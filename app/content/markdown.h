#pragma once

#include <QString>

namespace cv::content {

/// GitHub-flavoured Markdown to HTML with cmark-gfm, safe to show in an embedded view: raw HTML is not
/// passed through (CMARK_OPT_UNSAFE off: it becomes a comment), the tagfilter extension neutralises
/// <script>, <iframe>, ... and dangerous link schemes (javascript:, vbscript:, file:, data: other than
/// images) are dropped by cmark itself. Tables, strikethrough and autolinks are on.
namespace Markdown {

/// The HTML fragment for `markdown`.
QString toHtmlFragment(const QString &markdown);
/// A complete HTML document (UTF-8, a small built-in stylesheet, no external resources) around the fragment.
QString toHtmlDocument(const QString &markdown);
/// The same document with `headerHtml` -- HTML the caller built and escaped, e.g. an e-mail's From/To --
/// before the rendered Markdown.
QString toHtmlDocument(const QString &headerHtml, const QString &markdown);

} // namespace Markdown

} // namespace cv::content
