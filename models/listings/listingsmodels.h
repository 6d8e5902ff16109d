#pragma once

#include "app/listings/listingrules.h"
#include "models/common/cachedtablemodel.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The account's listings from the cache: product, marketplace, status, contract, pending request, updated.
/// The status filter runs in SQLite (indexed column), the text filter over the rows.
class ListingsModel final : public CachedTableModel
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
    void setRepository(store::ObjectRepository *objects);
    void reload();
    void setStatusFilter(const QString &status);
    void setFilterText(const QString &text);
    /// Words for the raw status and request type/state, and dates (tr() lives in ui/).
    void setWording(std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date);

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_status, m_text;
    std::function<QString(const QString &)> m_word;
    std::function<QString(const QDateTime &)> m_date;
};

/// The account's listing requests from the cache: id, type (new/update/remove), product, marketplace, state,
/// updated. Type and state filters run in SQLite.
class ListingRequestsModel final : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingRequestsModel)

public:
    enum Column { IdColumn, TypeColumn, ProductColumn, MarketplaceColumn, StateColumn, UpdatedColumn, ColumnCount };

    explicit ListingRequestsModel(QObject *parent = nullptr);
    void setRepository(store::ObjectRepository *objects);
    void reload();
    void setStateFilter(const QString &state);
    void setTypeFilter(const QString &type);
    void setFilterText(const QString &text);
    void setWording(std::function<QString(const QString &)> word, std::function<QString(const QDateTime &)> date);

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_state, m_type, m_text;
    std::function<QString(const QString &)> m_word;
    std::function<QString(const QDateTime &)> m_date;
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
