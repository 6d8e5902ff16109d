#pragma once

#include "app/listings/listingrules.h"
#include "models/common/collectiontablemodel.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The account's listings from the cache: product, marketplace, status, contract, pending request, updated.
/// The status filter runs in SQLite (indexed column), the text filter over the rows.
class ListingsModel final : public CollectionTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsModel)

public:
    enum Column {
        ProductColumn,
        MarketplaceColumn,
        StatusColumn,
        ContractColumn,
        PendingColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ListingsModel(QObject *parent = nullptr);
    void setStatusFilter(const QString &status) { setColumnFilter(QStringLiteral("status"), status); }

private:
    bool fillRow(const store::CachedObject &object, Row &row) const override;
};

/// The account's listing requests from the cache: id, type (new/update/remove), product, marketplace, state,
/// updated. Type and state filters run in SQLite.
class ListingRequestsModel final : public CollectionTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingRequestsModel)

public:
    enum Column { IdColumn, TypeColumn, ProductColumn, MarketplaceColumn, StateColumn, UpdatedColumn, ColumnCount };

    explicit ListingRequestsModel(QObject *parent = nullptr);
    void setStateFilter(const QString &state) { setColumnFilter(QStringLiteral("state"), state); }
    void setTypeFilter(const QString &type) { setColumnFilter(QStringLiteral("type"), type); }

private:
    bool fillRow(const store::CachedObject &object, Row &row) const override;
};

/// Products x marketplaces: one row per listable (published) product, one column per marketplace; each cell
/// says whether the product is listed there, has a request pending, could be listed, or is not allowed (no
/// active distribution contract). CellRole gives the listings::Cell, ReasonRole the refusal.
class ListingMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingMatrixModel)

public:
    enum Role { CellRole = Qt::UserRole + 1, ReasonRole, DetailRole, ProductIdRole, MarketplaceIdRole };

    explicit ListingMatrixModel(QObject *parent = nullptr);
    void setRepository(store::ObjectRepository *objects);
    void reload();
    /// The text of each cell state (tr() lives in ui/).
    void setCellWords(std::function<QString(listings::Cell)> words);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Product
    {
        QString id, name;
        QList<listings::MarketplaceChoice> choices; ///< one per marketplace, in m_marketplaces' order
    };
    store::ObjectRepository *m_objects = nullptr;
    QList<QPair<QString, QString>> m_marketplaces; ///< id, name (sorted by name)
    QList<Product> m_products;
    std::function<QString(listings::Cell)> m_words;
};

} // namespace cv::models
