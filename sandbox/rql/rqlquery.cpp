#include "sandbox/rql/rqlquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace cv::sandbox::rql {

namespace {

Q_LOGGING_CATEGORY(lcRql, "cv.sandbox.rql")

// A percent-encoded '&' is data, not a parameter separator. It is decoded to this private-use character so that
// the parser can still split on real '&', and turned back into '&' wherever text leaves the parser.
constexpr char16_t kEncodedAmpersand = u'\ue026';

constexpr int kMaxLimit = 1000; // the "RQL1000Pagination" cap; larger limits are clipped, not rejected

const QStringList &comparisonOperators()
{
    static const QStringList ops { QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
        QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le"), QStringLiteral("like"),
        QStringLiteral("ilike"), QStringLiteral("in"), QStringLiteral("out") };
    return ops;
}

QString dottedPath(const QString &name)
{
    QString path = name;
    path.replace(QLatin1String("__"), QLatin1String("."));
    return path;
}

/// Every segment is a plain identifier, so the path can sit inside a '...' SQL literal without escaping.
bool isValidPath(const QString &dotted)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    if (dotted.isEmpty())
        return false;
    const QStringList segments = dotted.split(QLatin1Char('.'));
    return std::all_of(
        segments.cbegin(), segments.cend(), [](const QString &s) { return segment.match(s).hasMatch(); });
}

bool isValidColumn(const QString &column)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"));
    return pattern.match(column).hasMatch();
}

/// RQL like: '*' is the only wildcard. GLOB is case-sensitive (LIKE is not, in SQLite), so literal GLOB
/// metacharacters are bracketed.
QString globPattern(const QString &rql)
{
    QString out;
    for (const QChar c : rql) {
        if (c == u'*')
            out += u'*';
        else if (c == u'?')
            out += QLatin1String("[?]");
        else if (c == u'[')
            out += QLatin1String("[[]");
        else
            out += c;
    }
    return out;
}

/// For LIKE ... ESCAPE '\': literal % _ and \ are escaped, '*' becomes '%' unless `wildcards` is false.
QString likePattern(const QString &text, bool wildcards)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'*' && wildcards)
            out += u'%';
        else if (c == u'%' || c == u'_' || c == u'\\')
            out += QString(u'\\') + c;
        else
            out += c;
    }
    return out;
}

QString ilikeSql(const QString &expr)
{
    return QStringLiteral("LOWER(%1) LIKE LOWER(?) ESCAPE '\\'").arg(expr);
}

FieldRule ruleFromJson(const QString &name, const QJsonObject &json)
{
    FieldRule rule;
    rule.name = name;
    const QJsonArray lookups = json.value(QLatin1String("lookups")).toArray();
    for (const QJsonValue &lookup : lookups)
        rule.lookups << lookup.toString();
    rule.ordering = json.value(QLatin1String("ordering")).toBool();
    rule.search = json.value(QLatin1String("search")).toBool();
    rule.hiddenByDefault = json.value(QLatin1String("hidden")).toBool();
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == QLatin1String("number"))
        rule.type = FieldType::Number;
    else if (type == QLatin1String("boolean"))
        rule.type = FieldType::Boolean;
    return rule;
}

const QJsonObject &filtersResource()
{
    // Function-local static: parsed once, thread-safe initialisation.
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/sandbox/filters.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcRql) << "cannot open" << file.fileName();
            return QJsonObject();
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qCWarning(lcRql) << "filters.json is malformed:" << error.errorString();
        return doc.object();
    }();
    return root;
}

QString restoreAmpersands(QString text)
{
    return text.replace(QChar(kEncodedAmpersand), QLatin1Char('&'));
}

struct Value
{
    enum class Kind { Text, Null, Empty };
    Kind kind = Kind::Text;
    QString text;
};

/// One parsed piece of the query: an SQL condition, or a directive (ordering/select/limit/offset) with no SQL.
struct Fragment
{
    QString sql;
    QVariantList bindings;
    bool directive = false;
};

/// Nesting levels of groups and and()/or()/not() a query may use.
constexpr int kMaxNesting = 32;
/// Values a query may bind (SQLite's own limit is far higher, but a query this long is no real filter).
constexpr qsizetype kMaxValues = 1000;

/// Recursive-descent parser that emits SQL as it goes. The first error stops it (every parse function returns
/// false from then on), so the error message is about the first problem in the query.
class Parser final
{
public:
    Parser(QString text, const CollectionSchema &schema, QString column, QStringList ignored)
        : m_text(std::move(text))
        , m_schema(schema)
        , m_column(std::move(column))
        , m_ignored(std::move(ignored))
    { }

