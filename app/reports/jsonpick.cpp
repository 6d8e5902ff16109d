#include "app/reports/jsonpick.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace cv::reports {

namespace {

using Node = JsonPick::Node;

Node &childOf(Node &node, QStringView key)
{
    for (Node &child : node.children) {
        if (child.key == key)
            return child;
    }
    Node child;
    child.key = key.toString();
    child.utf8Key = child.key.toUtf8();
    node.children.push_back(std::move(child));
    return node.children.back();
}

/// One pass over a JSON text. Any syntax error sets `failed` and the caller gives up on the whole text.
class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    { }

    bool failed() const { return m_failed; }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    QJsonObject object(const Node &node)
    {
        QJsonObject result;
        if (!expect('{'))
            return result;
        skipSpace();
        if (peek() == '}') {
            ++m_p;
            return result;
        }
        while (!m_failed) {
            skipSpace();
            const char *keyStart = nullptr;
            const char *keyEnd = nullptr;
            bool escaped = false;
            if (!stringSpan(keyStart, keyEnd, escaped))
                break;
            const Node *wanted = find(node, keyStart, keyEnd, escaped);
            if (!expectAfterSpace(':'))
                break;
            skipSpace();
            if (wanted)
                result.insert(wanted->key, value(*wanted));
            else
                skipValue();
            skipSpace();
            if (peek() == ',') {
                ++m_p;
                continue;
            }
            expect('}');
            break;
        }
        return result;
    }

private:
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    bool fail()
    {
        m_failed = true;
        m_p = m_end;
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool expect(char c)
    {
        if (peek() != c)
            return fail();
        ++m_p;
        return true;
    }

    bool expectAfterSpace(char c)
    {
        skipSpace();
        return expect(c);
    }

    /// The bytes between the quotes of the string at m_p (not decoded); m_p moves past it.
    bool stringSpan(const char *&begin, const char *&end, bool &escaped)
    {
        if (!expect('"'))
            return false;
        begin = m_p;
        escaped = false;
        for (;;) {
            const void *quote = std::memchr(m_p, '"', size_t(m_end - m_p));
            if (!quote)
                return fail();
            const char *q = static_cast<const char *>(quote);
            // The quote ends the string unless an odd number of backslashes precedes it.
            const char *b = q;
            while (b > begin && b[-1] == '\\')
                --b;
            if (b != q)
                escaped = true;
            m_p = q + 1;
            if ((q - b) % 2 == 0) {
                end = q;
                if (!escaped && std::memchr(begin, '\\', size_t(end - begin)))
                    escaped = true;
                return true;
            }
        }
    }

    const Node *find(const Node &node, const char *begin, const char *end, bool escaped)
    {
        if (escaped) {
            const QString key = decoded(begin, end);
            for (const Node &child : node.children) {
                if (child.key == key)
                    return &child;
            }
            return nullptr;
        }
        const qsizetype size = end - begin;
        for (const Node &child : node.children) {
            if (child.utf8Key.size() == size && std::memcmp(child.utf8Key.constData(), begin, size_t(size)) == 0)
                return &child;
        }
        return nullptr;
    }

    static void appendUtf8(QByteArray &out, char32_t code)
    {
        if (code < 0x80) {
            out.append(char(code));
        } else if (code < 0x800) {
            out.append(char(0xC0 | (code >> 6)));
            out.append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out.append(char(0xE0 | (code >> 12)));
            out.append(char(0x80 | ((code >> 6) & 0x3F)));
            out.append(char(0x80 | (code & 0x3F)));
        } else {
            out.append(char(0xF0 | (code >> 18)));
            out.append(char(0x80 | ((code >> 12) & 0x3F)));
            out.append(char(0x80 | ((code >> 6) & 0x3F)));
            out.append(char(0x80 | (code & 0x3F)));
        }
    }

    static int hex4(const char *p, const char *end)
    {
        if (end - p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                return -1;
        }
        return value;
    }

    /// A string's text with its escapes decoded (the span between the quotes).
    QString decoded(const char *begin, const char *end)
    {
        QByteArray out;
        out.reserve(end - begin);
        for (const char *p = begin; p < end; ++p) {
            if (*p != '\\') {
                out.append(*p);
                continue;
            }
            if (++p == end)
                break;
            switch (*p) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'u': {
                int code = hex4(p + 1, end);
                if (code < 0) {
                    fail();
                    return {};
                }
                p += 4;
                if (code >= 0xD800 && code < 0xDC00 && end - p > 6 && p[1] == '\\' && p[2] == 'u') {
                    const int low = hex4(p + 3, end);
                    if (low >= 0xDC00 && low < 0xE000) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        p += 6;
                    }
                }
                appendUtf8(out, char32_t(code));
                break;
            }
            default: out.append(*p); break; // as QJsonDocument reads an unknown escape: the letter itself
            }
        }
        return QString::fromUtf8(out);
    }

    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            const char *b = nullptr;
            const char *e = nullptr;
            bool escaped = false;
            stringSpan(b, e, escaped);
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char d = *m_p;
                if (d == '"') {
                    const char *b = nullptr;
                    const char *e = nullptr;
                    bool escaped = false;
                    if (!stringSpan(b, e, escaped))
                        return;
                    continue;
                }
                ++m_p;
                if (d == '{' || d == '[') {
                    ++depth;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0)
                        return;
                }
            }
            fail();
            return;
        }
        scalarSpan();
    }

    /// The bytes of a number or literal at m_p; m_p moves past them.
    QByteArrayView scalarSpan()
    {
        const char *begin = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_p;
        }
        if (m_p == begin)
            fail();
        return QByteArrayView(begin, m_p - begin);
    }

    /// A value decoded as QJsonDocument does: integers that fit in 64 bits stay integers, other numbers doubles.
    QJsonValue scalar()
    {
        const QByteArrayView text = scalarSpan();
        if (text == "true")
            return true;
        if (text == "false")
            return false;
        if (text == "null")
            return QJsonValue::Null;
        bool integral = !text.isEmpty();
        for (const char c : text) {
            if (c == '.' || c == 'e' || c == 'E')
                integral = false;
            else if (!(c == '-' || (c >= '0' && c <= '9'))) {
                fail();
                return {};
            }
        }
        bool ok = false;
        if (integral) {
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                return n;
        }
        const double d = text.toDouble(&ok);
        if (!ok) {
            fail();
            return {};
        }
        return d;
    }

    QJsonValue whole()
    {
        const char c = peek();
        if (c == '"') {
            const char *b = nullptr;
            const char *e = nullptr;
            bool escaped = false;
            if (!stringSpan(b, e, escaped))
                return {};
            return escaped ? decoded(b, e) : QString::fromUtf8(b, e - b);
        }
        if (c == '{' || c == '[') {
            const char *begin = m_p;
            skipValue();
            if (m_failed)
                return {};
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(begin, m_p - begin), &error);
            if (error.error != QJsonParseError::NoError) {
                fail();
                return {};
            }
            return c == '{' ? QJsonValue(document.object()) : QJsonValue(document.array());
        }
        return scalar();
    }

    QJsonValue value(const Node &node)
    {
        const char c = peek();
        if (node.whole || (c != '{' && c != '['))
            return whole();
        if (node.each && c == '[') {
            QJsonArray array;
            ++m_p;
            skipSpace();
            if (peek() == ']') {
                ++m_p;
                return array;
            }
            while (!m_failed) {
                skipSpace();
                array.append(peek() == '{' ? QJsonValue(object(node)) : whole());
                skipSpace();
                if (peek() == ',') {
                    ++m_p;
                    continue;
                }
                expect(']');
                break;
            }
            return array;
        }
        if (!node.each && c == '{')
            return object(node);
        return whole(); // not the shape the paths expect: kept as it is, as the whole document would have it
    }

    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};

} // namespace

JsonPick::JsonPick(const QStringList &paths)
{
    for (const QString &path : paths) {
        Node *node = &m_root;
        const QList<QStringView> parts = QStringView(path).split(u'.');
        for (QStringView part : parts) {
            const bool each = part.endsWith(u"[]");
            node = &childOf(*node, each ? part.chopped(2) : part);
            node->each = node->each || each;
        }
        if (!path.endsWith(u"[]"))
            node->whole = true;
    }
}

QJsonObject JsonPick::pick(QByteArrayView json) const
{
    Scanner scanner(json.data(), json.data() + json.size());
    if (scanner.atEnd())
        return {};
    QJsonObject object = scanner.object(m_root);
    if (scanner.failed() || !scanner.atEnd())
        return {};
    return object;
}

} // namespace cv::reports
