#pragma once

#include "models/common/collectiontablemodel.h"

namespace cv::models {

/// The account's usage files from the cache (REFERENCE §3.21): name, product, marketplace, period, schema, status,
/// records, created. The status filter runs in SQLite (indexed column), the text search over the rows; a sync
/// updates the rows in place (CachedTableModel).
class UsageFilesModel final : public CollectionTableModel
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
    void setStatusFilter(const QString &status) { setColumnFilter(QStringLiteral("status"), status); }

private:
    bool fillRow(const store::CachedObject &object, Row &row) const override;
};

/// The usage records of one file (GET /usage/records?usage_file=<id>, synced): record id, item, asset, start,
/// end, quantity, amount, status. Filtered in SQLite by the file's id.
class UsageRecordsModel final : public CollectionTableModel
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
    void setFile(const QString &fileId) { setColumnFilter(kFileColumn, fileId); }
    QString fileId() const { return columnFilter(kFileColumn); }

private:
    static inline const QString kFileColumn = QStringLiteral("usage_file_id");
    bool ready() const override { return !fileId().isEmpty(); }
    bool fillRow(const store::CachedObject &object, Row &row) const override;
};

} // namespace cv::models
