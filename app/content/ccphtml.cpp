#include "app/content/ccphtml.h"

#include "app/content/markdown.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cv::content {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

/// Plain text as escaped paragraphs (line breaks kept).
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &block : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        html += u"<p>"_s + esc(block.trimmed()).replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
    return html;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

QString link(const QString &title, const QString &url)
{
    const QString shown = title.isEmpty() ? url : title;
    if (isWebUrl(url)) {
        const QString href = QUrl(url.trimmed(), QUrl::StrictMode).toString(QUrl::FullyEncoded);
        return u"<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>"_s.arg(esc(href), esc(shown));
    }
    if (url.isEmpty() || url == shown)
        return u"<span class=\"inert\">%1</span>"_s.arg(esc(shown));
    return u"<span class=\"inert\">%1 (%2)</span>"_s.arg(esc(shown), esc(url));
}

QString linkList(const QJsonArray &links)
{
    QString html = u"<ul class=\"links\">\n"_s;
    for (const QJsonValue &value : links) {
        const QJsonObject object = value.toObject();
        html += u"<li>"_s + link(object.value(u"title"_s).toString(), object.value(u"url"_s).toString()) + u"</li>\n"_s;
    }
    return html + u"</ul>\n"_s;
}

/// Markdown (the activation message, getting started) as HTML, with remote images (Markdown's
/// ![alt](http://...), a tracking pixel) replaced by their alternative text: the panel preview loads nothing
/// from the network.
QString markdownHtml(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral("<img\\s[^>]*>"));
    static const QRegularExpression alt(QStringLiteral("\\salt=\"([^\"]*)\""));
    static const QRegularExpression localSource(QStringLiteral("\\ssrc=\"data:image/"));
    QString html = Markdown::toHtmlFragment(markdown);
    QString out;
    qsizetype last = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        const QString tag = match.captured(0);
        if (tag.contains(localSource))
            out += tag;
        else
            out += u"<span class=\"inert\">[%1]</span>"_s.arg(alt.match(tag).captured(1)); // already escaped by cmark
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

QString section(const QString &id, const QString &title, const QString &body)
{
    return u"<section id=\"%1\"><h2>%2</h2>\n%3</section>\n"_s.arg(id, esc(title), body);
}

} // namespace

QString ccpHtml(const QJsonObject &ccp)
{
    const QJsonObject product = ccp.value(u"product"_s).toObject();
    const QJsonObject asset = ccp.value(u"asset"_s).toObject();
    QString body;
    body += u"<header><h1 id=\"product-name\">%1</h1><div class=\"sub\">%2 &middot; %3</div></header>\n"_s.arg(
        esc(product.value(u"name"_s).toString()), esc(asset.value(u"id"_s).toString()),
        esc(asset.value(u"status"_s).toString()));

    const QJsonArray actions = ccp.value(u"actions"_s).toArray();
    if (!actions.isEmpty()) {
        QString buttons = u"<div class=\"actions\">"_s;
        for (const QJsonValue &value : actions) {
            const QJsonObject action = value.toObject();
            const QString title = action.value(u"title"_s).toString(action.value(u"name"_s).toString());
            buttons += u"<button type=\"button\" title=\"%1\">%2</button> "_s.arg(
                esc(action.value(u"description"_s).toString()), esc(title));
        }
        body += buttons + u"</div>\n"_s;
    }

    const QJsonValue activation = ccp.value(u"activation"_s);
    if (activation.isObject()) {
        body += section(u"activation"_s, u"Activation"_s,
            u"<div class=\"markdown\">"_s + markdownHtml(activation.toObject().value(u"message"_s).toString())
                + u"</div>\n"_s);
    }
    const QString description = product.value(u"description"_s).toString();
    if (!description.isEmpty())
        body += section(u"description"_s, u"Description"_s, paragraphs(description));
    const QString gettingStarted = product.value(u"getting_started"_s).toString();
    if (!gettingStarted.isEmpty())
        body += section(u"getting-started"_s, u"Getting started"_s,
            u"<div class=\"markdown\">"_s + markdownHtml(gettingStarted) + u"</div>\n"_s);
    const QJsonArray downloads = product.value(u"download_links"_s).toArray();
    if (!downloads.isEmpty())
        body += section(u"downloads"_s, u"Downloads"_s, linkList(downloads));
    const QJsonArray documents = product.value(u"documents"_s).toArray();
    if (!documents.isEmpty())
        body += section(u"documents"_s, u"Documentation"_s, linkList(documents));

    QString items;
    for (const QJsonValue &value : asset.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        items += u"<tr><td>%1</td><td>%2</td></tr>\n"_s.arg(
            esc(item.value(u"display_name"_s).toString(item.value(u"mpn"_s).toString())),
            esc(item.value(u"quantity"_s).toVariant().toString()));
    }
    if (!items.isEmpty())
        body += section(u"items"_s, u"Subscription"_s, u"<table>\n"_s + items + u"</table>\n"_s);
    QString params;
    for (const QJsonValue &value : asset.value(u"params"_s).toArray()) {
        const QJsonObject param = value.toObject();
        const QString v = param.value(u"value"_s).toVariant().toString();
        if (v.isEmpty())
            continue;
        params += u"<tr><td>%1</td><td>%2</td></tr>\n"_s.arg(
            esc(param.value(u"title"_s).toString(param.value(u"id"_s).toString())), esc(v));
    }
    if (!params.isEmpty())
        body += section(u"parameters"_s, u"Details"_s, u"<table>\n"_s + params + u"</table>\n"_s);

    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
           "style-src 'unsafe-inline'\">\n"
           "<title>Customer control panel</title>\n<style>\n"
           // Layout only: the colours come with the theme (ui::themedHtml adds resources/style/preview-*.css).
           "body { font-family: sans-serif; margin: 0; }\n"
           "header { padding: 14px 20px; }\n"
           "header h1 { margin: 0; font-size: 20px; } .sub { opacity: .8; font-size: 12px; }\n"
           "section { margin: 12px 20px; padding: 8px 16px; border-radius: 4px; }\n"
           "h2 { font-size: 15px; }\n"
           ".actions { margin: 12px 20px; } button { padding: 6px 14px; }\n"
           "td { padding: 2px 12px 2px 0; }\n"
           "</style></head>\n<body class=\"ccp\">\n"_s
        + body + u"</body></html>\n"_s;
}

} // namespace cv::content
