#include "app/api/rqlquery.h"

namespace cv::api {

namespace {

/// "+a" / "-a" / "a" with a valid field name.
bool isValidSignedField(const QString &item)
{
    const QString name = item.startsWith(u'+') || item.startsWith(u'-') ? item.mid(1) : item;
    return Rql::isValidField(name);
}

QString nameList(const QStringList &items, bool encoded)
{
    QStringList out;
    for (const QString &item : items)
        out << (encoded ? Rql::percentEncode(item) : item); // a '+' sign must reach the server as %2B, not a space
    return out.join(QLatin1Char(','));
}

} // namespace

RqlQuery &RqlQuery::filter(const Rql &rql)
{
    if (!rql.isBlank() || !rql.isValid())
        m_filters << rql;
    return *this;
}

RqlQuery &RqlQuery::orderBy(const QStringList &fields)
{
    m_ordering = fields;
    return *this;
}

RqlQuery &RqlQuery::select(const QStringList &fields)
{
    m_select = fields;
    return *this;
}

RqlQuery &RqlQuery::search(const QString &term)
{
    m_search = term;
    return *this;
}

QString RqlQuery::errorString() const
{
    const Rql filter = combinedFilter();
    if (!filter.isValid())
        return filter.errorString();
    for (const QString &item : m_ordering) {
        if (!isValidSignedField(item))
            return QStringLiteral("invalid field '%1' in ordering()").arg(item);
    }
    for (const QString &item : m_select) {
        if (!isValidSignedField(item))
            return QStringLiteral("invalid field '%1' in select()").arg(item);
    }
    return {};
}

QString RqlQuery::build(int limit, int offset, bool encoded) const
{
    // Same order as the official client: select, filter, ordering, then the plain parameters.
    QStringList parts;
    if (!m_select.isEmpty())
        parts << QLatin1String("select(") + nameList(m_select, encoded) + QLatin1Char(')');
    const Rql filter = combinedFilter();
    if (!filter.isBlank())
        parts << (encoded ? filter.toEncoded() : filter.toString());
    if (!m_ordering.isEmpty())
        parts << QLatin1String("ordering(") + nameList(m_ordering, encoded) + QLatin1Char(')');
    if (!m_search.isEmpty())
        parts << QLatin1String("search=") + (encoded ? Rql::percentEncode(m_search) : m_search);
    if (limit >= 0)
        parts << QLatin1String("limit=") + QString::number(limit);
    if (offset >= 0)
        parts << QLatin1String("offset=") + QString::number(offset);
    return parts.join(QLatin1Char('&'));
}

QString RqlQuery::toQueryString(int limit, int offset) const
{
    return build(limit, offset, true);
}

QString RqlQuery::toDisplayString(int limit, int offset) const
{
    return build(limit, offset, false);
}

} // namespace cv::api