    bool run();
    const CompiledQuery &query() const { return m_query; }
    const RqlError &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    void skipSpaces()
    {
        while (!atEnd() && peek() == u' ')
            ++m_pos;
    }
    QString readName();
    bool fail(qsizetype pos, const QString &what);
    bool failPlain(const QString &message);
    bool expectClose(qsizetype openPos, const QString &context);

    bool tryPlainParameter(bool &handled);
    bool parseSequence(Fragment &out, int depth);
    bool parseTerm(Fragment &out, int depth);
    bool parseCall(const QString &op, qsizetype start, Fragment &out, int depth);
    bool parseShorthand(const QString &name, qsizetype start, Fragment &out, int depth);
    bool parseValue(Value &out, const QString &context);
    bool parseValueList(QList<Value> &out, const QString &context);
    bool parseNameList(QStringList &out, const QString &op);
    bool buildComparison(
        const QString &op, const QString &field, const QList<Value> &values, qsizetype start, Fragment &out);
    bool bindValue(const FieldRule &rule, const Value &value, const QString &term, QVariant &out);
    bool setPaging(const QString &name, const QString &value, qsizetype pos);
    bool setOrdering(const QStringList &items, const QString &term);
    bool addSelect(const QStringList &items, const QString &term);
    void addSearch(const QString &term);

    QString m_text;
    qsizetype m_pos = 0;
    const CollectionSchema &m_schema;
    QString m_column;
    QStringList m_ignored;
    CompiledQuery m_query;
    QStringList m_where;
    bool m_haveLimit = false;
    bool m_haveOffset = false;
    bool m_haveOrdering = false;
    RqlError m_error;
};

QString Parser::readName()
{
    // Property names: [A-Za-z][\w.-]* (REFERENCE §2.2); operator names are a subset.
    const qsizetype start = m_pos;
    if (atEnd() || !(peek().isLetter() && peek().unicode() < 128))
        return {};
    while (!atEnd()) {
        const QChar c = peek();
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'.' || c == u'-')
            ++m_pos;
        else
            break;
    }
    return m_text.mid(start, m_pos - start);
}

bool Parser::fail(qsizetype pos, const QString &what)
{
    if (pos >= m_text.size())
        return failPlain(what + QLatin1String(" at the end of the query"));
    return failPlain(what + QStringLiteral(" at position %1 of the query").arg(pos + 1));
}

bool Parser::failPlain(const QString &message)
{
    if (m_error.message.isEmpty())
        m_error.message = restoreAmpersands(message);
    return false;
}

bool Parser::expectClose(qsizetype openPos, const QString &context)
{
    skipSpaces();
    if (atEnd())
        return fail(openPos, QStringLiteral("missing ')' for the '(' of %1").arg(context));
    if (peek() != u')')
        return fail(m_pos, QStringLiteral("expected ')' but found '%1' in %2").arg(peek()).arg(context));
    ++m_pos;
    return true;
}

bool Parser::run()
{
    for (;;) {
        while (!atEnd() && peek() == u'&')
            ++m_pos; // empty parameters ("a=1&&b=2", a trailing '&') are harmless
        if (atEnd())
            break;
        bool handled = false;
        if (!tryPlainParameter(handled))
            return false;
        if (handled)
            continue;
        Fragment fragment;
        if (!parseSequence(fragment, 0))
            return false;
        if (!fragment.sql.isEmpty()) {
            m_where << fragment.sql;
            m_query.bindings << fragment.bindings;
        }
    }
    if (m_query.bindings.size() > kMaxValues)
        return failPlain(QStringLiteral("the query has %1 values; at most %2 are allowed")
                             .arg(m_query.bindings.size())
                             .arg(kMaxValues));
    if (!m_where.isEmpty())
        m_query.where = m_where.size() == 1 ? m_where.first() : m_where.join(QLatin1String(" AND "));
    return true;
}

