#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cv::store {

class CacheDatabase;

/// What the command palette finds (issue 18 point 5), in the order the palette lists the kinds.
enum class SearchKind { Request, Customer, Product, Asset, Listing, Agreement, Case, Token };
inline constexpr int SearchKindCount = int(SearchKind::Token) + 1;

/// One object found: raw values from the cache (the UI words them).
struct SearchHit
{
    /// How the text matched, best first: the exact id, the start of the id, the start of a name, a part of one.
    enum class Match { ExactId, IdPrefix, NamePrefix, Contains };

    SearchKind kind = SearchKind::Request;
    Match match = Match::Contains;
    QString id;
    QString title; ///< e.g. a request's customer, a product's name, a case's subject
    QString detail; ///< e.g. a request's product, a customer's e-mail
    QString status; ///< raw status/state ("pending", "listed"); "" where the kind has none
    QString type; ///< raw type ("purchase"; an agreement's type); "" where the kind has none
};

/// The customers' e-mail addresses, read from the cache in one pass and searched in memory: no index holds them
/// (they are inside the tier accounts' JSON, and the schema is not this file's to change), and reading 30,000
/// customers' JSON on every key would take longer than the palette may. Read again after a sync (clear(), then
/// load() on the next e-mail searched).
class CustomerEmails final
{
public:
    bool isLoaded() const { return m_loaded; }
    void load(CacheDatabase &db);
    void clear();
    /// Ids of the customers whose address contains `text` (any case), at most `limit`.
    QStringList idsContaining(const QString &text, int limit) const;

private:
    QList<QPair<QString, QString>> m_entries; ///< (address in lower case, customer id)
    bool m_loaded = false;
};

/// Finds cached objects of every kind by id, name or e-mail, for the command palette: one small indexed look-up
/// per kind and way of matching, each with a limit, so a search stays within milliseconds at 100,000 requests
/// (packaging/bench-palette.sh). Requests go through the FTS5 trigram index of schema v4 (3 characters or more)
/// or prefix ranges of their indexed columns (1-2 characters); the other collections through their indexed
/// name columns (covering index scans) and primary keys. The user's text is always bound, never spliced: LIKE
/// wildcards are escaped, FTS5 syntax quoted. Tombstones are never found.
///
/// Kept in its own file on purpose (the schema is changed by others; this reads the v4 columns and index
/// names, and falls back to unhinted queries when an index named here is missing).
class GlobalSearch final
{
public:
    explicit GlobalSearch(CacheDatabase &db);

    /// At most `perKind` hits of each kind for `text` (trimmed; "" finds nothing), ordered by match (an exact
    /// id first), then by kind, then newest first. An exact id finds that object and ids starting with it only.
    /// `emails` (loaded) answers e-mails without reading the customers' JSON.
    QList<SearchHit> search(const QString &text, int perKind = 5, const CustomerEmails *emails = nullptr) const;

    /// The collection (table) of a kind: "requests", "tier_accounts", ...
    static QString collectionOf(SearchKind kind);

private:
    CacheDatabase &m_db;
};

} // namespace cv::store
