#include "app/content/templatepreview.h"

#include "app/content/markdown.h"

#include <QRegularExpression>

namespace cv::content {

QString escapeForMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '&': out += QStringLiteral("&amp;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\n': out += QLatin1Char(' '); break;
        default:
            // Every ASCII punctuation or symbol may be escaped in CommonMark; escaping all is the safe choice.
            if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out;
}

QString renderTemplatePreview(const QString &body, const QHash<QString, QString> &exampleValues)
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*\\}\\}"));
    QString substituted;
    qsizetype last = 0;
    auto it = pattern.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        substituted += body.mid(last, match.capturedStart(0) - last);
        substituted += escapeForMarkdown(exampleValues.value(match.captured(1)));
        last = match.capturedEnd(0);
    }
    substituted += body.mid(last);
    return Markdown::toHtmlDocument(substituted);
}

} // namespace cv::content
