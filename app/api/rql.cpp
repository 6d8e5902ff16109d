#include "app/api/rql.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace cv::api {

namespace {

/// Characters RQL takes bare in a value (REFERENCE §2.2, lib-rql grammar), minus the space: a bare space is legal
/// but servers trim around separators, so such values are quoted for safety.
bool isBareChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.'
        || u == u':' || u == u'@' || u == u'+' || u == u'*' || u == u'-';
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(seconds) / 60;
    return sign
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// --- RqlValue -------------------------------------------------------------------------------------------

RqlValue::RqlValue(Raw, const QString &text)
    : m_text(text)
    , m_encoded(Rql::percentEncode(text))
{ }

RqlValue RqlValue::fromText(const QString &text)
{
    const bool bare = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isBareChar);
    if (bare)
        return RqlValue(Raw {}, text);
    const bool hasDouble = text.contains(u'"');
    const bool hasSingle = text.contains(u'\'');
    if (hasDouble && hasSingle) {
        RqlValue value(Raw {}, QLatin1Char('"') + text + QLatin1Char('"'));
        value.m_error = QStringLiteral("the value %1 contains both ' and \", which RQL cannot quote").arg(text);
        return value;
    }
    const QChar quote = hasDouble ? u'\'' : u'"';
    return RqlValue(Raw {}, quote + text + quote);
}

RqlValue::RqlValue(const QString &text)
    : RqlValue(fromText(text))
{ }

RqlValue::RqlValue(bool value)
    : RqlValue(Raw {}, value ? QStringLiteral("true") : QStringLiteral("false"))
{ }

RqlValue::RqlValue(int value)
    : RqlValue(Raw {}, QString::number(value))
{ }

RqlValue::RqlValue(qint64 value)
    : RqlValue(Raw {}, QString::number(value))
{ }

RqlValue::RqlValue(double value)
    : RqlValue(Raw {}, QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest))
{ }

RqlValue::RqlValue(const QDateTime &value)
    : RqlValue(Raw {},
        value.toString(
            value.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + offsetText(value.offsetFromUtc()))
{
    if (!value.isValid())
        m_error = QStringLiteral("invalid date-time");
}

RqlValue::RqlValue(const QDate &value)
    : RqlValue(Raw {}, value.toString(Qt::ISODate))
{
    if (!value.isValid())
        m_error = QStringLiteral("invalid date");
}

RqlValue RqlValue::null()
{
    return RqlValue(Raw {}, QStringLiteral("null()"));
}

RqlValue RqlValue::empty()
{
    return RqlValue(Raw {}, QStringLiteral("empty()"));
}

// --- Rql ------------------------------------------------------------------------------------------------

bool Rql::isValidField(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return pattern.match(field).hasMatch();
}

QString Rql::percentEncode(const QString &text)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set (A-Z a-z 0-9 - . _ ~) bare.
    return QString::fromLatin1(text.toUtf8().toPercentEncoding());
}

Rql Rql::invalid(const QString &error)
{
    Rql rql;
    rql.m_error = error;
    return rql;
}

Rql Rql::comparison(const QString &op, const QString &field, const RqlValue &value)
{
    if (!isValidField(field))
        return invalid(QStringLiteral("invalid field name '%1' in %2()").arg(field, op));
    Rql rql;
    rql.m_text = op + QLatin1Char('(') + field + QLatin1Char(',') + value.text() + QLatin1Char(')');
    // null() and empty() are RQL syntax, not data: their parentheses stay bare like the rest of the structure.
    const bool constant = value.text() == QLatin1String("null()") || value.text() == QLatin1String("empty()");
    rql.m_encoded = op + QLatin1Char('(') + field + QLatin1Char(',') + (constant ? value.text() : value.encoded())
        + QLatin1Char(')');
    if (!value.isValid())
        rql.m_error = value.errorString() + QStringLiteral(" in %1()").arg(op);
    return rql;
}