/// search=, ordering= (DRF style) and the endpoint's own parameters take the raw text up to the next '&':
/// a search term is free text, not an RQL value.
bool Parser::tryPlainParameter(bool &handled)
{
    const qsizetype start = m_pos;
    const QString name = readName();
    const bool isSearch = name == QLatin1String("search");
    const bool isOrdering = name == QLatin1String("ordering");
    if (name.isEmpty() || peek() != u'=' || !(isSearch || isOrdering || m_ignored.contains(name))) {
        m_pos = start;
        return true;
    }
    handled = true;
    ++m_pos;
    qsizetype end = m_text.indexOf(u'&', m_pos);
    if (end < 0)
        end = m_text.size();
    QString value = restoreAmpersands(m_text.mid(m_pos, end - m_pos));
    m_pos = end;
    if (isSearch) {
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        addSearch(value);
        return true;
    }
    if (isOrdering)
        return setOrdering(value.split(u','), m_text.mid(start, end - start));
    return true;
}

bool Parser::parseSequence(Fragment &out, int depth)
{
    // depth 0 is one URL parameter (it ends at '&'); deeper levels are inside '(' ... ')'. Mixing and/or
    // without parentheses is rejected instead of silently picking a precedence.
    QList<Fragment> terms;
    QChar combinator;
    qsizetype orPos = -1;
    for (;;) {
        Fragment term;
        if (!parseTerm(term, depth))
            return false;
        terms << term;
        skipSpaces();
        if (atEnd())
            break;
        const QChar c = peek();
        if ((c == u'&' && depth == 0) || (c == u')' && depth > 0))
            break;
        if (c == u')')
            return fail(m_pos, QStringLiteral("unexpected ')'"));
        if (c != u',' && c != u'&' && c != u'|')
            return fail(m_pos, QStringLiteral("unexpected '%1'").arg(c));
        const QChar kind = c == u'|' ? u'|' : u',';
        if (!combinator.isNull() && combinator != kind)
            return fail(m_pos, QStringLiteral("cannot mix '|' with ',' or '&' without parentheses"));
        if (kind == u'|' && orPos < 0)
            orPos = m_pos;
        combinator = kind;
        ++m_pos;
    }
    QStringList parts;
    for (const Fragment &term : std::as_const(terms)) {
        if (term.directive && combinator == u'|')
            return fail(orPos, QStringLiteral("ordering(), select(), limit and offset cannot be combined with '|'"));
        if (term.sql.isEmpty())
            continue;
        parts << term.sql;
        out.bindings << term.bindings;
    }
    out.directive = parts.isEmpty();
    if (parts.size() == 1)
        out.sql = parts.first();
    else if (parts.size() > 1)
        out.sql = QString(QLatin1Char('(')
            + parts.join(combinator == u'|' ? QLatin1String(" OR ") : QLatin1String(" AND ")) + QLatin1Char(')'));
    return true;
}

bool Parser::parseTerm(Fragment &out, int depth)
{
    skipSpaces();
    const qsizetype start = m_pos;
    // Each level costs stack and SQLite caps an expression's depth: a hostile query nested thousands deep
    // would crash the server (and the app that hosts it in-process). Real queries nest a few levels.
    if (depth > kMaxNesting)
        return fail(start, QStringLiteral("the query is nested more than %1 levels deep").arg(kMaxNesting));
    if (atEnd())
        return fail(m_pos, QStringLiteral("expected a filter"));
    if (peek() == u'(') {
        ++m_pos;
        if (!parseSequence(out, depth + 1))
            return false;
        if (out.directive)
            return fail(start, QStringLiteral("empty or directive-only parentheses"));
        return expectClose(start, QStringLiteral("the group"));
    }
    const QString name = readName();
    if (name.isEmpty())
        return fail(m_pos, QStringLiteral("unexpected '%1'").arg(peek()));
    if (peek() == u'(')
        return parseCall(name, start, out, depth);
    if (peek() == u'=')
        return parseShorthand(name, start, out, depth);
    if (atEnd())
        return fail(m_pos, QStringLiteral("expected '(' or '=' after '%1'").arg(name));
    return fail(m_pos, QStringLiteral("unexpected '%1' after '%2'").arg(peek()).arg(name));
}

