#include "sandbox/http/multipart.h"

#include <QByteArrayView>

#include <optional>

namespace cv::sandbox::http {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

struct HeaderValue
{
    QByteArray value; ///< the leading token, lower-cased (media type or disposition type)
    QList<std::pair<QByteArray, QByteArray>> parameters; ///< names lower-cased, values unquoted
};

QByteArray parameter(const HeaderValue &header, QByteArrayView name)
{
    for (const auto &[key, value] : header.parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasParameter(const HeaderValue &header, QByteArrayView name)
{
    for (const auto &entry : header.parameters) {
        if (entry.first == name)
            return true;
    }
    return false;
}

/// Parses `token *( ";" name "=" ( token / quoted-string ) )` as used by Content-Type (RFC 9110 §5.6.6)
/// and Content-Disposition (RFC 6266). Lenient about whitespace; quoted-pairs are unescaped.
std::optional<HeaderValue> parseHeaderValue(const QByteArray &text)
{
    HeaderValue result;
    qsizetype pos = text.indexOf(';');
    result.value = text.left(pos < 0 ? text.size() : pos).trimmed().toLower();
    while (pos >= 0 && pos < text.size()) {
        ++pos; // past ';'
        while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
            ++pos;
        if (pos >= text.size())
            break;
        const qsizetype equals = text.indexOf('=', pos);
        if (equals < 0)
            return std::nullopt;
        const QByteArray name = text.mid(pos, equals - pos).trimmed().toLower();
        pos = equals + 1;
        while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
            ++pos;
        QByteArray value;
        if (pos < text.size() && text.at(pos) == '"') {
            ++pos;
            bool closed = false;
            while (pos < text.size()) {
                const char c = text.at(pos++);
                if (c == '\\' && pos < text.size()) {
                    value += text.at(pos++);
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
            pos = text.indexOf(';', pos);
        } else {
            const qsizetype end = text.indexOf(';', pos);
            value = text.mid(pos, end < 0 ? -1 : end - pos).trimmed();
            pos = end;
        }
        result.parameters.append({ name, value });
    }
    return result;
}

/// RFC 8187 ext-value (`UTF-8''na%C3%AFve.txt`) as some clients send in `filename*`.
QByteArray decodeExtValue(const QByteArray &value)
{
    const qsizetype quote = value.indexOf('\'');
    const qsizetype secondQuote = quote < 0 ? -1 : value.indexOf('\'', quote + 1);
    if (secondQuote < 0)
        return value;
    return QByteArray::fromPercentEncoding(value.mid(secondQuote + 1));
}

QString at(qsizetype offset)
{
    return QStringLiteral(" (byte offset %1)").arg(offset);
}

} // namespace

cv::core::Result<QList<MultipartPart>, QString> parseMultipart(
    const QByteArray &contentTypeHeader, const QByteArray &body)
{
    const auto contentType = parseHeaderValue(contentTypeHeader);
    if (!contentType)
        return QStringLiteral("Content-Type: malformed parameters in '%1'").arg(QString::fromLatin1(contentTypeHeader));
    if (contentType->value != "multipart/form-data")
        return QStringLiteral("Content-Type: expected multipart/form-data, got '%1'")
            .arg(QString::fromLatin1(contentType->value));
    const QByteArray boundary = parameter(*contentType, "boundary");
    // RFC 2046 §5.1.1: 1 to 70 characters.
    if (boundary.isEmpty())
        return QStringLiteral("Content-Type: multipart/form-data without a boundary parameter");
    if (boundary.size() > 70)
        return QStringLiteral("Content-Type: boundary longer than 70 characters");

    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = kCrlf + dashBoundary;

    // The first delimiter may open the body directly (no preceding CRLF) or follow a preamble.
    qsizetype pos = 0;
    if (body.startsWith(dashBoundary)) {
        pos = dashBoundary.size();
    } else {
        const qsizetype first = body.indexOf(delimiter);
        if (first < 0)
            return QStringLiteral("multipart body: boundary '%1' not found").arg(QString::fromLatin1(boundary));
        pos = first + delimiter.size();
    }

    QList<MultipartPart> parts;
    while (true) {
        // After a delimiter: "--" closes the body, otherwise optional transport padding and a CRLF.
        if (body.mid(pos, 2) == "--")
            return parts; // anything after the close delimiter is epilogue and ignored
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (pos >= body.size())
            return QStringLiteral("multipart body: no closing delimiter '%1--'%2")
                .arg(QString::fromLatin1(dashBoundary), at(pos));
        if (body.mid(pos, 2) != kCrlf)
            return QStringLiteral("multipart body: expected CRLF after boundary%1").arg(at(pos));
        pos += 2;

        const qsizetype partStart = pos;
        const int partNumber = int(parts.size()) + 1;
        MultipartPart part;
        bool sawDisposition = false;
        // Header block: lines up to an empty line. A part may have no headers at all (then the empty
        // line follows at once), which is caught below as a missing Content-Disposition.
        while (true) {
            const qsizetype lineEnd = body.indexOf(kCrlf, pos);
            if (lineEnd < 0)
                return QStringLiteral("multipart part %1: header block not terminated by an empty line%2")
                    .arg(partNumber)
                    .arg(at(partStart));
            const QByteArray line = body.mid(pos, lineEnd - pos);
            const qsizetype lineStart = pos;
            pos = lineEnd + 2;
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return QStringLiteral("multipart part %1: malformed header line%2").arg(partNumber).arg(at(lineStart));
            const QByteArray headerName = line.left(colon).trimmed().toLower();
            const QByteArray headerValue = line.mid(colon + 1).trimmed();
            if (headerName == "content-disposition") {
                const auto disposition = parseHeaderValue(headerValue);
                if (!disposition || disposition->value != "form-data")
                    return QStringLiteral("multipart part %1: Content-Disposition is not 'form-data; name=...'%2")
                        .arg(partNumber)
                        .arg(at(lineStart));
                if (!hasParameter(*disposition, "name"))
                    return QStringLiteral("multipart part %1: Content-Disposition has no name%2")
                        .arg(partNumber)
                        .arg(at(lineStart));
                sawDisposition = true;
                part.name = parameter(*disposition, "name");
                part.fileName = parameter(*disposition, "filename");
                if (part.fileName.isEmpty() && hasParameter(*disposition, "filename*"))
                    part.fileName = decodeExtValue(parameter(*disposition, "filename*"));
            } else if (headerName == "content-type") {
                part.contentType = headerValue;
            }
        }
        if (!sawDisposition)
            return QStringLiteral("multipart part %1: missing Content-Disposition header%2")
                .arg(partNumber)
                .arg(at(partStart));

        const qsizetype dataEnd = body.indexOf(delimiter, pos);
        if (dataEnd < 0)
            return QStringLiteral("multipart part %1: no closing delimiter '%2--' after its data%3")
                .arg(partNumber)
                .arg(QString::fromLatin1(dashBoundary), at(pos));
        part.data = body.mid(pos, dataEnd - pos);
        parts.append(std::move(part));
        pos = dataEnd + delimiter.size();
    }
}

} // namespace cv::sandbox::http
