#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::api {

/// One value on the right-hand side of an RQL comparison, already in RQL text form. Implicit constructors on
/// purpose: Rql::eq(QStringLiteral("status"), true) reads better than wrapping every value.
class RqlValue final
{
public:
    RqlValue(const QString &text); // NOLINT(google-explicit-constructor): a value wrapper, see above
    RqlValue(bool value); // NOLINT(google-explicit-constructor)
    RqlValue(int value); // NOLINT(google-explicit-constructor)
    RqlValue(qint64 value); // NOLINT(google-explicit-constructor)
    RqlValue(double value); // NOLINT(google-explicit-constructor)
    /// ISO-8601 with an explicit offset: "2024-05-01T00:00:00+00:00" (milliseconds only when not zero).
    RqlValue(const QDateTime &value); // NOLINT(google-explicit-constructor)
    RqlValue(const QDate &value); // NOLINT(google-explicit-constructor)
    // A string literal would silently become `bool`; with QT_NO_CAST_FROM_ASCII say QStringLiteral("...").
    RqlValue(const char *) = delete;

    /// The RQL constants null() and empty().
    static RqlValue null();
    static RqlValue empty();

    /// Value as written in the query, quoted when needed ("\"Plan, Basic\"").
    const QString &text() const { return m_text; }
    /// The same, percent-encoded for a URL query (RFC 3986 unreserved characters stay as they are).
    const QString &encoded() const { return m_encoded; }
    bool isValid() const { return m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }

private:
    struct Raw
    {
    };
    RqlValue(Raw, const QString &text);
    static RqlValue fromText(const QString &text);

    QString m_text;
    QString m_encoded;
    QString m_error;
};

/// A typed RQL filter expression (REFERENCE §2.2), a value type. Built with the static functions, combined with
/// and_/or_/not_, serialised by toString() for reading and toEncoded() for a URL.
///
/// Quoting: a text value made only of [A-Za-z0-9_.:@+*-] is written bare; anything else (spaces included - the
/// grammar allows them bare, but trimming makes that fragile) is quoted. RQL has no escape inside quotes (lib-rql's
/// grammar and connect-sandbox both end a quoted value at the next matching quote), so a value with a double quote
/// is written in single quotes, and a value with both kinds cannot be expressed: the Rql is then invalid
/// (isValid() false, errorString() says why) and ApiClient refuses to send it (Kind::InvalidRequest).
class Rql final
{
public:
    Rql() = default; ///< the blank filter (matches everything; isBlank())

    static Rql eq(const QString &field, const RqlValue &value);
    static Rql ne(const QString &field, const RqlValue &value);
    static Rql gt(const QString &field, const RqlValue &value);
    static Rql ge(const QString &field, const RqlValue &value);
    static Rql lt(const QString &field, const RqlValue &value);
    static Rql le(const QString &field, const RqlValue &value);
    /// `*` is the wildcard: like(name,*Gold*) (case-sensitive), ilike(...) (case-insensitive).
    static Rql like(const QString &field, const RqlValue &pattern);
    static Rql ilike(const QString &field, const RqlValue &pattern);
    static Rql in(const QString &field, const QStringList &values);
    static Rql out(const QString &field, const QStringList &values);
    static Rql isNull(const QString &field); ///< eq(field,null())
    static Rql notNull(const QString &field); ///< ne(field,null())
    static Rql isEmpty(const QString &field); ///< eq(field,empty())
    static Rql notEmpty(const QString &field); ///< ne(field,empty())
    /// Empty members are skipped; one member is returned as it is; none gives the blank filter.
    static Rql and_(const QList<Rql> &terms);
    static Rql or_(const QList<Rql> &terms);
    static Rql not_(const Rql &term);

    /// The blank filter (default-constructed, or and_/or_ of nothing): adds nothing to a query.
    bool isBlank() const { return m_text.isEmpty() && m_error.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    /// The first problem found (bad field name, unquotable value), naming the term.
    const QString &errorString() const { return m_error; }

    /// Readable form: and(eq(status,draft),ilike(name,"*gold plan*"))
    QString toString() const { return m_text; }
    /// For a URL query: structure ( ) , as is, values percent-encoded (a '+' becomes %2B, a space %20).
    QString toEncoded() const { return m_encoded; }

    bool operator==(const Rql &other) const { return m_text == other.m_text && m_error == other.m_error; }

    /// Whether `field` is an RQL property name: [A-Za-z][A-Za-z0-9_.-]*.
    static bool isValidField(const QString &field);
    /// Percent-encodes `text` (UTF-8) leaving only RFC 3986 unreserved characters bare.
    static QString percentEncode(const QString &text);

private:
    static Rql comparison(const QString &op, const QString &field, const RqlValue &value);
    static Rql list(const QString &op, const QString &field, const QStringList &values);
    static Rql logical(const QString &op, const QList<Rql> &terms);
    static Rql invalid(const QString &error);

    QString m_text;
    QString m_encoded;
    QString m_error;
};

} // namespace cv::api