bool Parser::parseCall(const QString &op, qsizetype start, Fragment &out, int depth)
{
    const qsizetype open = m_pos;
    ++m_pos; // '('
    const QString context = op + QLatin1String("()");
    if (op == QLatin1String("and") || op == QLatin1String("or")) {
        QStringList parts;
        skipSpaces();
        if (peek() == u')')
            return fail(m_pos, QStringLiteral("%1 needs at least one argument").arg(context));
        for (;;) {
            Fragment term;
            if (!parseTerm(term, depth + 1))
                return false;
            if (term.directive)
                return fail(
                    start, QStringLiteral("%1 cannot contain ordering(), select(), limit or offset").arg(context));
            parts << term.sql;
            out.bindings << term.bindings;
            skipSpaces();
            if (peek() != u',')
                break;
            ++m_pos;
        }
        if (!expectClose(open, context))
            return false;
        out.sql = parts.size() == 1
            ? parts.first()
            : QString(QLatin1Char('(')
                + parts.join(op == QLatin1String("and") ? QLatin1String(" AND ") : QLatin1String(" OR "))
                + QLatin1Char(')'));
        return true;
    }
    if (op == QLatin1String("not")) {
        Fragment term;
        if (!parseTerm(term, depth + 1))
            return false;
        if (term.directive)
            return fail(start, QStringLiteral("not() cannot contain ordering(), select(), limit or offset"));
        if (!expectClose(open, context))
            return false;
        // COALESCE: a comparison with a missing field is NULL (unknown); not() of it should match, as
        // Django's ~Q() does.
        out.sql = QStringLiteral("NOT COALESCE(%1, 0)").arg(term.sql);
        out.bindings = term.bindings;
        return true;
    }
    if (comparisonOperators().contains(op)) {
        skipSpaces();
        const qsizetype fieldPos = m_pos;
        const QString field = readName();
        if (field.isEmpty())
            return fail(fieldPos, QStringLiteral("expected a field name in %1").arg(context));
        skipSpaces();
        if (peek() != u',')
            return fail(m_pos, QStringLiteral("expected ',' and a value after '%1' in %2").arg(field, context));
        ++m_pos;
        QList<Value> values;
        if (op == QLatin1String("in") || op == QLatin1String("out")) {
            if (!parseValueList(values, context))
                return false;
        } else {
            Value value;
            if (!parseValue(value, context))
                return false;
            values << value;
        }
        if (!expectClose(open, context))
            return false;
        if (field == QLatin1String("limit") || field == QLatin1String("offset")) { // eq(limit,10)
            if (depth > 0)
                return fail(start, QStringLiteral("%1 must be a top-level parameter").arg(field));
            if (op != QLatin1String("eq") || values.first().kind != Value::Kind::Text)
                return fail(start, QStringLiteral("%1 only takes a number (%1=<n>)").arg(field));
            out.directive = true;
            return setPaging(field, values.first().text, start);
        }
        return buildComparison(op, field, values, start, out);
    }
    const bool isOrdering = op == QLatin1String("ordering");
    const bool isSelect = op == QLatin1String("select");
    const bool isPaging = op == QLatin1String("limit");
    if (isOrdering || isSelect || isPaging) {
        if (depth > 0)
            return fail(start, QStringLiteral("%1 must be a top-level parameter").arg(context));
        QStringList items;
        if (isPaging) {
            // lib-rql style limit(count[,offset])
            QList<Value> values;
            if (!parseValueList(values, context) || !expectClose(open, context))
                return false;
            if (values.size() > 2)
                return fail(start, QStringLiteral("limit() takes a count and an optional offset"));
            if (!setPaging(QStringLiteral("limit"), values.value(0).text, start))
                return false;
            if (values.size() == 2 && !setPaging(QStringLiteral("offset"), values.at(1).text, start))
                return false;
        } else {
            if (!parseNameList(items, context) || !expectClose(open, context))
                return false;
            const QString term = m_text.mid(start, m_pos - start);
            if (isOrdering ? !setOrdering(items, term) : !addSelect(items, term))
                return false;
        }
        out.directive = true;
        return true;
    }
    if (op == QLatin1String("null") || op == QLatin1String("empty"))
        return fail(start, QStringLiteral("%1 is a value, not a filter").arg(context));
    if (op == QLatin1String("t"))
        return fail(start, QStringLiteral("the tuple operator t() is not supported"));
    return fail(start, QStringLiteral("unknown operator '%1'").arg(op));
}

