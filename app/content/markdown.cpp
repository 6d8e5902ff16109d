#include "app/content/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace cv::content::Markdown {

namespace {

void attachExtension(cmark_parser *parser, const char *name)
{
    if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser, extension);
}

} // namespace

QString toHtmlFragment(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    // CMARK_OPT_DEFAULT without CMARK_OPT_UNSAFE: raw HTML and unsafe links are not rendered.
    const int options = CMARK_OPT_DEFAULT;
    cmark_parser *parser = cmark_parser_new(options);
    attachExtension(parser, "table");
    attachExtension(parser, "strikethrough");
    attachExtension(parser, "autolink");
    attachExtension(parser, "tagfilter");

    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    const QString result = QString::fromUtf8(html);
    std::free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return result;
}

QString toHtmlDocument(const QString &markdown)
{
    return toHtmlDocument(QString(), markdown);
}

QString toHtmlDocument(const QString &headerHtml, const QString &markdown)
{
    static const QString head = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data: qrc:; "
        "style-src 'unsafe-inline'\">"
        "<style>"
        // Layout only: the colours come with the theme (ui::themedHtml adds resources/style/preview-*.css).
        "body{font-family:sans-serif;font-size:14px;line-height:1.5;margin:12px 16px;overflow-wrap:break-word;}"
        "h1,h2,h3{line-height:1.25;margin:0.8em 0 0.4em;}h1{font-size:1.6em;}h2{font-size:1.35em;}"
        "h3{font-size:1.15em;}code,pre{font-family:monospace;border-radius:3px;}"
        "pre{padding:8px;overflow:auto;}code{padding:1px 3px;}"
        "table{border-collapse:collapse;}th,td{border:1px solid;padding:4px 8px;}"
        "blockquote{margin:0;padding-left:12px;border-left:3px solid;}"
        "img{max-width:100%;}"
        ".header{border-bottom:1px solid;padding-bottom:6px;margin-bottom:8px;}"
        ".header td{border:none;padding:0 8px 0 0;vertical-align:top;}.header td:first-child{white-space:nowrap;}"
        ".header td+td{overflow-wrap:anywhere;}"
        "</style></head><body>");
    return head + headerHtml + toHtmlFragment(markdown) + QStringLiteral("</body></html>");
}

} // namespace cv::content::Markdown