Rql Rql::list(const QString &op, const QString &field, const QStringList &values)
{
    if (!isValidField(field))
        return invalid(QStringLiteral("invalid field name '%1' in %2()").arg(field, op));
    QStringList texts;
    QStringList encoded;
    QString error;
    for (const QString &text : values) {
        const RqlValue value(text);
        texts << value.text();
        encoded << value.encoded();
        if (!value.isValid() && error.isEmpty())
            error = value.errorString() + QStringLiteral(" in %1()").arg(op);
    }
    Rql rql;
    rql.m_text
        = op + QLatin1Char('(') + field + QLatin1String(",(") + texts.join(QLatin1Char(',')) + QLatin1String("))");
    rql.m_encoded
        = op + QLatin1Char('(') + field + QLatin1String(",(") + encoded.join(QLatin1Char(',')) + QLatin1String("))");
    rql.m_error = error;
    if (values.isEmpty() && error.isEmpty())
        rql.m_error = QStringLiteral("%1() on '%2' needs at least one value").arg(op, field);
    return rql;
}

Rql Rql::logical(const QString &op, const QList<Rql> &terms)
{
    QList<Rql> members;
    for (const Rql &term : terms) {
        if (!term.isValid())
            return invalid(term.errorString());
        if (!term.isBlank())
            members << term;
    }
    if (members.isEmpty())
        return {};
    if (members.size() == 1)
        return members.first();
    QStringList texts;
    QStringList encoded;
    for (const Rql &term : std::as_const(members)) {
        texts << term.m_text;
        encoded << term.m_encoded;
    }
    Rql rql;
    rql.m_text = op + QLatin1Char('(') + texts.join(QLatin1Char(',')) + QLatin1Char(')');
    rql.m_encoded = op + QLatin1Char('(') + encoded.join(QLatin1Char(',')) + QLatin1Char(')');
    return rql;
}

Rql Rql::eq(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("eq"), field, value);
}
Rql Rql::ne(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("ne"), field, value);
}
Rql Rql::gt(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("gt"), field, value);
}
Rql Rql::ge(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("ge"), field, value);
}
Rql Rql::lt(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("lt"), field, value);
}
Rql Rql::le(const QString &field, const RqlValue &value)
{
    return comparison(QStringLiteral("le"), field, value);
}
Rql Rql::like(const QString &field, const RqlValue &pattern)
{
    return comparison(QStringLiteral("like"), field, pattern);
}
Rql Rql::ilike(const QString &field, const RqlValue &pattern)
{
    return comparison(QStringLiteral("ilike"), field, pattern);
}
Rql Rql::in(const QString &field, const QStringList &values)
{
    return list(QStringLiteral("in"), field, values);
}
Rql Rql::out(const QString &field, const QStringList &values)
{
    return list(QStringLiteral("out"), field, values);
}
Rql Rql::isNull(const QString &field)
{
    return eq(field, RqlValue::null());
}
Rql Rql::notNull(const QString &field)
{
    return ne(field, RqlValue::null());
}
Rql Rql::isEmpty(const QString &field)
{
    return eq(field, RqlValue::empty());
}
Rql Rql::notEmpty(const QString &field)
{
    return ne(field, RqlValue::empty());
}
Rql Rql::and_(const QList<Rql> &terms)
{
    return logical(QStringLiteral("and"), terms);
}
Rql Rql::or_(const QList<Rql> &terms)
{
    return logical(QStringLiteral("or"), terms);
}

Rql Rql::not_(const Rql &term)
{
    if (!term.isValid() || term.isBlank())
        return term.isValid() ? invalid(QStringLiteral("not() of a blank filter")) : term;
    Rql rql;
    rql.m_text = QLatin1String("not(") + term.m_text + QLatin1Char(')');
    rql.m_encoded = QLatin1String("not(") + term.m_encoded + QLatin1Char(')');
    return rql;
}

} // namespace cv::api