bool Parser::parseShorthand(const QString &name, qsizetype start, Fragment &out, int depth)
{
    ++m_pos; // '='
    QString op = QStringLiteral("eq");
    const qsizetype afterEquals = m_pos;
    const QString word = readName();
    if (peek() == u'=' && comparisonOperators().contains(word)) {
        op = word; // field=op=value
        ++m_pos;
    } else {
        m_pos = afterEquals;
    }
    const QString context = m_text.mid(start, m_pos - start);
    QList<Value> values;
    if ((op == QLatin1String("in") || op == QLatin1String("out")) && peek() == u'(') {
        const qsizetype open = m_pos;
        ++m_pos;
        if (!parseValueList(values, context) || !expectClose(open, context))
            return false;
    } else {
        Value value;
        if (!parseValue(value, context))
            return false;
        values << value;
    }
    if (name == QLatin1String("limit") || name == QLatin1String("offset")) {
        if (depth > 0)
            return fail(start, QStringLiteral("%1 must be a top-level parameter").arg(name));
        if (op != QLatin1String("eq") || values.first().kind != Value::Kind::Text)
            return fail(start, QStringLiteral("%1 only takes a number (%1=<n>)").arg(name));
        out.directive = true;
        return setPaging(name, values.first().text, start);
    }
    if (name == QLatin1String("search"))
        return fail(start, QStringLiteral("search= must be a top-level parameter"));
    return buildComparison(op, name, values, start, out);
}

bool Parser::parseValue(Value &out, const QString &context)
{
    skipSpaces();
    const qsizetype start = m_pos;
    const QChar quote = peek();
    if (quote == u'"' || quote == u'\'') {
        const qsizetype close = m_text.indexOf(quote, m_pos + 1);
        if (close < 0)
            return fail(start, QStringLiteral("unterminated quote"));
        out.text = restoreAmpersands(m_text.mid(m_pos + 1, close - m_pos - 1));
        m_pos = close + 1;
        return true;
    }
    static const QString structural = QStringLiteral("(),&|=");
    while (!atEnd() && !structural.contains(peek()))
        ++m_pos;
    // Spaces next to separators are formatting ("eq(a, b)"); spaces inside a value are kept.
    const QString text = m_text.mid(start, m_pos - start).trimmed();
    if ((text == QLatin1String("null") || text == QLatin1String("empty")) && peek() == u'(' && peek(1) == u')') {
        out.kind = text == QLatin1String("null") ? Value::Kind::Null : Value::Kind::Empty;
        m_pos += 2;
        return true;
    }
    if (peek() == u'(')
        return fail(m_pos, QStringLiteral("unexpected '(' in a value of %1").arg(context));
    if (text.isEmpty())
        return fail(start, QStringLiteral("missing value in %1").arg(context));
    out.text = restoreAmpersands(text);
    return true;
}

bool Parser::parseValueList(QList<Value> &out, const QString &context)
{
    // in(field,(a,b)) or in(field,a,b): the caller consumes the closing ')' of the call.
    skipSpaces();
    bool parenthesised = false;
    const qsizetype open = m_pos;
    if (peek() == u'(') {
        parenthesised = true;
        ++m_pos;
    }
    for (;;) {
        Value value;
        if (!parseValue(value, context))
            return false;
        out << value;
        skipSpaces();
        if (peek() != u',')
            break;
        ++m_pos;
    }
    return !parenthesised || expectClose(open, context);
}

bool Parser::parseNameList(QStringList &out, const QString &op)
{
    for (;;) {
        skipSpaces();
        const qsizetype pos = m_pos;
        QString sign;
        if (peek() == u'+' || peek() == u'-') {
            sign = peek();
            ++m_pos;
        }
        const QString name = readName();
        if (name.isEmpty())
            return fail(pos, QStringLiteral("expected a field name in %1").arg(op));
        out << QString(sign + name);
        skipSpaces();
        if (peek() != u',')
            return true;
        ++m_pos;
    }
}

