#include "app/store/globalsearch.h"

#include "app/store/cachedatabase.h"
#include "app/store/storeutil.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <QtDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cv::store {

namespace {

constexpr qsizetype kTrigram = 3; // the shortest text the FTS5 trigram index can look up

/// Where a kind lives and how it is found: its table, its id prefix, its indexed name columns (v4 indexes
/// "<table>_<column>") and the JSON paths its title and detail come from.
struct KindSpec
{
    SearchKind kind;
    QString table;
    QString idPrefix;
    QStringList nameColumns;
    QString titlePath, detailPath, statusPath, typePath;
};

const QList<KindSpec> &kindSpecs()
{
    static const QList<KindSpec> specs {
        { SearchKind::Request, u"requests"_s, u"PR-"_s, {}, {}, {}, {}, {} },
        { SearchKind::Customer, u"tier_accounts"_s, u"TA-"_s, { u"name"_s }, u"name"_s, u"contact_info.contact.email"_s,
            u"environment"_s, u"type"_s },
        { SearchKind::Product, u"products"_s, u"PRD-"_s, { u"name"_s }, u"name"_s, u"short_description"_s, u"status"_s,
            {} },
        { SearchKind::Asset, u"assets"_s, u"AS-"_s, { u"customer"_s }, u"tiers.customer.name"_s, u"product.name"_s,
            u"status"_s, {} },
        { SearchKind::Listing, u"listings"_s, u"LST-"_s, {}, u"product.name"_s, u"contract.marketplace.name"_s,
            u"status"_s, {} },
        { SearchKind::Agreement, u"agreements"_s, u"AGR-"_s, { u"name"_s }, u"name"_s, {}, {}, u"type"_s },
        { SearchKind::Case, u"cases"_s, u"CA-"_s, { u"subject"_s }, u"subject"_s, {}, u"state"_s, {} },
        { SearchKind::Token, u"tokens"_s, u"TK-"_s, { u"name"_s }, u"name"_s, {}, u"status"_s, {} },
    };
    return specs;
}

const KindSpec &specOf(SearchKind kind)
{
    return kindSpecs().at(int(kind));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

/// `text` as one FTS5 phrase: quoted, so no FTS syntax in it is interpreted.
QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + phrase + u"\""_s;
}

/// Every way of writing `text` in lower and upper case; for the 1-2 character prefix look-ups.
QStringList caseVariants(const QString &text)
{
    QStringList variants { QString() };
    for (const QChar c : text) {
        QStringList next;
        for (const QString &prefix : std::as_const(variants)) {
            next << prefix + c.toLower();
            if (c.toUpper() != c.toLower())
                next << prefix + c.toUpper();
        }
        variants = next;
    }
    return variants;
}

/// The first text after `prefix` in index order: the end of the range of texts starting with `prefix`.
QString rangeEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

QString valueAt(const QJsonObject &object, const QString &path)
{
    if (path.isEmpty())
        return {};
    QJsonValue value = object;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

/// Runs `sql`; an index named by INDEXED BY may be missing (the schema is someone else's to change): the same
/// query without the hint is slower but right.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        static const QRegularExpression hint(u" INDEXED BY \\w+"_s);
        if (!sql.contains(hint) || !query.prepare(QString(sql).remove(hint))) {
            qWarning("GlobalSearch: %s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("GlobalSearch: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

/// The hits of one kind, each id once with its best match.
class Found
{
public:
    void add(SearchHit hit)
    {
        const auto it = m_index.constFind(hit.id);
        if (it != m_index.constEnd()) {
            SearchHit &kept = m_hits[*it];
            if (int(hit.match) < int(kept.match))
                kept.match = hit.match;
            return;
        }
        m_index.insert(hit.id, m_hits.size());
        m_hits.append(std::move(hit));
    }
    qsizetype size() const { return m_hits.size(); }
    bool has(const QString &id) const { return m_index.contains(id); }
    /// The best `limit`, by match (stable: the order they were found in stays within a match).
    QList<SearchHit> best(int limit)
    {
        std::stable_sort(m_hits.begin(), m_hits.end(),
            [](const SearchHit &a, const SearchHit &b) { return int(a.match) < int(b.match); });
        return m_hits.mid(0, limit);
    }

private:
    QList<SearchHit> m_hits;
    QHash<QString, qsizetype> m_index;
};

/// How a name found by a LIKE or a range matched `text`.
SearchHit::Match nameMatch(const QString &name, const QString &text)
{
    return name.startsWith(text, Qt::CaseInsensitive) ? SearchHit::Match::NamePrefix : SearchHit::Match::Contains;
}

class Searcher
{
public:
    Searcher(CacheDatabase &db, const QString &text, int perKind, const CustomerEmails *emails)
        : m_query(db.db())
        , m_text(text)
        , m_upper(text.toUpper())
        , m_limit(perKind)
        , m_emails(emails)
    { }

    QList<SearchHit> run()
    {
        Found found[SearchKindCount];
        // An id typed whole: that object (and ids starting with it); no search by name then.
        bool exact = false;
        for (const KindSpec &spec : kindSpecs()) {
            exactId(spec, found[int(spec.kind)]);
            exact = exact || found[int(spec.kind)].size() > 0;
        }
        for (const KindSpec &spec : kindSpecs())
            idPrefix(spec, found[int(spec.kind)]);
        if (!exact) {
            // Customers before requests (an e-mail finds the requests of its customers), products before listings.
            names(specOf(SearchKind::Customer), found[int(SearchKind::Customer)]);
            requests(found[int(SearchKind::Request)]);
            for (const KindSpec &spec : kindSpecs()) {
                if (spec.kind != SearchKind::Request && spec.kind != SearchKind::Customer)
                    names(spec, found[int(spec.kind)]);
            }
        }
        QList<SearchHit> all;
        for (Found &ofKind : found)
            all << ofKind.best(m_limit);
        std::stable_sort(
            all.begin(), all.end(), [](const SearchHit &a, const SearchHit &b) { return int(a.match) < int(b.match); });
        return all;
    }

private:
    /// The text is (the start of) an id of `spec`'s kind: "PR-", "pr-1234".
    bool looksLikeIdOf(const KindSpec &spec) const { return m_upper.startsWith(spec.idPrefix); }

    // Requests: the columns the list shows are read as they are (no JSON parsed).
    static QString requestColumns() { return u"id, customer, product_name, status, type"_s; }

    void readRequests(Found &found, SearchHit::Match match, const QString &sql, const QVariantList &bindings,
        bool matchFromName = false)
    {
        if (!::cv::store::run(m_query, sql, bindings))
            return;
        while (m_query.next()) {
            SearchHit hit;
            hit.kind = SearchKind::Request;
            hit.id = m_query.value(0).toString();
            hit.title = m_query.value(1).toString();
            hit.detail = m_query.value(2).toString();
            hit.status = m_query.value(3).toString();
            hit.type = m_query.value(4).toString();
            hit.match = matchFromName ? nameMatch(hit.title, m_text) : match;
            found.add(std::move(hit));
        }
        m_query.finish();
    }

    void readObjects(const KindSpec &spec, Found &found, SearchHit::Match match, const QString &sql,
        const QVariantList &bindings, bool matchFromName = false)
    {
        if (!::cv::store::run(m_query, sql, bindings))
            return;
        while (m_query.next()) {
            const QJsonObject json = detail::objectFromText(m_query.value(1));
            SearchHit hit;
            hit.kind = spec.kind;
            hit.id = m_query.value(0).toString();
            hit.title = valueAt(json, spec.titlePath);
            hit.detail = valueAt(json, spec.detailPath);
            hit.status = valueAt(json, spec.statusPath);
            hit.type = valueAt(json, spec.typePath);
            hit.match = matchFromName ? nameMatch(hit.title, m_text) : match;
            found.add(std::move(hit));
        }
        m_query.finish();
    }

    void exactId(const KindSpec &spec, Found &found)
    {
        if (spec.kind == SearchKind::Request)
            readRequests(found, SearchHit::Match::ExactId,
                u"SELECT %1 FROM requests WHERE id IN (?, ?) AND deleted = 0"_s.arg(requestColumns()),
                { m_text, m_upper });
        else
            readObjects(spec, found, SearchHit::Match::ExactId,
                u"SELECT id, json FROM %1 WHERE id IN (?, ?) AND deleted = 0"_s.arg(spec.table), { m_text, m_upper });
    }

    /// Ids starting with the text, in id order: a range of the primary key.
    void idPrefix(const KindSpec &spec, Found &found)
    {
        if (!looksLikeIdOf(spec))
            return;
        if (spec.kind == SearchKind::Request)
            readRequests(found, SearchHit::Match::IdPrefix,
                u"SELECT %1 FROM requests INDEXED BY requests_live_id WHERE deleted = 0 AND id >= ? AND id < ? "
                "ORDER BY id LIMIT ?"_s.arg(requestColumns()),
                { m_upper, rangeEnd(m_upper), m_limit });
        else
            readObjects(spec, found, SearchHit::Match::IdPrefix,
                u"SELECT id, json FROM %1 WHERE id >= ? AND id < ? AND deleted = 0 ORDER BY id LIMIT ?"_s.arg(
                    spec.table),
                { m_upper, rangeEnd(m_upper), m_limit });
    }

    void requests(Found &found)
    {
        const QString columns = requestColumns();
        // The start of a request id already gave a page of ids: a part of ids would only add the same kind.
        const bool idsFound = looksLikeIdOf(specOf(SearchKind::Request)) && found.size() >= m_limit;
        if (m_text.size() >= kTrigram && !idsFound) {
            // The FTS5 trigram index: any part of the id, the customer's or the product's name, newest first. One
            // query without a column filter, so that a word in thousands of rows stops at the first few.
            readRequests(found, SearchHit::Match::Contains,
                u"SELECT r.id, r.customer, r.product_name, r.status, r.type FROM requests_search s JOIN requests r "
                "ON r.rowid = s.rowid WHERE requests_search MATCH ? AND r.deleted = 0 ORDER BY s.rowid DESC LIMIT ?"_s,
                { ftsPhrase(m_text), m_limit }, true);
        } else if (m_text.size() < kTrigram) {
            // Too short for trigrams: the customer or product name starts with it, any case; one range of each
            // column's index per way of writing it.
            for (const QString &variant : caseVariants(m_text)) {
                for (const char *column : { "customer", "product_name" }) {
                    readRequests(found, SearchHit::Match::NamePrefix,
                        u"SELECT %1 FROM requests INDEXED BY requests_live_%2 WHERE deleted = 0 AND %2 >= ? AND %2 < ? "
                        "LIMIT ?"_s.arg(columns, QLatin1String(column)),
                        { variant, rangeEnd(variant), m_limit });
                }
            }
        }
        // An e-mail: the requests of the customers with that address.
        for (const QString &customer : std::as_const(m_customersByEmail)) {
            if (found.size() >= m_limit * 2)
                break;
            readRequests(found, SearchHit::Match::Contains,
                u"SELECT %1 FROM requests INDEXED BY requests_live_customer WHERE deleted = 0 AND customer = ? "
                "ORDER BY rowid DESC LIMIT ?"_s.arg(columns),
                { customer, m_limit });
        }
    }

    /// A name column searched through its index alone (it holds the name and the rowid); rows are read for the
    /// hits only. Any part of the name for 3 characters or more, else its start; `prefixOnly` (a big table:
    /// assets): its start always, as a narrow range of the index.
    void nameColumn(const KindSpec &spec, const QString &column, Found &found, bool prefixOnly)
    {
        const QString &table = spec.table;
        const QString rows = u"SELECT id, json FROM %1 WHERE rowid IN (%2) AND deleted = 0"_s;
        if (m_text.size() >= kTrigram && !prefixOnly) {
            const QString inner
                = u"SELECT rowid FROM %1 INDEXED BY %1_%2 WHERE %2 LIKE ? ESCAPE '\\' LIMIT ?"_s.arg(table, column);
            readObjects(spec, found, SearchHit::Match::Contains, rows.arg(table, inner),
                { detail::likePattern(m_text), m_limit * 2 }, true);
            return;
        }
        // The first two characters in each case give ranges of the index; LIKE (case-blind for ASCII) checks the
        // rest of the start inside them.
        const QString head = m_text.left(2);
        QString pattern = m_text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString inner
            = u"SELECT rowid FROM %1 INDEXED BY %1_%2 WHERE %2 >= ? AND %2 < ? AND %2 LIKE ? ESCAPE '\\' "
              "LIMIT ?"_s.arg(table, column);
        for (const QString &variant : caseVariants(head))
            readObjects(spec, found, SearchHit::Match::NamePrefix, rows.arg(table, inner),
                { variant, rangeEnd(variant), QString(pattern + u'%'), m_limit * 2 }, true);
    }

    void names(const KindSpec &spec, Found &found)
    {
        for (const QString &column : spec.nameColumns) {
            if (found.size() >= m_limit * 2)
                break;
            nameColumn(spec, column, found, spec.kind == SearchKind::Asset);
        }
        if (spec.kind == SearchKind::Customer && m_text.contains(u'@'))
            customersByEmail(spec, found);
        if (spec.kind == SearchKind::Product)
            m_productIds = found.best(m_limit);
        if (spec.kind == SearchKind::Listing)
            listingsOfProducts(spec, found);
    }

    /// Customers by e-mail: from the addresses read once (CustomerEmails) when given, else from the customers'
    /// email column; only for a text with an '@'.
    void customersByEmail(const KindSpec &spec, Found &found)
    {
        Found byEmail;
        if (m_emails && m_emails->isLoaded()) {
            const QStringList ids = m_emails->idsContaining(m_text, m_limit);
            if (!ids.isEmpty()) {
                QVariantList bindings;
                for (const QString &id : ids)
                    bindings << id;
                readObjects(spec, byEmail, SearchHit::Match::Contains,
                    u"SELECT id, json FROM tier_accounts WHERE id IN (%1) AND deleted = 0"_s.arg(
                        placeholders(ids.size())),
                    bindings);
            }
        } else {
            readObjects(spec, byEmail, SearchHit::Match::Contains,
                u"SELECT id, json FROM tier_accounts WHERE deleted = 0 AND email LIKE ? ESCAPE '\\' LIMIT ?"_s,
                { detail::likePattern(m_text), m_limit });
        }
        for (SearchHit &hit : byEmail.best(m_limit)) {
            // The start of the address (or all of it) is as good as the start of a name: the customer comes before
            // the requests found through it.
            if (hit.detail.startsWith(m_text, Qt::CaseInsensitive))
                hit.match = SearchHit::Match::NamePrefix;
            if (!m_customersByEmail.contains(hit.title))
                m_customersByEmail << hit.title;
            found.add(hit);
        }
    }

    /// Listings have no name of their own: the listings of the products found by name.
    void listingsOfProducts(const KindSpec &spec, Found &found)
    {
        if (m_productIds.isEmpty())
            return;
        QVariantList ids;
        for (const SearchHit &product : std::as_const(m_productIds))
            ids << product.id;
        const QString sql = u"SELECT id, json FROM listings WHERE product_id IN (%1) AND deleted = 0 LIMIT ?"_s.arg(
            placeholders(ids.size()));
        ids << m_limit;
        readObjects(spec, found, SearchHit::Match::Contains, sql, ids, true);
    }

    QSqlQuery m_query;
    const QString m_text;
    const QString m_upper;
    const int m_limit;
    const CustomerEmails *m_emails;
    QStringList m_customersByEmail; ///< names of the customers found by e-mail (their requests follow)
    QList<SearchHit> m_productIds; ///< the products found (their listings follow)
};

} // namespace

GlobalSearch::GlobalSearch(CacheDatabase &db)
    : m_db(db)
{ }

QList<SearchHit> GlobalSearch::search(const QString &text, int perKind, const CustomerEmails *emails) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || perKind <= 0)
        return {};
    return Searcher(m_db, trimmed, perKind, emails).run();
}

void CustomerEmails::load(CacheDatabase &db)
{
    m_entries.clear();
    QSqlQuery query(db.db());
    if (::cv::store::run(query, u"SELECT id, email FROM tier_accounts WHERE deleted = 0"_s, {})) {
        while (query.next()) {
            const QString email = query.value(1).toString();
            if (!email.isEmpty())
                m_entries.append({ email.toLower(), query.value(0).toString() });
        }
    }
    m_loaded = true;
}

void CustomerEmails::clear()
{
    m_entries.clear();
    m_entries.squeeze();
    m_loaded = false;
}

QStringList CustomerEmails::idsContaining(const QString &text, int limit) const
{
    const QString lower = text.toLower();
    QStringList ids;
    for (const auto &[email, id] : m_entries) {
        if (email.contains(lower)) {
            ids << id;
            if (ids.size() >= limit)
                break;
        }
    }
    return ids;
}

QString GlobalSearch::collectionOf(SearchKind kind)
{
    return specOf(kind).table;
}

} // namespace cv::store
