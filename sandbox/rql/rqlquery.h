#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// RQL (Resource Query Language, cloudblue/lib-rql) compiled to SQLite SQL for connect-sandbox. Rows are
// stored as JSON documents; every filter becomes an expression over json_extract() with '?' bindings, so the
// database does all filtering and paging and no value is ever spliced into SQL text.
namespace cv::sandbox::rql {

enum class FieldType { Text, Number, Boolean };

struct FieldRule
{
    QString name; ///< dotted ("asset.product.id") or Django style ("asset__product__id")
    QStringList lookups; ///< eq ne gt ge lt le like ilike in out null
    bool ordering = false; ///< usable in ordering()
    bool search = false; ///< matched by search=
    FieldType type = FieldType::Text;
    bool hiddenByDefault = false; ///< projection field the server omits unless select() names it
};

/// The filterable fields of one collection (from :/sandbox/filters.json, plus fields the sandbox adds).
class CollectionSchema final
{
public:
    /// Loads the rules of `specPath` (e.g. "/requests", "/products/{product_product_id}/items").
    /// Unknown path -> empty schema (every field unknown). The JSON resource is parsed once and cached.
    static CollectionSchema forPath(const QString &specPath);

    void addField(const FieldRule &rule); // add or replace
    /// Accepts dotted or a__b form; nullptr if unknown. The pointer is valid until the schema is changed.
    const FieldRule *field(const QString &name) const;
    QList<FieldRule> searchFields() const; // sorted by name, so the generated SQL is deterministic
    /// Dotted paths of the fields the server leaves out unless select() asks for them.
    QStringList hiddenByDefault() const;
    bool isEmpty() const;

private:
    QHash<QString, FieldRule> m_fields; // keyed by FieldRule::name exactly as given
};

struct CompiledQuery
{
    QString where = QStringLiteral("1"); // SQL boolean expression over json_extract(<jsonColumn>, '$.a.b') etc.
    QVariantList bindings; // values for the '?' placeholders in `where`, in order
    QString orderBy; // e.g. "json_extract(json, '$.created') DESC, json_extract(json, '$.id') ASC"
    QStringList selectInclude; // select(a,b)
    QStringList selectExclude; // select(-a)
    int limit = 100; // default 100; values above 1000 clipped to 1000; negative -> error
    int offset = 0;
};

struct RqlError
{
    QString message; // says what and where, e.g. "unknown field 'foo' in eq(foo,1)"
};

/// `rawQuery` is the URL's query string exactly as received (percent-encoded, e.g. QUrl::query(QUrl::FullyEncoded)).
/// `ignoredParams` are plain key=value parameters the endpoint handles itself (e.g. "format", "code"); they are
/// skipped. Top-level `&` separates parameters, each one a conjunct; inside a parameter or a group, `,`/`&` (and)
/// and `|` (or) may not be mixed without parentheses, so no precedence rule has to be guessed.
cv::core::Result<CompiledQuery, RqlError> compile(const QByteArray &rawQuery, const CollectionSchema &schema,
    const QString &jsonColumn = QStringLiteral("json"), const QStringList &ignoredParams = {});

/// Connect's (django-rql's) select() semantics: the object keeps its default fields, i.e. all but the
/// `hiddenByDefault` ones; `include` (select(a)) adds a hidden field it names (or names something inside);
/// `exclude` (select(-a)) removes dotted paths, inside arrays too. A positive select never removes a field.
QJsonObject applySelect(const QJsonObject &object, const QStringList &include, const QStringList &exclude,
    const QStringList &hiddenByDefault = {});

/// The SQL expression for a field path, e.g. json_extract(json, '$.asset.product.id'). Path segments are validated
/// against [A-Za-z][A-Za-z0-9_-]* so nothing can be injected; an invalid field or column gives an empty string.
/// Django-style names (asset__product__id) map to the dotted path.
QString sqlExpression(const QString &field, const QString &jsonColumn = QStringLiteral("json"));

} // namespace cv::sandbox::rql