bool Parser::buildComparison(
    const QString &op, const QString &field, const QList<Value> &values, qsizetype start, Fragment &out)
{
    const QString term = m_text.mid(start, m_pos - start);
    const FieldRule *rule = m_schema.field(field);
    if (!rule)
        return failPlain(QStringLiteral("unknown field '%1' in %2").arg(field, term));

    // Legacy Django-filter names carry their lookup in the name (contract__id__exact, name__icontains).
    QString path = dottedPath(field);
    bool icontains = false;
    bool isNullFilter = false;
    if (path.endsWith(QLatin1String(".exact"))) {
        path.chop(6);
    } else if (path.endsWith(QLatin1String(".icontains"))) {
        path.chop(10);
        icontains = true;
    } else if (path.endsWith(QLatin1String(".is_null")) || path.endsWith(QLatin1String(".isnull"))) {
        path.chop(path.endsWith(QLatin1String(".is_null")) ? 8 : 7);
        isNullFilter = true;
    }
    const QString expr = sqlExpression(path, m_column);
    if (expr.isEmpty())
        return failPlain(QStringLiteral("invalid field name '%1' in %2").arg(field, term));

    const bool hasNull
        = std::any_of(values.cbegin(), values.cend(), [](const Value &v) { return v.kind != Value::Kind::Text; });
    const bool isList = op == QLatin1String("in") || op == QLatin1String("out");
    if (hasNull && !isList && op != QLatin1String("eq") && op != QLatin1String("ne"))
        return failPlain(QStringLiteral("null() and empty() only work with eq, ne, in and out, in %1").arg(term));
    QStringList needed { hasNull && !isList ? QStringLiteral("null") : op };
    if (hasNull && isList)
        needed << QStringLiteral("null");
    for (const QString &lookup : std::as_const(needed)) {
        if (!rule->lookups.contains(lookup)) {
            const QString allowed
                = rule->lookups.isEmpty() ? QStringLiteral("none") : rule->lookups.join(QLatin1String(", "));
            return failPlain(
                QStringLiteral("lookup '%1' is not allowed on '%2' (allowed: %3)").arg(lookup, field, allowed));
        }
    }

    if (isNullFilter) {
        const QString v = values.first().text.toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return failPlain(QStringLiteral("'%1' expects true or false, in %2").arg(field, term));
        const bool wantNull = (v == QLatin1String("true")) == (op == QLatin1String("eq"));
        out.sql = expr + (wantNull ? QLatin1String(" IS NULL") : QLatin1String(" IS NOT NULL"));
        return true;
    }
    if (icontains && (op == QLatin1String("eq") || op == QLatin1String("ne")) && !hasNull) {
        out.sql = ilikeSql(expr);
        if (op == QLatin1String("ne"))
            out.sql = QStringLiteral("NOT COALESCE(%1, 0)").arg(out.sql);
        out.bindings << QString(QLatin1Char('%') + likePattern(values.first().text, false) + QLatin1Char('%'));
        return true;
    }

    if (isList) {
        QStringList placeholders;
        bool listHasNull = false;
        for (const Value &value : values) {
            if (value.kind == Value::Kind::Null) {
                listHasNull = true;
                continue;
            }
            QVariant bound;
            if (!bindValue(*rule, value, term, bound))
                return false;
            placeholders << QStringLiteral("?");
            out.bindings << bound;
        }
        const QString list = placeholders.join(QLatin1String(", "));
        if (op == QLatin1String("in")) {
            if (placeholders.isEmpty())
                out.sql = expr + QLatin1String(" IS NULL");
            else if (listHasNull)
                out.sql = QStringLiteral("(%1 IN (%2) OR %1 IS NULL)").arg(expr, list);
            else
                out.sql = QStringLiteral("%1 IN (%2)").arg(expr, list);
        } else {
            // out() keeps rows without the field (NULL), like ne and Django's exclude().
            if (placeholders.isEmpty())
                out.sql = expr + QLatin1String(" IS NOT NULL");
            else if (listHasNull)
                out.sql = QStringLiteral("(%1 IS NOT NULL AND %1 NOT IN (%2))").arg(expr, list);
            else
                out.sql = QStringLiteral("COALESCE(%1 NOT IN (%2), 1)").arg(expr, list);
        }
        return true;
    }

    const Value &value = values.first();
    if (value.kind == Value::Kind::Null) {
        out.sql = expr + (op == QLatin1String("eq") ? QLatin1String(" IS NULL") : QLatin1String(" IS NOT NULL"));
        return true;
    }
    if (value.kind == Value::Kind::Empty) {
        out.sql = expr + (op == QLatin1String("eq") ? QLatin1String(" = ''") : QLatin1String(" IS NOT ''"));
        return true;
    }
    if (op == QLatin1String("like")) {
        out.sql = expr + QLatin1String(" GLOB ?");
        out.bindings << globPattern(value.text);
        return true;
    }
    if (op == QLatin1String("ilike")) {
        out.sql = ilikeSql(expr);
        out.bindings << likePattern(value.text, true);
        return true;
    }
    QVariant bound;
    if (!bindValue(*rule, value, term, bound))
        return false;
    static const QHash<QString, QString> sqlOperators { { QStringLiteral("eq"), QStringLiteral("=") },
        { QStringLiteral("ne"), QStringLiteral("IS NOT") }, { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("ge"), QStringLiteral(">=") }, { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("le"), QStringLiteral("<=") } };
    // ne uses IS NOT so that rows without the field match, as Django's ~Q(field=value) does.
    out.sql = QStringLiteral("%1 %2 ?").arg(expr, sqlOperators.value(op));
    out.bindings << bound;
    return true;
}

