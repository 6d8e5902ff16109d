#pragma once

#include "app/core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace cv::sandbox::rql {
struct CompiledQuery;
}

namespace cv::sandbox {

/// One page of a collection and the collection's total under the same filter.
struct Page
{
    QList<QJsonObject> objects;
    QList<QByteArray> texts; ///< instead of objects when asked for the stored JSON text as is
    qint64 total = 0;
};

/// The sandbox's data: one SQLite file holding every object as its whole JSON, keyed by kind and id,
/// with the parent id for sub-collections (items of a product, messages of a conversation).
/// Filters and orderings compile to SQL over json_extract(), backed by expression indexes on the hot
/// fields of big collections (requests, assets), so nothing is filtered in memory.
/// WAL + synchronous=NORMAL: a killed process loses nothing that was committed.
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    SandboxStore();
    ~SandboxStore();

    /// Opens (creating if needed) the database file. Returns an error text naming the file on failure.
    core::Result<bool, QString> open(const QString &filePath);
    QString filePath() const { return m_filePath; }
    QSqlDatabase database() const;

    std::optional<QJsonObject> get(const QString &kind, const QString &id) const;
    /// Inserts or replaces the object. The key is its "id" field unless `key` is given (the JSON
    /// loader keeps objects whose ids repeat in one file under distinct keys, to serve them back as given).
    bool put(const QString &kind, const QJsonObject &object, const QString &parent = {}, const QString &key = {});
    bool remove(const QString &kind, const QString &id);
    /// Every object of `kind` under `parent` matching `query` (where/order/limit/offset).
    /// `asText`: the page's objects as their stored JSON text (Page::texts), not parsed: a listing shown as
    /// stored is served without decoding and encoding every object again.
    core::Result<Page, QString> list(
        const QString &kind, const QString &parent, const rql::CompiledQuery &query, bool asText = false) const;
    /// All objects of a kind under a parent (sub-collections are small), in insertion order.
    QList<QJsonObject> all(const QString &kind, const QString &parent = {}) const;
    qint64 count(const QString &kind, const QString &parent = {}) const;
    /// Objects of `kind` whose JSON field `path` (dotted) equals `value`.
    QList<QJsonObject> findBy(
        const QString &kind, const QString &path, const QString &value, const QString &parent = {}) const;

    bool putBlob(const QString &key, const QByteArray &contentType, const QByteArray &data);
    std::optional<std::pair<QByteArray, QByteArray>> blob(const QString &key) const; ///< content type, data

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    /// A fresh id from `pattern`, where each '#' is a random digit, unique within `kind`.
    QString newId(const QString &kind, const QString &pattern);
    /// The next value of a named counter (1, 2, ...), persisted.
    qint64 nextCounter(const QString &name);

    bool transaction();
    bool commit();
    void rollback();

private:
    bool migrate();
    bool exec(const QString &sql) const;
    /// Any write may move rows: the paging memo below no longer holds.
    void changed() { ++m_generation; }

    /// Keyset paging behind limit/offset (issue 12): a listing in the default order (pk) remembers, per
    /// filter, the total and the pk of the last row of each page served, so the next page reads `pk > last`
    /// from the index instead of stepping over `offset` rows, and does not count again. Valid only while
    /// nothing was written (m_generation); otherwise the plain OFFSET query runs.
    struct PagingMemo
    {
        quint64 generation = 0;
        qint64 total = 0;
        QHash<qint64, qint64> lastPkBefore; ///< offset of a page -> pk of the row just before it
    };
    mutable QHash<QString, PagingMemo> m_paging;
    quint64 m_generation = 1;

    QString m_connectionName;
    QString m_filePath;
};

} // namespace cv::sandbox
