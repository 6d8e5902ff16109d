#pragma once

#include "app/api/rql.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cv::api {

/// A whole collection query: filters (ANDed), ordering, projection and search; paging is added per page by
/// toQueryString(). A value type.
class RqlQuery final
{
public:
    RqlQuery() = default;
    explicit RqlQuery(const Rql &filter) { this->filter(filter); }

    /// Adds a filter; all filters are ANDed. Blank filters are ignored.
    RqlQuery &filter(const Rql &rql);
    /// ordering(+a,-b): "-" descending; a bare name is ascending. Replaces any earlier ordering.
    RqlQuery &orderBy(const QStringList &fields);
    /// select(a,-b): "-" removes a field (or adds a hidden-by-default one without it). Replaces any earlier select.
    RqlQuery &select(const QStringList &fields);
    /// search=<term> on endpoints that support it (free text, not RQL).
    RqlQuery &search(const QString &term);

    Rql combinedFilter() const { return Rql::and_(m_filters); }
    const QStringList &ordering() const { return m_ordering; }
    const QStringList &selection() const { return m_select; }
    const QString &searchTerm() const { return m_search; }

    bool isValid() const { return errorString().isEmpty(); }
    QString errorString() const;

    /// The query string for one page, without the leading '?', fully percent-encoded ('+' as %2B) while the RQL
    /// structure ( ) , = & stays readable: "select(id)&and(eq(status,draft),ilike(name,%22%2Agold%2A%22))
    /// &ordering(%2Bname)&limit=100&offset=0". A negative limit or offset leaves that parameter out.
    QString toQueryString(int limit, int offset) const;
    /// The same in readable (decoded) form, for logs and tests.
    QString toDisplayString(int limit, int offset) const;

private:
    QString build(int limit, int offset, bool encoded) const;

    QList<Rql> m_filters;
    QStringList m_ordering;
    QStringList m_select;
    QString m_search;
};

} // namespace cv::api
