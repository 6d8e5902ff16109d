#pragma once

#include "models/common/cachedtablemodel.h"

#include <QDateTime>

#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The account's usage files from the cache (REFERENCE §3.21): name, product, marketplace, period, schema, status,
/// records, created. The status filter runs in SQLite (indexed column), the text search over the rows; a sync
/// updates the rows in place (CachedTableModel).
class UsageFilesModel final : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageFilesModel)

public:
    enum Column {
        NameColumn,
        IdColumn,
        ProductColumn,
        MarketplaceColumn,
        PeriodColumn,
        SchemaColumn,
        StatusColumn,
        RecordsColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit UsageFilesModel(QObject *parent = nullptr);
    void setRepository(store::ObjectRepository *objects);
    void reload();
    void setStatusFilter(const QString &status);
    void setFilterText(const QString &text);
    /// Words for the raw status, and dates (tr() lives in ui/).
    void setWording(std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date);

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_status, m_text;
    std::function<QString(const QString &)> m_word;
    std::function<QString(const QDateTime &)> m_date;
};

/// The usage records of one file (GET /usage/records?usage_file=<id>, synced): record id, item, asset, start,
/// end, quantity, amount, status. Filtered in SQLite by the file's id.
class UsageRecordsModel final : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageRecordsModel)

public:
    enum Column {
        RecordColumn,
        ItemColumn,
        AssetColumn,
        StartColumn,
        EndColumn,
        QuantityColumn,
        AmountColumn,
        StatusColumn,
        ColumnCount
    };

    explicit UsageRecordsModel(QObject *parent = nullptr);
    void setRepository(store::ObjectRepository *objects);
    void setFile(const QString &fileId);
    QString fileId() const { return m_file; }
    void reload();
    void setWording(std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date);

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_file;
    std::function<QString(const QString &)> m_word;
    std::function<QString(const QDateTime &)> m_date;
};

} // namespace cv::models