bool Parser::bindValue(const FieldRule &rule, const Value &value, const QString &term, QVariant &out)
{
    if (value.kind == Value::Kind::Empty) {
        out = QString(QLatin1String(""));
        return true;
    }
    switch (rule.type) {
    case FieldType::Number: {
        bool ok = false;
        const double number = QLocale::c().toDouble(value.text, &ok);
        if (!ok)
            return failPlain(
                QStringLiteral("'%1' is not a number (field '%2' is numeric), in %3").arg(value.text, rule.name, term));
        out = number;
        return true;
    }
    case FieldType::Boolean: {
        // json_extract() returns JSON true/false as 1/0.
        const QString text = value.text.toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            out = 1;
        else if (text == QLatin1String("false") || text == QLatin1String("0"))
            out = 0;
        else
            return failPlain(QStringLiteral("'%1' is not true or false (field '%2' is boolean), in %3")
                                 .arg(value.text, rule.name, term));
        return true;
    }
    case FieldType::Text: break;
    }
    out = value.text;
    return true;
}

bool Parser::setPaging(const QString &name, const QString &value, qsizetype pos)
{
    const bool isLimit = name == QLatin1String("limit");
    bool &seen = isLimit ? m_haveLimit : m_haveOffset;
    if (seen)
        return fail(pos, QStringLiteral("%1 given more than once").arg(name));
    seen = true;
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok)
        return fail(pos, QStringLiteral("%1 must be a whole number, not '%2'").arg(name, value));
    if (number < 0)
        return fail(pos, QStringLiteral("%1 must not be negative").arg(name));
    if (isLimit)
        m_query.limit = std::min(number, kMaxLimit);
    else
        m_query.offset = number;
    return true;
}

bool Parser::setOrdering(const QStringList &items, const QString &term)
{
    if (m_haveOrdering)
        return failPlain(QStringLiteral("ordering given more than once, in %1").arg(term));
    m_haveOrdering = true;
    QStringList parts;
    bool hasId = false;
    for (const QString &raw : items) {
        QString name = raw.trimmed();
        const bool descending = name.startsWith(u'-');
        if (descending || name.startsWith(u'+'))
            name.remove(0, 1);
        if (name.isEmpty())
            return failPlain(QStringLiteral("empty field name in %1").arg(term));
        const FieldRule *rule = m_schema.field(name);
        if (!rule)
            return failPlain(QStringLiteral("unknown field '%1' in %2").arg(name, term));
        if (!rule->ordering)
            return failPlain(QStringLiteral("ordering by '%1' is not allowed, in %2").arg(name, term));
        const QString path = dottedPath(name);
        const QString expr = sqlExpression(path, m_column);
        if (expr.isEmpty())
            return failPlain(QStringLiteral("invalid field name '%1' in %2").arg(name, term));
        hasId = hasId || path == QLatin1String("id");
        parts << QString(expr + (descending ? QLatin1String(" DESC") : QLatin1String(" ASC")));
    }
    if (!hasId) // tie-break so that offset paging never skips or repeats rows with equal keys
        parts << QString(sqlExpression(QStringLiteral("id"), m_column) + QLatin1String(" ASC"));
    m_query.orderBy = parts.join(QLatin1String(", "));
    return true;
}

bool Parser::addSelect(const QStringList &items, const QString &term)
{
    for (const QString &item : items) {
        const bool exclude = item.startsWith(u'-');
        const QString path = dottedPath(exclude || item.startsWith(u'+') ? item.mid(1) : item);
        if (!isValidPath(path))
            return failPlain(QStringLiteral("invalid field name '%1' in %2").arg(item, term));
        (exclude ? m_query.selectExclude : m_query.selectInclude) << path;
    }
    return true;
}

void Parser::addSearch(const QString &term)
{
    const QList<FieldRule> fields = m_schema.searchFields();
    if (term.isEmpty() || fields.isEmpty())
        return; // the endpoint does not support search: ignored, as the server does
    QStringList seen;
    QStringList parts;
    const QString pattern = QLatin1Char('%') + likePattern(term, false) + QLatin1Char('%');
    for (const FieldRule &field : fields) {
        const QString path = dottedPath(field.name);
        const QString expr = sqlExpression(path, m_column);
        if (seen.contains(path) || expr.isEmpty())
            continue;
        seen << path;
        parts << ilikeSql(expr);
        m_query.bindings << pattern;
    }
    if (!parts.isEmpty())
        m_where << QString(QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')'));
}

// --- select() helpers ---------------------------------------------------------------------------------

QJsonValue removePath(const QJsonValue &value, const QStringList &segments)
{
    if (value.isArray()) { // select(-items.params) applies to every element
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = removePath(array.at(i), segments);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    const QString &key = segments.first();
    if (segments.size() == 1)
        object.remove(key);
    else if (object.contains(key))
        object.insert(key, removePath(object.value(key), segments.mid(1)));
    return object;
}

} // namespace

// --- CollectionSchema -----------------------------------------------------------------------------------

CollectionSchema CollectionSchema::forPath(const QString &specPath)
{
    CollectionSchema schema;
    const QJsonObject fields = filtersResource().value(specPath).toObject().value(QLatin1String("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        schema.m_fields.insert(it.key(), ruleFromJson(it.key(), it.value().toObject()));
    return schema;
}

void CollectionSchema::addField(const FieldRule &rule)
{
    m_fields.insert(rule.name, rule);
}

const FieldRule *CollectionSchema::field(const QString &name) const
{
    // The spec lists some fields in one spelling only; try the name as given, then the other spelling.
    for (const QString &candidate : { name, dottedPath(name), QString(name).replace(u'.', QLatin1String("__")) }) {
        const auto it = m_fields.constFind(candidate);
        if (it != m_fields.constEnd())
            return &it.value();
    }
    return nullptr;
}

QList<FieldRule> CollectionSchema::searchFields() const
{
    QList<FieldRule> result;
    for (const FieldRule &rule : m_fields) {
        if (rule.search)
            result << rule;
    }
    std::sort(result.begin(), result.end(), [](const FieldRule &a, const FieldRule &b) { return a.name < b.name; });
    return result;
}

QStringList CollectionSchema::hiddenByDefault() const
{
    QStringList result;
    for (const FieldRule &rule : m_fields) {
        if (rule.hiddenByDefault)
            result << dottedPath(rule.name);
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

bool CollectionSchema::isEmpty() const
{
    return m_fields.isEmpty();
}

// --- free functions -------------------------------------------------------------------------------------

cv::core::Result<CompiledQuery, RqlError> compile(const QByteArray &rawQuery, const CollectionSchema &schema,
    const QString &jsonColumn, const QStringList &ignoredParams)
{
    if (!isValidColumn(jsonColumn))
        return RqlError { QStringLiteral("invalid JSON column name '%1'").arg(jsonColumn) };
    // fromPercentEncoding leaves '+' alone: in RQL a '+' is literal (ordering(+a), +03:00 offsets).
    QByteArray raw = rawQuery;
    raw.replace("%26", QString(QChar(kEncodedAmpersand)).toUtf8());
    Parser parser(QString::fromUtf8(QByteArray::fromPercentEncoding(raw)), schema, jsonColumn, ignoredParams);
    if (!parser.run())
        return parser.error();
    return parser.query();
}

QJsonObject applySelect(const QJsonObject &object, const QStringList &include, const QStringList &exclude,
    const QStringList &hiddenByDefault)
{
    // django-rql (what Connect runs): the default set is every field but the hidden ones; select(a) adds a
    // (only a hidden field needs adding) and select(-a) removes a. A positive select never projects.
    QJsonObject result = object;
    for (const QString &hidden : hiddenByDefault) {
        // A hidden field stays when select() names it or something inside it.
        const bool wanted = std::any_of(include.cbegin(), include.cend(), [&hidden](const QString &path) {
            const QString dotted = dottedPath(path);
            return dotted == hidden || dotted.startsWith(hidden + QLatin1Char('.'));
        });
        if (!wanted && isValidPath(hidden))
            result = removePath(result, hidden.split(u'.')).toObject();
    }
    for (const QString &path : exclude) {
        if (isValidPath(dottedPath(path)))
            result = removePath(result, dottedPath(path).split(u'.')).toObject();
    }
    return result;
}

QString sqlExpression(const QString &field, const QString &jsonColumn)
{
    const QString path = dottedPath(field);
    if (!isValidPath(path) || !isValidColumn(jsonColumn))
        return {};
    return QStringLiteral("json_extract(%1, '$.%2')").arg(jsonColumn, path);
}

} // namespace cv::sandbox::rql
